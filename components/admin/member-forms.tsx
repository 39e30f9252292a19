"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { RegionRole } from "@/lib/generated/prisma/enums";
import { changeMemberRoleAction, removeMemberAction, setMemberStatusAction } from "@/lib/members/actions";
import type { ActorOption } from "@/lib/actors/options";
import { ActorSelect } from "./actor-select";
import { FormStatus } from "./form-status";
import { RoleSelect } from "./role-select";
import { fieldError, inRegion, useFormAction } from "./use-form-action";

interface MemberRef {
  id: string;
  version: number;
  name: string;
  role: RegionRole;
  actorId: string | null;
  disabled: boolean;
}

/**
 * The membership's identity and the version the page was loaded with: a change saved by someone
 * else in between is refused (optimistic locking) instead of silently overwritten.
 */
function MembershipFields({ member }: { member: MemberRef }) {
  return (
    <>
      <input type="hidden" name="membershipId" value={member.id} />
      <input type="hidden" name="version" value={member.version} />
    </>
  );
}

export function ChangeRoleForm({ regionSlug, member, actor }: { regionSlug: string; member: MemberRef; actor: ActorOption | null }) {
  const t = useTranslations("members");
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(inRegion(changeMemberRoleAction, regionSlug));
  const [role, setRole] = useState<RegionRole>(member.role);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" aria-labelledby="role-heading" aria-busy={pending || undefined}>
      <FormStatus state={state} id="role" />
      <MembershipFields member={member} />
      <div className="grid gap-4 sm:grid-cols-2">
        <RoleSelect id="member-role" defaultValue={member.role} error={fieldError(state, "role")} onChange={setRole} />
        {role === "INSTITUTION_EDITOR" ? (
          <ActorSelect id="member-actor" regionSlug={regionSlug} initial={actor} error={fieldError(state, "actorId")} />
        ) : null}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("saveRole")}
      </Button>
    </form>
  );
}

export function MemberStatusForm({ regionSlug, member }: { regionSlug: string; member: MemberRef }) {
  const t = useTranslations("members");
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(inRegion(setMemberStatusAction, regionSlug));
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="space-y-4" aria-labelledby="status-heading" aria-busy={pending || undefined}>
      <FormStatus state={state} id="status" />
      <MembershipFields member={member} />
      <input type="hidden" name="status" value={member.disabled ? "ACTIVE" : "DISABLED"} />
      <p className="text-sm text-slate-700">{member.disabled ? t("enableExplained") : t("disableExplained")}</p>
      <Button type="submit" variant="secondary" disabled={pending}>
        {member.disabled ? t("enableSubmit") : t("disableSubmit")}
      </Button>
    </form>
  );
}

export function RemoveMemberForm({ regionSlug, member, regionName }: { regionSlug: string; member: MemberRef; regionName: string }) {
  const t = useTranslations("members");
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(inRegion(removeMemberAction, regionSlug));
  const error = fieldError(state, "confirm");
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" aria-labelledby="remove-heading" aria-busy={pending || undefined}>
      <FormStatus state={state} id="remove" />
      <MembershipFields member={member} />
      <p className="text-sm text-slate-700">{t("removeExplained")}</p>
      <div className="flex flex-col gap-1">
        <div className="flex items-start gap-2">
          <input
            id="remove-confirm"
            name="confirm"
            type="checkbox"
            required
            aria-required="true"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "remove-confirm-error" : undefined}
            className="mt-1 size-4"
          />
          <label htmlFor="remove-confirm" className="text-sm font-semibold text-slate-900">
            {t("removeConfirmLabel", { name: member.name, region: regionName })}
          </label>
        </div>
        {error ? (
          <p id="remove-confirm-error" className="text-sm font-medium text-red-800">
            {error}
          </p>
        ) : null}
      </div>
      <Button type="submit" variant="secondary" disabled={pending} className="border-red-700 text-red-900 hover:bg-red-50">
        {pending ? t("removing") : t("removeSubmit")}
      </Button>
    </form>
  );
}
