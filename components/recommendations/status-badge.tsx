import { cn } from "@/components/ui/cn";
import type { RecommendationStatus } from "@/lib/generated/prisma/enums";

// The status of a follow-up as a badge: the word carries the meaning, a symbol and the colour only
// echo it (readable in grey scale and by screen readers). "No data" is its own badge, never
// "not started": a region that recorded nothing has not said it has not started.
const STYLE: Record<RecommendationStatus | "NONE", { symbol: string; className: string }> = {
  NOT_STARTED: { symbol: "○", className: "border-slate-500 bg-white text-slate-900" },
  IN_PROGRESS: { symbol: "◐", className: "border-sky-800 bg-sky-50 text-sky-950" },
  COMPLETED: { symbol: "✓", className: "border-teal-800 bg-teal-50 text-teal-950" },
  STALLED: { symbol: "!", className: "border-amber-800 bg-amber-50 text-amber-950" },
  NONE: { symbol: "–", className: "border-dashed border-slate-500 bg-slate-100 text-slate-800" },
};

export function StatusBadge({ status, label }: { status: RecommendationStatus | null; label: string }) {
  const style = STYLE[status ?? "NONE"];
  return (
    <span className={cn("inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold whitespace-nowrap", style.className)}>
      <span aria-hidden="true">{style.symbol}</span>
      {label}
    </span>
  );
}
