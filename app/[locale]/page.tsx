import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Badge, Stat, StatList } from "@/components/ui/card";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import { getCurrentUser } from "@/lib/auth/session";
import { listRegionSummaries } from "@/lib/regions/data";
import { resolveLocale } from "@/lib/i18n/locale";
import { mayReadRegion } from "@/lib/permissions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "landing" });
  return { title: t("metaTitle") };
}

export default async function LandingPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const [t, tEnums, format, regions, user] = await Promise.all([
    getTranslations("landing"),
    getTranslations("enums"),
    getFormatter(),
    listRegionSummaries(locale),
    getCurrentUser(),
  ]);
  // A visitor's link leads to the sign-in page and back, which is how a member gets in. A
  // signed-in user gets a link only where the gate will let them in: anywhere else the region's
  // page answers "not found" (and logs a denied access), so the name stays plain text.
  const opens = (regionId: string) => user === null || mayReadRegion(user, regionId);

  const withData = regions.filter((r) => r.hasData);
  const sum = (pick: (r: (typeof withData)[number]) => number | null) =>
    withData.reduce((n, r) => n + (pick(r) ?? 0), 0);

  return (
    <div className="space-y-10">
      <section aria-labelledby="landing-heading" className="max-w-3xl space-y-4">
        <h1 id="landing-heading" className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">
          {t("heading")}
        </h1>
        <p className="text-lg text-slate-800">{t("intro")}</p>
        <p className="text-slate-700">{t("origin")}</p>
      </section>

      <section aria-labelledby="stats-heading" className="space-y-3">
        <h2 id="stats-heading" className="text-xl font-semibold">
          {t("statsHeading")}
        </h2>
        <StatList>
          <Stat label={t("statRegions")} value={format.number(regions.length)} />
          <Stat label={t("statRegionsWithData")} value={format.number(withData.length)} />
          <Stat label={t("statActors")} value={format.number(sum((r) => r.actorCount))} />
          <Stat label={t("statProjects")} value={format.number(sum((r) => r.projectCount))} />
        </StatList>
      </section>

      <section aria-labelledby="regions" className="space-y-3">
        <h2 id="regions" tabIndex={-1} className="scroll-mt-4 text-xl font-semibold">
          {t("regionsHeading")}
        </h2>
        <p className="text-slate-700">{user ? t("regionsIntroSignedIn") : t("regionsIntro")}</p>
        <Table caption={t("regionsCaption")}>
          <THead>
            <Tr>
              <Th scope="col">{t("colRegion")}</Th>
              <Th scope="col">{t("colCapital")}</Th>
              <Th scope="col" numeric>
                {t("colActors")}
              </Th>
              <Th scope="col" numeric>
                {t("colProjects")}
              </Th>
              <Th scope="col" numeric>
                {t("colEvidence")}
              </Th>
              <Th scope="col">{t("colCouncil")}</Th>
            </Tr>
          </THead>
          <TBody>
            {regions.map((region) => (
              <Tr key={region.id}>
                <Th scope="row">
                  <span className="flex flex-wrap items-center gap-2">
                    {opens(region.id) ? <TextLink href={`/r/${region.slug}`}>{region.name}</TextLink> : region.name}
                    {region.hasData ? <Badge>{t("pilot")}</Badge> : null}
                  </span>
                </Th>
                <Td>{region.capital}</Td>
                {region.hasData ? (
                  <>
                    <Td numeric>{format.number(region.actorCount ?? 0)}</Td>
                    <Td numeric>{format.number(region.projectCount ?? 0)}</Td>
                    <Td numeric>{format.number(region.evidenceCount ?? 0)}</Td>
                    <Td>
                      {region.council ? (
                        // The council's composition is public (app/[locale]/p): anyone may follow this one.
                        <TextLink href={`/p/${region.slug}/council`}>
                          {t("councilSummary", {
                            kind: tEnums(`councilKind.${region.council.kind}`),
                            status: tEnums(`councilStatus.${region.council.status}`),
                          })}
                        </TextLink>
                      ) : (
                        t("noCouncil")
                      )}
                    </Td>
                  </>
                ) : (
                  <Td colSpan={4} className="text-slate-600 italic">
                    {t("noDataYet")}
                  </Td>
                )}
              </Tr>
            ))}
          </TBody>
        </Table>
      </section>
    </div>
  );
}
