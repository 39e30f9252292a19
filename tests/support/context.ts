// What the tenant gate would build for a user's next request, without a cookie: the same rules
// (`loadCurrentUser` + `resolveRegionContext`) that pages and actions go through. Imported lazily
// so `lib/db.ts` binds to the test's database (set DATABASE_URL before the first call).
import type { RegionContext, UserContext } from "@/lib/tenancy";

async function currentUser(email: string) {
  const [{ db }, session] = await Promise.all([import("@/lib/db"), import("@/lib/auth/session")]);
  const row = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, sessionVersion: true } });
  const user = await session.loadCurrentUser(row.id, row.sessionVersion);
  if (!user) throw new Error(`${email} cannot sign in`);
  return user;
}

export async function userContextOf(email: string, ip: string | null = null): Promise<UserContext> {
  const user = await currentUser(email);
  return { userId: user.id, role: user.globalRole, user, ip };
}

export async function regionContextOf(email: string, slug: string, ip: string | null = null): Promise<RegionContext> {
  const tenancy = await import("@/lib/tenancy");
  return tenancy.resolveRegionContext(await currentUser(email), slug, ip);
}
