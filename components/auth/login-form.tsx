"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SIGN_IN_THROTTLED } from "@/lib/auth/codes";

type FieldErrors = { email?: string; password?: string };

// False while the server renders and React hydrates, true afterwards. Until then the submit button
// stays disabled: a native submission would skip next-auth and put the form fields in a request.
const noopSubscribe = () => () => {};
function useHydrated(): boolean {
  return useSyncExternalStore(
    noopSubscribe,
    () => true,
    () => false,
  );
}

/**
 * Signs in through next-auth's credentials endpoint without leaving the page. On success it
 * refreshes the route: the login page, now seeing a session, redirects to the safe callback or to
 * the user's home, which only the server knows.
 */
export function LoginForm() {
  const t = useTranslations("auth");
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const hydrated = useHydrated();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "").trim();
    const password = String(data.get("password") ?? "");

    const errors: FieldErrors = {
      email: email ? undefined : t("emailRequired"),
      password: password ? undefined : t("passwordRequired"),
    };
    setFieldErrors(errors);
    setFormError(null);
    if (errors.email || errors.password) {
      (errors.email ? emailRef : passwordRef).current?.focus();
      return;
    }

    setPending(true);
    try {
      const result = await signIn("credentials", { redirect: false, email, password });
      if (!result || result.error || !result.ok) {
        // One message whether the account exists or not. A held-back account+address pair gets its
        // own: it is counted for unknown emails too, so it reveals nothing either.
        setFormError(
          result?.error === "CredentialsSignin"
            ? t("invalidCredentials")
            : result?.error === SIGN_IN_THROTTLED
              ? t("throttled")
              : t("unavailable"),
        );
        if (passwordRef.current) passwordRef.current.value = "";
        passwordRef.current?.focus();
        setPending(false);
        return;
      }
      router.refresh();
    } catch {
      setFormError(t("unavailable"));
      setPending(false);
    }
  }

  return (
    <form method="post" noValidate onSubmit={handleSubmit} className="space-y-5" aria-busy={pending || undefined}>
      <div role="alert" aria-live="assertive" aria-atomic="true">
        {formError ? (
          <p className="rounded-md border border-red-700 bg-red-50 px-4 py-3 text-sm font-medium text-red-900">
            {formError}
          </p>
        ) : null}
      </div>
      <Field
        ref={emailRef}
        id="login-email"
        name="email"
        type="email"
        label={t("emailLabel")}
        autoComplete="username"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        aria-required="true"
        error={fieldErrors.email}
      />
      <Field
        ref={passwordRef}
        id="login-password"
        name="password"
        type="password"
        label={t("passwordLabel")}
        autoComplete="current-password"
        required
        aria-required="true"
        error={fieldErrors.password}
      />
      <Button type="submit" disabled={pending || !hydrated} className="w-full sm:w-auto">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
