import { getFormatter, getTranslations } from "next-intl/server";
import { ChartFigure } from "@/components/charts/chart-figure";
import type { DataColumn } from "@/components/charts/columns";
import { SvgBarChart } from "@/components/charts/svg-bar-chart";
import type { CouncilActivity, PlanMonitoringRow } from "@/lib/dashboards/data";
import { HELIX_COLORS } from "@/lib/dashboards/helix-colors";
import { formatIsoDay } from "@/lib/dates";
import { DATE } from "@/lib/i18n/format";

type Seat = CouncilActivity["seatsByHelix"][number];
type MeetingYear = CouncilActivity["meetingsByYear"][number];
type AgreementRow = CouncilActivity["agreementsByStatus"][number];

/** The council's seats by helix, meetings per year and agreements by status. */
export async function CouncilPanels({
  activity,
  regionName,
  regionSlug,
  headingLevel = 3,
  tableOpen,
}: {
  activity: CouncilActivity;
  regionName: string;
  regionSlug: string;
  headingLevel?: 2 | 3;
  tableOpen?: boolean;
}) {
  const [t, tHelix, tStatus, format] = await Promise.all([
    getTranslations("dashboards.council"),
    getTranslations("enums.helix"),
    getTranslations("enums.agreementStatus"),
    getFormatter(),
  ]);
  const n = (v: number) => format.number(v);
  const seatColumns: DataColumn<Seat>[] = [
    { header: t("colHelix"), rowHeader: true, value: (r) => tHelix(r.helix) },
    { header: t("colSeats"), numeric: true, value: (r) => r.seats },
  ];
  const meetingColumns: DataColumn<MeetingYear>[] = [
    { header: t("colYear"), rowHeader: true, value: (r) => r.year },
    { header: t("colHeld"), numeric: true, value: (r) => r.held },
    { header: t("colCancelled"), numeric: true, value: (r) => r.cancelled },
  ];
  const agreementColumns: DataColumn<AgreementRow>[] = [
    { header: t("colStatus"), rowHeader: true, value: (r) => tStatus(r.status) },
    { header: t("colCount"), numeric: true, value: (r) => r.count },
    { header: t("colOverdue"), numeric: true, value: (r) => r.overdue },
  ];
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <ChartFigure
        headingLevel={headingLevel}
        tableOpen={tableOpen}
        title={t("seatsTitle", { region: regionName })}
        rows={activity.seatsByHelix}
        columns={seatColumns}
        rowKey={(r) => r.helix}
        filename={`asientos-por-helice-${regionSlug}`}
        empty={t("noSeats")}
        chart={
          <SvgBarChart
            title={t("seatsTitle", { region: regionName })}
            bars={activity.seatsByHelix.map((r) => ({ label: tHelix(r.helix), value: r.seats, text: n(r.seats), color: HELIX_COLORS[r.helix] }))}
          />
        }
      />
      <ChartFigure
        headingLevel={headingLevel}
        tableOpen={tableOpen}
        title={t("meetingsTitle", { region: regionName })}
        rows={activity.meetingsByYear}
        columns={meetingColumns}
        rowKey={(r) => String(r.year)}
        filename={`sesiones-por-anio-${regionSlug}`}
        empty={t("noMeetings")}
        chart={
          <SvgBarChart
            title={t("meetingsTitle", { region: regionName })}
            bars={activity.meetingsByYear.map((r) => ({ label: String(r.year), value: r.held, text: n(r.held) }))}
          />
        }
      />
      <ChartFigure
        headingLevel={headingLevel}
        tableOpen={tableOpen}
        title={t("agreementsTitle", { region: regionName })}
        rows={activity.agreementsByStatus}
        columns={agreementColumns}
        rowKey={(r) => r.status}
        filename={`acuerdos-por-estado-${regionSlug}`}
        empty={t("noAgreements")}
        chart={
          <SvgBarChart
            title={t("agreementsTitle", { region: regionName })}
            bars={activity.agreementsByStatus.map((r) => ({ label: tStatus(r.status), value: r.count, text: n(r.count) }))}
          />
        }
      />
    </div>
  );
}

/** Each plan with its indicators measured at all, and in the last twelve months. */
export async function PlanPanel({
  plans,
  regionName,
  regionSlug,
  headingLevel = 3,
}: {
  plans: PlanMonitoringRow[];
  regionName: string;
  regionSlug: string;
  headingLevel?: 2 | 3;
}) {
  const [t, tStatus, tCommon, format] = await Promise.all([
    getTranslations("dashboards.plan"),
    getTranslations("enums.planStatus"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const columns: DataColumn<PlanMonitoringRow>[] = [
    { header: t("colPlan"), rowHeader: true, value: (p) => p.title },
    { header: t("colStatus"), value: (p) => tStatus(p.status) },
    { header: t("colPeriod"), value: (p) => `${p.startYear}–${p.endYear}` },
    { header: t("colIndicators"), numeric: true, value: (p) => p.indicators },
    { header: t("colMeasured"), numeric: true, value: (p) => p.measured },
    { header: t("colMeasuredLastYear"), numeric: true, value: (p) => p.measuredLastYear },
    {
      header: t("colLastMeasured"),
      value: (p) => formatIsoDay(p.lastMeasuredOn),
      display: (p) => (p.lastMeasuredOn ? format.dateTime(p.lastMeasuredOn, DATE) : tCommon("notRecorded")),
    },
  ];
  return (
    <ChartFigure
      headingLevel={headingLevel}
      title={t("title", { region: regionName })}
      rows={plans}
      columns={columns}
      rowKey={(p) => p.id}
      filename={`plan-indicadores-${regionSlug}`}
      empty={t("noPlans")}
      tableOpen
      chart={
        <SvgBarChart
          title={t("title", { region: regionName })}
          max={100}
          bars={plans.map((p) => {
            const share = p.indicators > 0 ? (100 * p.measuredLastYear) / p.indicators : null;
            return {
              label: p.title,
              value: share,
              text: share === null ? t("noIndicators") : format.number(share / 100, { style: "percent", maximumFractionDigits: 0 }),
            };
          })}
        />
      }
    />
  );
}
