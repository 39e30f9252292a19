import "server-only";
import { ForbiddenError, InvalidInputError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";
import { messageKey, translatorFor } from "./messages";
import { SpreadsheetError } from "./read";
import type { SpreadsheetFormat } from "./write";

// The spreadsheet route handlers' shared answers. Like pages and actions, they turn the gate's
// errors into one response each: not signed in → 401; another region, a record or an action the
// caller may not see → 404 (never 403, which would confirm it exists); bad file → 400 with a
// translated message.

export function jsonError(status: number, message: string): Response {
  return Response.json({ error: message }, { status, headers: { "Cache-Control": "no-store" } });
}

export async function answer(locale: Locale, handler: () => Promise<Response>): Promise<Response> {
  const t = translatorFor(locale);
  try {
    return await handler();
  } catch (error) {
    if (error instanceof UnauthenticatedError) return jsonError(401, t("errors.unauthenticated"));
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return jsonError(404, t("errors.notFound"));
    if (error instanceof SpreadsheetError) return jsonError(400, t(`imports.fileErrors.${error.code}`, error.params));
    if (error instanceof InvalidInputError) return jsonError(400, t(messageKey(error.messageKey)));
    throw error;
  }
}

/** `?format=` of a download: csv unless xlsx is asked for. */
export function formatOf(value: string | null): SpreadsheetFormat {
  return value === "xlsx" ? "xlsx" : "csv";
}

/**
 * A state-changing request must come from our own pages. Browsers send Origin with every POST;
 * a different one is a cross-site request (the session cookie would otherwise ride along).
 */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
