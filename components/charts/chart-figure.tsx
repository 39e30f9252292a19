import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { DataColumn } from "./columns";
import { CsvDownloadLink } from "./csv-download-link";
import { DataTable } from "./data-table";

/**
 * A chart with its table alternative and its CSV download. The chart is hidden from assistive
 * technology (it repeats the table); the table sits in a disclosure that opens with the keyboard,
 * and is open when printed.
 */
export async function ChartFigure<Row>({
  title,
  headingLevel = 3,
  description,
  chart,
  columns,
  rows,
  rowKey,
  filename,
  empty,
  tableOpen,
}: {
  title: string;
  headingLevel?: 2 | 3;
  description?: ReactNode;
  /** The drawing; omitted when there is nothing to draw (the table then says so). */
  chart?: ReactNode;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  filename: string;
  empty?: ReactNode;
  /** Show the table without a click (charts that are mostly read as tables). */
  tableOpen?: boolean;
}) {
  const t = await getTranslations("dashboards.charts");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="space-y-3 rounded-lg border border-slate-300 bg-white p-5 shadow-sm break-inside-avoid">
      <Heading className="text-lg font-semibold text-slate-900">{title}</Heading>
      {description ? <div className="text-sm text-slate-700">{description}</div> : null}
      {chart && rows.length > 0 ? <div aria-hidden="true">{chart}</div> : null}
      <details open={tableOpen} className="group">
        <summary className="cursor-pointer text-sm font-semibold text-teal-800 underline underline-offset-4 print:hidden">
          {t("showTable")}
        </summary>
        <div className="mt-3">
          <DataTable caption={title} columns={columns} rows={rows} rowKey={rowKey} empty={empty ?? t("empty")} />
        </div>
      </details>
      <div className="flex flex-wrap gap-3">
        <CsvDownloadLink filename={filename} columns={columns} rows={rows} subject={title} />
      </div>
    </section>
  );
}
