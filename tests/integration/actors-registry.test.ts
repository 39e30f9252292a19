// The actor registry against a real PostgreSQL with the demo data: list (search, filters, sort,
// pagination), detail, create/edit/archive/restore with their audit entries, the permission
// rules (institution editors edit only their own institution), tenant isolation, likely
// duplicates and optimistic locking.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db-client";
import { ActorType } from "@/lib/generated/prisma/enums";
import type { RegionContext } from "@/lib/tenancy";
import { closeDemoDatabase, openDemoDatabase, type TestDatabase } from "../support/database";
import { regionContextOf } from "../support/context";

let tdb: TestDatabase;
let db: PrismaClient;
let actors: typeof import("@/lib/actors/data");
let schema: typeof import("@/lib/actors/schema");
let ids: typeof import("@/lib/validation/identifiers");
let errors: typeof import("@/lib/errors");

let cusco: RegionContext;
let tacna: RegionContext;
let unsaacOffice: RegionContext;
let viewer: RegionContext;

beforeAll(async () => {
  ({ tdb, db } = await openDemoDatabase());
  [actors, schema, ids, errors] = await Promise.all([
    import("@/lib/actors/data"),
    import("@/lib/actors/schema"),
    import("@/lib/validation/identifiers"),
    import("@/lib/errors"),
  ]);
  cusco = await contextOf("gore.cusco@minka.example", "cusco");
  tacna = await contextOf("gore.tacna@minka.example", "tacna");
  unsaacOffice = await contextOf("investigacion.unsaac@minka.example", "cusco");
  viewer = await contextOf("multisectorial@minka.example", "cusco");
}, 120_000);

afterAll(() => closeDemoDatabase(tdb, db));

const contextOf = (email: string, slug: string): Promise<RegionContext> => regionContextOf(email, slug);

let serial = 0;
/** A valid RUC no demo actor has. */
function freshRuc(): string {
  serial += 1;
  const ten = `20${String(98_000_000 + serial).padStart(8, "0")}`;
  return `${ten}${ids.rucCheckDigit(ten)}`;
}

const create = (raw: Record<string, unknown>) => schema.CreateActorInput.parse({ helix: "BUSINESS", type: "FIRM", ...raw });
const update = (raw: Record<string, unknown>) => schema.UpdateActorInput.parse({ helix: "BUSINESS", type: "FIRM", ...raw });
const query = (raw: Record<string, unknown> = {}) => schema.parseActorListQuery(raw);

async function saved(ctx: RegionContext, raw: Record<string, unknown>) {
  const r = await actors.createActor(ctx, create({ confirmDuplicate: "on", ...raw }));
  if (r.kind !== "saved") throw new Error("not saved");
  return r;
}

async function counts() {
  const [actorRows, audit] = await Promise.all([db.actor.count(), db.auditEntry.count()]);
  return { actorRows, audit };
}

describe("list", () => {
  it("pages 25 at a time over the region's live actors, counted in SQL", async () => {
    const live = await db.actor.count({ where: { regionId: cusco.regionId, archivedAt: null } });
    const first = await actors.listActors(cusco, query());
    expect(first.total).toBe(live);
    expect(first.items.length).toBe(Math.min(25, live));
    expect(first.pageCount).toBe(Math.ceil(live / 25));
    const second = await actors.listActors(cusco, query({ page: "2" }));
    expect(second.page).toBe(2);
    const firstIds = new Set(first.items.map((a) => a.id));
    expect(second.items.every((a) => !firstIds.has(a.id))).toBe(true);
    // A page beyond the end shows the last one.
    expect((await actors.listActors(cusco, query({ page: "9999" }))).page).toBe(first.pageCount);
    // Never another region's actors.
    const tacnaIds = new Set((await db.actor.findMany({ where: { regionId: tacna.regionId }, select: { id: true } })).map((a) => a.id));
    expect(first.items.some((a) => tacnaIds.has(a.id))).toBe(false);
  });

  it("sorts by name, type and last change", async () => {
    const byName = (await actors.listActors(cusco, query())).items.map((a) => a.name);
    expect(byName).toEqual([...byName].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const byType = (await actors.listActors(cusco, query({ sort: "type" }))).items.map((a) => a.type);
    // Enums sort in their declared order (government first, as the vocabulary lists them).
    const order = Object.values(ActorType) as string[];
    expect(byType).toEqual([...byType].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    const byUpdated = (await actors.listActors(cusco, query({ sort: "updated" }))).items.map((a) => a.updatedAt.getTime());
    expect(byUpdated).toEqual([...byUpdated].sort((a, b) => b - a));
  });

  it("searches name, acronym and RUC, ignoring case and accents", async () => {
    const ruc = freshRuc();
    const { id } = await saved(cusco, { name: "Asociación de Productores de Café Ñaña", acronym: "APROCÑA", ruc });
    for (const q of ["productores de cafe nana", "ASOCIACIÓN DE PRODUCTORES", "aprocna", ruc, ruc.slice(0, 8)]) {
      const r = await actors.listActors(cusco, query({ q }));
      expect(r.items.map((a) => a.id), q).toContain(id);
    }
    expect((await actors.listActors(tacna, query({ q: "productores de cafe nana" }))).items.map((a) => a.id)).not.toContain(id);
    // LIKE wildcards in the search are literal.
    expect((await actors.listActors(cusco, query({ q: "%" }))).total).toBe(0);
  });

  it("filters by helix, type, province, size, formality and CIIU prefix", async () => {
    const province = await db.province.findFirstOrThrow({ where: { regionId: cusco.regionId }, select: { id: true } });
    const { id } = await saved(cusco, {
      name: "Filtros Andinos",
      provinceId: province.id,
      firmSize: "SMALL",
      formality: "INFORMAL",
      ciiuCode: "1079",
    });
    const r = await actors.listActors(
      cusco,
      query({ helix: "BUSINESS", type: "FIRM", province: province.id, size: "SMALL", formality: "INFORMAL", ciiu: "10" }),
    );
    expect(r.items.map((a) => a.id)).toContain(id);
    expect(r.items.every((a) => a.helix === "BUSINESS" && a.type === "FIRM" && a.firmSize === "SMALL")).toBe(true);
    expect((await actors.listActors(cusco, query({ ciiu: "11" }))).items.map((a) => a.id)).not.toContain(id);
    const academia = await actors.listActors(cusco, query({ helix: "ACADEMIA" }));
    expect(academia.total).toBeGreaterThan(0);
    expect(academia.items.every((a) => a.helix === "ACADEMIA")).toBe(true);
  });
});

describe("detail", () => {
  it("shows everything linked to the actor", async () => {
    const seat = await db.seat.findFirstOrThrow({ where: { regionId: cusco.regionId }, select: { actorId: true } });
    const detail = await actors.getActor(viewer, seat.actorId);
    expect(detail.seats.length).toBeGreaterThan(0);
    const participant = await db.projectParticipant.findFirst({ where: { regionId: cusco.regionId }, select: { actorId: true } });
    if (participant) expect((await actors.getActor(cusco, participant.actorId)).projects.length).toBeGreaterThan(0);
    const party = await db.cooperationParty.findFirst({ where: { regionId: cusco.regionId }, select: { actorId: true } });
    if (party) expect((await actors.getActor(cusco, party.actorId)).cooperation.length).toBeGreaterThan(0);
    const owner = await db.agreement.findFirst({ where: { regionId: cusco.regionId }, select: { ownerActorId: true } });
    if (owner) expect((await actors.getActor(cusco, owner.ownerActorId)).agreements.length).toBeGreaterThan(0);
  });

  it("answers another region's actor, a missing id and a non-id exactly alike", async () => {
    const cuscoActor = await db.actor.findFirstOrThrow({ where: { regionId: cusco.regionId }, select: { id: true } });
    await expect(actors.getActor(tacna, cuscoActor.id)).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(actors.getActor(cusco, "00000000-0000-7000-8000-000000000000")).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(actors.getActor(cusco, "not-a-uuid")).rejects.toBeInstanceOf(errors.NotFoundError);
  });
});

describe("create, edit, archive", () => {
  it("creates with its audit entry, clearing firm attributes outside business", async () => {
    const before = await db.auditEntry.count({ where: { action: "CREATE", entity: "Actor" } });
    const r = await saved(cusco, { name: "Instituto Qosqo de Estudios", helix: "RESEARCH", type: "RESEARCH_CENTRE", firmSize: "LARGE", ciiuCode: "7210" });
    const row = await db.actor.findUniqueOrThrow({ where: { id: r.id } });
    expect(row.regionId).toBe(cusco.regionId);
    expect(row.firmSize).toBeNull();
    expect(row.ciiuCode).toBeNull();
    expect(await db.auditEntry.count({ where: { action: "CREATE", entity: "Actor" } })).toBe(before + 1);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: r.id, action: "CREATE" } });
    expect(entry.userId).toBe(cusco.userId);
    expect(entry.regionId).toBe(cusco.regionId);
  });

  it("edits at the loaded version, audited with before and after", async () => {
    const r = await saved(cusco, { name: "Textiles Pisaq", ruc: freshRuc() });
    const res = await actors.updateActor(cusco, update({ actorId: r.id, version: String(r.version), name: "Textiles Pisaq Andinos", confirmDuplicate: "on" }));
    expect(res).toMatchObject({ kind: "saved", version: r.version + 1 });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: r.id, action: "UPDATE" } });
    expect(entry.before).toMatchObject({ name: "Textiles Pisaq" });
    expect(entry.after).toMatchObject({ name: "Textiles Pisaq Andinos" });
  });

  it("refuses a province or parent of another region, writing nothing", async () => {
    const tacnaProvince = await db.province.findFirstOrThrow({ where: { regionId: tacna.regionId }, select: { id: true } });
    const tacnaActor = await db.actor.findFirstOrThrow({ where: { regionId: tacna.regionId }, select: { id: true } });
    const before = await counts();
    await expect(actors.createActor(cusco, create({ name: "Provincia Ajena", provinceId: tacnaProvince.id, confirmDuplicate: "on" }))).rejects.toBeInstanceOf(
      errors.InvalidInputError,
    );
    await expect(actors.createActor(cusco, create({ name: "Padre Ajeno", parentId: tacnaActor.id, confirmDuplicate: "on" }))).rejects.toBeInstanceOf(
      errors.InvalidInputError,
    );
    expect(await counts()).toEqual(before);
  });

  it("refuses a parent cycle, the actor itself included", async () => {
    const parent = await saved(cusco, { name: "Matriz Cycle" });
    const child = await saved(cusco, { name: "Filial Cycle", parentId: parent.id });
    await expect(
      actors.updateActor(cusco, update({ actorId: parent.id, version: "1", name: "Matriz Cycle", parentId: child.id, confirmDuplicate: "on" })),
    ).rejects.toBeInstanceOf(errors.InvalidInputError);
    // The edit page's search does not offer the actor itself; a hand-made post is still refused.
    await expect(
      actors.updateActor(cusco, update({ actorId: parent.id, version: "1", name: "Matriz Cycle", parentId: parent.id, confirmDuplicate: "on" })),
    ).rejects.toMatchObject({ fieldErrors: { parentId: ["actors.parentCycle"] } });
  });

  it("lists an actor's units at every depth, which its edit form does not offer as parents", async () => {
    const top = await saved(cusco, { name: "Matriz Unidades" });
    const unit = await saved(cusco, { name: "Unidad Uno", parentId: top.id });
    const subunit = await saved(cusco, { name: "Subunidad Uno", parentId: unit.id });
    const other = await saved(cusco, { name: "Unidad Ajena" });
    expect((await actors.listUnitIds(cusco, top.id)).sort()).toEqual([unit.id, subunit.id].sort());
    expect(await actors.listUnitIds(cusco, unit.id)).toEqual([subunit.id]);
    expect(await actors.listUnitIds(cusco, other.id)).toEqual([]);
    // Read in the caller's region only, and never for a malformed id.
    expect(await actors.listUnitIds(tacna, top.id)).toEqual([]);
    expect(await actors.listUnitIds(cusco, "not-a-uuid")).toEqual([]);
  });

  it("refuses an archived parent, but keeps one that was archived after it was chosen", async () => {
    const live = await saved(cusco, { name: "Matriz Viva" });
    const archived = await saved(cusco, { name: "Matriz Archivada" });
    await actors.archiveActor(cusco, { actorId: archived.id, version: archived.version });
    const before = await counts();
    await expect(actors.createActor(cusco, create({ name: "Filial Nueva", parentId: archived.id, confirmDuplicate: "on" }))).rejects.toBeInstanceOf(
      errors.InvalidInputError,
    );
    const child = await saved(cusco, { name: "Filial Viva", parentId: live.id });
    await expect(
      actors.updateActor(cusco, update({ actorId: child.id, version: String(child.version), name: "Filial Viva", parentId: archived.id, confirmDuplicate: "on" })),
    ).rejects.toBeInstanceOf(errors.InvalidInputError);
    expect((await db.actor.findUniqueOrThrow({ where: { id: child.id } })).parentId).toBe(live.id);
    expect((await counts()).actorRows).toBe(before.actorRows + 1);

    // The parent is archived later: the child's other edits still save with it.
    await db.actor.update({ where: { id: live.id }, data: { archivedAt: new Date() } });
    const res = await actors.updateActor(
      cusco,
      update({ actorId: child.id, version: String(child.version), name: "Filial Viva", description: "Sigue dependiendo de su matriz.", parentId: live.id, confirmDuplicate: "on" }),
    );
    expect(res).toMatchObject({ kind: "saved" });
    expect((await db.actor.findUniqueOrThrow({ where: { id: child.id } })).parentId).toBe(live.id);
  });

  it("archives: gone from the list, detail kept, listed again with show-archived, restorable", async () => {
    const r = await saved(cusco, { name: "Archivable Wayna" });
    await actors.archiveActor(cusco, { actorId: r.id, version: r.version });
    const list = async (raw: Record<string, unknown>, ctx = cusco) => (await actors.listActors(ctx, query({ q: "archivable wayna", ...raw }))).items.map((a) => a.id);
    expect(await list({})).not.toContain(r.id);
    expect(await list({ archived: "1" })).toContain(r.id);
    // Only admins may ask for archived actors.
    expect(await list({ archived: "1" }, viewer)).not.toContain(r.id);
    expect((await actors.getActor(viewer, r.id)).archivedAt).not.toBeNull();
    // Archived actors are not edited.
    await expect(actors.updateActor(cusco, update({ actorId: r.id, version: "2", name: "Archivable Wayna", confirmDuplicate: "on" }))).rejects.toBeInstanceOf(
      errors.NotFoundError,
    );
    await actors.restoreActor(cusco, { actorId: r.id, version: r.version + 1 });
    expect(await list({})).toContain(r.id);
    const actions = (await db.auditEntry.findMany({ where: { entityId: r.id }, select: { action: true }, orderBy: [{ at: "asc" }, { id: "asc" }] })).map((e) => e.action);
    expect(actions).toEqual(["CREATE", "ARCHIVE", "RESTORE"]);
  });
});

describe("permissions", () => {
  it("an institution editor edits their own institution only, and never creates or archives", async () => {
    const own = await db.actor.findUniqueOrThrow({ where: { id: unsaacOffice.actorId! } });
    const res = await actors.updateActor(
      unsaacOffice,
      update({
        actorId: own.id,
        version: String(own.version),
        name: own.name,
        acronym: own.acronym ?? "",
        helix: own.helix,
        type: own.type,
        provinceId: own.provinceId ?? "",
        parentId: own.parentId ?? "",
        ruc: own.ruc ?? "",
        ror: own.ror ?? "",
        website: "https://www.unsaac.edu.pe",
        description: "Actualizado por su oficina",
        confirmDuplicate: "on",
      }),
    );
    expect(res.kind).toBe("saved");
    expect((await db.actor.findUniqueOrThrow({ where: { id: own.id } })).description).toBe("Actualizado por su oficina");

    const other = await db.actor.findFirstOrThrow({ where: { regionId: cusco.regionId, id: { not: own.id }, archivedAt: null } });
    const before = await counts();
    await expect(
      actors.updateActor(unsaacOffice, update({ actorId: other.id, version: String(other.version), name: "Tomado", confirmDuplicate: "on" })),
    ).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(actors.getActorForEdit(unsaacOffice, other.id)).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(actors.createActor(unsaacOffice, create({ name: "Nuevo por la oficina", confirmDuplicate: "on" }))).rejects.toBeInstanceOf(errors.ForbiddenError);
    await expect(actors.archiveActor(unsaacOffice, { actorId: own.id, version: own.version + 1 })).rejects.toBeInstanceOf(errors.ForbiddenError);
    expect(await counts()).toEqual(before);
    expect((await db.actor.findUniqueOrThrow({ where: { id: other.id } })).name).toBe(other.name);
  });

  it("a viewer changes nothing", async () => {
    const other = await db.actor.findFirstOrThrow({ where: { regionId: cusco.regionId, archivedAt: null } });
    const before = await counts();
    await expect(actors.createActor(viewer, create({ name: "Del observador", confirmDuplicate: "on" }))).rejects.toBeInstanceOf(errors.ForbiddenError);
    await expect(
      actors.updateActor(viewer, update({ actorId: other.id, version: String(other.version), name: "Del observador", confirmDuplicate: "on" })),
    ).rejects.toBeInstanceOf(errors.NotFoundError);
    expect(await counts()).toEqual(before);
  });

  it("a Tacna admin reaches no Cusco actor: not found, nothing written", async () => {
    const target = await db.actor.findFirstOrThrow({ where: { regionId: cusco.regionId, archivedAt: null } });
    const before = await counts();
    await expect(
      actors.updateActor(tacna, update({ actorId: target.id, version: String(target.version), name: "Tomado por Tacna", confirmDuplicate: "on" })),
    ).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(actors.archiveActor(tacna, { actorId: target.id, version: target.version })).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(actors.restoreActor(tacna, { actorId: target.id, version: target.version })).rejects.toBeInstanceOf(errors.NotFoundError);
    await expect(actors.getActor(tacna, target.id)).rejects.toBeInstanceOf(errors.NotFoundError);
    expect(await counts()).toEqual(before);
    expect(await db.actor.findUniqueOrThrow({ where: { id: target.id } })).toEqual(target);
  });
});

describe("duplicates", () => {
  it("warns on the same RUC or normalised name in the region, saves when confirmed", async () => {
    const ruc = freshRuc();
    const first = await saved(cusco, { name: "Agroindustrias Ñaña del Perú S.A.C.", ruc });
    const before = await counts();

    const byName = await actors.createActor(cusco, create({ name: "AGROINDUSTRIAS NAÑA DEL PERU E.I.R.L." }));
    expect(byName.kind).toBe("duplicates");
    if (byName.kind === "duplicates") expect(byName.duplicates).toEqual([expect.objectContaining({ id: first.id, reason: "name" })]);

    const byRuc = await actors.createActor(cusco, create({ name: "Otro nombre", ruc }));
    expect(byRuc.kind).toBe("duplicates");
    if (byRuc.kind === "duplicates") expect(byRuc.duplicates[0]).toMatchObject({ id: first.id, reason: "ruc" });
    expect(await counts()).toEqual(before);

    // Another region's actors are never reported.
    expect((await actors.createActor(tacna, create({ name: "Agroindustrias Ñaña del Perú", ruc }))).kind).toBe("saved");

    const confirmed = await actors.createActor(cusco, create({ name: "Agroindustrias Ñaña del Perú S.A.", confirmDuplicate: "on" }));
    expect(confirmed.kind).toBe("saved");

    // Editing an actor does not report the actor itself.
    const solo = await saved(cusco, { name: "Único Kallpa", ruc: freshRuc() });
    const edit = await actors.updateActor(cusco, update({ actorId: solo.id, version: "1", name: "Único Kallpa" }));
    expect(edit.kind).toBe("saved");
  });
});

describe("the duplicate check's name key", () => {
  it("is written with the name, follows a rename, and finds only the matches", async () => {
    const r = await saved(cusco, { name: "Tejidos Chinchero S.R.L.", ruc: freshRuc() });
    expect((await db.actor.findUniqueOrThrow({ where: { id: r.id } })).nameKey).toBe("tejidos chinchero");
    await actors.updateActor(cusco, update({ actorId: r.id, version: "1", name: "Tejidos Awana Chinchero", confirmDuplicate: "on" }));
    expect((await db.actor.findUniqueOrThrow({ where: { id: r.id } })).nameKey).toBe("tejidos awana chinchero");

    // The old name is free again; the new one is taken.
    expect(await actors.findDuplicates(cusco, { name: "TEJIDOS CHINCHERO", ruc: null })).toEqual([]);
    expect(await actors.findDuplicates(cusco, { name: "Tejidos Awana Chinchero SAC", ruc: null })).toEqual([
      expect.objectContaining({ id: r.id, reason: "name" }),
    ]);
  });

  it("is computed and stored for rows written without it, without a new version or audit entry", async () => {
    // As rows from before the column, or written by SQL that does not know the rule.
    const legacy = await saved(cusco, { name: "Café Ñuñoa del Cusco S.A.C.", ruc: freshRuc() });
    await db.$executeRaw`update "Actor" set "nameKey" = null where "regionId" = ${cusco.regionId}::uuid`;
    const unkeyed = await db.actor.count({ where: { regionId: cusco.regionId, nameKey: null } });
    expect(unkeyed).toBeGreaterThan(10);
    const audit = await db.auditEntry.count();
    const before = await db.actor.findUniqueOrThrow({ where: { id: legacy.id } });

    expect(await actors.findDuplicates(cusco, { name: "CAFE NUNOA DEL CUSCO", ruc: null })).toEqual([
      expect.objectContaining({ id: legacy.id, reason: "name" }),
    ]);
    expect(await db.actor.count({ where: { regionId: cusco.regionId, nameKey: null } })).toBe(0);
    const after = await db.actor.findUniqueOrThrow({ where: { id: legacy.id } });
    expect(after).toEqual({ ...before, nameKey: "cafe nunoa del cusco" });
    expect(await db.auditEntry.count()).toBe(audit);
    // Another region's rows are left as they were.
    expect(await db.actor.count({ where: { regionId: tacna.regionId, nameKey: null } })).toBe(0);
  });

  it("never overwrites a key written after the check read the row", async () => {
    const r = await saved(cusco, { name: "Hilados Maras", ruc: freshRuc() });
    await db.$executeRaw`update "Actor" set "nameKey" = null where id = ${r.id}::uuid`;
    // The check read "Hilados Maras" unkeyed; a save of a new name lands before it stores the key.
    await actors.updateActor(cusco, update({ actorId: r.id, version: "1", name: "Hilados Moray", confirmDuplicate: "on" }));
    await actors.storeNameKeys(cusco.regionId, [{ id: r.id, key: "hilados maras" }]);
    expect((await db.actor.findUniqueOrThrow({ where: { id: r.id } })).nameKey).toBe("hilados moray");
  });
});

describe("concurrent edits", () => {
  it("refuses a stale version and overwrites nothing", async () => {
    const r = await saved(cusco, { name: "Cerámica Raqchi", ruc: freshRuc() });
    await actors.updateActor(cusco, update({ actorId: r.id, version: "1", name: "Cerámica Raqchi (Ana)", confirmDuplicate: "on" }));
    const audit = await db.auditEntry.count();
    await expect(
      actors.updateActor(cusco, update({ actorId: r.id, version: "1", name: "Cerámica Raqchi (Luis)", confirmDuplicate: "on" })),
    ).rejects.toBeInstanceOf(errors.ConflictError);
    const row = await db.actor.findUniqueOrThrow({ where: { id: r.id } });
    expect(row.name).toBe("Cerámica Raqchi (Ana)");
    expect(row.version).toBe(2);
    expect(await db.auditEntry.count()).toBe(audit);
    expect(await actors.currentActorValues(cusco, r.id)).toMatchObject({ name: "Cerámica Raqchi (Ana)", version: 2 });
    expect(await actors.currentActorValues(tacna, r.id)).toBeNull();
    // Archiving at a stale version is refused too.
    await expect(actors.archiveActor(cusco, { actorId: r.id, version: 1 })).rejects.toBeInstanceOf(errors.ConflictError);
  });
});
