import type { ProjectListQuery } from "@/lib/projects/schema";

const KEYS = ["q", "status", "area", "source", "participant", "mix", "year", "province"] as const;

/** The list's URL for a query: empty filters are left out so links stay short and stable. */
export function projectListHref(regionSlug: string, query: Partial<ProjectListQuery>, changes: Partial<ProjectListQuery> = {}): string {
  const merged = { ...query, ...changes };
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = merged[key];
    if (value) params.set(key, String(value));
  }
  if (merged.page && merged.page > 1) params.set("page", String(merged.page));
  const qs = params.toString();
  return `/r/${regionSlug}/projects${qs ? `?${qs}` : ""}`;
}
