import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { StatusBadge } from "@/components/recommendations/status-badge";
import { LinkButton } from "@/components/ui/link-button";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { canWriteRecommendations, listRegionRecommendations } from "@/lib/recommendations/data";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string; region: string }> };

export const generateMetadata = privatePageMetadata("recommendations", "metaTitle");

export default async function RecommendationsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region } = await params;
  const ctx = await pageGate(locale, () => gateRegionFor(region, "region.read"));
  const [t, tStatus, format, items] = await Promise.all([
    getTranslations("recommendations"),
    getTranslations("enums.recommendationStatus"),
    getFormatter(),
    listRegionRecommendations(ctx),
  ]);
  const en = locale === "en";

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
          <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
          <p className="max-w-3xl text-slate-700">{t("intro")}</p>
        </div>
        {canWriteRecommendations(ctx) ? <LinkButton href={`/r/${ctx.regionSlug}/recommendations/new`}>{t("createLink")}</LinkButton> : null}
      </div>

      <Table caption={t("tableCaption", { region: ctx.regionName })}>
        <THead>
          <Tr>
            <Th scope="col">{t("codeLabel")}</Th>
            <Th scope="col">{t("recommendationLabel")}</Th>
            <Th scope="col">{t("statusLabel")}</Th>
            <Th scope="col">{t("responsibleLabel")}</Th>
            <Th scope="col">{t("updatedLabel")}</Th>
          </Tr>
        </THead>
        <TBody>
          {items.map((r) => (
            <Tr key={r.id}>
              <Td className="font-semibold">{r.code}</Td>
              <Th scope="row">
                <TextLink href={`/r/${ctx.regionSlug}/recommendations/${r.id}`}>{en ? r.titleEn : r.titleEs}</TextLink>
                {r.shared ? null : <span className="ml-2 text-xs text-slate-700">({t("ownBadge")})</span>}
              </Th>
              <Td>
                <StatusBadge status={r.followUp?.status ?? null} label={r.followUp ? tStatus(r.followUp.status) : t("noData")} />
              </Td>
              <Td>{r.followUp?.responsible?.name ?? "—"}</Td>
              <Td className="whitespace-nowrap">{r.followUp ? format.dateTime(r.followUp.updatedAt, { dateStyle: "medium" }) : "—"}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
