import "server-only";
import { headers } from "next/headers";

/**
 * The caller's address from request headers, for throttling and the security log. Behind a load
 * balancer that appends to X-Forwarded-For, the rightmost entry is the address it saw, which the
 * client cannot forge; without one, Next sets the header to the socket's address. (A client
 * talking to `next start` directly could send its own header: production runs behind a proxy,
 * see README.) One rule for every caller: `clientIp()` in pages and actions, and next-auth's
 * `authorize`, which only gets the headers as a plain object.
 */
export function ipFromHeaders(get: (name: string) => string | null | undefined): string | null {
  const forwarded = get("x-forwarded-for");
  const last = forwarded?.split(",").map((s) => s.trim()).filter(Boolean).pop();
  return (last ?? get("x-real-ip") ?? null)?.slice(0, 45) ?? null;
}

export async function clientIp(): Promise<string | null> {
  const h = await headers();
  return ipFromHeaders((name) => h.get(name));
}
