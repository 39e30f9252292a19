import "server-only";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/db-client";

/** How long a load balancer's probe may wait for the database before the instance counts as down. */
export const HEALTH_TIMEOUT_MS = 2_000;

/**
 * Can this instance answer requests? Each instance has its own connection pool, so each is asked
 * on its own: one round trip to PostgreSQL, given up after HEALTH_TIMEOUT_MS (a database that
 * hangs must not hang the probe). Nothing about the data is read or told.
 */
export async function databaseReady(client: Pick<PrismaClient, "$queryRaw"> = db, timeoutMs = HEALTH_TIMEOUT_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const query = client.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
