"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { RegionRole } from "@/lib/generated/prisma/enums";
import { inviteMemberAction } from "@/lib/members/actions";
import { ActorSelect } from "./actor-select";
import { FormStatus } from "./form-status";
import { RoleSelect } from "./role-select";
import { fieldError, inRegion, useFormAction } from "./use-form-action";

const DEFAULT_ROLE: RegionRole = "VIEWER";

/** Invites a person to the region: name, email, role, and the institution of an institution editor. */
export function InviteMemberForm({ regionSlug }: { regionSlug: string }) {
  const t = useTranslations("members");
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(inRegion(inviteMemberAction, regionSlug), {
    resetOnSuccess: true,
  });
  const [role, setRole] = useState<RegionRole>(DEFAULT_ROLE);

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      onReset={() => setRole(DEFAULT_ROLE)}
      noValidate
      className="space-y-4"
      aria-busy={pending || undefined}
      aria-labelledby="invite-heading"
    >
      <FormStatus state={state} id="invite" />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="invite-name"
          name="name"
          label={t("nameLabel")}
          autoComplete="off"
          required
          aria-required="true"
          maxLength={160}
          error={fieldError(state, "name")}
        />
        <Field
          id="invite-email"
          name="email"
          type="email"
          label={t("emailLabel")}
          autoComplete="off"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          aria-required="true"
          maxLength={254}
          error={fieldError(state, "email")}
        />
        <RoleSelect id="invite-role" defaultValue={DEFAULT_ROLE} error={fieldError(state, "role")} onChange={setRole} />
        {role === "INSTITUTION_EDITOR" ? (
          <ActorSelect id="invite-actor" regionSlug={regionSlug} error={fieldError(state, "actorId")} />
        ) : null}
      </div>
      <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
        {pending ? t("inviting") : t("inviteSubmit")}
      </Button>
    </form>
  );
}
