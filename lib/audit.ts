import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "@/lib/generated/prisma/enums";

/** A transaction client, or the client itself for a write that is alone. */
export type Tx = Prisma.TransactionClient;

export interface AuditActor {
  userId: string | null;
  regionId: string | null;
  ip?: string | null;
}

type Plain = Record<string, unknown>;

/** Dates, decimals and big integers as JSON-friendly values, so before/after compare exactly. */
function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "object" && value !== null && "toFixed" in value && typeof (value as { toString: unknown }).toString === "function") {
    return (value as { toString(): string }).toString(); // Prisma.Decimal
  }
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === "object") return Object.fromEntries(Object.entries(value as Plain).map(([k, v]) => [k, plain(v)]));
  return value;
}

// Bookkeeping columns every row has: they change on every write and say nothing.
const IGNORED = new Set(["updatedAt", "version"]);

/**
 * Keeps only the fields that changed, on both sides. A create has no `before`, a delete no
 * `after`; passwords and token hashes are never written to the trail.
 */
export function changedFields(before: Plain | null, after: Plain | null): { before: Plain | null; after: Plain | null } {
  const redact = (o: Plain | null) =>
    o && Object.fromEntries(Object.entries(o).filter(([k]) => !/password|tokenHash/i.test(k) && !IGNORED.has(k)));
  const b = redact(before && (plain(before) as Plain));
  const a = redact(after && (plain(after) as Plain));
  if (!b || !a) return { before: b, after: a };
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  const changed = [...keys].filter((k) => JSON.stringify(b[k] ?? null) !== JSON.stringify(a[k] ?? null));
  return {
    before: Object.fromEntries(changed.map((k) => [k, b[k] ?? null])),
    after: Object.fromEntries(changed.map((k) => [k, a[k] ?? null])),
  };
}

// Entities whose changes do not feed the cooperation metrics (who may sign in, mail, staging).
const NOT_REGION_DATA = new Set(["Membership", "User", "AuthToken", "Region", "ImportJob", "ApiToken", "MailMessage"]);

/**
 * Writes one audit entry. Call it with the transaction client of the mutation it records, so the
 * change and its entry commit or fail together.
 */
export async function recordAudit(
  tx: Tx,
  who: AuditActor,
  entry: { action: AuditAction; entity: string; entityId: string | null; before?: Plain | null; after?: Plain | null },
): Promise<void> {
  const diff = changedFields(entry.before ?? null, entry.after ?? null);
  await tx.auditEntry.create({
    data: {
      userId: who.userId,
      regionId: who.regionId,
      ip: who.ip ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: (diff.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (diff.after ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  });
  // Every change to a region's data passes here, in its own transaction: bumping the region's data
  // version now marks its cached metrics (RegionMetrics) stale for every app instance, and only if
  // the change commits.
  if (who.regionId && !NOT_REGION_DATA.has(entry.entity)) {
    await tx.$executeRaw`update "Region" set "dataVersion" = "dataVersion" + 1 where id = ${who.regionId}::uuid`;
  }
}

/**
 * Logs a denied attempt or another security-relevant event. Separate from the audit trail (a
 * denied request changed nothing) and written on its own: it must survive the request failing.
 */
export async function recordSecurityEvent(event: {
  kind: string;
  userId?: string | null;
  regionId?: string | null;
  ip?: string | null;
  detail?: Plain;
}): Promise<void> {
  await db.securityEvent
    .create({
      data: {
        kind: event.kind,
        userId: event.userId ?? null,
        regionId: event.regionId ?? null,
        ip: event.ip ?? null,
        detail: (event.detail ? plain(event.detail) : undefined) as Prisma.InputJsonValue | undefined,
      },
    })
    .catch((error: unknown) => console.error("[minka] could not record a security event", error));
}
