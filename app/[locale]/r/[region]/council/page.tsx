import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { CouncilFacts } from "@/components/councils/council-facts";
import { CouncilWarnings } from "@/components/councils/council-warnings";
import { CompositionDateForm } from "@/components/councils/date-form";
import { HelixBalance } from "@/components/councils/helix-balance";
import { SeatsTable } from "@/components/councils/seats-table";
import { ExportMenu } from "@/components/spreadsheets/export-menu";
import { SavedNotice } from "@/components/councils/admin-header";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { TextLink } from "@/components/ui/text-link";
import { canCreateCouncil, canWriteCouncil } from "@/lib/councils/admin";
import { getCouncilCompositions } from "@/lib/councils/data";
import { formatIsoDay, parseIsoDay, todayInLima } from "@/lib/dates";
import { DATE } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { can } from "@/lib/permissions";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = {
  params: Promise<{ locale: string; region: string }>;
  searchParams: Promise<{ on?: string | string[]; saved?: string | string[] }>;
};

// The title names no region: metadata runs without the gate.
export const generateMetadata = privatePageMetadata("council", "metaTitle");

export default async function CouncilPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region } = await params;
  const ctx = await pageGate(locale, () => gateRegionFor(region, "region.read"));

  const { on: rawOn, saved } = await searchParams;
  const today = todayInLima();
  const requested = typeof rawOn === "string" ? parseIsoDay(rawOn) : null;
  const invalidDate = rawOn !== undefined && requested === null;
  const on = requested ?? today;

  const [t, format, compositions, mayCreate] = await Promise.all([
    getTranslations("council"),
    getFormatter(),
    getCouncilCompositions(ctx, on),
    canCreateCouncil(ctx),
  ]);
  const onText = format.dateTime(on, DATE);
  const namesShown = can(ctx.role, "people.read");
  const mayWrite = canWriteCouncil(ctx);
  const base = `/r/${ctx.regionSlug}/council`;

  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
        <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <SavedNotice saved={saved !== undefined} message={t("savedMessage")} />
      </div>

      {/* The meetings and agreements pages gate themselves; the links are for every reader. */}
      <nav aria-label={t("workNavLabel")} className="flex flex-wrap gap-3">
        <LinkButton variant="secondary" href={`${base}/meetings`}>
          {t("meetingsLink")}
        </LinkButton>
        <LinkButton variant="secondary" href={`${base}/agreements`}>
          {t("agreementsLink")}
        </LinkButton>
        {mayCreate ? <LinkButton href={`${base}/new`}>{t("newCouncilLink")}</LinkButton> : null}
      </nav>
      <div className="space-y-2">
        <ExportMenu regionSlug={ctx.regionSlug} dataset="seats" />
        <ExportMenu regionSlug={ctx.regionSlug} dataset="agreements" />
      </div>

      {compositions.length === 0 ? (
        <p className="rounded-lg border border-slate-300 bg-white p-5 text-slate-800">{t("noCouncil")}</p>
      ) : (
        <>
          <p>
            <TextLink href={`/p/${ctx.regionSlug}/council`}>{t("publicPageLink")}</TextLink>
          </p>
          <CompositionDateForm value={formatIsoDay(on)} invalid={invalidDate} />
          {compositions.map((composition, i) => {
            const { council } = composition;
            const title = council.acronym ? t("nameWithAcronym", { name: council.name, acronym: council.acronym }) : council.name;
            const id = `council-${i}`;
            return (
              <section key={council.id} aria-labelledby={`${id}-heading`} className="space-y-6">
                <h2 id={`${id}-heading`} className="text-2xl font-semibold">
                  {title}
                </h2>
                {mayWrite ? (
                  <div className="flex flex-wrap gap-3">
                    <LinkButton href={`${base}/${council.id}/edit`} aria-label={t("editCouncilLabel", { name: title })}>
                      {t("editCouncilLink")}
                    </LinkButton>
                    <LinkButton variant="secondary" href={`${base}/${council.id}/seats/new`} aria-label={t("addSeatLabel", { name: title })}>
                      {t("addSeatLink")}
                    </LinkButton>
                    <LinkButton variant="secondary" href={`${base}/${council.id}/seats`} aria-label={t("allSeatsLabel", { name: title })}>
                      {t("allSeatsLink")}
                    </LinkButton>
                  </div>
                ) : null}
                <Card title={t("factsHeading")} headingLevel={3}>
                  <CouncilFacts council={council} votingSeats={composition.votingSeats} />
                </Card>

                <section aria-labelledby={`${id}-composition`} className="space-y-3">
                  <h3 id={`${id}-composition`} className="text-lg font-semibold">
                    {t("compositionHeading", { date: onText })}
                  </h3>
                  <p className="text-sm text-slate-700">
                    {t("compositionSummary", { seats: composition.seats.length, voting: composition.votingSeats })}
                    {namesShown ? null : ` ${t("namesHidden")}`}
                  </p>
                  <SeatsTable
                    caption={t("seatsCaption", { council: title, date: onText })}
                    regionSlug={ctx.regionSlug}
                    seats={composition.seats}
                    manage={mayWrite}
                  />
                </section>

                <CouncilWarnings composition={composition} headingId={`${id}-warnings`} />

                <section aria-labelledby={`${id}-helix`} className="space-y-3">
                  <h3 id={`${id}-helix`} className="text-lg font-semibold">
                    {t("helixHeading")}
                  </h3>
                  <HelixBalance rows={composition.helixBalance} caption={t("helixCaption", { council: title, date: onText })} />
                </section>
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
