import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getCurrentUser, homePathFor, safeCallbackPath } from "@/lib/auth/session";
import { resolveLocale } from "@/lib/i18n/locale";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "auth" });
  return { title: t("loginTitle"), robots: { index: false } };
}

export default async function LoginPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const [{ callbackUrl }, user] = await Promise.all([searchParams, getCurrentUser()]);

  // Signed in already (or just now: the form refreshes this page after signing in).
  if (user) {
    const callback = safeCallbackPath(callbackUrl);
    const isLoginPage = callback !== null && /^\/(?:[a-z]{2}\/)?login(?:[/?#]|$)/.test(callback);
    redirect(callback && !isLoginPage ? callback : `/${locale}${homePathFor(user)}`.replace(/\/$/, ""));
  }

  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md space-y-6 py-4">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{t("loginTitle")}</h1>
        <p className="text-slate-700">{t("loginIntro")}</p>
      </div>
      <div className="rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
        <LoginForm />
      </div>
      <p className="text-sm text-slate-700">{t("noAccount")}</p>
    </div>
  );
}
