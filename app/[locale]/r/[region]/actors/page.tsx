import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActorFilters } from "@/components/actors/actor-filters";
import { ActorsTable } from "@/components/actors/actors-table";
import { actorListHref } from "@/components/actors/query";
import { Pager } from "@/components/admin/pager";
import { ExportMenu } from "@/components/spreadsheets/export-menu";
import { LinkButton } from "@/components/ui/link-button";
import { canWriteAny, listActors, listProvinces } from "@/lib/actors/data";
import { parseActorListQuery } from "@/lib/actors/schema";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = {
  params: Promise<{ locale: string; region: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = privatePageMetadata("actors", "metaTitle");

export default async function ActorsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region } = await params;
  const ctx = await pageGate(locale, () => gateRegionFor(region, "region.read"));
  // Bad values in the URL are ignored, never an error page.
  const query = parseActorListQuery(await searchParams);
  const [t, tImports, result, provinces] = await Promise.all([getTranslations("actors"), getTranslations("imports"), listActors(ctx, query), listProvinces(ctx)]);
  const admin = canWriteAny(ctx);

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
          <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
          <p className="text-slate-700">{t("intro")}</p>
        </div>
        {admin ? (
          <div className="flex flex-wrap gap-3">
            <LinkButton href={`/r/${ctx.regionSlug}/actors/new`}>{t("createLink")}</LinkButton>
            <LinkButton variant="secondary" href={`/r/${ctx.regionSlug}/actors/import`}>
              {tImports("link")}
            </LinkButton>
          </div>
        ) : null}
      </div>
      <ExportMenu regionSlug={ctx.regionSlug} dataset="actors" query={actorListHref(ctx.regionSlug, query, { page: 1 }).split("?")[1]} />

      <ActorFilters regionSlug={ctx.regionSlug} query={query} provinces={provinces} canSeeArchived={admin} />

      <section aria-labelledby="actors-results" className="space-y-3">
        <h2 id="actors-results" className="text-xl font-semibold">
          {t("resultsHeading", { total: result.total })}
        </h2>
        <ActorsTable items={result.items} regionSlug={ctx.regionSlug} caption={t("tableCaption", { region: ctx.regionName, page: result.page, pageCount: result.pageCount })} />
        <Pager
          label={t("pagerLabel")}
          page={result.page}
          pageCount={result.pageCount}
          total={result.total}
          hrefFor={(page) => actorListHref(ctx.regionSlug, query, { page })}
        />
      </section>
    </div>
  );
}
