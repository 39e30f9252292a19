import { z } from "zod";

// Values read from a page's URL: untrusted, and a bad one is the default, never an error page.

/** A repeated parameter (`?page=2&page=3`) counts as its first value. */
export const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** An optional filter whose bad value is simply no filter. */
export const ignoreBad = <S extends z.ZodType>(s: S) => s.optional().catch(undefined);

/** A list's page number from `?page=`: a whole number from 1, else 1. Every paged list reads it. */
export const pageParam = z.preprocess(first, z.coerce.number().int().min(1).max(100_000).catch(1).default(1));

export function parsePage(raw: string | string[] | undefined): number {
  return pageParam.parse(raw);
}
