import "server-only";
import { createTranslator } from "next-intl";
import { TOKEN_LIFETIME_MS } from "@/lib/auth/tokens";
import en from "@/lib/i18n/messages/en.json";
import es from "@/lib/i18n/messages/es.json";

// The wording of every mail Minka sends, in one place, so the account pages and the admin
// screens say the same thing. A mail carries both languages, the recipient's first (Spanish
// unless they asked in English): the outbox has no idea which one the reader prefers, and an
// administrator passing a link on by hand may forward it to anyone.

export type MailLocale = "es" | "en";

export interface MailContent {
  subject: string;
  text: string;
}

const CATALOGUES = { es, en } as const;
const SEPARATOR = "\n\n— — —\n\n";

function translator(locale: MailLocale) {
  return createTranslator({ locale, messages: CATALOGUES[locale], namespace: "mail" });
}

function languagesFor(locale: string): MailLocale[] {
  return locale === "en" ? ["en", "es"] : ["es", "en"];
}

function compose(locale: string, section: (t: ReturnType<typeof translator>) => { subject: string; body: string[] }): MailContent {
  const parts = languagesFor(locale).map((language) => {
    const t = translator(language);
    const { subject, body } = section(t);
    return { subject, text: [...body, t("signature")].join("\n\n") };
  });
  return {
    subject: parts.map((p) => p.subject).join(" / "),
    text: parts.map((p) => p.text).join(SEPARATOR) + "\n",
  };
}

const RESET_MINUTES = Math.round(TOKEN_LIFETIME_MS.PASSWORD_RESET / 60_000);
const INVITATION_DAYS = Math.round(TOKEN_LIFETIME_MS.INVITATION / 86_400_000);

/** The mail with a password-reset link (valid 30 minutes, once). */
export function buildResetMail(input: { locale: string; name: string; link: string }): MailContent {
  return compose(input.locale, (t) => ({
    subject: t("reset.subject"),
    body: [
      t("greeting", { name: input.name }),
      t("reset.body", { minutes: RESET_MINUTES }),
      input.link,
      t("reset.notYou"),
    ],
  }));
}

/**
 * The mail with an invitation link (valid 7 days, once). `regionName` is null for an invitation
 * that is not tied to one region (a national viewer, a platform administrator).
 */
export function buildInvitationMail(input: { locale: string; name: string; regionName: string | null; link: string }): MailContent {
  return compose(input.locale, (t) => ({
    subject: input.regionName ? t("invitation.subjectRegion", { region: input.regionName }) : t("invitation.subject"),
    body: [
      t("greeting", { name: input.name }),
      input.regionName ? t("invitation.bodyRegion", { region: input.regionName }) : t("invitation.body"),
      t("invitation.action", { days: INVITATION_DAYS }),
      input.link,
      t("invitation.notExpected"),
    ],
  }));
}
