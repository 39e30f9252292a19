import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthPage } from "@/components/auth/auth-page";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { LinkButton } from "@/components/ui/link-button";
import { TextLink } from "@/components/ui/text-link";
import { findPasswordReset } from "@/lib/account/data";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string | string[] }>;
};

export const generateMetadata = privatePageMetadata("auth", "resetTitle");

// The form shows only while the link can be used; the action checks again when it is sent.
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { token } = await searchParams;
  const raw = typeof token === "string" && token.length <= 200 ? token : null;
  const [t, reset] = await Promise.all([getTranslations("auth"), raw ? findPasswordReset(raw) : null]);

  if (!raw || !reset) {
    return (
      <AuthPage title={t("linkInvalidTitle")} intro={<p>{t("linkInvalid")}</p>} footer={<TextLink href="/login">{t("backToLogin")}</TextLink>}>
        <div className="space-y-4">
          <p>{t("resetLinkInvalidBody")}</p>
          <LinkButton href="/forgot-password">{t("requestNewLink")}</LinkButton>
        </div>
      </AuthPage>
    );
  }

  return (
    <AuthPage title={t("resetTitle")} intro={<p>{t("resetIntro", { email: reset.email })}</p>}>
      <ResetPasswordForm token={raw} email={reset.email} />
    </AuthPage>
  );
}
