import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthPage } from "@/components/auth/auth-page";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { TextLink } from "@/components/ui/text-link";
import { resolveLocale } from "@/lib/i18n/locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "auth" });
  return { title: t("forgotTitle"), robots: { index: false } };
}

export default async function ForgotPasswordPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations("auth");
  return (
    <AuthPage
      title={t("forgotTitle")}
      intro={<p>{t("forgotIntro")}</p>}
      footer={
        <>
          <p>{t("forgotHelp")}</p>
          <p>
            <TextLink href="/login">{t("backToLogin")}</TextLink>
          </p>
        </>
      }
    >
      <ForgotPasswordForm />
    </AuthPage>
  );
}
