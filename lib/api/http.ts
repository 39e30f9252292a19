import "server-only";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { recordSecurityEvent } from "@/lib/audit";
import { can, mayReadRegion, type Permission } from "@/lib/permissions";
import { resolveApiToken, type TokenGrant } from "./tokens";

// The JSON API's plumbing (/api/v1): who is calling, what they may read, and errors as JSON with
// a stable code. The permission rules are the UI's (lib/permissions.ts); a token stands for a
// national viewer (NATIONAL) or a viewer of its regions (REGIONS), read-only either way.

export type ApiErrorCode = "unauthenticated" | "forbidden" | "not_found" | "invalid_parameter" | "internal_error";

const STATUS: Record<ApiErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid_parameter: 400,
  internal_error: 500,
};

/** Thrown inside a handler; `apiRoute` turns it into the JSON error response. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
  }
}

// Per-caller data: never stored by shared caches; varies with the credentials.
const HEADERS = { "Cache-Control": "private, no-store", Vary: "Authorization, Cookie" };

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: HEADERS });
}

export function errorResponse(error: ApiError): Response {
  const headers: Record<string, string> = { ...HEADERS };
  if (error.code === "unauthenticated") headers["WWW-Authenticate"] = 'Bearer realm="minka"';
  const body = { error: { code: error.code, message: error.message, ...(error.parameter ? { parameter: error.parameter } : {}) } };
  return Response.json(body, { status: STATUS[error.code], headers });
}

/** A GET handler with the API's error handling: expected failures → their code, anything else → 500. */
export function apiRoute<P>(handler: (request: Request, params: P) => Promise<Response>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      return await handler(request, await context.params);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error);
      console.error("[minka] API error", error);
      return errorResponse(new ApiError("internal_error", "The server could not answer this request."));
    }
  };
}

export type Principal = { kind: "user"; user: CurrentUser } | { kind: "token"; grant: TokenGrant };

/**
 * The caller: a bearer token when the request carries an Authorization header (a bad one is
 * refused, never silently replaced by a cookie), else the signed-in session.
 */
export async function principalOf(request: Request): Promise<Principal> {
  const header = request.headers.get("authorization");
  if (header !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const grant = match ? await resolveApiToken(match[1]!) : null;
    if (!grant) throw new ApiError("unauthenticated", "The API token is missing, unknown, revoked or expired.");
    return { kind: "token", grant };
  }
  const user = await getCurrentUser();
  if (!user) throw new ApiError("unauthenticated", "Sign in or send an API token (Authorization: Bearer …).");
  return { kind: "user", user };
}

/** May the caller read this region (region.read there)? */
export function canReadRegion(principal: Principal, regionId: string): boolean {
  if (principal.kind === "token") return principal.grant.scope === "NATIONAL" || principal.grant.regionIds.includes(regionId);
  return mayReadRegion(principal.user, regionId);
}

/** May the caller read the national comparison (national.read)? */
export function canReadNational(principal: Principal): boolean {
  if (principal.kind === "token") return principal.grant.scope === "NATIONAL";
  const permission: Permission = "national.read";
  return can(principal.user.globalRole, permission);
}

/** The one answer for a region that does not exist and for one the caller may not read. */
export const REGION_NOT_FOUND = "No region with this code.";

/** Logs a refused region the way the tenant gate does, then answers exactly like a missing one. */
export async function denyRegion(principal: Principal, regionId: string, ip: string | null): Promise<never> {
  await recordSecurityEvent({
    kind: "region_denied",
    userId: principal.kind === "user" ? principal.user.id : null,
    regionId,
    ip,
    detail: { via: "api", ...(principal.kind === "token" ? { tokenId: principal.grant.tokenId } : {}) },
  });
  throw new ApiError("not_found", REGION_NOT_FOUND);
}

/** A query parameter as an integer year within [min, max], or undefined when absent. */
export function yearParameter(url: URL, name: string, min: number, max: number): number | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === "") return undefined;
  if (!/^\d{4}$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ApiError("invalid_parameter", `${name} must be a year from ${min} to ${max}.`, name);
  }
  return Number(raw);
}
