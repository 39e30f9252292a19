import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DATE } from "@/lib/i18n/format";
import { Table, TBody, Td, TFoot, Th, THead, Tr } from "@/components/ui/table";
import type { IndicatorDetail, PlanDetail } from "@/lib/plans/data";
import { dateToYears, INDICATOR_STATUSES, pathValue, yearPoint, type IndicatorStatus, type RollUp } from "@/lib/plans/status";
import { IndicatorChart, type ChartPoint } from "./indicator-chart";
import { PlanStatusChart, type StatusRow } from "./plan-status-chart";
import { StatusBadge } from "./status-badge";

// The plan pages' figures: each chart sits in a <figure> whose caption is its accessible title,
// next to a table with the same numbers (the charts are drawn in small client components).

/** The plan's status summary: a stacked bar per objective and for the plan, and the table. */
export async function PlanSummaryFigure({ plan }: { plan: PlanDetail }) {
  const t = await getTranslations("plans");
  const names = Object.fromEntries(INDICATOR_STATUSES.map((s) => [s, t(`status.${s}`)])) as Record<IndicatorStatus, string>;
  const rowOf = (name: string, summary: RollUp): StatusRow => ({ name, ...summary.counts });
  const rows = [...plan.objectives.map((o) => rowOf(o.code, o.summary)), rowOf(t("wholePlan"), plan.summary)];
  const title = t("summaryTitle");
  const line = (label: string, summary: RollUp, key: string) => (
    <Tr key={key}>
      <Th scope="row">{label}</Th>
      {INDICATOR_STATUSES.map((s) => (
        <Td key={s} numeric>
          {summary.counts[s]}
        </Td>
      ))}
      <Td numeric>{summary.total}</Td>
      <Td>
        <StatusBadge status={summary.status} />
      </Td>
    </Tr>
  );
  return (
    <figure aria-labelledby="plan-summary-title" className="space-y-4">
      <figcaption id="plan-summary-title" className="text-lg font-semibold text-slate-900">
        {title}
      </figcaption>
      <p className="text-sm text-slate-700">{t("summaryIntro")}</p>
      {plan.summary.total > 0 ? <PlanStatusChart title={title} rows={rows} names={names} /> : null}
      <Table caption={t("summaryCaption")}>
        <THead>
          <Tr>
            <Th scope="col">{t("objectiveColumn")}</Th>
            {INDICATOR_STATUSES.map((s) => (
              <Th key={s} scope="col" numeric>
                {t(`status.${s}`)}
              </Th>
            ))}
            <Th scope="col" numeric>
              {t("totalColumn")}
            </Th>
            <Th scope="col">{t("overallColumn")}</Th>
          </Tr>
        </THead>
        <TBody>{plan.objectives.map((o) => line(`${o.code} — ${o.title}`, o.summary, o.id))}</TBody>
        <TFoot>{line(t("wholePlan"), plan.summary, "plan")}</TFoot>
      </Table>
    </figure>
  );
}

/** An indicator's measurements against its path, and the table of measurements with the path. */
export async function IndicatorFigure({ indicator, actions }: { indicator: IndicatorDetail; actions?: (m: IndicatorDetail["measurements"][number]) => ReactNode }) {
  const [t, format] = await Promise.all([getTranslations("plans"), getFormatter()]);
  const n = (v: number | string) => format.number(Number(v), { maximumFractionDigits: 4 });
  const { baselineValue, baselineYear, targetValue, targetYear } = indicator;
  const full =
    baselineValue !== null && baselineYear !== null && targetValue !== null && targetYear !== null
      ? { ...indicator, baselineValue: Number(baselineValue), baselineYear, targetValue: Number(targetValue), targetYear }
      : null;
  const path: ChartPoint[] = [];
  if (baselineValue !== null && baselineYear !== null) path.push({ t: yearPoint(baselineYear), value: Number(baselineValue), label: t("baselinePoint", { year: baselineYear, value: n(baselineValue.toString()) }) });
  if (targetValue !== null && targetYear !== null) path.push({ t: yearPoint(targetYear), value: Number(targetValue), label: t("targetPoint", { year: targetYear, value: n(targetValue.toString()) }) });
  const points: ChartPoint[] = indicator.measurements.map((m) => ({
    t: dateToYears(m.measuredOn),
    value: Number(m.value),
    label: `${format.dateTime(m.measuredOn, DATE)}: ${n(m.value)}`,
  }));
  const title = t("chartTitle", { code: indicator.code, name: indicator.name, unit: indicator.unit });
  return (
    <figure aria-labelledby="indicator-chart-title" className="space-y-4">
      <figcaption id="indicator-chart-title" className="text-lg font-semibold text-slate-900">
        {title}
      </figcaption>
      {path.length + points.length > 0 ? (
        <IndicatorChart title={title} path={path.length === 2 ? path : []} measurements={points} names={{ path: t("pathSeries"), measurements: t("measurementsSeries"), yearEnd: t("yearEndAxis") }} />
      ) : null}
      <Table caption={t("measurementsCaption", { code: indicator.code })}>
        <THead>
          <Tr>
            <Th scope="col">{t("fields.measuredOn")}</Th>
            <Th scope="col" numeric>
              {t("valueIn", { unit: indicator.unit })}
            </Th>
            <Th scope="col" numeric>
              {t("expectedColumn")}
            </Th>
            <Th scope="col">{t("fields.source")}</Th>
            <Th scope="col">{t("fields.note")}</Th>
            {actions ? <Th scope="col">{t("actionsColumn")}</Th> : null}
          </Tr>
        </THead>
        <TBody>
          {indicator.measurements.length === 0 ? (
            <Tr>
              <Td colSpan={actions ? 6 : 5}>{t("noMeasurements")}</Td>
            </Tr>
          ) : null}
          {[...indicator.measurements].reverse().map((m) => (
            <Tr key={m.id}>
              <Th scope="row">{format.dateTime(m.measuredOn, DATE)}</Th>
              <Td numeric>{n(m.value)}</Td>
              <Td numeric>{full ? n(pathValue(full, dateToYears(m.measuredOn)).toFixed(4)) : "—"}</Td>
              <Td>{m.source ?? "—"}</Td>
              <Td>{m.note ?? "—"}</Td>
              {actions ? <Td>{actions(m)}</Td> : null}
            </Tr>
          ))}
        </TBody>
      </Table>
    </figure>
  );
}
