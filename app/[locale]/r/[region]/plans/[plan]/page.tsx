import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Pager } from "@/components/admin/pager";
import { PlanSummaryFigure } from "@/components/plans/figures";
import { IndicatorsTable } from "@/components/plans/indicators-table";
import { PlansHeader } from "@/components/plans/page-header";
import { StatusBadge } from "@/components/plans/status-badge";
import { ExportMenu } from "@/components/spreadsheets/export-menu";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { TextLink } from "@/components/ui/text-link";
import { DATE } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { canWritePlans, getPlan } from "@/lib/plans/data";
import { gateRegionFor, pageGate } from "@/lib/tenancy";
import { parsePage } from "@/lib/validation/search-params";

type Props = {
  params: Promise<{ locale: string; region: string; plan: string }>;
  searchParams: Promise<{ saved?: string | string[]; deleted?: string | string[]; objective?: string | string[]; page?: string | string[] }>;
};

/**
 * Indicators shown per objective and page. The plan's and objectives' summaries count every
 * indicator; only the tables are paged (a large plan has thousands of indicators).
 */
const INDICATORS_PER_PAGE = 25;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "plans" });
  return { title: t("planMetaTitle"), robots: { index: false } };
}

export default async function PlanPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region, plan: planId } = await params;
  // Another region's plan is "not found", exactly like an id that never existed.
  const { ctx, plan } = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "region.read");
    return { ctx, plan: await getPlan(ctx, planId) };
  });
  const [t, tEnums, format, { saved, deleted, objective: pagedObjective, page: rawPage }] = await Promise.all([
    getTranslations("plans"),
    getTranslations("enums"),
    getFormatter(),
    searchParams,
  ]);
  const base = `/r/${ctx.regionSlug}/plans/${plan.id}`;
  const writer = canWritePlans(ctx);
  const n = (v: string | null) => (v === null ? "—" : format.number(Number(v), { maximumFractionDigits: 4 }));
  const point = (value: string | null, year: number | null) => (value === null && year === null ? "—" : `${n(value)} (${year ?? "—"})`);
  // One objective's table may be on another page (?objective=…&page=…); a bad value is page 1.
  const pageFor = (objectiveId: string, indicatorCount: number) => {
    const pageCount = Math.max(1, Math.ceil(indicatorCount / INDICATORS_PER_PAGE));
    const wanted = pagedObjective === objectiveId ? parsePage(rawPage) : 1;
    return { page: Math.min(wanted, pageCount), pageCount };
  };

  return (
    <div className="space-y-8">
      <PlansHeader
        back={`/r/${ctx.regionSlug}/plans`}
        backLabel={t("backToList")}
        regionName={ctx.regionName}
        heading={plan.title}
        notice={saved ? t("savedMessage") : deleted ? t("deletedMessage") : null}
      >
        {writer ? (
          <div className="flex flex-wrap gap-3">
            <LinkButton href={`${base}/edit`}>{t("editPlanLink")}</LinkButton>
            <LinkButton href={`${base}/objectives/new`} variant="secondary">
              {t("createObjectiveLink")}
            </LinkButton>
          </div>
        ) : null}
      </PlansHeader>

      <Card title={t("aboutHeading")}>
        <dl className="grid gap-3 sm:grid-cols-2">
          <div>
            <dt className="text-sm font-semibold text-slate-900">{t("fields.status")}</dt>
            <dd>{tEnums(`planStatus.${plan.status}`)}</dd>
          </div>
          <div>
            <dt className="text-sm font-semibold text-slate-900">{t("periodColumn")}</dt>
            <dd>{t("period", { start: plan.startYear, end: plan.endYear })}</dd>
          </div>
          <div>
            <dt className="text-sm font-semibold text-slate-900">{t("fields.legalBasis")}</dt>
            <dd>
              {plan.legalBasisUrl ? (
                <a className="font-medium text-teal-800 underline underline-offset-4" href={plan.legalBasisUrl} rel="noopener noreferrer">
                  {plan.legalBasis ?? plan.legalBasisUrl}
                </a>
              ) : (
                (plan.legalBasis ?? t("noLegalBasis"))
              )}
            </dd>
          </div>
        </dl>
        {plan.description ? <p className="mt-4 whitespace-pre-line text-slate-800">{plan.description}</p> : null}
      </Card>

      <Card>
        <PlanSummaryFigure plan={plan} />
      </Card>

      <Card title={t("exportHeading")}>
        <ExportMenu regionSlug={ctx.regionSlug} dataset="plan" query={`plan=${plan.id}`} />
      </Card>

      <section aria-labelledby="objectives-heading" className="space-y-6">
        <h2 id="objectives-heading" className="text-2xl font-semibold">
          {t("objectivesHeading")}
        </h2>
        {plan.objectives.length === 0 ? <p className="text-slate-700">{t("noObjectives")}</p> : null}
        {plan.objectives.map((o) => {
          const { page, pageCount } = pageFor(o.id, o.indicators.length);
          const shown = o.indicators.slice((page - 1) * INDICATORS_PER_PAGE, page * INDICATORS_PER_PAGE);
          return (
            <Card key={o.id} aria-labelledby={`objective-${o.id}`}>
              <div className="mb-3 flex flex-wrap items-start justify-between gap-3">
                <div className="space-y-1">
                  <h3 id={`objective-${o.id}`} className="text-lg font-semibold text-slate-900">
                    {o.code} — {o.title}
                  </h3>
                  <p className="text-sm text-slate-700">
                    {t("fields.priorityAreas")}: {o.priorityAreas.length ? o.priorityAreas.map((a) => a.name).join(", ") : "—"}
                  </p>
                  <p className="flex items-center gap-2 text-sm text-slate-800">
                    {t("objectiveStatus")} <StatusBadge status={o.summary.status} />
                  </p>
                </div>
                {writer ? (
                  <div className="flex flex-wrap gap-3 text-sm">
                    <TextLink href={`${base}/objectives/${o.id}/edit`} aria-label={t("editObjectiveLabel", { code: o.code })}>
                      {t("editLink")}
                    </TextLink>
                    <TextLink href={`${base}/indicators/new?objective=${o.id}`} aria-label={t("createIndicatorLabel", { code: o.code })}>
                      {t("createIndicatorLink")}
                    </TextLink>
                  </div>
                ) : null}
              </div>
              {o.description ? <p className="mb-3 whitespace-pre-line text-sm text-slate-800">{o.description}</p> : null}
              {o.indicators.length === 0 ? (
                <p className="text-sm text-slate-700">{t("noIndicators")}</p>
              ) : (
                <IndicatorsTable
                  caption={t("indicatorsCaption", { code: o.code, page, pageCount })}
                  rows={shown.map((i) => ({
                    id: i.id,
                    code: i.code,
                    name: i.name,
                    unit: i.unit,
                    href: `${base}/indicators/${i.id}`,
                    linkLabel: t("indicatorLinkLabel", { code: i.code, name: i.name }),
                    baseline: point(i.baselineValue?.toString() ?? null, i.baselineYear),
                    target: point(i.targetValue?.toString() ?? null, i.targetYear),
                    latest: i.latest ? `${n(i.latest.value)} (${format.dateTime(i.latest.measuredOn, DATE)})` : "—",
                    result: i.result,
                  }))}
                />
              )}
              {pageCount > 1 ? (
                <div className="mt-3">
                  <Pager
                    label={t("indicatorsPagerLabel", { code: o.code })}
                    page={page}
                    pageCount={pageCount}
                    total={o.indicators.length}
                    hrefFor={(p) => `${base}?objective=${o.id}&page=${p}#objective-${o.id}`}
                  />
                </div>
              ) : null}
            </Card>
          );
        })}
      </section>
      <p className="text-sm text-slate-700">{t("ruleNote")}</p>
    </div>
  );
}
