import { getTranslations, setRequestLocale } from "next-intl/server";
import { AgreementFilters } from "@/components/agreements/agreement-filters";
import { AgreementsTable } from "@/components/agreements/agreements-table";
import { Pager } from "@/components/admin/pager";
import { TextLink } from "@/components/ui/text-link";
import { listAgreements } from "@/lib/agreements/data";
import { agreementListHref, parseAgreementListQuery } from "@/lib/agreements/schema";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = {
  params: Promise<{ locale: string; region: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = privatePageMetadata("agreements", "metaTitle");

export default async function AgreementsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region } = await params;
  const ctx = await pageGate(locale, () => gateRegionFor(region, "region.read"));
  // Bad values in the URL are ignored, never an error page.
  const query = parseAgreementListQuery(await searchParams);
  const [t, result] = await Promise.all([getTranslations("agreements"), listAgreements(ctx, query)]);
  const overdueView = query.view === "overdue";

  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <TextLink href={`/r/${ctx.regionSlug}/council/meetings`}>{t("backToMeetings")}</TextLink>
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
        <h1 className="text-3xl font-bold tracking-tight">{overdueView ? t("overdueHeading") : t("heading")}</h1>
        <p className="text-slate-700">{overdueView ? t("overdueIntro") : t("intro")}</p>
      </div>

      <AgreementFilters query={query} />

      <section aria-labelledby="agreements-results" className="space-y-3">
        <h2 id="agreements-results" className="text-xl font-semibold">
          {t("resultsHeading", { total: result.total })}
        </h2>
        {result.items.length ? (
          <AgreementsTable
            rows={result.items}
            regionSlug={ctx.regionSlug}
            caption={t("tableCaption", { region: ctx.regionName, page: result.page, pageCount: result.pageCount })}
          />
        ) : (
          <p className="text-slate-700">{t("noResults")}</p>
        )}
        <Pager
          label={t("pagerLabel")}
          page={result.page}
          pageCount={result.pageCount}
          total={result.total}
          hrefFor={(page) => agreementListHref(ctx.regionSlug, query, { page })}
        />
      </section>
    </div>
  );
}
