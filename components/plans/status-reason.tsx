import { useTranslations } from "next-intl";
import type { StatusResult } from "@/lib/plans/status";

/** Why the indicator has its status, in words (the rule is in docs/metrics.md). */
export function StatusReason({ result }: { result: StatusResult }) {
  const t = useTranslations("plans");
  const text =
    result.reason === "stale" && result.lastKnown
      ? t("reason.staleWas", { status: t(`status.${result.lastKnown}`) })
      : result.reason === "path" && result.deviation !== null
        ? t("reason.path", { points: Math.round(result.deviation * 100) })
        : t(`reason.${result.reason}`);
  return <span className="block text-xs text-slate-700">{text}</span>;
}
