import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { StatusBadge } from "@/components/recommendations/status-badge";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { nationalMatrix } from "@/lib/recommendations/data";
import { gateUser, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = privatePageMetadata("recommendations", "nationalMetaTitle");

/** Every region's progress on each of the study's recommendations, side by side. */
export default async function NationalRecommendationsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const matrix = await pageGate(locale, async () => nationalMatrix(await gateUser("national.read")));
  const [t, tStatus, format] = await Promise.all([getTranslations("recommendations"), getTranslations("enums.recommendationStatus"), getFormatter()]);
  const en = locale === "en";

  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight">{t("nationalHeading")}</h1>
        <p className="max-w-3xl text-slate-700">{t("nationalIntro")}</p>
      </div>

      <section aria-labelledby="national-legend" className="space-y-2">
        <h2 id="national-legend" className="text-lg font-semibold">
          {t("legendHeading")}
        </h2>
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          {matrix.recommendations.map((r) => (
            <div key={r.code} className="flex gap-2">
              <dt className="font-semibold">{r.code}</dt>
              <dd className="text-slate-800">{en ? r.titleEn : r.titleEs}</dd>
            </div>
          ))}
        </dl>
      </section>

      <Table caption={t("nationalCaption")}>
        <THead>
          <Tr>
            <Th scope="col">{t("regionLabel")}</Th>
            {matrix.recommendations.map((r) => (
              <Th key={r.code} scope="col">
                <abbr title={en ? r.titleEn : r.titleEs} className="no-underline">
                  {r.code}
                </abbr>
              </Th>
            ))}
            <Th scope="col">{t("lastUpdateLabel")}</Th>
          </Tr>
        </THead>
        <TBody>
          {matrix.regions.map((region) => (
            <Tr key={region.id}>
              <Th scope="row">
                <TextLink href={`/r/${region.slug}/recommendations`}>{region.name}</TextLink>
              </Th>
              {matrix.recommendations.map((r) => {
                const status = region.statuses[r.code] ?? null;
                return (
                  <Td key={r.code}>
                    <StatusBadge status={status} label={status ? tStatus(status) : t("noData")} />
                  </Td>
                );
              })}
              <Td className="whitespace-nowrap">{region.lastUpdate ? format.dateTime(region.lastUpdate, { dateStyle: "medium" }) : t("noData")}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
