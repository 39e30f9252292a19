// The index rules of prisma/schema.prisma's conventions, checked on the migrated database's
// catalog, so a new table cannot quietly break them.
import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/database";

let tdb: TestDatabase;
let client: pg.Client;
let search: typeof import("@/lib/search");
let actors: typeof import("@/lib/actors/data");
let projects: typeof import("@/lib/projects/data");

beforeAll(async () => {
  tdb = await createTestDatabase({ migrate: true });
  client = new pg.Client({ connectionString: tdb.url });
  await client.connect();
  process.env.DATABASE_URL = tdb.url;
  [search, actors, projects] = await Promise.all([import("@/lib/search"), import("@/lib/actors/data"), import("@/lib/projects/data")]);
});

afterAll(async () => {
  await client?.end();
  await tdb?.drop();
});

/** Foreign keys of the public schema, with whether some index starts with exactly their columns. */
async function foreignKeys(): Promise<{ name: string; onDelete: string; indexed: boolean }[]> {
  const { rows } = await client.query<{ name: string; onDelete: string; indexed: boolean }>(`
    select format('%s(%s) -> %s', c.conrelid::regclass, cols.list, c.confrelid::regclass) as name,
           c.confdeltype::text as "onDelete",
           exists (
             select 1 from pg_index i
              where i.indrelid = c.conrelid
                and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] = c.conkey
           ) as indexed
      from pg_constraint c
      cross join lateral (
        select string_agg(a.attname, ', ' order by k.ord) as list
          from unnest(c.conkey) with ordinality k(attnum, ord)
          join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
      ) cols
     where c.contype = 'f' and c.connamespace = current_schema()::regnamespace
     order by 1`);
  return rows;
}

describe("indexes", () => {
  it("every child deleted with its parent has an index leading with the parent's id", async () => {
    const cascades = (await foreignKeys()).filter((fk) => fk.onDelete === "c");
    expect(cascades.length).toBeGreaterThan(10);
    expect(cascades.filter((fk) => !fk.indexed).map((fk) => fk.name)).toEqual([]);
  });

  it("the check sees a missing index", async () => {
    await client.query(`drop index "ProjectParticipant_projectId_idx"`);
    try {
      const missing = (await foreignKeys()).filter((fk) => fk.onDelete === "c" && !fk.indexed).map((fk) => fk.name);
      expect(missing).toEqual(['"ProjectParticipant"(projectId) -> "Project"']);
    } finally {
      await client.query(`create index "ProjectParticipant_projectId_idx" on "ProjectParticipant"("projectId")`);
    }
  });
});

describe("text search (lib/search.ts)", () => {
  /** The plan of a search as the app writes it, with sequential scans priced out (a test table is tiny). */
  async function plan(from: string, columns: readonly Prisma.Sql[], text: string): Promise<string> {
    const where = search.anyContains(columns, text);
    await client.query("set enable_seqscan = off");
    try {
      const { rows } = await client.query<{ "QUERY PLAN": string }>(`explain select 1 from ${from} where ${where.text}`, where.values);
      return rows.map((r) => r["QUERY PLAN"]).join("\n");
    } finally {
      await client.query("reset enable_seqscan");
    }
  }

  it("every searched column has its trigram index, and the searches use them", async () => {
    const actorPlan = await plan(`"Actor" a`, actors.ACTOR_SEARCH_COLUMNS, "andes");
    for (const index of ["Actor_name_search_idx", "Actor_acronym_search_idx", "Actor_ruc_search_idx"]) expect(actorPlan).toContain(index);
    expect(actorPlan).not.toContain("Seq Scan");
    const projectPlan = await plan(`"Project" p`, projects.PROJECT_SEARCH_COLUMNS, "quinua");
    for (const index of ["Project_title_search_idx", "Project_code_search_idx"]) expect(projectPlan).toContain(index);
    expect(projectPlan).not.toContain("Seq Scan");
  });

  it("folds case and Spanish accents alike in SQL and in JavaScript", async () => {
    const words = ["ÁNDES Ñuñoa", "Pingüino Cañón", "INSTITUCIÓN Pública", "Perú S.A.C."];
    const { rows } = await client.query<{ folded: string }>("select search_fold(w) as folded from unnest($1::text[]) with ordinality t(w, n) order by n", [words]);
    expect(rows.map((r) => r.folded)).toEqual(words.map((w) => search.foldForSearch(w)));
    expect(rows.map((r) => r.folded)).toEqual(["andes nunoa", "pinguino canon", "institucion publica", "peru s.a.c."]);
  });
});

