import "server-only";
import { createTranslator } from "next-intl";
import type { RegionRole } from "@/lib/generated/prisma/enums";
import en from "@/lib/i18n/messages/en.json";
import es from "@/lib/i18n/messages/es.json";
import { routing, type Locale } from "@/lib/i18n/routing";
import { invitationLink, publicBaseUrl } from "@/lib/mail/links";
import { buildInvitationMail, type MailContent } from "@/lib/mail/templates";

// The mails member administration sends. An invitation uses the shared template (the same words
// whoever invites); the notice to a person who already has an account is this feature's own,
// in the inviting administrator's language. Built with a plain translator rather than the
// request's: the data layer also runs outside a request (tests, scripts).

const catalogues = { es, en } as const;

function localeOf(locale: string): Locale {
  return (routing.locales as readonly string[]).includes(locale) ? (locale as Locale) : routing.defaultLocale;
}

interface MailContext {
  locale: string;
  name: string;
  regionName: string;
  role: RegionRole;
  inviterName: string;
}

/** An invitation: the one-time link lets the person choose a password. */
export function invitationMail(input: Pick<MailContext, "locale" | "name" | "regionName"> & { token: string }): MailContent {
  const locale = localeOf(input.locale);
  return buildInvitationMail({ locale, name: input.name, regionName: input.regionName, link: invitationLink(locale, input.token) });
}

/**
 * A person who already has an account (or a pending invitation from elsewhere) gets a notice,
 * never a new link: a link is shown to the administrators of the region that sent it, and must
 * not open an account that holds access in other regions.
 */
export function accessNoticeMail(input: MailContext & { pendingElsewhere: boolean }): MailContent {
  const locale = localeOf(input.locale);
  const t = createTranslator({ locale, messages: catalogues[locale] });
  const params = { name: input.name, region: input.regionName, role: t(`enums.regionRole.${input.role}`), inviter: input.inviterName };
  return {
    subject: t("members.mail.noticeSubject", params),
    text: input.pendingElsewhere
      ? t("members.mail.noticePendingBody", params)
      : t("members.mail.noticeBody", { ...params, link: `${publicBaseUrl()}/${locale}/login` }),
  };
}
