import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { TextLink } from "@/components/ui/text-link";
import { SIGN_IN_NOTICES, type SignInNotice } from "@/lib/auth/codes";
import { getCurrentUser, homePathFor, safeCallbackPath } from "@/lib/auth/session";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ callbackUrl?: string | string[]; notice?: string | string[] }>;
};

export const generateMetadata = privatePageMetadata("auth", "loginTitle");

export default async function LoginPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const [{ callbackUrl, notice }, user] = await Promise.all([searchParams, getCurrentUser()]);

  // Signed in already (or just now: the form refreshes this page after signing in).
  if (user) {
    const callback = safeCallbackPath(callbackUrl);
    const isLoginPage = callback !== null && /^\/(?:[a-z]{2}\/)?login(?:[/?#]|$)/.test(callback);
    redirect(callback && !isLoginPage ? callback : `/${locale}${homePathFor(user)}`.replace(/\/$/, ""));
  }

  const t = await getTranslations("auth");
  // Set by the account pages after a password change, a reset or an accepted invitation.
  const shownNotice = SIGN_IN_NOTICES.find((n): n is SignInNotice => n === notice);
  return (
    <div className="mx-auto max-w-md space-y-6 py-4">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{t("loginTitle")}</h1>
        <p className="text-slate-700">{t("loginIntro")}</p>
      </div>
      {shownNotice ? (
        <p role="status" className="rounded-md border border-teal-800 bg-teal-50 px-4 py-3 text-sm font-medium text-teal-950">
          {t(`notice.${shownNotice}`)}
        </p>
      ) : null}
      <div className="rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
        <LoginForm />
      </div>
      <p className="text-sm text-slate-700">
        <TextLink href="/forgot-password">{t("forgotLink")}</TextLink>
      </p>
      <p className="text-sm text-slate-700">{t("noAccount")}</p>
    </div>
  );
}
