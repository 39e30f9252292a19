import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { CouncilFacts } from "@/components/councils/council-facts";
import { HelixBalance } from "@/components/councils/helix-balance";
import { SeatsTable } from "@/components/councils/seats-table";
import { Card } from "@/components/ui/card";
import { todayInLima } from "@/lib/dates";
import { getPublicCouncilPage } from "@/lib/councils/public";
import { DATE } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";

// Public: no sign-in, no gate. It shows what the council itself publishes (institutions, roles,
// votes, helix balance) and never a person; lib/councils/public.ts reads no names at all.

type Props = { params: Promise<{ locale: string; region: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { region }] = await Promise.all([resolveLocale(params), params]);
  const page = await getPublicCouncilPage(region, todayInLima());
  const t = await getTranslations({ locale, namespace: "publicCouncil" });
  if (!page) return { title: t("metaTitleFallback") };
  return { title: t("metaTitle", { region: page.regionName }) };
}

export default async function PublicCouncilPage({ params }: Props) {
  const [locale, { region }] = await Promise.all([resolveLocale(params), params]);
  setRequestLocale(locale);
  const on = todayInLima();
  const page = await getPublicCouncilPage(region, on);
  if (!page) notFound();
  const [t, tCouncil, format] = await Promise.all([getTranslations("publicCouncil"), getTranslations("council"), getFormatter()]);
  const onText = format.dateTime(on, DATE);

  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{page.regionName}</p>
        <h1 className="text-3xl font-bold tracking-tight">{t("heading", { region: page.regionName })}</h1>
        <p className="text-slate-700">{t("intro", { date: onText })}</p>
      </div>
      {page.councils.map((composition, i) => {
        const { council } = composition;
        const title = council.acronym ? tCouncil("nameWithAcronym", { name: council.name, acronym: council.acronym }) : council.name;
        const id = `public-council-${i}`;
        return (
          <section key={council.id} aria-labelledby={`${id}-heading`} className="space-y-6">
            <h2 id={`${id}-heading`} className="text-2xl font-semibold">
              {title}
            </h2>
            <Card title={tCouncil("factsHeading")} headingLevel={3}>
              <CouncilFacts council={council} votingSeats={composition.votingSeats} showResources={false} />
            </Card>
            <section aria-labelledby={`${id}-seats`} className="space-y-3">
              <h3 id={`${id}-seats`} className="text-lg font-semibold">
                {t("seatsHeading")}
              </h3>
              <p className="text-sm text-slate-700">
                {tCouncil("compositionSummary", { seats: composition.seats.length, voting: composition.votingSeats })}
              </p>
              <SeatsTable caption={tCouncil("seatsCaption", { council: title, date: onText })} seats={composition.seats} />
            </section>
            <section aria-labelledby={`${id}-helix`} className="space-y-3">
              <h3 id={`${id}-helix`} className="text-lg font-semibold">
                {tCouncil("helixHeading")}
              </h3>
              <HelixBalance rows={composition.helixBalance} caption={tCouncil("helixCaption", { council: title, date: onText })} />
            </section>
          </section>
        );
      })}
    </div>
  );
}
