"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { resetPasswordAction } from "@/lib/account/actions";
import { fieldError, FormFeedback, IDLE_STATE, useFocusFirstError } from "./form-feedback";

/** The form behind a reset link. Success redirects to sign-in (the action does). */
export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("auth");
  const [state, formAction, pending] = useActionState(resetPasswordAction, IDLE_STATE);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, state);

  return (
    <form ref={form} action={formAction} noValidate className="space-y-5" aria-busy={pending || undefined}>
      <FormFeedback state={state} />
      <input type="hidden" name="token" value={token} />
      {/* Tells password managers which account the new password belongs to; not submitted. */}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <Field
        id="reset-password"
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
        {pending ? t("resetSubmitting") : t("resetSubmit")}
      </Button>
    </form>
  );
}
