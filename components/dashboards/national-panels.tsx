import { getFormatter, getTranslations } from "next-intl/server";
import type { DataColumn } from "@/components/charts/columns";
import { CsvDownloadLink } from "@/components/charts/csv-download-link";
import { DataTable } from "@/components/charts/data-table";
import { SvgBarChart } from "@/components/charts/svg-bar-chart";
import { TableView, type TableViewColumn } from "@/components/charts/table-view";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { StaleNote } from "@/components/dashboards/stale-note";
import { StaleRefresh } from "@/components/dashboards/stale-refresh";
import { formatMetric, onHundredScale } from "@/lib/dashboards/format";
import type { NationalRow } from "@/lib/dashboards/national";
import { COMPARISON_METRICS, currentYear, FIRST_YEAR, MAX_COMPARED, type NationalQuery } from "@/lib/dashboards/query";
import type { RegionFreshnessRow } from "@/lib/dashboards/data";
import { formatIsoDay } from "@/lib/dates";
import { DATE } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { RegionSummary } from "@/lib/regions/data";
import { METRIC_KEYS, type ComparisonRow, type MetricKey } from "@/lib/metrics/types";

/** The national dashboard's URL for a changed query (sorting links, forms keep the rest). */
export function nationalHref(query: NationalQuery, year: number, change: Partial<NationalQuery> = {}): string {
  const q = { ...query, year, ...change };
  const params = new URLSearchParams({ metric: q.metric, year: String(q.year), sort: q.sort, dir: q.dir });
  for (const slug of q.compare) params.append("compare", slug);
  return `/national?${params.toString()}`;
}

/** The query's other choices as hidden fields, so each GET form changes only its own. */
function Keep({ query, year, omit }: { query: NationalQuery; year: number; omit: readonly string[] }) {
  const fields: [string, string][] = [
    ["metric", query.metric],
    ["year", String(year)],
    ["sort", query.sort],
    ["dir", query.dir],
    ...query.compare.map((s): [string, string] => ["compare", s]),
  ];
  return (
    <>
      {fields
        .filter(([name]) => !omit.includes(name))
        .map(([name, value], i) => (
          <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
        ))}
    </>
  );
}

/** Which metric colours the map, and which year every panel shows. */
export async function MetricForm({ query, year }: { query: NationalQuery; year: number }) {
  const [t, tMetrics] = await Promise.all([getTranslations("dashboards.national"), getTranslations("metrics")]);
  const years = Array.from({ length: currentYear() - FIRST_YEAR + 1 }, (_, i) => currentYear() - i);
  return (
    <form method="get" aria-label={t("metricFormLabel")} className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-300 bg-white p-4">
      <Keep query={query} year={year} omit={["metric", "year"]} />
      <SelectField id="national-metric" name="metric" label={t("metric")} defaultValue={query.metric}>
        {METRIC_KEYS.map((k) => (
          <option key={k} value={k}>
            {tMetrics(`names.${k}`)}
          </option>
        ))}
      </SelectField>
      <SelectField id="national-year" name="year" label={t("year")} defaultValue={String(year)}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </SelectField>
      <Button type="submit">{t("show")}</Button>
    </form>
  );
}

function metricText(format: Awaited<ReturnType<typeof getFormatter>>, noData: string) {
  return (key: MetricKey, value: number | null | undefined) => (value === null || value === undefined ? noData : formatMetric(format.number, key, value));
}

/** Names the regions whose previous figures are shown while their new ones are computed; nothing when none. */
export async function StaleRegionsNote({ rows, metric, year }: { rows: ComparisonRow[]; metric: MetricKey; year: number }) {
  const stale = rows.filter((r) => r.stale);
  if (stale.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("dashboards.national"), getFormatter()]);
  return (
    <StaleNote>
      {t("stale", { regions: format.list(stale.map((r) => r.region.name)) })}
      <StaleRefresh pollUrl={`/api/v1/national/comparison?${new URLSearchParams({ metric, year: String(year) })}`} />
    </StaleNote>
  );
}

/** Every region side by side on the comparison metrics; column headers sort (links, in the URL). */
export async function ComparisonTable({ rows, query, year }: { rows: NationalRow[]; query: NationalQuery; year: number }) {
  const [t, tMetrics, format] = await Promise.all([getTranslations("dashboards.national"), getTranslations("metrics"), getFormatter()]);
  const columns: DataColumn<NationalRow>[] = [
    { header: t("colRegion"), rowHeader: true, value: (r) => r.region.name },
    { header: t("colCode"), value: (r) => r.region.code },
    ...COMPARISON_METRICS.map((k): DataColumn<NationalRow> => ({ header: tMetrics(`names.${k}`), numeric: true, value: (r) => r.values[k] ?? null })),
  ];
  // Column headers are sorting links (the sort is in the URL, so it works without JavaScript).
  const header = (key: "name" | MetricKey, label: string): TableViewColumn => {
    const active = query.sort === key;
    const nextDir = active && query.dir === "asc" ? "desc" : "asc";
    return {
      numeric: key !== "name",
      rowHeader: key === "name",
      sorted: active ? (query.dir === "asc" ? "ascending" : "descending") : undefined,
      header: (
        <Link href={nationalHref(query, year, { sort: key, dir: nextDir })} className="font-semibold text-teal-900 underline underline-offset-4">
          {label}
          <span aria-hidden="true">{active ? (query.dir === "asc" ? " ▲" : " ▼") : ""}</span>
          <span className="sr-only">{active ? t(query.dir === "asc" ? "sortedAsc" : "sortedDesc") : t("sortBy")}</span>
        </Link>
      ),
    };
  };
  const caption = t("tableCaption", { year });
  const noData = tMetrics("noData");
  return (
    <div className="space-y-3">
      <TableView
        caption={caption}
        columns={[header("name", t("colRegion")), ...COMPARISON_METRICS.map((k) => header(k, tMetrics(`names.${k}`)))]}
        rows={rows.map((r) => ({
          key: r.region.id,
          cells: [
            { text: r.region.name, href: `/r/${r.region.slug}/dashboard` },
            ...COMPARISON_METRICS.map((k) => {
              const v = r.values[k] ?? null;
              return v === null ? { text: noData, muted: true } : formatMetric(format.number, k, v);
            }),
          ],
        }))}
      />
      <CsvDownloadLink filename={`comparacion-regiones-${year}`} columns={columns} rows={rows} subject={caption} />
    </div>
  );
}

/** Two or more regions on several metrics: small multiples (one bar chart per metric) and a table. */
export async function CompareRegions({ rows, query, year }: { rows: NationalRow[]; query: NationalQuery; year: number }) {
  const [t, tMetrics, format] = await Promise.all([getTranslations("dashboards.national"), getTranslations("metrics"), getFormatter()]);
  const text = metricText(format, tMetrics("noData"));
  const chosen = query.compare.flatMap((slug) => rows.filter((r) => r.region.slug === slug));
  const byName = [...rows].sort((a, b) => a.region.name.localeCompare(b.region.name));
  const columns: DataColumn<NationalRow>[] = [
    { header: t("colRegion"), rowHeader: true, value: (r) => r.region.name },
    ...COMPARISON_METRICS.map(
      (k): DataColumn<NationalRow> => ({ header: tMetrics(`names.${k}`), numeric: true, value: (r) => r.values[k] ?? null, display: (r) => text(k, r.values[k]) }),
    ),
  ];
  const caption = t("compareCaption", { year });
  return (
    <div className="space-y-4">
      <form method="get" aria-label={t("compareFormLabel")} className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
        <Keep query={query} year={year} omit={["compare"]} />
        <fieldset>
          <legend className="text-sm font-semibold text-slate-900">{t("compareLegend", { max: MAX_COMPARED })}</legend>
          <div className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3 lg:grid-cols-5">
            {byName.map((r) => (
              <label key={r.region.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="compare" value={r.region.slug} defaultChecked={query.compare.includes(r.region.slug)} className="size-4" />
                {r.region.name}
              </label>
            ))}
          </div>
        </fieldset>
        <Button type="submit">{t("compareSubmit")}</Button>
      </form>
      {chosen.length < 2 ? (
        <p className="text-slate-800">{t("compareHint")}</p>
      ) : (
        <>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label={t("smallMultiples")}>
            {COMPARISON_METRICS.map((k) => {
              const scaled = (v: number | null | undefined) => onHundredScale(k, v ?? null);
              const hundred = chosen.every((r) => r.values[k] === null || r.values[k] === undefined || scaled(r.values[k]) !== null);
              return (
                <li key={k} className="rounded-lg border border-slate-300 bg-white p-3">
                  <p className="mb-2 text-sm font-semibold">{tMetrics(`names.${k}`)}</p>
                  <SvgBarChart
                    title={tMetrics(`names.${k}`)}
                    max={hundred ? 100 : undefined}
                    bars={chosen.map((r) => ({
                      label: r.region.name,
                      value: hundred ? scaled(r.values[k]) : (r.values[k] ?? null),
                      text: text(k, r.values[k]),
                    }))}
                  />
                </li>
              );
            })}
          </ul>
          <DataTable caption={caption} columns={columns} rows={chosen} rowKey={(r) => r.region.id} />
          <CsvDownloadLink filename={`comparacion-${chosen.map((r) => r.region.slug).join("-")}-${year}`} columns={columns} rows={chosen} subject={caption} />
        </>
      )}
    </div>
  );
}

/** Which regions have data at all, and how recent it is. */
export async function CoverageTable({ summaries, freshness }: { summaries: RegionSummary[]; freshness: RegionFreshnessRow[] }) {
  const [t, tCommon, format] = await Promise.all([getTranslations("dashboards.national"), getTranslations("common"), getFormatter()]);
  const fresh = new Map(freshness.map((f) => [f.regionId, f]));
  type Row = RegionSummary & { f: RegionFreshnessRow | undefined };
  const rows: Row[] = summaries.map((s) => ({ ...s, f: fresh.get(s.id) }));
  const date = (d: Date | null | undefined) => (d ? format.dateTime(d, DATE) : tCommon("notRecorded"));
  const count = (n: number | null) => (n === null ? tCommon("noData") : format.number(n));
  const columns: DataColumn<Row>[] = [
    { header: t("colRegion"), rowHeader: true, value: (r) => r.name, display: (r) => ({ text: r.name, href: `/r/${r.slug}/dashboard` }) },
    { header: t("colHasData"), value: (r) => (r.hasData ? t("yes") : t("no")) },
    { header: t("colActors"), numeric: true, value: (r) => r.actorCount, display: (r) => count(r.actorCount) },
    { header: t("colProjects"), numeric: true, value: (r) => r.projectCount, display: (r) => count(r.projectCount) },
    { header: t("colEvidence"), numeric: true, value: (r) => r.evidenceCount, display: (r) => count(r.evidenceCount) },
    { header: t("colLastEvidence"), value: (r) => formatIsoDay(r.f?.lastEvidenceOn), display: (r) => date(r.f?.lastEvidenceOn) },
    { header: t("colLastMeasurement"), value: (r) => formatIsoDay(r.f?.lastMeasurementOn), display: (r) => date(r.f?.lastMeasurementOn) },
    { header: t("colLastChange"), value: (r) => r.f?.lastChangeAt?.toISOString() ?? null, display: (r) => date(r.f?.lastChangeAt) },
  ];
  const withData = rows.filter((r) => r.hasData).length;
  return (
    <div className="space-y-3">
      <p className="text-slate-800">{t("coverageSummary", { withData, total: rows.length })}</p>
      <DataTable caption={t("coverageCaption")} columns={columns} rows={rows} rowKey={(r) => r.id} />
      <CsvDownloadLink filename="cobertura-datos-regiones" columns={columns} rows={rows} subject={t("coverageCaption")} />
    </div>
  );
}
