// The index rules of prisma/schema.prisma's conventions, checked on the migrated database's
// catalog, so a new table cannot quietly break them.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/database";

let tdb: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  tdb = await createTestDatabase({ migrate: true });
  client = new pg.Client({ connectionString: tdb.url });
  await client.connect();
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
