import "server-only";
import { actorImport } from "@/lib/actors/import";
import { projectImport } from "@/lib/projects/import";
import { measurementImport } from "@/lib/plans/import";
import type { AnyImportDefinition } from "./definition";

// Every import kind, by the name it has in URLs (/api/regions/<region>/imports?kind=actors).
// Adding a kind = writing its ImportDefinition and adding one line here (docs/spreadsheets.md).
export const IMPORT_DEFINITIONS: Record<string, AnyImportDefinition> = {
  actors: actorImport,
  projects: projectImport,
  measurements: measurementImport,
};
