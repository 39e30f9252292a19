import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { IndicatorStatus } from "@/lib/plans/status";

const BADGE: Record<IndicatorStatus, string> = {
  ON_TRACK: "border-teal-800 bg-teal-50 text-teal-900",
  AT_RISK: "border-amber-700 bg-amber-50 text-amber-900",
  OFF_TRACK: "border-red-700 bg-red-50 text-red-900",
  NO_DATA: "border-slate-500 bg-slate-100 text-slate-900",
};

export function StatusBadge({ status, className }: { status: IndicatorStatus; className?: string }) {
  const t = useTranslations("plans.status");
  return (
    <span className={cn("inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-semibold whitespace-nowrap", BADGE[status], className)}>
      {t(status)}
    </span>
  );
}
