import { z } from "zod";

// Values read from a page's URL: untrusted, and a bad one is the default, never an error page.

const PAGE = z.coerce.number().int().min(1).max(100_000).catch(1);

/** A list's page number from `?page=`: a whole number from 1, else 1 (a repeated one: the first). */
export function parsePage(raw: string | string[] | undefined): number {
  return PAGE.parse((Array.isArray(raw) ? raw[0] : raw) ?? 1);
}
