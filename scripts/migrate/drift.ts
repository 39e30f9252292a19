// Drift check without introspection: does the database's structure match prisma/schema.prisma?
//
// The engine's own introspection does not work through the pg adapter (catalog "char" columns),
// and the embedded PostgreSQL has no pg_dump. So: build a throwaway reference database from
// diff(empty → schema.prisma) on the same server, read the same catalog facts from both
// (tables, columns, indexes, constraints, enums) and compare them. Functions, triggers, policies
// and indexes on expressions (the text search's trigram indexes) are not compared: schema.prisma
// cannot express them, so only migrations hold them (tests/integration/schema-indexes.test.ts
// checks the search indexes are there and used).
import { readFileSync } from "node:fs";
import pg from "pg";
import { SCHEMA_PATH, schemaSql, uniqueName } from "./engine";

/** One catalog fact: `label` names it for people, `table` lets a missing table hide its parts. */
interface Fact {
  label: string;
  table: string | null;
  value: string;
}

// Every query reads the connection's current schema (public) and skips Prisma's bookkeeping.
const QUERIES: { sql: string; fact: (row: Record<string, unknown>) => Fact }[] = [
  {
    sql: `select c.relname as "table"
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = current_schema() and c.relkind in ('r', 'p') and c.relname <> '_prisma_migrations'`,
    fact: (r) => ({ label: `table "${r.table}"`, table: null, value: "" }),
  },
  {
    sql: `select c.relname as "table", a.attname as "column", format_type(a.atttypid, a.atttypmod) as type,
                 a.attnotnull as not_null, pg_get_expr(d.adbin, d.adrelid) as "default",
                 a.attidentity as identity, a.attgenerated as generated
          from pg_attribute a
          join pg_class c on c.oid = a.attrelid
          join pg_namespace n on n.oid = c.relnamespace
          left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
          where n.nspname = current_schema() and c.relkind in ('r', 'p') and c.relname <> '_prisma_migrations'
            and a.attnum > 0 and not a.attisdropped`,
    fact: (r) => ({
      label: `column "${r.table}"."${r.column}"`,
      table: String(r.table),
      value: [
        r.type,
        r.not_null ? "not null" : "null",
        r.default !== null ? `default ${r.default}` : "",
        r.identity ? `identity ${r.identity}` : "",
        r.generated ? `generated ${r.generated}` : "",
      ].filter(Boolean).join(" "),
    }),
  },
  {
    sql: `select t.relname as "table", i.relname as name, pg_get_indexdef(i.oid) as def
          from pg_index x
          join pg_class i on i.oid = x.indexrelid
          join pg_class t on t.oid = x.indrelid
          join pg_namespace n on n.oid = t.relnamespace
          where n.nspname = current_schema() and t.relname <> '_prisma_migrations' and x.indexprs is null`,
    fact: (r) => ({ label: `index "${r.name}"`, table: String(r.table), value: String(r.def) }),
  },
  {
    // contype 'n' (NOT NULL as a constraint, PostgreSQL 18+) is skipped: nullability is compared
    // on the columns, and those constraints keep a column's old name after a rename.
    sql: `select t.relname as "table", con.conname as name, pg_get_constraintdef(con.oid) as def
          from pg_constraint con
          join pg_class t on t.oid = con.conrelid
          join pg_namespace n on n.oid = t.relnamespace
          where n.nspname = current_schema() and con.contype <> 'n' and t.relname <> '_prisma_migrations'`,
    fact: (r) => ({ label: `constraint "${r.name}" on "${r.table}"`, table: String(r.table), value: String(r.def) }),
  },
  {
    sql: `select t.typname as name, string_agg(quote_literal(e.enumlabel), ', ' order by e.enumsortorder) as labels
          from pg_type t
          join pg_enum e on e.enumtypid = t.oid
          join pg_namespace n on n.oid = t.typnamespace
          where n.nspname = current_schema()
          group by t.typname`,
    fact: (r) => ({ label: `enum "${r.name}"`, table: null, value: `(${r.labels})` }),
  },
];

/** The structure of the database at `url`, as label → fact. */
async function catalog(url: string): Promise<Map<string, Fact>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const facts = new Map<string, Fact>();
    for (const query of QUERIES) {
      const { rows } = await client.query(query.sql);
      for (const row of rows) {
        const fact = query.fact(row);
        facts.set(fact.label, fact);
      }
    }
    return facts;
  } finally {
    await client.end();
  }
}

/** Differences between two catalogs, one readable line each, sorted. */
export function compareCatalogs(database: Map<string, Fact>, schema: Map<string, Fact>): string[] {
  const lines: string[] = [];
  // A table missing on one side is one line, not one per column, index and constraint.
  const onlyIn = (a: Map<string, Fact>, b: Map<string, Fact>, table: string | null) =>
    table !== null && a.has(`table "${table}"`) && !b.has(`table "${table}"`);
  for (const [label, fact] of database) {
    const other = schema.get(label);
    if (!other) {
      if (!onlyIn(database, schema, fact.table)) lines.push(`${label} is in the database but not in schema.prisma`);
    } else if (other.value !== fact.value) {
      lines.push(`${label} differs: database has ${fact.value}; schema.prisma has ${other.value}`);
    }
  }
  for (const [label, fact] of schema) {
    if (!database.has(label) && !onlyIn(schema, database, fact.table)) {
      lines.push(`${label} is in schema.prisma but not in the database`);
    }
  }
  return lines.sort();
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Differences between the database at `databaseUrl` and what schema.prisma describes; empty when
 * they match. Creates (and always drops) a throwaway database on the same server, so the role
 * needs CREATEDB.
 */
export async function checkDrift(databaseUrl: string, opts: { schemaPath?: string } = {}): Promise<string[]> {
  const script = await schemaSql(readFileSync(opts.schemaPath ?? SCHEMA_PATH, "utf8"));
  const name = uniqueName("minka_drift");
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
    try {
      const referenceUrl = withDatabase(databaseUrl, name);
      const builder = new pg.Client({ connectionString: referenceUrl });
      await builder.connect();
      try {
        await builder.query(script); // one simple query: the whole script in one transaction
      } finally {
        await builder.end();
      }
      return compareCatalogs(await catalog(databaseUrl), await catalog(referenceUrl));
    } finally {
      await admin.query(`drop database if exists "${name}" with (force)`);
    }
  } finally {
    await admin.end();
  }
}
