import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { z } from "zod";
import { failureState, formDataToObject, parseInput, type FormState } from "@/lib/actions";
import { recordSecurityEvent } from "@/lib/audit";
import { RateLimitedError } from "@/lib/auth/throttle";
import { InvalidTokenError } from "@/lib/auth/tokens";
import type { Locale } from "@/lib/i18n/routing";
import { clientIp } from "@/lib/request-meta";

// Server actions for people who are not signed in (forgot password, reset link, invitation).
// They cannot go through the tenant gate, so this is their whole gate: strict parsing with the
// shared `parseInput`, one answer for every unusable link (logged as a security event with the
// detail the visitor does not see), throttling as form state, and the usual typed errors.

export interface PublicContext {
  ip: string | null;
  locale: Locale;
}

export function publicAction<S extends z.ZodType>(spec: {
  input: S;
  run: (ctx: PublicContext, input: z.infer<S>) => Promise<FormState>;
}) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const parsed = await parseInput(spec.input, formDataToObject(formData));
    if (!parsed.ok) return parsed.state;
    const ctx: PublicContext = { ip: await clientIp(), locale: await getLocale() };
    try {
      return await spec.run(ctx, parsed.data);
    } catch (error) {
      if (error instanceof InvalidTokenError) {
        await recordSecurityEvent({ kind: "token_invalid", userId: error.userId, ip: ctx.ip, detail: { tokenKind: error.kind, reason: error.reason } });
        const t = await getTranslations("auth");
        return { status: "error", code: "invalid", message: t("linkInvalid") };
      }
      if (error instanceof RateLimitedError) return rateLimitedState(error);
      return failureState(error);
    }
  };
}

/** A throttled request, as form state (the account forms share it). */
export async function rateLimitedState(error: RateLimitedError): Promise<FormState> {
  const t = await getTranslations("auth");
  return { status: "error", code: "rate_limited", message: t("tooManyAttempts", { minutes: Math.ceil(error.retryAfterSeconds / 60) }) };
}
