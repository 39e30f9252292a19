// The seed (prisma/seed) against a real, migrated PostgreSQL: reference data, the pilot regions'
// demo content, the demo users, and idempotency (a second run changes no table's row count).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createDbClient, type PrismaClient } from "@/lib/db-client";
import { seedDatabase, type SeedSummary } from "@/prisma/seed/index";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/seed/users";
import { isValidRuc } from "@/prisma/seed/util";
import { createTestDatabase, type TestDatabase } from "../support/database";

const databases: TestDatabase[] = [];
const clients: PrismaClient[] = [];

afterAll(async () => {
  for (const client of clients) await client.$disconnect();
  for (const database of databases) await database.drop();
});

async function freshClient(): Promise<PrismaClient> {
  const database = await createTestDatabase({ migrate: true });
  databases.push(database);
  const client = createDbClient(database.url, 4);
  clients.push(client);
  return client;
}

/** Row count of every table in the public schema. */
async function rowCounts(db: PrismaClient): Promise<Record<string, number>> {
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`;
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(`select count(*)::int as n from "${table_name}"`);
    counts[table_name] = row!.n;
  }
  return counts;
}

/** What must come out the same on every machine: content, not ids or timestamps. */
async function fingerprint(db: PrismaClient): Promise<string> {
  const actors = await db.$queryRaw<unknown[]>`
    select r.code, a.name, a.helix, a.type, a.ruc, a."firmSize", a.formality, a."ciiuCode", a."ictAdoption",
           p.code as province, parent.name as parent
    from "Actor" a join "Region" r on r.id = a."regionId"
    left join "Province" p on p.id = a."provinceId" left join "Actor" parent on parent.id = a."parentId"
    order by r.code, a.name, a.type`;
  const projects = await db.$queryRaw<unknown[]>`
    select r.code, p.code as project, p.title, p.type, p.status, p.trl, p."startsOn", p."endsOn",
           (select string_agg(a.name || ':' || pp.role, '|' order by a.name, pp.role)
              from "ProjectParticipant" pp join "Actor" a on a.id = pp."actorId" where pp."projectId" = p.id) as participants,
           (select string_agg(f.source || ':' || f."awardedAmount" || ':' || f."executedAmount", '|' order by f.source, f."awardedAmount")
              from "FundingLine" f where f."projectId" = p.id) as funding
    from "Project" p join "Region" r on r.id = p."regionId" order by r.code, p.code`;
  const meetings = await db.$queryRaw<unknown[]>`
    select r.code, m.title, m."scheduledAt", m.status, m.agenda
    from "Meeting" m join "Region" r on r.id = m."regionId" order by r.code, m."scheduledAt"`;
  return JSON.stringify({ actors, projects, meetings });
}

describe("seed with demo data", () => {
  let db: PrismaClient;
  let first: SeedSummary;
  const log: string[] = [];

  beforeAll(async () => {
    db = await freshClient();
    first = await seedDatabase(db, { demo: true, log: (line) => log.push(line) });
  });

  it("seeds the 26 regions with their codes, names and slugs", async () => {
    expect(first.regions).toBe(26);
    expect(await db.region.count()).toBe(26);
    const cusco = await db.region.findUniqueOrThrow({ where: { code: "08" } });
    expect(cusco).toMatchObject({ reniecCode: "07", isoCode: "PE-CUS", slug: "cusco", name: "Cusco", capital: "Cusco" });
    expect(cusco.hdi2019?.toString()).toBe("0.5121");
    const tacna = await db.region.findUniqueOrThrow({ where: { code: "23" } });
    expect(tacna).toMatchObject({ reniecCode: "22", isoCode: "PE-TAC", slug: "tacna", name: "Tacna" });
    const limaMetropolitana = await db.region.findUniqueOrThrow({ where: { code: "1501" } });
    expect(limaMetropolitana).toMatchObject({ reniecCode: "1401", isoCode: "PE-LMA", slug: "lima-metropolitana", capital: "Lima" });
    expect(await db.region.findUniqueOrThrow({ where: { code: "15" } })).toMatchObject({ slug: "lima", name: "Lima" });
    const names = (await db.region.findMany({ select: { name: true } })).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(["Apurímac", "Huánuco", "Junín", "San Martín", "Madre de Dios", "Áncash"]));
    expect(await db.region.findUniqueOrThrow({ where: { code: "17" } })).toMatchObject({ slug: "madre-de-dios" });
  });

  it("seeds the 13 provinces of Cusco and the 4 of Tacna", async () => {
    const cusco = await db.province.findMany({ where: { region: { code: "08" } }, orderBy: { code: "asc" } });
    const tacna = await db.province.findMany({ where: { region: { code: "23" } }, orderBy: { code: "asc" } });
    expect(cusco).toHaveLength(13);
    expect(tacna).toHaveLength(4);
    expect(cusco.filter((p) => p.isCapital).map((p) => p.code)).toEqual(["0801"]);
    expect(tacna.filter((p) => p.isCapital).map((p) => p.code)).toEqual(["2301"]);
    expect(cusco.find((p) => p.code === "0809")).toMatchObject({ name: "La Convención", reniecCode: "0709", capital: "Quillabamba" });
    expect(tacna.find((p) => p.code === "2302")).toMatchObject({ name: "Candarave", reniecCode: "2204" });
  });

  it("seeds the study's recommendations A–G, shared by every region", async () => {
    const recs = await db.recommendation.findMany({ where: { regionId: null }, orderBy: { code: "asc" } });
    expect(recs.map((r) => r.code)).toEqual(["A", "B", "C", "D", "E", "F", "G"]);
    for (const r of recs) {
      expect(r.titleEs.length).toBeGreaterThan(10);
      expect(r.titleEn.length).toBeGreaterThan(10);
      expect(r.bodyEs.length).toBeGreaterThan(50);
      expect(r.bodyEn.length).toBeGreaterThan(50);
    }
  });

  it("fills each pilot region with at least 60 actors and 40 projects", async () => {
    for (const code of ["08", "23"]) {
      const region = { code };
      expect(await db.actor.count({ where: { region } })).toBeGreaterThanOrEqual(60);
      expect(await db.project.count({ where: { region } })).toBeGreaterThanOrEqual(40);
      expect(await db.council.count({ where: { region } })).toBe(1);
      expect(await db.recommendationFollowUp.count({ where: { region } })).toBe(7);
    }
    for (const pilot of first.pilots) {
      expect(pilot.created).toBe(true);
      expect(pilot.actors).toBeGreaterThanOrEqual(60);
      expect(pilot.projects).toBeGreaterThanOrEqual(40);
    }
  });

  it("gives every project exactly one coordinator", async () => {
    const rows = await db.$queryRaw<{ id: string; coordinators: number }[]>`
      select p.id, count(pp.id) filter (where pp.role = 'COORDINATOR')::int as coordinators
      from "Project" p left join "ProjectParticipant" pp on pp."projectId" = p.id
      group by p.id`;
    expect(rows.length).toBeGreaterThanOrEqual(80);
    expect(rows.filter((r) => r.coordinators !== 1)).toEqual([]);
  });

  it("never gives a real institution a RUC or ROR, and fictional RUCs pass the check digit", async () => {
    expect(await db.actor.count({ where: { fictional: false, OR: [{ ruc: { not: null } }, { ror: { not: null } }] } })).toBe(0);
    const rucs = await db.actor.findMany({ where: { ruc: { not: null } }, select: { ruc: true, fictional: true } });
    expect(rucs.length).toBeGreaterThan(10);
    for (const { ruc, fictional } of rucs) {
      expect(fictional).toBe(true);
      expect(isValidRuc(ruc!), ruc!).toBe(true);
      expect(ruc!.startsWith("20") || ruc!.startsWith("10")).toBe(true);
    }
    expect(await db.person.count({ where: { OR: [{ fictional: false }, { orcid: { not: null } }] } })).toBe(0);
  });

  it("creates the six demo users with an Argon2id hash of the demo password", async () => {
    const users = await db.user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } });
    expect(users).toHaveLength(6);
    const admin = users.find((u) => u.email === "admin@minka.example")!;
    expect(admin.globalRole).toBe("PLATFORM_ADMIN");
    expect(admin.passwordHash!.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(admin.passwordHash!, DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(admin.passwordHash!, "wrong-password")).toBe(false);
    expect(users.find((u) => u.email === "multisectorial@minka.example")!.globalRole).toBe("NATIONAL_VIEWER");

    const editor = await db.membership.findFirstOrThrow({
      where: { user: { email: "investigacion.unsaac@minka.example" } },
      include: { region: true, actor: true },
    });
    expect(editor).toMatchObject({ role: "INSTITUTION_EDITOR", region: { code: "08" }, actor: { acronym: "UNSAAC" } });
    const goreTacna = await db.membership.findFirstOrThrow({
      where: { user: { email: "gore.tacna@minka.example" } },
      include: { region: true },
    });
    expect(goreTacna).toMatchObject({ role: "REGIONAL_ADMIN", region: { code: "23" }, actorId: null });
    expect(await db.auditEntry.count()).toBe(0);
  });

  it("models CORCYTEC Cusco and the Tacna forum as the study found them", async () => {
    const today = new Date();
    const in60Days = new Date(today.getTime() + 60 * 86_400_000);
    const corcytec = await db.council.findFirstOrThrow({ where: { region: { code: "08" } } });
    expect(corcytec).toMatchObject({ kind: "COUNCIL", status: "INSTITUTIONALISED", ordinanceDate: null, staffCount: 0 });
    const forum = await db.council.findFirstOrThrow({ where: { region: { code: "23" } } });
    expect(forum).toMatchObject({ kind: "FORUM", status: "INFORMAL" });

    const endingSoon = await db.delegation.count({
      where: { region: { code: "08" }, termStartsOn: { lte: today }, termEndsOn: { gte: today, lte: in60Days } },
    });
    expect(endingSoon).toBeGreaterThanOrEqual(2);
    const openSeats = await db.seat.findMany({
      where: { region: { code: "08" }, endsOn: null },
      include: { delegations: { where: { termStartsOn: { lte: today }, termEndsOn: { gte: today } } } },
    });
    expect(openSeats.filter((s) => s.delegations.length === 0)).toHaveLength(1);
    expect(await db.meeting.count({ where: { region: { code: "08" }, status: "PLANNED", scheduledAt: { gt: today } } })).toBe(1);
    expect(await db.meeting.count({ where: { region: { code: "08" }, status: "CANCELLED" } })).toBeGreaterThan(0);
    expect(await db.meeting.count({ where: { status: "HELD", scheduledAt: { gt: today } } })).toBe(0);
    const overdue = await db.agreement.count({
      where: { region: { code: "08" }, status: { in: ["PENDING", "IN_PROGRESS"] }, dueOn: { lt: today } },
    });
    expect(overdue).toBeGreaterThan(0);
    expect(await db.agreement.count({ where: { region: { code: "08" }, status: "DONE" } })).toBeGreaterThan(0);
  });

  it("changes no table's row count when run a second time", async () => {
    const before = await rowCounts(db);
    const second = await seedDatabase(db, { demo: true });
    const after = await rowCounts(db);
    expect(after).toEqual(before);
    expect(second.referenceChanges).toBe(0);
    expect(second.pilots.map((p) => p.created)).toEqual([false, false]);
    expect(before.Project).toBeGreaterThanOrEqual(80);
  });

  it("produces the same content on another database (seeded PRNG)", async () => {
    const other = await freshClient();
    await seedDatabase(other, { demo: true });
    expect(await fingerprint(other)).toEqual(await fingerprint(db));
  });
});

describe("seed without demo data", () => {
  it("creates regions, provinces and recommendations, but no users and no actors", async () => {
    const db = await freshClient();
    const summary = await seedDatabase(db, { demo: false });
    expect(summary).toMatchObject({ demo: false, regions: 26, provinces: 17, recommendations: 7, users: 0 });
    expect(await db.region.count()).toBe(26);
    expect(await db.province.count()).toBe(17);
    expect(await db.recommendation.count()).toBe(7);
    expect(await db.user.count()).toBe(0);
    expect(await db.actor.count()).toBe(0);
    expect(await db.project.count()).toBe(0);
    expect(await db.membership.count()).toBe(0);
  });
});
