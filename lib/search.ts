import { Prisma } from "@/lib/generated/prisma/client";

// Case- and accent-insensitive "contains" search in SQL. The column side is search_fold(column), a
// SQL function of the migration 20261130040000_search_trigram_indexes (lower case, Spanish accents
// and ñ dropped); the text side is likePattern(text), folded the same way in JavaScript. Each
// searched column has a trigram index on search_fold(column) (pg_trgm), so a search of three
// characters or more reads the index instead of every row: the organisation pickers search every
// region's organisations on each keystroke (30,000 at benchmark scale 10: 35 → 0.3 ms).

/** The text as search_fold folds it: accents dropped, lower case. */
export function foldForSearch(value: string): string {
  return value.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** `%text%` for LIKE on a folded column: the text folded, LIKE's wildcards taken literally. */
function likePattern(text: string): string {
  return `%${foldForSearch(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * SQL: one of the columns contains the text, ignoring case and accents. Each column must have a
 * trigram index on search_fold(column) (tests/integration/schema-indexes.test.ts checks them).
 */
export function anyContains(columns: readonly Prisma.Sql[], text: string): Prisma.Sql {
  const pattern = likePattern(text);
  return Prisma.sql`(${Prisma.join(
    columns.map((column) => Prisma.sql`search_fold(${column}) LIKE ${pattern}`),
    " OR ",
  )})`;
}
