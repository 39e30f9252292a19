import { getTranslations, setRequestLocale } from "next-intl/server";
import { EvidenceFilters } from "@/components/cooperation/evidence-filters";
import { EvidenceTable } from "@/components/cooperation/evidence-table";
import { evidenceListHref } from "@/components/cooperation/query";
import { Pager } from "@/components/admin/pager";
import { LinkButton } from "@/components/ui/link-button";
import { actorOptionsByIds } from "@/lib/actors/options";
import { canWriteCooperation, listEvidence, listEvidenceYears } from "@/lib/cooperation/data";
import { parseEvidenceListQuery } from "@/lib/cooperation/schema";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = {
  params: Promise<{ locale: string; region: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = privatePageMetadata("cooperation", "metaTitle");

export default async function CooperationPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region } = await params;
  const ctx = await pageGate(locale, () => gateRegionFor(region, "region.read"));
  const raw = await searchParams;
  // Bad values in the URL are ignored, never an error page.
  const query = parseEvidenceListQuery(raw);
  const [t, result, years, [actor]] = await Promise.all([
    getTranslations("cooperation"),
    listEvidence(ctx, query),
    listEvidenceYears(ctx),
    // Only the filtered organisation needs a name; the filter searches the rest (the region's own).
    actorOptionsByIds(ctx, query.actor ? [query.actor] : []),
  ]);

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
          <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
          <p className="text-slate-700">{t("intro")}</p>
        </div>
        {canWriteCooperation(ctx) ? <LinkButton href={`/r/${ctx.regionSlug}/cooperation/new`}>{t("createLink")}</LinkButton> : null}
      </div>
      <div role="status" aria-live="polite">
        {raw.deleted ? <p className="rounded-md border border-teal-800 bg-teal-50 px-4 py-3 text-sm font-medium text-teal-900">{t("deletedMessage")}</p> : null}
      </div>

      <EvidenceFilters regionSlug={ctx.regionSlug} query={query} years={years} actor={actor ?? null} />

      <section aria-labelledby="evidence-results" className="space-y-3">
        <h2 id="evidence-results" className="text-xl font-semibold">
          {t("resultsHeading", { total: result.total })}
        </h2>
        <EvidenceTable
          items={result.items}
          regionSlug={ctx.regionSlug}
          caption={t("tableCaption", { region: ctx.regionName, page: result.page, pageCount: result.pageCount })}
        />
        <Pager
          label={t("pagerLabel")}
          page={result.page}
          pageCount={result.pageCount}
          total={result.total}
          hrefFor={(page) => evidenceListHref(ctx.regionSlug, query, { page })}
        />
      </section>
    </div>
  );
}
