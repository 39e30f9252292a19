import "server-only";
import { headers } from "next/headers";

/**
 * The caller's address, for throttling and the security log. Behind a load balancer that
 * appends to X-Forwarded-For, the rightmost entry is the address it saw, which the client cannot
 * forge; without one, Next sets the header to the socket's address. (A client talking to
 * `next start` directly could send its own header: production runs behind a proxy, see README.)
 */
export async function clientIp(): Promise<string | null> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for");
  const last = forwarded?.split(",").map((s) => s.trim()).filter(Boolean).pop();
  return (last ?? h.get("x-real-ip") ?? null)?.slice(0, 45) ?? null;
}
