import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SavedNotice } from "@/components/councils/admin-header";
import { ExportMenu } from "@/components/spreadsheets/export-menu";
import { StatusBadge } from "@/components/plans/status-badge";
import { LinkButton } from "@/components/ui/link-button";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import { resolveLocale } from "@/lib/i18n/locale";
import { canWritePlans, listPlans } from "@/lib/plans/data";
import { INDICATOR_STATUSES } from "@/lib/plans/status";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = {
  params: Promise<{ locale: string; region: string }>;
  searchParams: Promise<{ deleted?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "plans" });
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function PlansPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region } = await params;
  const ctx = await pageGate(locale, () => gateRegionFor(region, "region.read"));
  const [t, tEnums, plans, { deleted }] = await Promise.all([getTranslations("plans"), getTranslations("enums"), listPlans(ctx), searchParams]);
  const base = `/r/${ctx.regionSlug}/plans`;

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
          <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
          <p className="text-slate-700">{t("intro")}</p>
        </div>
        {canWritePlans(ctx) ? (
          <div className="flex flex-wrap gap-3">
            <LinkButton href={`${base}/new`}>{t("createPlanLink")}</LinkButton>
            <LinkButton href={`${base}/import`} variant="secondary">
              {t("importLink")}
            </LinkButton>
          </div>
        ) : null}
      </div>
      <SavedNotice saved={!!deleted} message={t("deletedMessage")} />
      {plans.length === 0 ? (
        <p className="text-slate-700">{t("noPlans")}</p>
      ) : (
        <Table caption={t("listCaption", { region: ctx.regionName })}>
          <THead>
            <Tr>
              <Th scope="col">{t("fields.title")}</Th>
              <Th scope="col">{t("fields.status")}</Th>
              <Th scope="col">{t("periodColumn")}</Th>
              <Th scope="col" numeric>
                {t("objectivesColumn")}
              </Th>
              {INDICATOR_STATUSES.map((s) => (
                <Th key={s} scope="col" numeric>
                  {t(`status.${s}`)}
                </Th>
              ))}
              <Th scope="col">{t("overallColumn")}</Th>
            </Tr>
          </THead>
          <TBody>
            {plans.map((p) => (
              <Tr key={p.id}>
                <Th scope="row">
                  <TextLink href={`${base}/${p.id}`}>{p.title}</TextLink>
                </Th>
                <Td>{tEnums(`planStatus.${p.status}`)}</Td>
                <Td>{t("period", { start: p.startYear, end: p.endYear })}</Td>
                <Td numeric>{p.objectives}</Td>
                {INDICATOR_STATUSES.map((s) => (
                  <Td key={s} numeric>
                    {p.summary.counts[s]}
                  </Td>
                ))}
                <Td>
                  <StatusBadge status={p.summary.status} />
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      {plans.length ? <ExportMenu regionSlug={ctx.regionSlug} dataset="plan" /> : null}
      <p className="text-sm text-slate-700">{t("ruleNote")}</p>
    </div>
  );
}
