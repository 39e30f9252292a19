// The project registry against a real PostgreSQL with the demo data: create and edit with every
// list (participants of any region, team with new people, funding, outputs) in one audited
// transaction; the permission rules of issue 5 (a research office creates projects with its own
// institution and edits only those; another region's admin and a national viewer cannot write);
// bad input changing nothing; optimistic locking; the derived flags and the list's SQL filters.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db-client";
import type { RegionContext } from "@/lib/tenancy";
import { closeDemoDatabase, openDemoDatabase, type TestDatabase } from "../support/database";
import { regionContextOf } from "../support/context";

let tdb: TestDatabase;
let db: PrismaClient;
let projects: typeof import("@/lib/projects/data");
let options: typeof import("@/lib/actors/options");
let schema: typeof import("@/lib/projects/schema");
let errors: typeof import("@/lib/errors");

let cusco: RegionContext;
let tacna: RegionContext;
let unsaacOffice: RegionContext;
let unjbgOffice: RegionContext;
let viewer: RegionContext;

/** Demo ids used throughout. */
const id = {} as {
  unsaac: string;
  unsaacFaculty: string;
  firm: string;
  otherFirm: string;
  tacnaUniversity: string;
  international: string;
  area: string;
  tacnaArea: string;
  province: string;
  tacnaPerson: string;
  /** A Cusco project in which no UNSAAC unit takes part. */
  foreignProject: string;
};

beforeAll(async () => {
  ({ tdb, db } = await openDemoDatabase());
  [projects, options, schema, errors] = await Promise.all([import("@/lib/projects/data"), import("@/lib/actors/options"), import("@/lib/projects/schema"), import("@/lib/errors")]);
  cusco = await regionContextOf("gore.cusco@minka.example", "cusco");
  tacna = await regionContextOf("gore.tacna@minka.example", "tacna");
  unsaacOffice = await regionContextOf("investigacion.unsaac@minka.example", "cusco");
  unjbgOffice = await regionContextOf("investigacion.unjbg@minka.example", "tacna");
  viewer = await regionContextOf("multisectorial@minka.example", "cusco");

  id.unsaac = unsaacOffice.actorId!;
  id.unsaacFaculty = (await db.actor.findFirstOrThrow({ where: { parentId: id.unsaac }, select: { id: true } })).id;
  const firms = await db.actor.findMany({ where: { regionId: cusco.regionId, helix: "BUSINESS", archivedAt: null }, select: { id: true }, take: 2 });
  id.firm = firms[0]!.id;
  id.otherFirm = firms[1]!.id;
  id.tacnaUniversity = unjbgOffice.actorId!;
  id.international = (await db.actor.findFirstOrThrow({ where: { regionId: cusco.regionId, helix: "INTERNATIONAL" }, select: { id: true } })).id;
  id.area = (await db.priorityArea.findFirstOrThrow({ where: { regionId: cusco.regionId }, select: { id: true } })).id;
  id.tacnaArea = (await db.priorityArea.findFirstOrThrow({ where: { regionId: tacna.regionId }, select: { id: true } })).id;
  id.province = (await db.province.findFirstOrThrow({ where: { regionId: cusco.regionId }, select: { id: true } })).id;
  id.tacnaPerson = (await db.person.findFirstOrThrow({ where: { regionId: tacna.regionId }, select: { id: true } })).id;
  const own = await db.actor.findMany({ where: { OR: [{ id: id.unsaac }, { parentId: id.unsaac }] }, select: { id: true } });
  id.foreignProject = (
    await db.project.findFirstOrThrow({
      where: { regionId: cusco.regionId, participants: { none: { actorId: { in: own.map((a) => a.id) } } } },
      select: { id: true },
    })
  ).id;
}, 180_000);

afterAll(() => closeDemoDatabase(tdb, db));

let serial = 0;
/** Form fields of a valid project coordinated by UNSAAC with a firm partner and a Canon line. */
function fields(extra: Record<string, unknown> = {}): Record<string, unknown> {
  serial += 1;
  return {
    title: `Proyecto de prueba ${serial}`,
    type: "APPLIED_RESEARCH",
    status: "ACTIVE",
    startsOn: "2025-03-01",
    endsOn: "2027-02-28",
    trl: "3",
    fordCode: "4.02",
    ciiuCode: "1311",
    priorityAreaIds: [id.area],
    provinceIds: id.province,
    "participants.0.actorId": id.unsaac,
    "participants.0.role": "COORDINATOR",
    "participants.1.actorId": id.firm,
    "participants.1.role": "PARTNER",
    "members.0.givenNames": "Rosa",
    "members.0.familyNames": `Huamán ${serial}`,
    "members.0.role": "PRINCIPAL_INVESTIGATOR",
    "funding.0.source": "CANON_ROYALTIES",
    "funding.0.programme": "Canon UNSAAC 2025",
    "funding.0.awardedAmount": "250000",
    "funding.0.awardedOn": "2025-02-01",
    "funding.0.executedAmount": "100000",
    "outputs.0.kind": "PUBLICATION",
    "outputs.0.title": "Artículo de prueba",
    "outputs.0.producedOn": "2026-05-01",
    "outputs.0.doi": "10.5555/prueba.1",
    ...extra,
  };
}
const create = (raw: Record<string, unknown>) => schema.CreateProjectInput.parse(raw);

async function stored(projectId: string) {
  return db.project.findUniqueOrThrow({ where: { id: projectId }, select: { version: true, title: true, regionId: true } });
}

/** Edit fields for an existing project: its own values, as the edit form would send them. */
async function editFields(projectId: string, extra: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const p = await db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: { version: true, title: true, type: true, status: true, participants: { select: { actorId: true, role: true } } },
  });
  const out: Record<string, unknown> = { projectId, version: String(p.version), title: p.title, type: p.type, status: p.status };
  p.participants.forEach((x, i) => {
    out[`participants.${i}.actorId`] = x.actorId;
    out[`participants.${i}.role`] = x.role;
  });
  return { ...out, ...extra };
}
const update = (raw: Record<string, unknown>) => schema.UpdateProjectInput.parse(raw);

async function counts() {
  const [p, pp, pm, fl, po, person, audit] = await Promise.all([
    db.project.count(),
    db.projectParticipant.count(),
    db.projectMember.count(),
    db.fundingLine.count(),
    db.projectOutput.count(),
    db.person.count(),
    db.auditEntry.count(),
  ]);
  return { p, pp, pm, fl, po, person, audit };
}

async function expectUnchanged(run: () => Promise<unknown>, ErrorType: abstract new (...args: never[]) => Error) {
  const before = await counts();
  await expect(run()).rejects.toBeInstanceOf(ErrorType);
  expect(await counts()).toEqual(before);
}

describe("create", () => {
  it("the UNSAAC office registers a project with a firm, a Canon line, its PI (a new person) and an output, audited", async () => {
    const before = await counts();
    const { id: projectId, version } = await projects.createProject(unsaacOffice, create(fields()));
    expect(version).toBe(1);
    const p = await projects.getProject(unsaacOffice, projectId);
    expect(p.participants.map((x) => [x.actor.id, x.role])).toEqual(expect.arrayContaining([[id.unsaac, "COORDINATOR"], [id.firm, "PARTNER"]]));
    expect(p.fundingLines[0]).toMatchObject({ source: "CANON_ROYALTIES", currency: "PEN" });
    expect(p.fundingLines[0]!.awardedAmount.toFixed(2)).toBe("250000.00");
    expect(p.members[0]).toMatchObject({ role: "PRINCIPAL_INVESTIGATOR" });
    expect(p.outputs[0]!.doi).toBe("10.5555/prueba.1");
    expect(p.linksAcademiaBusiness).toBe(true);
    expect(p.spansRegions).toBe(false);
    const after = await counts();
    expect(after.p).toBe(before.p + 1);
    expect(after.person).toBe(before.person + 1);
    const audit = await db.auditEntry.findMany({ where: { entityId: projectId }, select: { action: true, entity: true, userId: true, after: true } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "CREATE", entity: "Project", userId: unsaacOffice.userId });
    expect(JSON.stringify(audit[0]!.after)).toContain("CANON_ROYALTIES");
  });

  it("an existing person of the region is reused by ORCID, not created again", async () => {
    const orcid = "0000-0002-1825-0097";
    await projects.createProject(cusco, create(fields({ "members.0.orcid": orcid })));
    const before = await db.person.count();
    await projects.createProject(cusco, create(fields({ "members.0.orcid": orcid })));
    expect(await db.person.count()).toBe(before);
  });

  it("a research office must include its own institution (or one of its units)", async () => {
    await expectUnchanged(
      () => projects.createProject(unsaacOffice, create(fields({ "participants.0.actorId": id.otherFirm }))),
      errors.InvalidInputError,
    );
    // A faculty of UNSAAC is UNSAAC taking part.
    const { id: projectId } = await projects.createProject(unsaacOffice, create(fields({ "participants.0.actorId": id.unsaacFaculty })));
    expect((await stored(projectId)).regionId).toBe(cusco.regionId);
  });

  it("participants may come from any region, with the derived flags following", async () => {
    const { id: projectId } = await projects.createProject(
      cusco,
      create(
        fields({
          "participants.1.actorId": id.tacnaUniversity,
          "participants.1.role": "PARTNER",
          "participants.2.actorId": id.international,
          "participants.2.role": "FUNDER",
        }),
      ),
    );
    const p = await projects.getProject(cusco, projectId);
    expect(p).toMatchObject({ linksAcademiaBusiness: false, spansRegions: true, international: true });
    // The same flags in the list, computed by the same SQL.
    const list = await projects.listProjects(cusco, schema.parseProjectListQuery({ q: p.title }));
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ id: projectId, linksAcademiaBusiness: false, spansRegions: true, international: true });
  });

  it("national viewers, viewers of nothing and other regions' offices cannot create", async () => {
    await expectUnchanged(() => projects.createProject(viewer, create(fields())), errors.ForbiddenError);
    // UNJBG's office in Tacna naming UNSAAC: its own institution is missing.
    await expectUnchanged(() => projects.createProject(unjbgOffice, create(fields())), errors.InvalidInputError);
  });
});

describe("bad input writes nothing", () => {
  it("refuses the issue's list at the schema, each on its field", () => {
    const bad = (extra: Record<string, unknown>) => {
      const r = schema.CreateProjectInput.safeParse(fields(extra));
      return r.success ? [] : r.error.issues.map((i) => `${String(i.path[0])}:${i.message}`);
    };
    expect(bad({ startsOn: "2027-01-01", endsOn: "2026-01-01" })).toEqual(["endsOn:projects.datesOrder"]);
    expect(bad({ "funding.0.awardedAmount": "-1", "funding.0.executedAmount": "" })).toEqual(["funding.0.awardedAmount:projects.amountNegative"]);
    expect(bad({ "funding.0.awardedAmount": "99999999999" })).toContain("funding.0.awardedAmount:projects.amountTooBig");
    expect(bad({ "funding.0.currency": "XYZ" })).toEqual(["funding.0.currency:projects.currencyUnknown"]);
    expect(bad({ "participants.2.actorId": id.firm, "participants.2.role": "PARTNER" })).toEqual(["participants.2.role:projects.participantDuplicate"]);
    expect(bad({ "participants.0.role": "BENEFICIARY" })).toEqual(["participants:projects.coordinatorMissing"]);
  });

  it("references from another region or that do not exist", async () => {
    await expectUnchanged(() => projects.createProject(cusco, create(fields({ priorityAreaIds: [id.tacnaArea] }))), errors.InvalidInputError);
    await expectUnchanged(() => projects.createProject(cusco, create(fields({ "members.1.personId": id.tacnaPerson, "members.1.role": "MEMBER" }))), errors.InvalidInputError);
    await expectUnchanged(
      () => projects.createProject(cusco, create(fields({ "participants.2.actorId": "0190a000-0000-7000-8000-00000000dead", "participants.2.role": "PARTNER" }))),
      errors.InvalidInputError,
    );
    try {
      await projects.createProject(cusco, create(fields({ provinceIds: [id.province, "0190a000-0000-7000-8000-00000000beef"] })));
      expect.unreachable();
    } catch (e) {
      expect((e as InstanceType<typeof errors.InvalidInputError>).fieldErrors).toEqual({ provinceIds: ["projects.invalidChoice"] });
    }
  });

  it("a new person with a duplicate role after resolution, with no person written", async () => {
    const orcid = "0000-0001-5109-3700";
    await projects.createProject(cusco, create(fields({ "members.0.orcid": orcid })));
    const person = await db.person.findFirstOrThrow({ where: { orcid }, select: { id: true } });
    await expectUnchanged(
      () =>
        projects.createProject(
          cusco,
          create(fields({ "members.0.orcid": orcid, "members.1.personId": person.id, "members.1.role": "PRINCIPAL_INVESTIGATOR" })),
        ),
      errors.InvalidInputError,
    );
  });
});

describe("edit: permissions, conflicts, audit", () => {
  it("the office edits its own project; a child edit bumps the project's version and is audited", async () => {
    const { id: projectId } = await projects.createProject(unsaacOffice, create(fields()));
    const raw = fields({ projectId, version: "1", "outputs.1.kind": "TRAINING", "outputs.1.title": "Taller", "outputs.1.producedOn": "2026-06-01" });
    await projects.updateProject(unsaacOffice, update(raw));
    const p = await projects.getProject(unsaacOffice, projectId);
    expect(p.version).toBe(2);
    expect(p.outputs.map((o) => o.kind)).toEqual(["PUBLICATION", "TRAINING"]);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: projectId, action: "UPDATE" }, select: { before: true, after: true } });
    // Only what changed is kept: the outputs (and the title, which `fields` renumbers).
    expect(Object.keys(audit.after as object)).toContain("outputs");
    expect(Object.keys(audit.after as object)).not.toContain("participants");
  });

  it("a stale version is a conflict and changes nothing", async () => {
    const { id: projectId } = await projects.createProject(cusco, create(fields()));
    await projects.updateProject(cusco, update(await editFields(projectId, { title: "Primera edición" })));
    await expectUnchanged(() => projects.updateProject(cusco, update(fields({ projectId, version: "1", title: "Edición perdida" }))), errors.ConflictError);
    expect(await stored(projectId)).toMatchObject({ version: 2, title: "Primera edición" });
    const current = await projects.currentProjectValues(cusco, projectId);
    expect(current).toMatchObject({ version: 2, title: "Primera edición" });
  });

  it("a research office cannot edit (nor open for editing) another institution's project", async () => {
    await expect(projects.getProjectForEdit(unsaacOffice, id.foreignProject)).rejects.toBeInstanceOf(errors.NotFoundError);
    const raw = await editFields(id.foreignProject, {
      title: "Secuestrado",
      "participants.9.actorId": id.unsaac,
      "participants.9.role": "PARTNER",
    });
    await expectUnchanged(() => projects.updateProject(unsaacOffice, update(raw)), errors.NotFoundError);
    // It can read it, like any member of the region.
    await expect(projects.getProject(unsaacOffice, id.foreignProject)).resolves.toMatchObject({ id: id.foreignProject });
  });

  it("a research office cannot drop its own institution from its project", async () => {
    const { id: projectId } = await projects.createProject(unsaacOffice, create(fields()));
    const raw = fields({ projectId, version: "1", "participants.0.actorId": id.otherFirm });
    await expectUnchanged(() => projects.updateProject(unsaacOffice, update(raw)), errors.InvalidInputError);
  });

  it("another region's admin and office: not found, for reading and writing", async () => {
    const { id: projectId } = await projects.createProject(cusco, create(fields()));
    await expect(projects.getProject(tacna, projectId)).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(projects.getProjectForEdit(tacna, projectId)).rejects.toBeInstanceOf(errors.NotFoundError);
    await expectUnchanged(() => projects.updateProject(tacna, update(fields({ projectId, version: "1" }))), errors.NotFoundError);
    await expectUnchanged(() => projects.updateProject(unjbgOffice, update(fields({ projectId, version: "1" }))), errors.NotFoundError);
    expect((await projects.listProjects(tacna, schema.parseProjectListQuery({}))).items.map((p) => p.id)).not.toContain(projectId);
    expect(await projects.currentProjectValues(tacna, projectId)).toBeNull();
  });

  it("the national viewer reads (without the team's names) and cannot write", async () => {
    const { id: projectId } = await projects.createProject(cusco, create(fields()));
    const p = await projects.getProject(viewer, projectId);
    expect(p.teamVisible).toBe(false);
    expect(p.members).toEqual([]);
    expect(p.teamSize).toBe(1);
    await expect(projects.getProjectForEdit(viewer, projectId)).rejects.toBeInstanceOf(errors.NotFoundError);
    await expectUnchanged(() => projects.updateProject(viewer, update(fields({ projectId, version: "1" }))), errors.NotFoundError);
  });
});

describe("list", () => {
  const q = (raw: Record<string, unknown> = {}) => schema.parseProjectListQuery(raw);

  it("pages 25 at a time over the region's projects, counted in SQL", async () => {
    const total = await db.project.count({ where: { regionId: cusco.regionId } });
    const first = await projects.listProjects(cusco, q());
    expect(first.total).toBe(total);
    expect(first.items).toHaveLength(Math.min(25, total));
    const second = await projects.listProjects(cusco, q({ page: "2" }));
    const firstIds = new Set(first.items.map((p) => p.id));
    expect(second.items.some((p) => firstIds.has(p.id))).toBe(false);
    expect((await projects.listProjects(cusco, q({ page: "999" }))).page).toBe(first.pageCount);
  });

  it("gives each row of a page the flags the mix filters find (the page's own join and the region-wide one agree)", async () => {
    const page = await projects.listProjects(cusco, q());
    // Newest start first, projects without a start last.
    const starts = page.items.map((p) => p.startsOn?.getTime() ?? -Infinity);
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    for (const [mix, flag] of [
      ["academiaBusiness", "linksAcademiaBusiness"],
      ["spansRegions", "spansRegions"],
      ["international", "international"],
    ] as const) {
      const matching = new Set(await projects.projectIdsMatching(cusco, q({ mix })));
      expect(page.items.map((p) => [p.id, p[flag]]), mix).toEqual(page.items.map((p) => [p.id, matching.has(p.id)]));
    }
    expect(page.items.some((p) => p.linksAcademiaBusiness)).toBe(true);
  });

  it("every filter matches what the rows say", async () => {
    const { id: projectId } = await projects.createProject(
      cusco,
      create(fields({ status: "SUSPENDED", startsOn: "2031-01-01", endsOn: "2032-06-30", "participants.2.actorId": id.international, "participants.2.role": "FUNDER" })),
    );
    const ids = async (raw: Record<string, unknown>) => (await projects.listProjects(cusco, q({ ...raw }))).items.map((p) => p.id);
    expect(await ids({ status: "SUSPENDED", year: "2031" })).toContain(projectId);
    expect(await ids({ status: "ACTIVE", year: "2031" })).not.toContain(projectId);
    expect(await ids({ year: "2032", area: id.area })).toContain(projectId);
    expect(await ids({ year: "2033" })).not.toContain(projectId);
    expect(await ids({ year: "2031", province: id.province, source: "CANON_ROYALTIES", participant: id.firm })).toContain(projectId);
    expect(await ids({ year: "2031", source: "PRIVATE" })).not.toContain(projectId);
    expect(await ids({ year: "2031", mix: "academiaBusiness" })).toContain(projectId);
    expect(await ids({ year: "2031", mix: "international" })).toContain(projectId);
    expect(await ids({ year: "2031", mix: "academiaOnly" })).not.toContain(projectId);
    expect(await ids({ year: "2031", mix: "spansRegions" })).not.toContain(projectId);

    // The mix filters agree with the flags, across the whole demo region.
    const linked = await projects.listProjects(cusco, q({ mix: "academiaBusiness" }));
    expect(linked.total).toBeGreaterThan(0);
    expect(linked.items.every((p) => p.linksAcademiaBusiness)).toBe(true);
    const academic = await projects.listProjects(cusco, q({ mix: "academiaOnly" }));
    expect(academic.total).toBeGreaterThan(0);
    expect(academic.items.every((p) => !p.linksAcademiaBusiness)).toBe(true);
  });
});

describe("organisation search (lib/actors/options: the organisation pickers)", () => {
  it("finds live organisations of any region by part of the name, ignoring case and accents; the region's own first", async () => {
    const unsaac = await db.actor.findUniqueOrThrow({ where: { id: id.unsaac }, select: { name: true } });
    // "Universidad Nacional de San Antonio Abad del Cusco": typed without accents, in capitals.
    const found = await options.searchActorOptions(cusco, "SAN ANTONIO ABAD", "all");
    expect(found.map((o) => o.id)).toContain(id.unsaac);
    expect(found.find((o) => o.id === id.unsaac)).toMatchObject({ name: unsaac.name, regionName: "Cusco", own: true });

    const tacnaUniversity = await db.actor.findUniqueOrThrow({ where: { id: id.tacnaUniversity }, select: { name: true } });
    const fromTacna = await options.searchActorOptions(cusco, tacnaUniversity.name.slice(0, 20), "all");
    expect(fromTacna.find((o) => o.id === id.tacnaUniversity)).toMatchObject({ own: false, regionName: "Tacna" });

    // Accented text finds the unaccented spelling too, and the region's own come before others.
    const universities = await options.searchActorOptions(cusco, "universidad", "all");
    expect(universities.length).toBeGreaterThan(1);
    const firstOther = universities.findIndex((o) => !o.own);
    if (firstOther >= 0) expect(universities.slice(firstOther).every((o) => !o.own)).toBe(true);
    expect(await options.searchActorOptions(cusco, "UNIVERSIDÁD", "all")).toEqual(universities);
  });

  it("matches the acronym and the RUC; leaves archived organisations out; needs two characters; at most 20", async () => {
    const firm = await db.actor.update({ where: { id: id.otherFirm }, data: { acronym: "QXZ", ruc: "20987654321" }, select: { id: true } });
    expect((await options.searchActorOptions(cusco, "qxz", "all")).map((o) => o.id)).toEqual([firm.id]);
    expect((await options.searchActorOptions(cusco, "98765432", "all")).map((o) => o.id)).toEqual([firm.id]);
    await db.actor.update({ where: { id: firm.id }, data: { archivedAt: new Date() } });
    expect(await options.searchActorOptions(cusco, "qxz", "all")).toEqual([]);
    await db.actor.update({ where: { id: firm.id }, data: { archivedAt: null, acronym: null, ruc: null } });

    expect(await options.searchActorOptions(cusco, "u", "all")).toEqual([]);
    expect(await options.searchActorOptions(cusco, "  ", "all")).toEqual([]);
    // LIKE's wildcards are taken literally: "%" matches no name.
    expect(await options.searchActorOptions(cusco, "%%", "all")).toEqual([]);
    expect((await options.searchActorOptions(cusco, "an", "all")).length).toBeLessThanOrEqual(20);
  });

  it("in the region scope, only the caller's region", async () => {
    const tacnaUniversity = await db.actor.findUniqueOrThrow({ where: { id: id.tacnaUniversity }, select: { name: true } });
    expect((await options.searchActorOptions(cusco, tacnaUniversity.name, "all")).map((o) => o.id)).toContain(id.tacnaUniversity);
    expect((await options.searchActorOptions(cusco, tacnaUniversity.name, "region")).map((o) => o.id)).not.toContain(id.tacnaUniversity);
    const own = await options.searchActorOptions(cusco, "universidad", "region");
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((o) => o.own)).toBe(true);
  });

  it("gives the names of the organisations already on a form, archived ones too, and ignores malformed ids", async () => {
    const named = await options.actorOptionsByIds(unsaacOffice, [id.unsaac, id.tacnaUniversity, "not-an-id"]);
    expect(named.map((o) => o.id).sort()).toEqual([id.unsaac, id.tacnaUniversity].sort());
    expect(await options.actorOptionsByIds(unsaacOffice, [])).toEqual([]);
  });
});
