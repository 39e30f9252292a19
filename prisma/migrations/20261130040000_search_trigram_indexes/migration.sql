-- Text search ("contains", ignoring case and Spanish accents) answered by trigram indexes
-- (lib/search.ts). The organisation pickers search every region's organisations on each
-- keystroke: a scan of 30,000 actors at benchmark scale 10 took 35 ms, the indexes 0.3 ms.
--
-- search_fold is the one definition of the folding, for queries and indexes alike. Spanish
-- accents and ñ, in both cases, are translated before lower() because lower() folds only ASCII
-- letters in a database with the C locale (the embedded one). The list is short on purpose:
-- translate() compares each character with each of its list, and a search too short for the
-- indexes (two characters) folds every row. The function is IMMUTABLE (lower and translate are)
-- and a plain SQL expression, so PostgreSQL inlines it in queries and indexes alike, and an index
-- on search_fold(column) answers `search_fold(column) LIKE '%text%'`.
-- schema.prisma cannot express expression indexes; the drift check leaves them to migrations
-- (scripts/migrate/drift.ts) and tests/integration/schema-indexes.test.ts checks they are used.
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension since PostgreSQL 13.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION search_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower(translate(value, 'áéíóúüñÁÉÍÓÚÜÑ', 'aeiouunAEIOUUN')) $$;

CREATE INDEX "Actor_name_search_idx" ON "Actor" USING gin (search_fold(name) gin_trgm_ops);
CREATE INDEX "Actor_acronym_search_idx" ON "Actor" USING gin (search_fold(acronym) gin_trgm_ops);
CREATE INDEX "Actor_ruc_search_idx" ON "Actor" USING gin (search_fold(ruc) gin_trgm_ops);
CREATE INDEX "Project_title_search_idx" ON "Project" USING gin (search_fold(title) gin_trgm_ops);
CREATE INDEX "Project_code_search_idx" ON "Project" USING gin (search_fold(code) gin_trgm_ops);
