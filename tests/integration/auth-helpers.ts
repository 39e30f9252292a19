// Shared set-up of the auth integration tests (tests/integration/auth-*.test.ts): a migrated
// database of their own, with `lib/db.ts` bound to it, and users made the way the app makes them.
import type { PrismaClient } from "@/lib/db-client";
import { createTestDatabase, type TestDatabase } from "../support/database";

export interface AuthTestContext {
  tdb: TestDatabase;
  db: PrismaClient;
}

/**
 * Creates the database and points DATABASE_URL at it *before* anything imports lib/db.ts, so the
 * modules under test (imported dynamically afterwards) use it. Regions come from the reference
 * seed (no demo content): memberships need them.
 */
export async function setUpAuthDatabase(opts: { regions?: boolean } = {}): Promise<AuthTestContext> {
  const tdb = await createTestDatabase({ migrate: true });
  process.env.DATABASE_URL = tdb.url;
  const { db } = await import("@/lib/db");
  if (opts.regions) {
    const { seedDatabase } = await import("@/prisma/seed/index");
    await seedDatabase(db, { demo: false });
  }
  return { tdb, db };
}

export async function tearDownAuthDatabase(ctx: AuthTestContext | undefined): Promise<void> {
  if (!ctx) return;
  await ctx.db.$disconnect();
  await ctx.tdb.drop();
}

let counter = 0;
/** A unique address per call, so tests in one file never share an account. */
export function uniqueEmail(label: string): string {
  counter++;
  return `${label}.${Date.now().toString(36)}${counter}@test.minka.example`;
}

export async function createUser(
  db: PrismaClient,
  input: { email?: string; name?: string; password?: string | null; disabled?: boolean; label?: string },
): Promise<{ id: string; email: string; name: string }> {
  const { hashPassword } = await import("@/lib/auth/password");
  const email = input.email ?? uniqueEmail(input.label ?? "user");
  const name = input.name ?? "Persona de prueba";
  const passwordHash = input.password === null ? null : await hashPassword(input.password ?? "llama alpaca vicuña");
  return db.user.create({
    data: { email, name, passwordHash, disabledAt: input.disabled ? new Date() : null },
    select: { id: true, email: true, name: true },
  });
}

/** Row counts of the tables an account change may touch, to prove a refusal wrote nothing. */
export async function accountTableCounts(db: PrismaClient): Promise<Record<string, number>> {
  const [users, tokens, usedTokens, mail, audit] = await Promise.all([
    db.user.count(),
    db.authToken.count(),
    db.authToken.count({ where: { usedAt: { not: null } } }),
    db.mailMessage.count(),
    db.auditEntry.count(),
  ]);
  return { users, tokens, usedTokens, mail, audit };
}
