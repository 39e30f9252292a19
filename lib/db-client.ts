import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Builds a Prisma client over `pg`. The app uses the process-wide one in lib/db.ts; scripts
 * (seed, benchmark) and tests build their own for the database they were handed.
 */
export function createDbClient(connectionString: string, poolSize = 10): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: poolSize });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
