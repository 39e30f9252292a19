import type { EvidenceListQuery } from "@/lib/cooperation/schema";

/** The list's URL for a query: defaults are left out so links stay short and stable. */
export function evidenceListHref(regionSlug: string, query: Partial<EvidenceListQuery>, changes: Partial<EvidenceListQuery> = {}): string {
  const merged = { ...query, ...changes };
  const params = new URLSearchParams();
  for (const key of ["kind", "year", "actor"] as const) {
    const value = merged[key];
    if (value) params.set(key, String(value));
  }
  if (merged.page && merged.page > 1) params.set("page", String(merged.page));
  const qs = params.toString();
  return `/r/${regionSlug}/cooperation${qs ? `?${qs}` : ""}`;
}
