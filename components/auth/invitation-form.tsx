"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { acceptInvitationAction } from "@/lib/account/actions";
import { fieldError, FormFeedback, IDLE_STATE, useFocusFirstError } from "./form-feedback";

/** The form behind an invitation link: name (prefilled) and first password. */
export function InvitationForm({ token, email, name }: { token: string; email: string; name: string }) {
  const t = useTranslations("auth");
  const [state, formAction, pending] = useActionState(acceptInvitationAction, IDLE_STATE);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, state);

  return (
    <form ref={form} action={formAction} noValidate className="space-y-5" aria-busy={pending || undefined}>
      <FormFeedback state={state} />
      <input type="hidden" name="token" value={token} />
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <Field
        id="invitation-name"
        name="name"
        type="text"
        label={t("nameLabel")}
        hint={t("nameHint")}
        defaultValue={name}
        autoComplete="name"
        maxLength={160}
        required
        aria-required="true"
        error={fieldError(state, "name")}
      />
      <Field
        id="invitation-password"
        name="password"
        type="password"
        label={t("newPasswordLabel")}
        hint={t("passwordHint")}
        autoComplete="new-password"
        required
        aria-required="true"
        error={fieldError(state, "password")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("invitationSubmitting") : t("invitationSubmit")}
      </Button>
    </form>
  );
}
