import "server-only";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "@/lib/generated/prisma/enums";
import { can, type Permission, type Role } from "@/lib/permissions";
import type { RegionContext, UserContext } from "@/lib/tenancy";
import { limaDayEnd, limaDayStart, type TrailFilters } from "./schema";

// Reading the audit trail and the security events. Read-only by construction: nothing here
// writes, and the database refuses UPDATE and DELETE on AuditEntry anyway. Region views are
// scoped by the verified region; the platform views take a user context whose global role must
// hold the permission (the gate checked it; this is the second look the data layer always takes).

export const PAGE_SIZE = 25;

export interface PageOf<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

export interface PersonRef {
  id: string;
  name: string;
  email: string;
}

export interface RegionRef {
  slug: string;
  name: string;
}

export interface AuditEntryDto {
  id: string;
  at: Date;
  action: AuditAction;
  entity: string;
  entityId: string | null;
  /** Only the fields that changed, as they were and as they became. */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip: string | null;
  user: PersonRef | null;
  region: RegionRef | null;
}

export interface SecurityEventDto {
  id: string;
  at: Date;
  kind: string;
  detail: Record<string, unknown> | null;
  ip: string | null;
  user: PersonRef | null;
  region: RegionRef | null;
}

export interface TrailFacets {
  entities: string[];
  users: PersonRef[];
  kinds: string[];
}

/** Which regions a query covers: one (a verified region), or a platform filter. */
type Scope = { regionId: string } | { regionId: null } | { regionId: undefined };

function checkRegion(ctx: RegionContext, permission: Permission): Scope {
  if (!can(ctx.role, permission)) throw new ForbiddenError(permission);
  return { regionId: ctx.regionId };
}

/** The platform's view: every region, or the one its filter names ("none": no region). */
async function checkPlatform(ctx: { role: Role | null }, permission: Permission, regionFilter: string | undefined): Promise<Scope | null> {
  if (!can(ctx.role, permission)) throw new ForbiddenError(permission);
  if (regionFilter === undefined) return { regionId: undefined };
  if (regionFilter === "none") return { regionId: null };
  const region = await db.region.findUnique({ where: { slug: regionFilter }, select: { id: true } });
  return region ? { regionId: region.id } : null;
}

function atRange(filters: Pick<TrailFilters, "from" | "to">): Prisma.DateTimeFilter | undefined {
  if (!filters.from && !filters.to) return undefined;
  return {
    ...(filters.from ? { gte: limaDayStart(filters.from) } : {}),
    ...(filters.to ? { lt: limaDayEnd(filters.to) } : {}),
  };
}

function asObject(value: Prisma.JsonValue | null): Record<string, unknown> | null {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function paging(page: number, total: number) {
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(page, pageCount);
  return { page: current, pageCount, skip: (current - 1) * PAGE_SIZE };
}

async function peopleById(ids: (string | null)[]): Promise<Map<string, PersonRef>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  if (unique.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true, email: true } });
  return new Map(users.map((u) => [u.id, u]));
}

// ---------------------------------------------------------------------------------------------
// Audit entries
// ---------------------------------------------------------------------------------------------

async function auditPage(scope: Scope | null, filters: TrailFilters): Promise<PageOf<AuditEntryDto>> {
  if (!scope) return { items: [], page: 1, pageCount: 1, total: 0 };
  const where: Prisma.AuditEntryWhereInput = {
    ...scope,
    ...(filters.entity ? { entity: filters.entity } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.user ? { userId: filters.user } : {}),
    ...(atRange(filters) ? { at: atRange(filters) } : {}),
  };
  const total = await db.auditEntry.count({ where });
  const { page, pageCount, skip } = paging(filters.page, total);
  const rows = await db.auditEntry.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip,
    take: PAGE_SIZE,
    select: {
      id: true,
      at: true,
      action: true,
      entity: true,
      entityId: true,
      before: true,
      after: true,
      ip: true,
      user: { select: { id: true, name: true, email: true } },
      region: { select: { slug: true, name: true } },
    },
  });
  return {
    page,
    pageCount,
    total,
    items: rows.map((row) => ({
      ...row,
      id: row.id.toString(),
      before: asObject(row.before),
      after: asObject(row.after),
    })),
  };
}

/**
 * The distinct values of one column of the scope's entries, by a loose index scan: one probe of
 * an index per value ((regionId, entity, …), (entity), (regionId, userId), (userId, …)), so the
 * cost follows how many values there are, not how many entries (a million at national scale,
 * where GROUP BY read them all).
 */
async function distinctInScope(column: "entity" | "userId", scope: Scope): Promise<string[]> {
  const col = Prisma.raw(`a."${column}"`);
  const inScope =
    scope.regionId === undefined ? Prisma.sql`true` : scope.regionId === null ? Prisma.sql`a."regionId" IS NULL` : Prisma.sql`a."regionId" = ${scope.regionId}::uuid`;
  const rows = await db.$queryRaw<{ value: string }[]>`
    WITH RECURSIVE v AS (
      (SELECT ${col} AS value FROM "AuditEntry" a WHERE ${inScope} AND ${col} IS NOT NULL ORDER BY ${col} LIMIT 1)
      UNION ALL
      SELECT (SELECT ${col} FROM "AuditEntry" a WHERE ${inScope} AND ${col} > v.value ORDER BY ${col} LIMIT 1)
        FROM v WHERE v.value IS NOT NULL
    )
    SELECT value::text AS value FROM v WHERE value IS NOT NULL`;
  return rows.map((r) => r.value);
}

async function facets(scope: Scope | null): Promise<TrailFacets> {
  if (!scope) return { entities: [], users: [], kinds: [] };
  const [entities, userIds, kinds] = await Promise.all([
    distinctInScope("entity", scope),
    distinctInScope("userId", scope),
    db.securityEvent.groupBy({ by: ["kind"], where: scope, orderBy: { kind: "asc" } }),
  ]);
  const people = await peopleById(userIds);
  return {
    entities,
    users: [...people.values()].sort((a, b) => a.name.localeCompare(b.name)),
    kinds: kinds.map((k) => k.kind),
  };
}

/** The region's trail, newest first. */
export async function listRegionAuditEntries(ctx: RegionContext, filters: TrailFilters): Promise<PageOf<AuditEntryDto>> {
  return auditPage(checkRegion(ctx, "audit.read"), filters);
}

/** Every region's trail, and the entries of no region (sign-ins, platform changes). */
export async function listAllAuditEntries(ctx: UserContext, filters: TrailFilters): Promise<PageOf<AuditEntryDto>> {
  return auditPage(await checkPlatform(ctx, "audit.read", filters.region), filters);
}

/** The values the filters offer: entities and people that appear in the region's trail. */
export async function regionTrailFacets(ctx: RegionContext): Promise<TrailFacets> {
  return facets(checkRegion(ctx, "audit.read"));
}

export async function allTrailFacets(ctx: UserContext, regionFilter: string | undefined): Promise<TrailFacets> {
  return facets(await checkPlatform(ctx, "audit.read", regionFilter));
}

// ---------------------------------------------------------------------------------------------
// Security events (denied attempts)
// ---------------------------------------------------------------------------------------------

async function securityPage(scope: Scope | null, filters: TrailFilters): Promise<PageOf<SecurityEventDto>> {
  if (!scope) return { items: [], page: 1, pageCount: 1, total: 0 };
  const where: Prisma.SecurityEventWhereInput = {
    ...scope,
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.user ? { userId: filters.user } : {}),
    ...(atRange(filters) ? { at: atRange(filters) } : {}),
  };
  const total = await db.securityEvent.count({ where });
  const { page, pageCount, skip } = paging(filters.page, total);
  const rows = await db.securityEvent.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip,
    take: PAGE_SIZE,
    select: { id: true, at: true, kind: true, detail: true, ip: true, userId: true, region: { select: { slug: true, name: true } } },
  });
  const people = await peopleById(rows.map((r) => r.userId));
  return {
    page,
    pageCount,
    total,
    items: rows.map(({ userId, ...row }) => ({
      ...row,
      id: row.id.toString(),
      detail: asObject(row.detail),
      user: userId ? (people.get(userId) ?? null) : null,
    })),
  };
}

export async function listRegionSecurityEvents(ctx: RegionContext, filters: TrailFilters): Promise<PageOf<SecurityEventDto>> {
  return securityPage(checkRegion(ctx, "audit.read"), filters);
}

export async function listAllSecurityEvents(ctx: UserContext, filters: TrailFilters): Promise<PageOf<SecurityEventDto>> {
  return securityPage(await checkPlatform(ctx, "audit.read", filters.region), filters);
}

// ---------------------------------------------------------------------------------------------
// Outgoing mail
// ---------------------------------------------------------------------------------------------

export interface MailDto {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: Date;
  sentAt: Date | null;
  attempts: number;
  lastError: string | null;
  region: RegionRef | null;
}

async function mailPage(scope: Scope | null, page: number): Promise<PageOf<MailDto>> {
  if (!scope) return { items: [], page: 1, pageCount: 1, total: 0 };
  const where: Prisma.MailMessageWhereInput = scope;
  const total = await db.mailMessage.count({ where });
  const paged = paging(page, total);
  const rows = await db.mailMessage.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: paged.skip,
    take: PAGE_SIZE,
    select: {
      id: true,
      toEmail: true,
      subject: true,
      textBody: true,
      createdAt: true,
      sentAt: true,
      attempts: true,
      lastError: true,
      region: { select: { slug: true, name: true } },
    },
  });
  return {
    page: paged.page,
    pageCount: paged.pageCount,
    total,
    items: rows.map(({ toEmail, textBody, ...row }) => ({ ...row, to: toEmail, text: textBody })),
  };
}

/**
 * The region's outgoing mail, newest first: where administrators read invitation links when no
 * SMTP server is configured.
 */
export async function listRegionMail(ctx: RegionContext, page: number): Promise<PageOf<MailDto>> {
  return mailPage(checkRegion(ctx, "mail.read"), page);
}

/** All mail, including mail of no region (password resets): platform administrators only. */
export async function listAllMail(ctx: UserContext, filters: Pick<TrailFilters, "page" | "region">): Promise<PageOf<MailDto>> {
  return mailPage(await checkPlatform(ctx, "mail.read", filters.region), filters.page);
}
