import "server-only";

// Links in e-mails must be absolute and point at the public address people reach Minka at.
// APP_URL is that address (the launcher also sets NEXTAUTH_URL from it); NEXTAUTH_URL alone is
// what a bare `next start` gets.

export function publicBaseUrl(): string {
  const url = process.env.APP_URL || process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT || 3000}`;
  return url.replace(/\/+$/, "");
}

/** The password-reset page for a raw token, in the language the request came in. */
export function resetLink(locale: string, token: string): string {
  return `${publicBaseUrl()}/${locale}/reset-password?token=${encodeURIComponent(token)}`;
}

/** The invitation page for a raw token. The admin screens build their links with this too. */
export function invitationLink(locale: string, token: string): string {
  return `${publicBaseUrl()}/${locale}/invitation?token=${encodeURIComponent(token)}`;
}
