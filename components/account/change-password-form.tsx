"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { fieldError, FormFeedback, IDLE_STATE, useFocusFirstError } from "@/components/auth/form-feedback";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { changePasswordAction } from "@/lib/account/actions";

/** Current password + new one. Success ends every session and lands on sign-in (the action). */
export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations("account");
  const tAuth = useTranslations("auth");
  const [state, formAction, pending] = useActionState(changePasswordAction, IDLE_STATE);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, state);

  return (
    <form ref={form} action={formAction} noValidate className="space-y-5" aria-busy={pending || undefined}>
      <FormFeedback state={state} />
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <Field
        id="current-password"
        name="currentPassword"
        type="password"
        label={t("currentPasswordLabel")}
        autoComplete="current-password"
        required
        aria-required="true"
        error={fieldError(state, "currentPassword")}
      />
      <Field
        id="new-password"
        name="newPassword"
        type="password"
        label={t("newPasswordLabel")}
        hint={tAuth("passwordHint")}
        autoComplete="new-password"
        required
        aria-required="true"
        error={fieldError(state, "newPassword")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
