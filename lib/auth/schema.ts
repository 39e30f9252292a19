import { dictionary } from "@zxcvbn-ts/language-common";
import { z } from "zod";

// The password policy, as OWASP's Authentication Cheat Sheet and NIST SP 800-63B advise:
// a minimum length, a generous maximum, no composition rules ("one digit, one symbol…" only
// make passwords predictable), and a refusal of passwords everyone tries first.
// Server-side only: the common list is 49k words and does not belong in a browser bundle.

export const PASSWORD_MIN_LENGTH = 8;
/** OWASP asks to allow at least 64 characters; the cap bounds the work of hashing. */
export const PASSWORD_MAX_LENGTH = 128;

// The zxcvbn "passwords-common" list (lower-case already); compared case-insensitively, so
// "PassWord1" is as refused as "password1".
const COMMON_PASSWORDS: ReadonlySet<string> = new Set(dictionary["passwords-common"].map((word) => word.toLowerCase()));

/** Translation keys under `validation.` (the custom-message convention of lib/actions.ts). */
export type PasswordProblem = "auth.passwordTooShort" | "auth.passwordTooLong" | "auth.passwordCommon" | "auth.passwordIsEmail";

/** Length in characters as people count them (code points), not UTF-16 units. */
function characterCount(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}

/**
 * Why a new password is refused, or null when it is fine. `email` is the account's: its address
 * and the part before the @ are the first guesses of anyone who knows it.
 */
export function passwordProblem(password: string, email?: string | null): PasswordProblem | null {
  const length = characterCount(password);
  if (length < PASSWORD_MIN_LENGTH) return "auth.passwordTooShort";
  if (length > PASSWORD_MAX_LENGTH) return "auth.passwordTooLong";
  if (isCommonPassword(password)) return "auth.passwordCommon";
  if (email) {
    const lowered = password.toLowerCase();
    const address = email.trim().toLowerCase();
    const localPart = address.split("@")[0];
    if (lowered === address || (localPart && lowered === localPart)) return "auth.passwordIsEmail";
  }
  return null;
}

/**
 * A new password. Without `email` the schema checks everything but the account's address: forms
 * that do not know the account yet (a reset link) parse with it, and the data layer checks the
 * address with `passwordProblem` once the account is known.
 */
export function newPasswordSchema(email?: string | null) {
  return z.string().superRefine((value, ctx) => {
    const problem = passwordProblem(value, email);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

export const NewPassword = newPasswordSchema();

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(254)
  .pipe(z.email({ message: "auth.emailInvalid" }));

/**
 * The raw token of a one-time link. Only its length is checked here: whether it is known,
 * unused and unexpired is the data layer's question, whose "no" is logged as a security event.
 */
export const LinkToken = z.string().min(1).max(200);

/** Change password (signed in). The current password is checked, never policed. */
export const ChangePasswordInput = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: NewPassword,
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

/** "Forgot password": the address to send a link to. */
export const ForgotPasswordInput = z.strictObject({ email: Email });
export type ForgotPasswordInput = z.infer<typeof ForgotPasswordInput>;

/** The form behind a reset link. */
export const ResetPasswordInput = z.strictObject({ token: LinkToken, password: NewPassword });
export type ResetPasswordInput = z.infer<typeof ResetPasswordInput>;

/** The form behind an invitation link: the invited person's name and their first password. */
export const AcceptInvitationInput = z.strictObject({
  token: LinkToken,
  name: z.string().trim().min(1).max(160),
  password: NewPassword,
});
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationInput>;
