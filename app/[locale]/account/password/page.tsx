import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { AuthPage } from "@/components/auth/auth-page";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { gateUser, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = privatePageMetadata("account", "passwordMetaTitle");

/** Signed in only: the gate sends anyone else to sign-in and back here afterwards. */
export default async function ChangePasswordPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const ctx = await pageGate(locale, () => gateUser());
  const t = await getTranslations("account");
  return (
    <AuthPage
      title={t("passwordTitle")}
      intro={
        <>
          <p>{t("accountEmail", { email: ctx.user.email })}</p>
          <p>{t("passwordIntro")}</p>
        </>
      }
    >
      <ChangePasswordForm email={ctx.user.email} />
    </AuthPage>
  );
}
