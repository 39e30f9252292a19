import { createTranslator } from "next-intl";
import en from "@/lib/i18n/messages/en.json";
import es from "@/lib/i18n/messages/es.json";
import { routing, type Locale } from "@/lib/i18n/routing";
import type { ImportColumn } from "./definition";

// Spreadsheets speak both languages at once: a file's headers and enum values may be written in
// Spanish or English whatever the reader's language, and a job's errors are stored as keys and
// translated when shown. So this module reads both catalogues directly (no request needed: it
// works the same in a page, a route handler and a test).

const catalogues = { es, en } as const;

export type AnyTranslator = (key: string, params?: Record<string, string | number>) => string;

const translators = new Map<Locale, AnyTranslator>();

/** A translator over the whole catalogue with keys built at run time (checked by `hasMessage`). */
export function translatorFor(locale: Locale): AnyTranslator {
  let t = translators.get(locale);
  if (!t) {
    const typed = createTranslator({ locale, messages: catalogues[locale] });
    t = (key, params) => typed(key as never, params as never);
    translators.set(locale, t);
  }
  return t;
}

export function hasMessage(locale: Locale, key: string): boolean {
  let node: unknown = catalogues[locale];
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}

/** `?locale=` of a route handler, checked; anything else is Spanish, the platform's default. */
export function localeOf(value: string | null | undefined): Locale {
  return (routing.locales as readonly string[]).includes(value ?? "") ? (value as Locale) : routing.defaultLocale;
}

/** Lower case, no accents, single spaces: how headers and enum labels are compared. */
export function fold(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\s_]+/g, " ")
    .trim();
}

/**
 * A reader for one enum: accepts the code (`BUSINESS`, `business`) or its label in either
 * language ("Empresa", "Business"), from `enums.<namespace>`. Returns null when nothing matches.
 */
export function enumReader<E extends string>(values: Record<string, E>, namespace: string): (text: string) => E | null {
  const index = new Map<string, E>();
  for (const code of Object.values(values)) {
    index.set(fold(code), code);
    for (const locale of routing.locales) {
      const key = `enums.${namespace}.${code}`;
      if (hasMessage(locale, key)) index.set(fold(translatorFor(locale)(key)), code);
    }
  }
  return (text) => index.get(fold(text)) ?? null;
}

/**
 * The message key of an import's code: a full key when it contains a dot
 * ("validation.actors.rucCheck"), else a key under `imports.errors.` ("required"). Messages of an
 * InvalidInputError thrown by a commit follow the same rule under `imports.` ("stale").
 */
export function messageKey(code: string, namespace = "imports"): string {
  return code.includes(".") ? code : `${namespace}.${code}`;
}

/** One row error as a sentence: "Fila 12, columna RUC: …". */
export function rowErrorText(
  locale: Locale,
  error: { row: number; column: string | null; code: string; params?: Record<string, string | number> },
  columns: readonly ImportColumn[],
): string {
  const t = translatorFor(locale);
  const message = t(messageKey(error.code, "imports.errors"), error.params);
  const label = columns.find((c) => c.key === error.column)?.label;
  const column = label ? t(label) : null;
  return column ? t("imports.errorLine", { row: error.row, column, message }) : t("imports.errorLineNoColumn", { row: error.row, message });
}
