import { getTranslations, setRequestLocale } from "next-intl/server";
import { Pager } from "@/components/admin/pager";
import { MeetingsTable } from "@/components/meetings/meetings-table";
import { LinkButton } from "@/components/ui/link-button";
import { TextLink } from "@/components/ui/text-link";
import { agreementListHref } from "@/lib/agreements/schema";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { canWriteCouncil, countOverdueAgreements, listCouncilOptions, listMeetings } from "@/lib/meetings/data";
import { parsePage } from "@/lib/validation/search-params";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = {
  params: Promise<{ locale: string; region: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
};

export const generateMetadata = privatePageMetadata("meetings", "metaTitle");

export default async function MeetingsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region } = await params;
  const ctx = await pageGate(locale, () => gateRegionFor(region, "region.read"));
  // A bad page number in the URL is page 1, never an error page.
  const page = parsePage((await searchParams).page);
  const [t, lists, overdue, councils] = await Promise.all([
    getTranslations("meetings"),
    listMeetings(ctx, page),
    countOverdueAgreements(ctx),
    listCouncilOptions(ctx),
  ]);
  const writer = canWriteCouncil(ctx);

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <TextLink href={`/r/${ctx.regionSlug}/council`}>{t("backToCouncil")}</TextLink>
          <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
          <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
          <p className="text-slate-700">{t("intro")}</p>
        </div>
        {writer && councils.length > 0 ? <LinkButton href={`/r/${ctx.regionSlug}/council/meetings/new`}>{t("scheduleLink")}</LinkButton> : null}
      </div>

      <section aria-labelledby="meetings-agreements" className="space-y-2 rounded-lg border border-slate-300 bg-white p-5">
        <h2 id="meetings-agreements" className="text-lg font-semibold">
          {t("agreementsHeading")}
        </h2>
        <p className={overdue > 0 ? "font-semibold text-red-900" : "text-slate-800"}>{t("overdueCount", { count: overdue })}</p>
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          <TextLink href={agreementListHref(ctx.regionSlug, { view: "overdue" })}>{t("overdueLink")}</TextLink>
          <TextLink href={agreementListHref(ctx.regionSlug, {})}>{t("allAgreementsLink")}</TextLink>
        </p>
      </section>

      {councils.length === 0 ? <p className="rounded-lg border border-slate-300 bg-white p-5 text-slate-800">{t("noCouncil")}</p> : null}

      <section aria-labelledby="meetings-upcoming" className="space-y-3">
        <h2 id="meetings-upcoming" className="text-xl font-semibold">
          {t("upcomingHeading")}
        </h2>
        {lists.upcoming.length ? (
          <MeetingsTable rows={lists.upcoming} regionSlug={ctx.regionSlug} caption={t("upcomingCaption", { region: ctx.regionName })} />
        ) : (
          <p className="text-slate-700">{t("noUpcoming")}</p>
        )}
      </section>

      <section aria-labelledby="meetings-past" className="space-y-3">
        <h2 id="meetings-past" className="text-xl font-semibold">
          {t("pastHeading")}
        </h2>
        {lists.past.length ? (
          <MeetingsTable
            rows={lists.past}
            regionSlug={ctx.regionSlug}
            caption={t("pastCaption", { region: ctx.regionName, page: lists.page, pageCount: lists.pageCount })}
          />
        ) : (
          <p className="text-slate-700">{t("noPast")}</p>
        )}
        {lists.pageCount > 1 ? (
          <Pager
            label={t("pastPagerLabel")}
            page={lists.page}
            pageCount={lists.pageCount}
            total={lists.pastTotal}
            hrefFor={(p) => `/r/${ctx.regionSlug}/council/meetings${p > 1 ? `?page=${p}` : ""}`}
          />
        ) : null}
      </section>
    </div>
  );
}
