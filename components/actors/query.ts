import type { ActorListQuery } from "@/lib/actors/schema";

/** The list's URL for a query: defaults are left out so links stay short and stable. */
export function actorListHref(regionSlug: string, query: Partial<ActorListQuery>, changes: Partial<ActorListQuery> = {}): string {
  const merged = { ...query, ...changes };
  const params = new URLSearchParams();
  for (const key of ["q", "helix", "type", "province", "size", "formality", "ciiu", "archived"] as const) {
    const value = merged[key];
    if (value) params.set(key, String(value));
  }
  if (merged.sort && merged.sort !== "name") params.set("sort", merged.sort);
  if (merged.page && merged.page > 1) params.set("page", String(merged.page));
  const qs = params.toString();
  return `/r/${regionSlug}/actors${qs ? `?${qs}` : ""}`;
}
