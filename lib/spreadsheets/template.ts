import type { Locale } from "@/lib/i18n/routing";
import type { AnyImportDefinition } from "./definition";
import { translatorFor } from "./messages";
import { toSpreadsheet, type SpreadsheetFormat } from "./write";

/**
 * An import's template in the reader's language: translated headers (required ones marked "*",
 * which the reader ignores) and example rows. Its own output imports cleanly.
 */
export async function buildTemplate(definition: AnyImportDefinition, locale: Locale, format: SpreadsheetFormat): Promise<Uint8Array> {
  const t = translatorFor(locale);
  const header = definition.columns.map((c) => `${t(c.label)}${c.required ? " *" : ""}`);
  const examples = definition.templateRows ?? [Object.fromEntries(definition.columns.map((c) => [c.key, c.example]))];
  const rows = examples.map((r) => definition.columns.map((c) => r[c.key] ?? ""));
  return toSpreadsheet(format, definition.templateName, header, rows);
}
