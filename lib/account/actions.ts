"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { userAction } from "@/lib/actions";
import type { SignInNotice } from "@/lib/auth/codes";
import { acceptInvitation, changePassword, requestPasswordReset, resetPassword, throttleResetRequest } from "@/lib/account/data";
import { publicAction, rateLimitedState } from "@/lib/account/public-action";
import { AcceptInvitationInput, ChangePasswordInput, ForgotPasswordInput, ResetPasswordInput } from "@/lib/auth/schema";
import { RateLimitedError } from "@/lib/auth/throttle";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { deliverPendingMail } from "@/lib/mail/outbox";

// Every one of these ends with the person signing in again: a changed password ends every
// session of the account, this one included (see lib/account/data.ts).

async function toSignIn(notice: SignInNotice, locale?: Locale): Promise<never> {
  // The header (in the shared layout) still shows the session that just ended: re-render the
  // whole tree, not only the page being navigated to.
  revalidatePath("/", "layout");
  return redirect({ href: { pathname: "/login", query: { notice } }, locale: locale ?? (await getLocale()) });
}

/** Signed in: current password + new password. */
export const changePasswordAction = userAction({
  input: ChangePasswordInput,
  run: async (ctx, input) => {
    try {
      await changePassword({ userId: ctx.userId, currentPassword: input.currentPassword, newPassword: input.newPassword, ip: ctx.ip });
    } catch (error) {
      if (error instanceof RateLimitedError) return rateLimitedState(error);
      throw error;
    }
    return toSignIn("passwordChanged");
  },
});

/**
 * "Forgot password". The answer is the same whether or not the address has an account, and it
 * comes as fast either way: the lookup, the token and the mail happen after the response
 * (Next's `after`), so timing does not tell either. Only throttling answers differently, and it
 * counts every address alike.
 */
export const requestPasswordResetAction = publicAction({
  input: ForgotPasswordInput,
  run: async (ctx, input) => {
    await throttleResetRequest(input.email, ctx.ip);
    after(async () => {
      try {
        const outcome = await requestPasswordReset({ email: input.email, ip: ctx.ip, locale: ctx.locale });
        if (outcome === "queued") await deliverPendingMail();
      } catch (error) {
        // Mail that could not be sent stays in the outbox for the sweep to retry.
        console.error("[minka] password reset request:", (error as Error).message);
      }
    });
    const t = await getTranslations("auth");
    return { status: "ok", message: t("forgotSent") };
  },
});

/** The form behind a reset link. */
export const resetPasswordAction = publicAction({
  input: ResetPasswordInput,
  run: async (ctx, input) => {
    await resetPassword({ token: input.token, password: input.password, ip: ctx.ip });
    return toSignIn("passwordReset", ctx.locale);
  },
});

/** The form behind an invitation link. */
export const acceptInvitationAction = publicAction({
  input: AcceptInvitationInput,
  run: async (ctx, input) => {
    await acceptInvitation({ token: input.token, name: input.name, password: input.password, ip: ctx.ip });
    return toSignIn("invitationAccepted", ctx.locale);
  },
});
