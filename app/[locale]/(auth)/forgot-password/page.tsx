import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthPage } from "@/components/auth/auth-page";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { TextLink } from "@/components/ui/text-link";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = privatePageMetadata("auth", "forgotTitle");

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
