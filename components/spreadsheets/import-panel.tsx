import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { textLinkClasses } from "@/components/ui/text-link";
import { NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";
import { getImportDetails, getImportJob, importDefinition, type ImportJobSummary } from "@/lib/spreadsheets/import-engine";
import { messageKey, translatorFor } from "@/lib/spreadsheets/messages";
import type { RegionContext } from "@/lib/tenancy";
import { CommitForm } from "./commit-form";
import { ImportProgress } from "./import-progress";
import { UploadForm } from "./upload-form";

// The whole import workflow of one kind on one page: template, upload, then the job named in the
// URL (`?job=<id>`): its progress, its row errors or its preview and the commit button, and after
// the commit a link to the list. The caller's page has already passed the gate and its permission.

interface Props {
  ctx: RegionContext;
  locale: Locale;
  /** The import's name in URLs ("actors"). */
  kind: string;
  /** `?job=` from the URL, unverified: another region's job is simply not shown. */
  jobId?: string | undefined;
}

export async function ImportPanel({ ctx, locale, kind, jobId }: Props) {
  const t = await getTranslations("imports");
  const base = `/api/regions/${encodeURIComponent(ctx.regionSlug)}/imports/template?kind=${kind}&locale=${locale}`;
  // A job id that is not this region's (or not the caller's to see) is simply not shown.
  const job = jobId ? await getImportJob(ctx, jobId).catch((error: unknown) => (error instanceof NotFoundError ? null : Promise.reject(error))) : null;

  return (
    <div className="space-y-6">
      <Card title={t("templateHeading")}>
        <p className="mb-3 text-slate-700">{t("templateIntro")}</p>
        <ul className="flex flex-wrap gap-4">
          <li>
            <a className={textLinkClasses} href={`${base}&format=csv`} download>
              {t("templateCsv")}
            </a>
          </li>
          <li>
            <a className={textLinkClasses} href={`${base}&format=xlsx`} download>
              {t("templateXlsx")}
            </a>
          </li>
        </ul>
      </Card>
      <Card title={t("uploadHeading")}>
        <UploadForm regionSlug={ctx.regionSlug} kind={kind} />
      </Card>
      {job ? <JobView ctx={ctx} locale={locale} job={job} /> : null}
    </div>
  );
}

async function JobView({ ctx, locale, job }: { ctx: RegionContext; locale: Locale; job: ImportJobSummary }) {
  const t = await getTranslations("imports");
  const definition = importDefinition(job.kindSlug);
  const tr = translatorFor(locale);
  const label = (key: string | null) => {
    const column = definition.columns.find((c) => c.key === key);
    return column ? tr(column.label) : "—";
  };
  const running = job.status === "VALIDATING" || job.status === "COMMITTING";
  const details = job.status === "READY" || job.status === "INVALID" ? await getImportDetails(ctx, job.id) : null;
  const statusClass =
    job.status === "INVALID" || job.status === "FAILED"
      ? "border-red-700 bg-red-50 text-red-900"
      : "border-teal-800 bg-teal-50 text-teal-900";

  return (
    <Card title={t("jobHeading", { fileName: job.fileName })}>
      <div className="space-y-5">
        <p role="status" className={`rounded-md border px-4 py-3 text-sm font-medium ${statusClass}`}>
          {t(`status.${job.status}`)}
        </p>
        {running ? (
          <ImportProgress regionSlug={ctx.regionSlug} jobId={job.id} initial={{ status: job.status, totalRows: job.totalRows, processedRows: job.processedRows }} />
        ) : null}

        {details && job.status === "INVALID" ? (
          <section aria-labelledby={`errors-${job.id}`} className="space-y-2">
            <h3 id={`errors-${job.id}`} className="text-lg font-semibold">
              {t("errorsHeading", { count: job.errorCount })}
            </h3>
            {details.errors.length < job.errorCount ? <p className="text-sm text-slate-700">{t("errorsTruncated", { shown: details.errors.length })}</p> : null}
            <Table caption={t("errorsCaption")}>
              <THead>
                <Tr>
                  <Th scope="col" numeric>
                    {t("rowLabel")}
                  </Th>
                  <Th scope="col">{t("columnLabel")}</Th>
                  <Th scope="col">{t("messageLabel")}</Th>
                </Tr>
              </THead>
              <TBody>
                {details.errors.map((e, i) => (
                  <Tr key={i}>
                    <Td numeric>{e.row}</Td>
                    <Td>{label(e.column)}</Td>
                    <Td>{tr(messageKey(e.code, "imports.errors"), e.params)}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </section>
        ) : null}

        {details && job.status === "READY" ? (
          <section aria-labelledby={`preview-${job.id}`} className="space-y-3">
            <h3 id={`preview-${job.id}`} className="text-lg font-semibold">
              {t("previewHeading")}
            </h3>
            <p className="text-slate-700">{t("readyCount", { count: job.totalRows })}</p>
            {details.preview.length ? (
              <Table caption={t("previewCaption", { count: details.preview.length })}>
                <THead>
                  <Tr>
                    <Th scope="col" numeric>
                      {t("rowLabel")}
                    </Th>
                    {definition.columns.map((c) => (
                      <Th key={c.key} scope="col">
                        {tr(c.label)}
                      </Th>
                    ))}
                  </Tr>
                </THead>
                <TBody>
                  {details.preview.map((r) => (
                    <Tr key={r.line}>
                      <Td numeric>{r.line}</Td>
                      {definition.columns.map((c) => (
                        <Td key={c.key}>{r.cells[c.key]}</Td>
                      ))}
                    </Tr>
                  ))}
                </TBody>
              </Table>
            ) : null}
            {job.totalRows > 0 ? <CommitForm regionSlug={ctx.regionSlug} jobId={job.id} count={job.totalRows} /> : null}
          </section>
        ) : null}

        {job.status === "COMMITTED" ? (
          <div className="space-y-3">
            <p className="text-slate-800">{t("committedMessage", { count: job.processedRows })}</p>
            <LinkButton href={`/r/${ctx.regionSlug}${definition.listPath}`}>{t("goToList")}</LinkButton>
          </div>
        ) : null}
      </div>
    </Card>
  );
}
