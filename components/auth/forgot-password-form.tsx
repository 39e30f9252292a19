"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { requestPasswordResetAction } from "@/lib/account/actions";
import { fieldError, FormFeedback, IDLE_STATE, useFocusFirstError } from "./form-feedback";

/** "Forgot password": the answer reads the same whether or not the address has an account. */
export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const [state, formAction, pending] = useActionState(requestPasswordResetAction, IDLE_STATE);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, state);

  return (
    <form ref={form} action={formAction} noValidate className="space-y-5" aria-busy={pending || undefined}>
      <FormFeedback state={state} />
      <Field
        id="forgot-email"
        name="email"
        type="email"
        label={t("emailLabel")}
        autoComplete="username"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={254}
        required
        aria-required="true"
        error={fieldError(state, "email")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("forgotSubmitting") : t("forgotSubmit")}
      </Button>
    </form>
  );
}
