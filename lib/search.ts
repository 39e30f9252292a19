// Case- and accent-insensitive text search in SQL: the column is folded with
// translate(lower(column), ACCENTED, PLAIN) and compared with LIKE to likePattern(text), which
// folds the text the same way. Used by the project list's search and the organisation pickers.

export const ACCENTED = "áéíóúüñàèìòù";
export const PLAIN = "aeiouunaeiou";

function fold(value: string): string {
  return value.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** `%text%` for LIKE on a folded column: the text folded, LIKE's wildcards taken literally. */
export function likePattern(text: string): string {
  return `%${fold(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
