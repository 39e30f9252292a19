"use client";

import { NO_DATA_FILL, TILE_STEPS } from "@/lib/dashboards/tile-grid";
import { Link } from "@/lib/i18n/navigation";

/**
 * One region's tile on the national map, linking to its dashboard. A client component so the
 * page's RSC payload carries only the tile's data, not its markup, for each of the 26 tiles
 * (see TableView).
 */
export function RegionTile({ slug, name, label, step }: { slug: string; name: string; label: string; step: number | null }) {
  const colors = step === null ? null : TILE_STEPS[step];
  return (
    <Link
      href={`/r/${slug}/dashboard`}
      className="flex h-full min-h-16 flex-col justify-between rounded-md border border-slate-500 p-1.5 text-xs leading-tight hover:outline-2 hover:outline-amber-600"
      style={colors ? { backgroundColor: colors.fill, color: colors.text } : { background: NO_DATA_FILL, color: "#0f172a" }}
    >
      <span className="font-semibold">{name}</span>
      <span className={colors ? "text-sm font-bold tabular-nums" : "italic"}>{label}</span>
    </Link>
  );
}
