import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { csvDataUrl, toCsv } from "@/lib/dashboards/csv";
import type { DataColumn } from "./columns";

/**
 * "Download CSV" as a plain link to a data: URL built on the server from the same rows as the
 * table: no route handler to gate, no client JavaScript, and the file is exactly what the table
 * shows.
 */
export async function CsvDownloadLink<Row>({
  filename,
  columns,
  rows,
  subject,
}: {
  /** Without extension; lower case ASCII keeps it safe on every system. */
  filename: string;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  /** What the file holds, for the link's accessible name ("Download CSV: projects by area"). */
  subject: string;
}) {
  const t = await getTranslations("dashboards.charts");
  return (
    <a
      href={csvDataUrl(toCsv(columns, rows))}
      download={`${filename}.csv`}
      className={buttonClasses("secondary", "print:hidden")}
      aria-label={t("downloadCsvOf", { subject })}
    >
      {t("downloadCsv")}
    </a>
  );
}
