import "server-only";
import { db } from "@/lib/db";
import type { ParticipantRole, TeamRole } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dataset, enumLabel } from "@/lib/spreadsheets/dataset";
import type { RegionContext } from "@/lib/tenancy";
import { PROJECT_FIELDS, projectIdsMatching } from "./data";
import { parseProjectListQuery } from "./schema";

// The region's projects as spreadsheets (issue 5, item 4). Every dataset takes the list's
// filters from the download URL, so a file holds what the list shows.
//
// - "projects": one row per project in the IMPORT's layout (lists in one cell, "RUC or
//   name:role; …"), so an export can be edited and imported elsewhere.
// - "perucris-*": the same projects in four tables that follow the PeruCRIS / CERIF (OpenAIRE
//   guidelines) Project and Funding entities — projects with FORD and CIIU, the consortium with
//   CERIF roles, the team with CERIF roles (personal: `people.read`), and the funding with
//   programme and amounts. Column names are the profile's field names, the same in both
//   languages. docs/perucris.md gives the mapping.

const matching = (ctx: RegionContext, params: URLSearchParams) => projectIdsMatching(ctx, parseProjectListQuery(Object.fromEntries(params)));

/** Rows in the list's order of their projects (a stable sort keeps each query's own order within a project). */
function inOrder<T>(ids: string[], rows: T[], projectOf: (row: T) => string): T[] {
  const at = new Map(ids.map((id, i) => [id, i]));
  return [...rows].sort((a, b) => at.get(projectOf(a))! - at.get(projectOf(b))!);
}

const money = (d: Prisma.Decimal | null) => (d === null ? null : d.toNumber());

// ---- "projects": the import's layout -------------------------------------------------------

const flatSelect = {
  ...PROJECT_FIELDS,
  priorityAreas: { select: { priorityArea: { select: { key: true } } } },
  provinces: { select: { province: { select: { code: true } } } },
  participants: { select: { role: true, actor: { select: { name: true, ruc: true } } }, orderBy: [{ role: "asc" }, { actor: { name: "asc" } }] },
  fundingLines: { select: { source: true, awardedAmount: true, currency: true, programme: true }, orderBy: [{ awardedOn: "asc" }, { id: "asc" }] },
} satisfies Prisma.ProjectSelect;

type FlatRow = Prisma.ProjectGetPayload<{ select: typeof flatSelect }>;

export const projectsExport = dataset<FlatRow>({
  title: "projects.exports.projects",
  load: async (ctx, params) => {
    const ids = await matching(ctx, params);
    return inOrder(ids, await db.project.findMany({ where: { regionId: ctx.regionId, id: { in: ids } }, select: flatSelect }), (r) => r.id);
  },
  columns: [
    { label: "projects.columns.code", value: (r) => r.code },
    { label: "projects.columns.title", value: (r) => r.title },
    { label: "projects.columns.type", value: (r, t) => enumLabel("projectType", r.type, t) },
    { label: "projects.columns.status", value: (r, t) => enumLabel("projectStatus", r.status, t) },
    { label: "projects.columns.startsOn", value: (r) => r.startsOn },
    { label: "projects.columns.endsOn", value: (r) => r.endsOn },
    { label: "projects.columns.trl", value: (r) => r.trl },
    { label: "projects.columns.fordCode", value: (r) => r.fordCode },
    { label: "projects.columns.ciiuCode", value: (r) => r.ciiuCode },
    { label: "projects.columns.priorityAreas", value: (r) => r.priorityAreas.map((a) => a.priorityArea.key).join("; ") },
    { label: "projects.columns.provinces", value: (r) => r.provinces.map((p) => p.province.code).join("; ") },
    { label: "projects.columns.participants", value: (r) => r.participants.map((p) => `${p.actor.ruc ?? p.actor.name}:${p.role}`).join("; ") },
    {
      label: "projects.columns.funding",
      value: (r) => r.fundingLines.map((f) => [f.source, f.awardedAmount.toFixed(2), f.currency, f.programme ?? ""].join(":").replace(/:$/, "")).join("; "),
    },
    { label: "projects.columns.summary", value: (r) => r.summary },
  ],
});

// ---- PeruCRIS / CERIF ------------------------------------------------------------------------

/** CERIF consortium roles (OpenAIRE guidelines). A beneficiary has none: PeruCRIS has no class for it. */
const CONSORTIUM_ROLE: Record<ParticipantRole, string | null> = {
  COORDINATOR: "Coordinator",
  PARTNER: "Partner",
  FUNDER: "Funder",
  BENEFICIARY: null,
};
/** CERIF team roles: a co-investigator is a Member. */
const TEAM_ROLE: Record<TeamRole, string> = { PRINCIPAL_INVESTIGATOR: "PrincipalInvestigator", CO_INVESTIGATOR: "Member", MEMBER: "Member" };

const perucrisProjectSelect = {
  ...PROJECT_FIELDS,
  priorityAreas: { select: { priorityArea: { select: { name: true } } } },
  provinces: { select: { province: { select: { code: true } } } },
  participants: { where: { role: "COORDINATOR" }, select: { actor: { select: { name: true, ruc: true, ror: true } } } },
} satisfies Prisma.ProjectSelect;

export const perucrisProjectsExport = dataset<Prisma.ProjectGetPayload<{ select: typeof perucrisProjectSelect }>>({
  title: "projects.exports.perucrisProjects",
  load: async (ctx, params) => {
    const ids = await matching(ctx, params);
    return inOrder(ids, await db.project.findMany({ where: { regionId: ctx.regionId, id: { in: ids } }, select: perucrisProjectSelect }), (r) => r.id);
  },
  columns: [
    { label: "projects.perucris.projectId", value: (r) => r.id },
    { label: "projects.perucris.internalId", value: (r) => r.code },
    { label: "projects.perucris.title", value: (r) => r.title },
    { label: "projects.perucris.abstract", value: (r) => r.summary },
    { label: "projects.perucris.type", value: (r, t) => enumLabel("projectType", r.type, t) },
    { label: "projects.perucris.status", value: (r, t) => enumLabel("projectStatus", r.status, t) },
    { label: "projects.perucris.startDate", value: (r) => r.startsOn },
    { label: "projects.perucris.endDate", value: (r) => r.endsOn },
    { label: "projects.perucris.trl", value: (r) => r.trl },
    { label: "projects.perucris.subjectFord", value: (r) => r.fordCode },
    { label: "projects.perucris.subjectCiiu", value: (r) => r.ciiuCode },
    { label: "projects.perucris.geoLocation", value: (r) => r.provinces.map((p) => p.province.code).join("; ") },
    { label: "projects.perucris.keywords", value: (r) => r.priorityAreas.map((a) => a.priorityArea.name).join("; ") },
    { label: "projects.perucris.coordinatorName", value: (r) => r.participants[0]?.actor.name ?? null },
    { label: "projects.perucris.coordinatorRuc", value: (r) => r.participants[0]?.actor.ruc ?? null },
    { label: "projects.perucris.coordinatorRor", value: (r) => r.participants[0]?.actor.ror ?? null },
  ],
});

const consortiumSelect = {
  role: true,
  project: { select: { id: true, title: true } },
  actor: { select: { name: true, acronym: true, ruc: true, ror: true, helix: true, region: { select: { code: true } } } },
} satisfies Prisma.ProjectParticipantSelect;

export const perucrisConsortiumExport = dataset<Prisma.ProjectParticipantGetPayload<{ select: typeof consortiumSelect }>>({
  title: "projects.exports.perucrisConsortium",
  load: async (ctx, params) => {
    const ids = await matching(ctx, params);
    const rows = await db.projectParticipant.findMany({ where: { regionId: ctx.regionId, projectId: { in: ids } }, select: consortiumSelect, orderBy: [{ role: "asc" }, { actor: { name: "asc" } }] });
    return inOrder(ids, rows, (r) => r.project.id);
  },
  columns: [
    { label: "projects.perucris.projectId", value: (r) => r.project.id },
    { label: "projects.perucris.title", value: (r) => r.project.title },
    { label: "projects.perucris.orgUnitName", value: (r) => r.actor.name },
    { label: "projects.perucris.orgUnitAcronym", value: (r) => r.actor.acronym },
    { label: "projects.perucris.orgUnitRuc", value: (r) => r.actor.ruc },
    { label: "projects.perucris.orgUnitRor", value: (r) => r.actor.ror },
    { label: "projects.perucris.orgUnitSector", value: (r, t) => enumLabel("helix", r.actor.helix, t) },
    { label: "projects.perucris.orgUnitRegion", value: (r) => r.actor.region.code },
    { label: "projects.perucris.consortiumRole", value: (r) => CONSORTIUM_ROLE[r.role] },
    { label: "projects.perucris.minkaRole", value: (r, t) => enumLabel("participantRole", r.role, t) },
  ],
});

const teamSelect = {
  role: true,
  project: { select: { id: true, title: true } },
  person: { select: { givenNames: true, familyNames: true, orcid: true } },
} satisfies Prisma.ProjectMemberSelect;

export const perucrisTeamExport = dataset<Prisma.ProjectMemberGetPayload<{ select: typeof teamSelect }>>({
  title: "projects.exports.perucrisTeam",
  // Names of people: members of the region only, as on the project page.
  permission: "people.read",
  load: async (ctx, params) => {
    const ids = await matching(ctx, params);
    const rows = await db.projectMember.findMany({ where: { regionId: ctx.regionId, projectId: { in: ids } }, select: teamSelect, orderBy: [{ role: "asc" }, { person: { familyNames: "asc" } }] });
    return inOrder(ids, rows, (r) => r.project.id);
  },
  columns: [
    { label: "projects.perucris.projectId", value: (r) => r.project.id },
    { label: "projects.perucris.title", value: (r) => r.project.title },
    { label: "projects.perucris.personFamilyNames", value: (r) => r.person.familyNames },
    { label: "projects.perucris.personGivenNames", value: (r) => r.person.givenNames },
    { label: "projects.perucris.orcid", value: (r) => r.person.orcid },
    { label: "projects.perucris.teamRole", value: (r) => TEAM_ROLE[r.role] },
    { label: "projects.perucris.minkaRole", value: (r, t) => enumLabel("teamRole", r.role, t) },
  ],
});

const fundingSelect = {
  source: true,
  programme: true,
  currency: true,
  awardedAmount: true,
  awardedOn: true,
  executedAmount: true,
  executedOn: true,
  funder: { select: { name: true, ruc: true } },
  project: { select: { id: true, title: true } },
} satisfies Prisma.FundingLineSelect;

export const perucrisFundingExport = dataset<Prisma.FundingLineGetPayload<{ select: typeof fundingSelect }>>({
  title: "projects.exports.perucrisFunding",
  load: async (ctx, params) => {
    const ids = await matching(ctx, params);
    const rows = await db.fundingLine.findMany({ where: { regionId: ctx.regionId, projectId: { in: ids } }, select: fundingSelect, orderBy: [{ awardedOn: "asc" }, { id: "asc" }] });
    return inOrder(ids, rows, (r) => r.project.id);
  },
  columns: [
    { label: "projects.perucris.projectId", value: (r) => r.project.id },
    { label: "projects.perucris.title", value: (r) => r.project.title },
    { label: "projects.perucris.fundingType", value: (r, t) => enumLabel("fundingSource", r.source, t) },
    { label: "projects.perucris.fundingProgramme", value: (r) => r.programme },
    { label: "projects.perucris.funderName", value: (r) => r.funder?.name ?? null },
    { label: "projects.perucris.funderRuc", value: (r) => r.funder?.ruc ?? null },
    { label: "projects.perucris.currency", value: (r) => r.currency },
    { label: "projects.perucris.awardedAmount", value: (r) => money(r.awardedAmount) },
    { label: "projects.perucris.awardedDate", value: (r) => r.awardedOn },
    { label: "projects.perucris.executedAmount", value: (r) => money(r.executedAmount) },
    { label: "projects.perucris.executedDate", value: (r) => r.executedOn },
  ],
});
