import "server-only";
import { recordAudit, type Tx } from "@/lib/audit";
import { formatIsoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Currency, FundingSource, OutputKind, ParticipantRole, ProjectStatus, ProjectType, TeamRole } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/permissions";
import type { RegionContext } from "@/lib/tenancy";
import { uuidv7 } from "@/prisma/seed/util";
import { anyContains } from "@/lib/search";
import { PROJECTS_PER_PAGE, type CreateProjectInput, type ProjectListQuery, type UpdateProjectInput } from "./schema";
import { isUuid } from "@/lib/validation/identifiers";

// The project registry of one region. Every read and write is scoped by the verified
// `ctx.regionId`: another region's project answers exactly like a missing one. Participants may
// be actors of ANY region (other regions' universities, international partners); everything
// else a project points at (priority areas, provinces, people) is the region's own.
//
// Who writes: `projects.write` (regional and platform admins) any project of the region;
// `projects.writeOwn` (an institution editor) creates projects where their institution takes
// part and edits only those. "Their institution" is the membership's actor and its units (a
// faculty of the university), found with a recursive query. Anything else answers "not found".
//
// The derived flags (links academia and business, spans regions, international partners) are
// computed in SQL from the participants on every read, never stored or typed in.

// ---------------------------------------------------------------------------------------------
// Permissions
// ---------------------------------------------------------------------------------------------

/** Regional and platform admins write any project of the region. */
export function canWriteAny(ctx: RegionContext): boolean {
  return can(ctx.role, "projects.write");
}

/** Admins, and institution editors bound to an institution. */
export function canCreateProject(ctx: RegionContext): boolean {
  return canWriteAny(ctx) || (can(ctx.role, "projects.writeOwn") && !!ctx.actorId);
}

/** The editor's institution and all its units (children, grandchildren…). */
export async function ownActorIds(ctx: RegionContext, tx: Tx = db): Promise<string[]> {
  if (!can(ctx.role, "projects.writeOwn") || !ctx.actorId) return [];
  const rows = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
    with recursive own(id, depth) as (
      select id, 0 from "Actor" where id = ${ctx.actorId}::uuid and "regionId" = ${ctx.regionId}::uuid
      union all
      select a.id, own.depth + 1 from "Actor" a join own on a."parentId" = own.id where own.depth < 10
    )
    select distinct id::text as id from own`);
  return rows.map((r) => r.id);
}

/** May this caller edit this project of the region? (The project must exist: callers check.) */
export async function canEditProject(ctx: RegionContext, projectId: string, tx: Tx = db): Promise<boolean> {
  if (canWriteAny(ctx)) return true;
  const own = await ownActorIds(ctx, tx);
  if (!own.length) return false;
  const hit = await tx.projectParticipant.findFirst({ where: { regionId: ctx.regionId, projectId, actorId: { in: own } }, select: { id: true } });
  return !!hit;
}

// ---------------------------------------------------------------------------------------------
// Derived flags, in SQL
// ---------------------------------------------------------------------------------------------

export interface ProjectFlags {
  linksAcademiaBusiness: boolean;
  spansRegions: boolean;
  international: boolean;
}

// Academia is helix ACADEMIA or RESEARCH (universities and research centres), as the cooperation
// metrics count it. Aggregates over participants `pp` joined to their actors `a`.
const MIX_AGGREGATES = Prisma.sql`
  bool_or(a.helix in ('ACADEMIA', 'RESEARCH')) as academia,
  bool_or(a.helix = 'BUSINESS') as business,
  bool_or(a.helix = 'GOVERNMENT') as government,
  bool_or(a.helix not in ('ACADEMIA', 'RESEARCH')) as non_academia,
  bool_or(a."regionId" <> pp."regionId") as other_region,
  bool_or(a.helix = 'INTERNATIONAL') as international`;

/**
 * One row per project of the region that has participants: which helices take part and whether
 * any participant is another region's or international. Joined only when a list is filtered by
 * its mix, since that filter needs every project's flags.
 */
function participantMixSql(regionId: string): Prisma.Sql {
  return Prisma.sql`
    select pp."projectId", ${MIX_AGGREGATES}
    from "ProjectParticipant" pp join "Actor" a on a.id = pp."actorId"
    where pp."regionId" = ${regionId}::uuid
    group by pp."projectId"`;
}

/**
 * The same flags for the one project `p` in scope, as a LATERAL join: a page of 25 rows reads the
 * participants of those 25, not of every project in the region (Lima at scale 10: 96 → 8 ms).
 */
const PROJECT_MIX = Prisma.sql`
  left join lateral (
    select ${MIX_AGGREGATES}
    from "ProjectParticipant" pp join "Actor" a on a.id = pp."actorId"
    where pp."regionId" = p."regionId" and pp."projectId" = p.id
  ) m on true`;

const FLAG_COLUMNS = Prisma.sql`
  coalesce(m.academia and m.business, false) as "linksAcademiaBusiness",
  coalesce(m.other_region, false) as "spansRegions",
  coalesce(m.international, false) as "international"`;

// ---------------------------------------------------------------------------------------------
// List
// ---------------------------------------------------------------------------------------------

export interface ProjectListItem extends ProjectFlags {
  id: string;
  code: string | null;
  title: string;
  type: ProjectType;
  status: ProjectStatus;
  startsOn: Date | null;
  endsOn: Date | null;
  coordinatorName: string | null;
}

export interface ProjectListPage {
  items: ProjectListItem[];
  total: number;
  page: number;
  pageCount: number;
}

function listWhere(ctx: RegionContext, q: ProjectListQuery): Prisma.Sql {
  const r = ctx.regionId;
  const parts: Prisma.Sql[] = [Prisma.sql`p."regionId" = ${r}::uuid`];
  if (q.status) parts.push(Prisma.sql`p.status = ${q.status}::"ProjectStatus"`);
  if (q.area)
    parts.push(Prisma.sql`exists (select 1 from "ProjectPriorityArea" x where x."regionId" = ${r}::uuid and x."projectId" = p.id and x."priorityAreaId" = ${q.area}::uuid)`);
  if (q.province)
    parts.push(Prisma.sql`exists (select 1 from "ProjectProvince" x where x."regionId" = ${r}::uuid and x."projectId" = p.id and x."provinceId" = ${q.province}::uuid)`);
  if (q.source)
    parts.push(Prisma.sql`exists (select 1 from "FundingLine" x where x."regionId" = ${r}::uuid and x."projectId" = p.id and x.source = ${q.source}::"FundingSource")`);
  if (q.participant)
    parts.push(Prisma.sql`exists (select 1 from "ProjectParticipant" x where x."regionId" = ${r}::uuid and x."projectId" = p.id and x."actorId" = ${q.participant}::uuid)`);
  // A year: the project was running at some point of it (started by its end, not ended before it).
  if (q.year)
    parts.push(Prisma.sql`p."startsOn" <= make_date(${q.year}::int, 12, 31) and (p."endsOn" is null or p."endsOn" >= make_date(${q.year}::int, 1, 1))`);
  if (q.mix === "academiaBusiness") parts.push(Prisma.sql`coalesce(m.academia and m.business, false)`);
  if (q.mix === "academiaOnly") parts.push(Prisma.sql`coalesce(m.academia and not m.non_academia, false)`);
  if (q.mix === "tripleHelix") parts.push(Prisma.sql`coalesce(m.academia and m.business and m.government, false)`);
  if (q.mix === "spansRegions") parts.push(Prisma.sql`coalesce(m.other_region, false)`);
  if (q.mix === "international") parts.push(Prisma.sql`coalesce(m.international, false)`);
  if (q.q) {
    parts.push(anyContains(PROJECT_SEARCH_COLUMNS, q.q));
  }
  return Prisma.join(parts, " and ");
}

/** What the project list's search reads: the title and the code of the project aliased `p`. */
export const PROJECT_SEARCH_COLUMNS = [Prisma.raw("p.title"), Prisma.raw("p.code")];

/** The list's order: newest start first, then title; the id makes it total. */
const LIST_ORDER = Prisma.sql`p."startsOn" desc nulls last, p.title, p.id`;

/** The region's projects (alias p), filtered; with their participant mix (alias m) when filtered by it. */
function filteredFrom(ctx: RegionContext, query: ProjectListQuery): Prisma.Sql {
  const mix = query.mix ? Prisma.sql`left join (${participantMixSql(ctx.regionId)}) m on m."projectId" = p.id` : Prisma.empty;
  return Prisma.sql`from "Project" p ${mix} where ${listWhere(ctx, query)}`;
}

/**
 * One page of the region's projects with their derived flags: filters, count and page in SQL.
 * The page is chosen first and its 25 rows are then given their coordinator and flags.
 */
export async function listProjects(ctx: RegionContext, query: ProjectListQuery): Promise<ProjectListPage> {
  const from = filteredFrom(ctx, query);
  const [{ total }] = await db.$queryRaw<[{ total: number }]>(Prisma.sql`select count(*)::int as total ${from}`);
  const pageCount = Math.max(1, Math.ceil(total / PROJECTS_PER_PAGE));
  const page = Math.min(query.page, pageCount);
  const items = await db.$queryRaw<ProjectListItem[]>(Prisma.sql`
    select p.id::text as id, p.code, p.title, p.type::text as type, p.status::text as status, p."startsOn", p."endsOn",
      (select a.name from "ProjectParticipant" c join "Actor" a on a.id = c."actorId"
        where c."regionId" = p."regionId" and c."projectId" = p.id and c.role = 'COORDINATOR' order by a.name limit 1) as "coordinatorName",
      ${FLAG_COLUMNS}
    from (select p.* ${from} order by ${LIST_ORDER} limit ${PROJECTS_PER_PAGE} offset ${(page - 1) * PROJECTS_PER_PAGE}) p
    ${PROJECT_MIX}
    order by ${LIST_ORDER}`);
  return { items, total, page, pageCount };
}

/**
 * Every project of the region matching the list's filters, in the list's order, without paging:
 * the exports hand over exactly what the list shows.
 */
export async function projectIdsMatching(ctx: RegionContext, query: ProjectListQuery): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    select p.id::text as id ${filteredFrom(ctx, query)}
    order by ${LIST_ORDER}`);
  return rows.map((r) => r.id);
}

export interface Option {
  id: string;
  name: string;
}

export async function listPriorityAreas(ctx: RegionContext): Promise<Option[]> {
  return db.priorityArea.findMany({ where: { regionId: ctx.regionId }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export async function listProvinces(ctx: RegionContext): Promise<Option[]> {
  return db.province.findMany({ where: { regionId: ctx.regionId }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export interface PersonOption {
  id: string;
  name: string;
  orcid: string | null;
}

/** The region's people, for the team rows (people are personal data: members of the region only). */
export async function listPeopleOptions(ctx: RegionContext): Promise<PersonOption[]> {
  if (!can(ctx.role, "people.read")) return [];
  const rows = await db.person.findMany({
    where: { regionId: ctx.regionId },
    select: { id: true, givenNames: true, familyNames: true, orcid: true },
    orderBy: [{ familyNames: "asc" }, { givenNames: "asc" }, { id: "asc" }],
  });
  return rows.map((p) => ({ id: p.id, name: `${p.familyNames}, ${p.givenNames}`, orcid: p.orcid }));
}

// ---------------------------------------------------------------------------------------------
// Detail
// ---------------------------------------------------------------------------------------------

/** A project's own fields, as the detail page and the exports read them. */
export const PROJECT_FIELDS = {
  id: true,
  code: true,
  title: true,
  summary: true,
  type: true,
  status: true,
  startsOn: true,
  endsOn: true,
  trl: true,
  fordCode: true,
  ciiuCode: true,
} satisfies Prisma.ProjectSelect;

const detailSelect = {
  ...PROJECT_FIELDS,
  version: true,
  createdAt: true,
  updatedAt: true,
  priorityAreas: { select: { priorityArea: { select: { id: true, name: true } } }, orderBy: { priorityArea: { name: "asc" } } },
  provinces: { select: { province: { select: { id: true, name: true } } }, orderBy: { province: { name: "asc" } } },
  participants: {
    select: {
      role: true,
      actor: { select: { id: true, name: true, acronym: true, helix: true, regionId: true, region: { select: { name: true, slug: true } } } },
    },
    orderBy: [{ role: "asc" }, { actor: { name: "asc" } }],
  },
  members: {
    select: { role: true, person: { select: { id: true, givenNames: true, familyNames: true, orcid: true } } },
    orderBy: [{ role: "asc" }, { person: { familyNames: "asc" } }],
  },
  fundingLines: {
    select: {
      id: true,
      source: true,
      programme: true,
      currency: true,
      awardedAmount: true,
      awardedOn: true,
      executedAmount: true,
      executedOn: true,
      funderActorId: true,
      funder: { select: { name: true } },
    },
    orderBy: [{ awardedOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  },
  outputs: {
    select: { id: true, kind: true, title: true, producedOn: true, doi: true, url: true },
    orderBy: [{ producedOn: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.ProjectSelect;

export type ProjectRecord = Prisma.ProjectGetPayload<{ select: typeof detailSelect }>;

export interface ProjectDetail extends ProjectRecord, ProjectFlags {
  /** False for readers without `people.read`: the team is then shown as a count only. */
  teamVisible: boolean;
  teamSize: number;
}

async function flagsOf(ctx: RegionContext, projectId: string): Promise<ProjectFlags> {
  const [row] = await db.$queryRaw<ProjectFlags[]>(Prisma.sql`
    select ${FLAG_COLUMNS} from "Project" p ${PROJECT_MIX} where p.id = ${projectId}::uuid and p."regionId" = ${ctx.regionId}::uuid`);
  return row ?? { linksAcademiaBusiness: false, spansRegions: false, international: false };
}

/** One project of the region with everything on it. Another region's id → NotFoundError. */
export async function getProject(ctx: RegionContext, projectId: string): Promise<ProjectDetail> {
  if (!isUuid(projectId)) throw new NotFoundError("project");
  const project = await db.project.findFirst({ where: { id: projectId, regionId: ctx.regionId }, select: detailSelect });
  if (!project) throw new NotFoundError("project");
  const teamVisible = can(ctx.role, "people.read");
  return {
    ...project,
    members: teamVisible ? project.members : [],
    teamVisible,
    teamSize: project.members.length,
    ...(await flagsOf(ctx, projectId)),
  };
}

/** The project as its edit form needs it; only for callers who may edit it. */
export async function getProjectForEdit(ctx: RegionContext, projectId: string): Promise<ProjectRecord> {
  if (!isUuid(projectId)) throw new NotFoundError("project");
  const project = await db.project.findFirst({ where: { id: projectId, regionId: ctx.regionId }, select: detailSelect });
  if (!project || !(await canEditProject(ctx, projectId))) throw new NotFoundError("project");
  return project;
}

// ---------------------------------------------------------------------------------------------
// Writes
// ---------------------------------------------------------------------------------------------

type ProjectInput = CreateProjectInput | UpdateProjectInput;

/** A project ready to write: references checked, new people created, every member a person id. */
export interface ResolvedProject {
  core: {
    code: string | null;
    title: string;
    summary: string | null;
    type: ProjectType;
    status: ProjectStatus;
    startsOn: Date | null;
    endsOn: Date | null;
    trl: number | null;
    fordCode: string | null;
    ciiuCode: string | null;
  };
  priorityAreaIds: string[];
  provinceIds: string[];
  participants: { actorId: string; role: ParticipantRole }[];
  members: { personId: string; role: TeamRole }[];
  funding: {
    source: FundingSource;
    programme: string | null;
    funderActorId: string | null;
    currency: Currency;
    awardedAmount: string;
    awardedOn: Date | null;
    executedAmount: string | null;
    executedOn: Date | null;
  }[];
  outputs: { kind: OutputKind; title: string; producedOn: Date; doi: string | null; url: string | null }[];
}

function coreOf(input: ProjectInput): ResolvedProject["core"] {
  return {
    code: input.code,
    title: input.title,
    summary: input.summary,
    type: input.type,
    status: input.status,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    trl: input.trl,
    fordCode: input.fordCode,
    ciiuCode: input.ciiuCode,
  };
}

/** Who the audit trail records for a write. */
const who = (ctx: RegionContext) => ({ userId: ctx.userId, regionId: ctx.regionId, ip: ctx.ip });

/**
 * Checks what the schema cannot: areas, provinces and people are the region's; organisations
 * exist (in any region); an institution editor's own institution takes part. Creates the new
 * people of the team (reusing a person of the region with the same ORCID). Throws
 * InvalidInputError with errors on the fields at fault; the caller's transaction then rolls back.
 */
async function resolveInput(tx: Tx, ctx: RegionContext, input: ProjectInput): Promise<ResolvedProject> {
  const fieldErrors: Record<string, string[]> = {};
  const fail = (field: string, key: string) => (fieldErrors[field] ??= []).push(`projects.${key}`);
  const r = ctx.regionId;

  // Each lookup is skipped when its list is empty (most forms leave some empty): every round trip
  // adds to the save. A transaction is one connection: its statements go one after another
  // (pg deprecates overlapping queries on one client; pg 9 will refuse them).
  const areas = input.priorityAreaIds.length ? await tx.priorityArea.count({ where: { regionId: r, id: { in: input.priorityAreaIds } } }) : 0;
  const provinces = input.provinceIds.length ? await tx.province.count({ where: { regionId: r, id: { in: input.provinceIds } } }) : 0;
  if (areas !== input.priorityAreaIds.length) fail("priorityAreaIds", "invalidChoice");
  if (provinces !== input.provinceIds.length) fail("provinceIds", "invalidChoice");

  const actorIds = [...new Set([...input.participants.map((p) => p.actorId), ...input.funding.flatMap((f) => (f.funderActorId ? [f.funderActorId] : []))])];
  const known = new Set((await tx.actor.findMany({ where: { id: { in: actorIds } }, select: { id: true } })).map((a) => a.id));
  for (const p of input.participants) if (!known.has(p.actorId)) fail(`participants.${p.row}.actorId`, "invalidChoice");
  for (const f of input.funding) if (f.funderActorId && !known.has(f.funderActorId)) fail(`funding.${f.row}.funderActorId`, "invalidChoice");

  if (!canWriteAny(ctx)) {
    const own = new Set(await ownActorIds(ctx, tx));
    if (!input.participants.some((p) => own.has(p.actorId))) fail("participants", "ownInstitutionRequired");
  }

  const chosen = input.members.flatMap((m) => (m.personId ? [m.personId] : []));
  const people = new Set(chosen.length ? (await tx.person.findMany({ where: { regionId: r, id: { in: chosen } }, select: { id: true } })).map((p) => p.id) : []);
  for (const m of input.members) if (m.personId && !people.has(m.personId)) fail(`members.${m.row}.personId`, "invalidChoice");
  if (Object.keys(fieldErrors).length) throw new InvalidInputError("invalidForm", fieldErrors);

  // New people: one with an ORCID already in the region is that person, not a new one.
  const orcids = input.members.flatMap((m) => (!m.personId && m.orcid ? [m.orcid] : []));
  const byOrcid = new Map(
    orcids.length ? (await tx.person.findMany({ where: { regionId: r, orcid: { in: orcids } }, select: { id: true, orcid: true } })).map((p) => [p.orcid!, p.id]) : [],
  );
  const members: ResolvedProject["members"] = [];
  const seen = new Set<string>();
  for (const m of input.members) {
    let personId = m.personId ?? (m.orcid ? byOrcid.get(m.orcid) : undefined);
    if (!personId) {
      const person = await tx.person.create({
        data: { regionId: r, givenNames: m.givenNames!, familyNames: m.familyNames!, orcid: m.orcid },
        select: { id: true, givenNames: true, familyNames: true, orcid: true },
      });
      personId = person.id;
      if (m.orcid) byOrcid.set(m.orcid, person.id);
      const { id, ...after } = person;
      await recordAudit(tx, who(ctx), { action: "CREATE", entity: "Person", entityId: id, after });
    }
    if (seen.has(`${personId}:${m.role}`)) fail(`members.${m.row}.role`, "memberDuplicate");
    seen.add(`${personId}:${m.role}`);
    members.push({ personId, role: m.role });
  }
  if (Object.keys(fieldErrors).length) throw new InvalidInputError("invalidForm", fieldErrors);

  return {
    core: coreOf(input),
    priorityAreaIds: input.priorityAreaIds,
    provinceIds: input.provinceIds,
    participants: input.participants.map(({ actorId, role }) => ({ actorId, role })),
    members,
    funding: input.funding.map(({ row: _row, ...f }) => f),
    outputs: input.outputs.map(({ row: _row, ...o }) => o),
  };
}

/** A column of a bulk insert: its name, its PostgreSQL type and its value in a row. */
type Column<R> = [name: string, type: string, value: (row: R) => string | number | null];


/**
 * One INSERT … SELECT FROM unnest(…) for any number of rows: one array parameter per column, so
 * no bind-parameter limit and no per-row work in the client (Prisma's createMany spends about a
 * millisecond per row, minutes for an import of thousands of projects). Table, column and type
 * names are the constants written below, never input.
 */
async function bulkInsert<R>(tx: Tx, table: string, columns: Column<R>[], rows: R[], stamped: boolean) {
  if (!rows.length) return;
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const arrays = Prisma.join(columns.map(([, type, value]) => Prisma.sql`${rows.map(value)}::${Prisma.raw(type)}[]`));
  await tx.$executeRaw`insert into ${Prisma.raw(`"${table}"`)} (${Prisma.raw(names)}${Prisma.raw(stamped ? `, "updatedAt"` : "")})
    select u.*${Prisma.raw(stamped ? ", now()" : "")} from unnest(${arrays}) as u`;
}

type Item = { id: string; project: ResolvedProject };
type Child<T> = { regionId: string; projectId: string; id: string } & T;

/** The child rows of resolved projects, with their ids generated here. */
function childrenOf<T>(regionId: string, items: Item[], list: (p: ResolvedProject) => T[]): Child<T>[] {
  return items.flatMap(({ id: projectId, project }) => list(project).map((x) => ({ regionId, projectId, id: uuidv7(), ...x })));
}

const OWNED: Column<{ regionId: string; projectId: string }>[] = [
  ["regionId", "uuid", (r) => r.regionId],
  ["projectId", "uuid", (r) => r.projectId],
];

/** Every list of the projects: one statement per table, whatever the number of projects. */
async function insertChildren(tx: Tx, regionId: string, items: Item[]) {
  const links = (list: (p: ResolvedProject) => string[]) => items.flatMap(({ id: projectId, project }) => list(project).map((linkId) => ({ regionId, projectId, linkId })));
  await bulkInsert(tx, "ProjectPriorityArea", [...OWNED, ["priorityAreaId", "uuid", (r) => r.linkId]], links((p) => p.priorityAreaIds), false);
  await bulkInsert(tx, "ProjectProvince", [...OWNED, ["provinceId", "uuid", (r) => r.linkId]], links((p) => p.provinceIds), false);
  const idCol: Column<{ id: string }> = ["id", "uuid", (r) => r.id];
  await bulkInsert(
    tx,
    "ProjectParticipant",
    [idCol, ...OWNED, ["actorId", "uuid", (r) => r.actorId], ["role", `"ParticipantRole"`, (r) => r.role]],
    childrenOf(regionId, items, (p) => p.participants),
    true,
  );
  await bulkInsert(
    tx,
    "ProjectMember",
    [idCol, ...OWNED, ["personId", "uuid", (r) => r.personId], ["role", `"TeamRole"`, (r) => r.role]],
    childrenOf(regionId, items, (p) => p.members),
    true,
  );
  await bulkInsert(
    tx,
    "FundingLine",
    [
      idCol,
      ...OWNED,
      ["source", `"FundingSource"`, (r) => r.source],
      ["programme", "text", (r) => r.programme],
      ["funderActorId", "uuid", (r) => r.funderActorId],
      ["currency", `"Currency"`, (r) => r.currency],
      ["awardedAmount", "numeric", (r) => r.awardedAmount],
      ["awardedOn", "date", (r) => formatIsoDay(r.awardedOn)],
      ["executedAmount", "numeric", (r) => r.executedAmount],
      ["executedOn", "date", (r) => formatIsoDay(r.executedOn)],
    ],
    childrenOf(regionId, items, (p) => p.funding),
    true,
  );
  await bulkInsert(
    tx,
    "ProjectOutput",
    [
      idCol,
      ...OWNED,
      ["kind", `"OutputKind"`, (r) => r.kind],
      ["title", "text", (r) => r.title],
      ["producedOn", "date", (r) => formatIsoDay(r.producedOn)],
      ["doi", "text", (r) => r.doi],
      ["url", "text", (r) => r.url],
    ],
    childrenOf(regionId, items, (p) => p.outputs),
    true,
  );
}

/**
 * Inserts resolved projects with all their rows in a few bulk statements. The form creates one;
 * the spreadsheet import thousands, in its own transaction. Returns the new ids, in order.
 */
export async function insertProjects(tx: Tx, regionId: string, projects: ResolvedProject[]): Promise<string[]> {
  const items: Item[] = projects.map((project) => ({ id: uuidv7(), project }));
  await bulkInsert(
    tx,
    "Project",
    [
      ["id", "uuid", (r) => r.id],
      ["regionId", "uuid", () => regionId],
      ["code", "text", (r) => r.project.core.code],
      ["title", "text", (r) => r.project.core.title],
      ["summary", "text", (r) => r.project.core.summary],
      ["type", `"ProjectType"`, (r) => r.project.core.type],
      ["status", `"ProjectStatus"`, (r) => r.project.core.status],
      ["startsOn", "date", (r) => formatIsoDay(r.project.core.startsOn)],
      ["endsOn", "date", (r) => formatIsoDay(r.project.core.endsOn)],
      ["trl", "int", (r) => r.project.core.trl],
      ["fordCode", "text", (r) => r.project.core.fordCode],
      ["ciiuCode", "text", (r) => r.project.core.ciiuCode],
    ],
    items,
    true,
  );
  await insertChildren(tx, regionId, items);
  return items.map((i) => i.id);
}

/** What the audit trail keeps of a project: its fields and its lists, in a stable order. */
export function snapshotOf(p: ResolvedProject): Record<string, unknown> {
  const sorted = <T>(list: T[]) => list.map((x) => JSON.stringify(x)).sort();
  return {
    ...p.core,
    priorityAreaIds: [...p.priorityAreaIds].sort(),
    provinceIds: [...p.provinceIds].sort(),
    participants: sorted(p.participants),
    members: sorted(p.members),
    funding: sorted(p.funding.map((f) => ({ ...f, awardedOn: f.awardedOn?.toISOString() ?? null, executedOn: f.executedOn?.toISOString() ?? null }))),
    outputs: sorted(p.outputs.map((o) => ({ ...o, producedOn: o.producedOn.toISOString() }))),
  };
}

/** The project as stored, in the shape the writes take (for the audit's "before"). */
async function storedProject(tx: Tx, ctx: RegionContext, projectId: string): Promise<(ResolvedProject & { version: number }) | null> {
  const p = await tx.project.findFirst({
    where: { id: projectId, regionId: ctx.regionId },
    select: {
      version: true,
      code: true,
      title: true,
      summary: true,
      type: true,
      status: true,
      startsOn: true,
      endsOn: true,
      trl: true,
      fordCode: true,
      ciiuCode: true,
      priorityAreas: { select: { priorityAreaId: true } },
      provinces: { select: { provinceId: true } },
      participants: { select: { actorId: true, role: true } },
      members: { select: { personId: true, role: true } },
      fundingLines: {
        select: { source: true, programme: true, funderActorId: true, currency: true, awardedAmount: true, awardedOn: true, executedAmount: true, executedOn: true },
      },
      outputs: { select: { kind: true, title: true, producedOn: true, doi: true, url: true } },
    },
  });
  if (!p) return null;
  const { version, priorityAreas, provinces, participants, members, fundingLines, outputs, ...core } = p;
  return {
    version,
    core,
    priorityAreaIds: priorityAreas.map((a) => a.priorityAreaId),
    provinceIds: provinces.map((a) => a.provinceId),
    participants,
    members,
    funding: fundingLines.map((f) => ({ ...f, awardedAmount: f.awardedAmount.toFixed(2), executedAmount: f.executedAmount?.toFixed(2) ?? null })),
    outputs,
  };
}

/** Amounts as the database returns them ("150000.00"), so before/after compare like for like. */
function withFixedAmounts(p: ResolvedProject): ResolvedProject {
  return {
    ...p,
    funding: p.funding.map((f) => ({ ...f, awardedAmount: Number(f.awardedAmount).toFixed(2), executedAmount: f.executedAmount === null ? null : Number(f.executedAmount).toFixed(2) })),
  };
}

/** Creates a project with all its rows in one transaction, audited. */
export async function createProject(ctx: RegionContext, input: CreateProjectInput): Promise<{ id: string; version: number }> {
  if (!canCreateProject(ctx)) throw new ForbiddenError("projects.write");
  return db.$transaction(async (tx) => {
    const resolved = withFixedAmounts(await resolveInput(tx, ctx, input));
    const [id] = await insertProjects(tx, ctx.regionId, [resolved]);
    await recordAudit(tx, who(ctx), { action: "CREATE", entity: "Project", entityId: id!, after: snapshotOf(resolved) });
    return { id: id!, version: 1 };
  });
}

/**
 * Replaces the project (fields and every list) at the version the form loaded: one form is the
 * project's whole state, so an edit of a funding line or an output bumps the project's version
 * like an edit of its title. Someone else saved first → ConflictError, nothing written.
 */
export async function updateProject(ctx: RegionContext, input: UpdateProjectInput): Promise<{ id: string; version: number }> {
  return db.$transaction(async (tx) => {
    const before = await storedProject(tx, ctx, input.projectId);
    if (!before || !(await canEditProject(ctx, input.projectId, tx))) throw new NotFoundError("project");
    const resolved = withFixedAmounts(await resolveInput(tx, ctx, input));
    const { count } = await tx.project.updateMany({
      where: { id: input.projectId, regionId: ctx.regionId, version: input.version },
      data: { ...resolved.core, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(before.version);
    const scope = { regionId: ctx.regionId, projectId: input.projectId };
    // One after another: a transaction is one connection (see resolveInput).
    await tx.projectPriorityArea.deleteMany({ where: scope });
    await tx.projectProvince.deleteMany({ where: scope });
    await tx.projectParticipant.deleteMany({ where: scope });
    await tx.projectMember.deleteMany({ where: scope });
    await tx.fundingLine.deleteMany({ where: scope });
    await tx.projectOutput.deleteMany({ where: scope });
    await insertChildren(tx, ctx.regionId, [{ id: input.projectId, project: resolved }]);
    await recordAudit(tx, who(ctx), { action: "UPDATE", entity: "Project", entityId: input.projectId, before: snapshotOf(before), after: snapshotOf(resolved) });
    return { id: input.projectId, version: input.version + 1 };
  });
}

/** The record as it is now, for a conflict: the form shows it next to what the user typed. */
export async function currentProjectValues(ctx: RegionContext, projectId: string): Promise<Record<string, unknown> | null> {
  if (!isUuid(projectId)) return null;
  const p = await db.project.findFirst({ where: { id: projectId, regionId: ctx.regionId }, select: detailSelect });
  if (!p) return null;
  return {
    version: p.version,
    updatedAt: p.updatedAt.toISOString(),
    title: p.title,
    type: p.type,
    status: p.status,
    startsOn: formatIsoDay(p.startsOn),
    endsOn: formatIsoDay(p.endsOn),
    participants: p.participants.map((x) => `${x.actor.name} (${x.role})`).join("; "),
    teamSize: p.members.length,
    funding: p.fundingLines.map((f) => `${f.source} ${f.currency} ${f.awardedAmount.toFixed(2)}`).join("; "),
    outputs: p.outputs.length,
  };
}
