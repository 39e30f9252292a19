import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthPage } from "@/components/auth/auth-page";
import { InvitationForm } from "@/components/auth/invitation-form";
import { LinkButton } from "@/components/ui/link-button";
import { findInvitation } from "@/lib/account/data";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string | string[] }>;
};

export const generateMetadata = privatePageMetadata("auth", "invitationTitle");

// The form shows only while the invitation can be accepted; the action checks again.
export default async function InvitationPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { token } = await searchParams;
  const raw = typeof token === "string" && token.length <= 200 ? token : null;
  const [t, invitation] = await Promise.all([getTranslations("auth"), raw ? findInvitation(raw) : null]);

  if (!raw || !invitation) {
    return (
      <AuthPage title={t("linkInvalidTitle")} intro={<p>{t("linkInvalid")}</p>}>
        <div className="space-y-4">
          <p>{t("invitationLinkInvalidBody")}</p>
          <LinkButton href="/login">{t("backToLogin")}</LinkButton>
        </div>
      </AuthPage>
    );
  }

  return (
    <AuthPage
      title={t("invitationTitle")}
      intro={
        <>
          <p>{t("invitationIntro", { email: invitation.email })}</p>
          {invitation.regionNames.length > 0 ? <p>{t("invitationRegions", { regions: invitation.regionNames.join(", ") })}</p> : null}
        </>
      }
    >
      <InvitationForm token={raw} email={invitation.email} name={invitation.name} />
    </AuthPage>
  );
}
