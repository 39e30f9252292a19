import "server-only";
import { recordAudit, type Tx } from "@/lib/audit";
import { issueToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RegionRole } from "@/lib/generated/prisma/enums";
import { enqueueMail } from "@/lib/mail/outbox";
import { can } from "@/lib/permissions";
import type { RegionContext } from "@/lib/tenancy";
import { accessNoticeMail, invitationMail } from "./mail";
import type { ChangeMemberRoleInput, InviteMemberInput, RemoveMemberInput, SetMemberStatusInput } from "./schema";
import { isUuid } from "@/lib/validation/identifiers";

// A region's members: who may act in it, with which role. Every read and write is scoped by the
// verified `ctx.regionId`, so another region's membership id answers exactly like a missing one.
// Rule violations throw InvalidInputError with a key under `members.errors` (the actions
// translate them); every write takes the region's member lock, so two administrators cannot,
// for instance, demote each other at the same moment and leave the region without one.

export type MemberStatus = "ACTIVE" | "INVITED" | "DISABLED" | "ACCOUNT_DISABLED";

export interface MemberDto {
  id: string;
  version: number;
  userId: string;
  name: string;
  email: string;
  role: RegionRole;
  actorId: string | null;
  actorName: string | null;
  status: MemberStatus;
  lastSignInAt: Date | null;
  createdAt: Date;
  /** The signed-in administrator's own membership. */
  isSelf: boolean;
}

const memberSelect = {
  id: true,
  version: true,
  role: true,
  actorId: true,
  disabledAt: true,
  createdAt: true,
  actor: { select: { name: true, acronym: true } },
  user: { select: { id: true, name: true, email: true, passwordHash: true, disabledAt: true, lastSignInAt: true } },
} satisfies Prisma.MembershipSelect;

type MemberRow = Prisma.MembershipGetPayload<{ select: typeof memberSelect }>;

function statusOf(row: MemberRow): MemberStatus {
  if (row.disabledAt) return "DISABLED";
  if (row.user.disabledAt) return "ACCOUNT_DISABLED";
  if (!row.user.passwordHash) return "INVITED";
  return "ACTIVE";
}

function toDto(row: MemberRow, viewerId: string): MemberDto {
  return {
    id: row.id,
    version: row.version,
    userId: row.user.id,
    name: row.user.name,
    email: row.user.email,
    role: row.role,
    actorId: row.actorId,
    actorName: row.actor ? (row.actor.acronym ? `${row.actor.name} (${row.actor.acronym})` : row.actor.name) : null,
    status: statusOf(row),
    lastSignInAt: row.user.lastSignInAt,
    createdAt: row.createdAt,
    isSelf: row.user.id === viewerId,
  };
}

/** What the trail keeps of a membership: enough to read it without the row. */
function snapshot(row: Pick<MemberRow, "role" | "actorId" | "disabledAt"> & { user: { id: string; email: string } }) {
  return { userId: row.user.id, email: row.user.email, role: row.role, actorId: row.actorId, disabledAt: row.disabledAt };
}


/** The gate checked the permission already; the data layer looks again, as every entry point may. */
function assertManages(ctx: RegionContext): void {
  if (!can(ctx.role, "members.manage")) throw new ForbiddenError("members.manage");
}

// ---------------------------------------------------------------------------------------------
// Reads
// ---------------------------------------------------------------------------------------------

export async function listMembers(ctx: RegionContext): Promise<MemberDto[]> {
  assertManages(ctx);
  const rows = await db.membership.findMany({
    where: { regionId: ctx.regionId },
    select: memberSelect,
    orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
  });
  return rows.map((row) => toDto(row, ctx.userId));
}

/** One membership of the region; NotFoundError for a missing id and for another region's alike. */
export async function getMember(ctx: RegionContext, unverifiedId: string): Promise<MemberDto> {
  assertManages(ctx);
  if (!isUuid(unverifiedId)) throw new NotFoundError("membership");
  const row = await db.membership.findFirst({ where: { id: unverifiedId, regionId: ctx.regionId }, select: memberSelect });
  if (!row) throw new NotFoundError("membership");
  return toDto(row, ctx.userId);
}

// ---------------------------------------------------------------------------------------------
// Invitations
// ---------------------------------------------------------------------------------------------

export interface InviteResult {
  membershipId: string;
  userId: string;
  /** "invitation": a one-time link was mailed; "notice": the person already has an account. */
  kind: "invitation" | "notice";
  mailId: string;
}

export interface InviteOptions {
  /** The language of the mail: the inviting administrator's. */
  locale: string;
}

async function lockRegionMembers(tx: Tx, regionId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`minka-members:${regionId}`}))`;
}

async function assertActorInRegion(tx: Tx, regionId: string, actorId: string | null): Promise<void> {
  if (actorId === null) return;
  const actor = await tx.actor.findFirst({ where: { id: actorId, regionId, archivedAt: null }, select: { id: true } });
  // Another region's actor reads as a missing one.
  if (!actor) throw new InvalidInputError("actorNotInRegion", { actorId: ["actorNotInRegion"] });
}

/**
 * Adds a person to a region inside the caller's transaction: creates the user when the email is
 * new (without a password), the membership, and either a one-time invitation link or, for a
 * person who already has an account, a notice; the mail goes to the outbox and every row written
 * gets its audit entry. Shared by the region's member page and by the creation of a region.
 */
export async function inviteIntoRegion(
  tx: Tx,
  who: { userId: string; ip: string | null },
  region: { id: string; name: string },
  input: InviteMemberInput,
  opts: InviteOptions,
): Promise<InviteResult> {
  await lockRegionMembers(tx, region.id);
  await assertActorInRegion(tx, region.id, input.actorId);
  const audit = { userId: who.userId, regionId: region.id, ip: who.ip };

  let user = await tx.user.findUnique({
    where: { email: input.email },
    select: {
      id: true,
      name: true,
      passwordHash: true,
      globalRole: true,
      memberships: { select: { regionId: true } },
    },
  });
  if (user?.memberships.some((m) => m.regionId === region.id)) {
    throw new InvalidInputError("alreadyMember", { email: ["alreadyMember"] });
  }
  if (!user) {
    const created = await tx.user.create({
      data: { email: input.email, name: input.name, locale: opts.locale },
      select: { id: true, name: true, email: true, locale: true },
    });
    await recordAudit(tx, audit, {
      action: "CREATE",
      entity: "User",
      entityId: created.id,
      after: { email: created.email, name: created.name, locale: created.locale },
    });
    user = { id: created.id, name: created.name, passwordHash: null, globalRole: null, memberships: [] };
  }

  const membership = await tx.membership.create({
    data: { regionId: region.id, userId: user.id, role: input.role, actorId: input.actorId },
    select: { id: true, role: true, actorId: true },
  });
  await recordAudit(tx, audit, {
    action: "INVITE",
    entity: "Membership",
    entityId: membership.id,
    after: { userId: user.id, email: input.email, role: membership.role, actorId: membership.actorId },
  });

  const inviter = await tx.user.findUnique({ where: { id: who.userId }, select: { name: true } });
  const mailContext = {
    locale: opts.locale,
    name: user.name,
    regionName: region.name,
    role: input.role,
    inviterName: inviter?.name ?? "Minka",
  };
  const hasAccessElsewhere = user.globalRole !== null || user.memberships.length > 0;
  let kind: InviteResult["kind"];
  let mail;
  if (!user.passwordHash && !hasAccessElsewhere) {
    const { token } = await issueToken(tx, { userId: user.id, kind: "INVITATION", createdById: who.userId });
    mail = invitationMail({ locale: opts.locale, name: user.name, regionName: region.name, token });
    kind = "invitation";
  } else {
    mail = accessNoticeMail({ ...mailContext, pendingElsewhere: !user.passwordHash });
    kind = "notice";
  }
  const mailId = await enqueueMail(tx, { regionId: region.id, to: input.email, subject: mail.subject, text: mail.text });
  return { membershipId: membership.id, userId: user.id, kind, mailId };
}

/** Two requests racing to create the same row: the loser is told to reload and try again. */
function uniqueViolationAsConflict(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ConflictError();
  throw error;
}

export async function inviteMember(ctx: RegionContext, input: InviteMemberInput, opts: InviteOptions): Promise<InviteResult> {
  assertManages(ctx);
  return db
    .$transaction((tx) => inviteIntoRegion(tx, ctx, { id: ctx.regionId, name: ctx.regionName }, input, opts), { timeout: 20_000 })
    .catch(uniqueViolationAsConflict);
}

// ---------------------------------------------------------------------------------------------
// Changes to a membership
// ---------------------------------------------------------------------------------------------

/**
 * The membership as this region holds it, for a write: NotFoundError when it is not the region's
 * (whatever the reason), ConflictError when someone saved it after the form was loaded.
 */
async function loadForWrite(tx: Tx, ctx: RegionContext, membershipId: string, version: number): Promise<MemberRow> {
  assertManages(ctx);
  await lockRegionMembers(tx, ctx.regionId);
  const row = await tx.membership.findFirst({ where: { id: membershipId, regionId: ctx.regionId }, select: memberSelect });
  if (!row) throw new NotFoundError("membership");
  if (row.version !== version) throw new ConflictError(row.version);
  return row;
}

function isActiveAdmin(row: MemberRow): boolean {
  return row.role === "REGIONAL_ADMIN" && !row.disabledAt && !row.user.disabledAt && row.user.passwordHash !== null;
}

/**
 * A region never loses its last working regional administrator by a change made here (typically
 * the administrator demoting, disabling or removing themselves): someone must be able to manage
 * its people. A person with a pending invitation does not count: they cannot sign in yet.
 */
async function assertAnotherActiveAdmin(tx: Tx, ctx: RegionContext, row: MemberRow): Promise<void> {
  if (!isActiveAdmin(row)) return;
  const others = await tx.membership.count({
    where: {
      regionId: ctx.regionId,
      id: { not: row.id },
      role: "REGIONAL_ADMIN",
      disabledAt: null,
      user: { disabledAt: null, passwordHash: { not: null } },
    },
  });
  if (others === 0) throw new InvalidInputError(row.user.id === ctx.userId ? "lastAdminSelf" : "lastAdmin");
}

/** The conditional write: zero rows means the row moved on (or left) since it was read. */
function assertWritten(count: number): void {
  if (count === 0) throw new ConflictError();
}

export async function changeMemberRole(ctx: RegionContext, input: ChangeMemberRoleInput): Promise<{ changed: boolean }> {
  return db.$transaction(
    async (tx) => {
      const row = await loadForWrite(tx, ctx, input.membershipId, input.version);
      if (row.role === input.role && row.actorId === input.actorId) return { changed: false };
      await assertActorInRegion(tx, ctx.regionId, input.actorId);
      if (input.role !== "REGIONAL_ADMIN") await assertAnotherActiveAdmin(tx, ctx, row);

      const { count } = await tx.membership.updateMany({
        where: { id: row.id, regionId: ctx.regionId, version: input.version },
        data: { role: input.role, actorId: input.actorId, version: { increment: 1 } },
      });
      assertWritten(count);
      await recordAudit(tx, ctx, {
        action: "UPDATE",
        entity: "Membership",
        entityId: row.id,
        before: snapshot(row),
        after: snapshot({ ...row, role: input.role, actorId: input.actorId }),
      });
      return { changed: true };
    },
    { timeout: 20_000 },
  );
}

export async function setMemberStatus(ctx: RegionContext, input: SetMemberStatusInput, now = new Date()): Promise<{ changed: boolean }> {
  return db.$transaction(
    async (tx) => {
      const row = await loadForWrite(tx, ctx, input.membershipId, input.version);
      const disable = input.status === "DISABLED";
      if (disable === (row.disabledAt !== null)) return { changed: false };
      if (disable) await assertAnotherActiveAdmin(tx, ctx, row);

      const disabledAt = disable ? now : null;
      const { count } = await tx.membership.updateMany({
        where: { id: row.id, regionId: ctx.regionId, version: input.version },
        data: { disabledAt, version: { increment: 1 } },
      });
      assertWritten(count);
      await recordAudit(tx, ctx, {
        action: disable ? "DISABLE" : "ENABLE",
        entity: "Membership",
        entityId: row.id,
        before: snapshot(row),
        after: snapshot({ ...row, disabledAt }),
      });
      return { changed: true };
    },
    { timeout: 20_000 },
  );
}

export async function removeMember(ctx: RegionContext, input: Omit<RemoveMemberInput, "confirm">, now = new Date()): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const row = await loadForWrite(tx, ctx, input.membershipId, input.version);
      await assertAnotherActiveAdmin(tx, ctx, row);

      const { count } = await tx.membership.deleteMany({ where: { id: row.id, regionId: ctx.regionId, version: input.version } });
      assertWritten(count);
      await recordAudit(tx, ctx, { action: "DELETE", entity: "Membership", entityId: row.id, before: snapshot(row) });

      // An invitation that has not been accepted would now open an account with no access at all:
      // withdraw it, unless the person still belongs somewhere.
      if (!row.user.passwordHash) {
        const user = await tx.user.findUnique({
          where: { id: row.user.id },
          select: { globalRole: true, _count: { select: { memberships: true } } },
        });
        if (user && user.globalRole === null && user._count.memberships === 0) {
          await tx.authToken.updateMany({ where: { userId: row.user.id, kind: "INVITATION", usedAt: null }, data: { usedAt: now } });
        }
      }
    },
    { timeout: 20_000 },
  );
}
