import { getTranslations, setRequestLocale } from "next-intl/server";
import { Pager } from "@/components/admin/pager";
import { ProjectFilters } from "@/components/projects/project-filters";
import { ProjectsTable } from "@/components/projects/projects-table";
import { projectListHref } from "@/components/projects/query";
import { ExportMenu } from "@/components/spreadsheets/export-menu";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { actorOptionsByIds } from "@/lib/actors/options";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { canCreateProject, listPriorityAreas, listProjects, listProvinces } from "@/lib/projects/data";
import { parseProjectListQuery } from "@/lib/projects/schema";
import { can } from "@/lib/permissions";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = {
  params: Promise<{ locale: string; region: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = privatePageMetadata("projects", "metaTitle");

const PERUCRIS = ["perucris-projects", "perucris-consortium", "perucris-team", "perucris-funding"] as const;

export default async function ProjectsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region } = await params;
  const ctx = await pageGate(locale, () => gateRegionFor(region, "region.read"));
  // Bad values in the URL are ignored, never an error page.
  const query = parseProjectListQuery(await searchParams);
  // The downloads carry the list's filters (without its page).
  const filters = projectListHref(ctx.regionSlug, query, { page: 1 }).split("?")[1] ?? "";
  const [t, result, areas, provinces, [participant]] = await Promise.all([
    getTranslations("projects"),
    listProjects(ctx, query),
    listPriorityAreas(ctx),
    listProvinces(ctx),
    actorOptionsByIds(ctx, query.participant ? [query.participant] : []),
  ]);

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
          <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
          <p className="text-slate-700">{t("intro")}</p>
        </div>
        {canCreateProject(ctx) ? (
          <div className="flex flex-wrap gap-3">
            <LinkButton href={`/r/${ctx.regionSlug}/projects/new`}>{t("createLink")}</LinkButton>
            <LinkButton href={`/r/${ctx.regionSlug}/projects/import`} variant="secondary">
              {t("importLink")}
            </LinkButton>
          </div>
        ) : null}
      </div>

      <ProjectFilters
        regionSlug={ctx.regionSlug}
        query={query}
        areas={areas}
        provinces={provinces}
        participant={participant ?? null}
        // Partners come from any region; searching every region's organisations is for those who
        // register projects (the options API's rule), others search their region's.
        participantScope={canCreateProject(ctx) ? "all" : "region"}
      />

      <section aria-labelledby="projects-results" className="space-y-3">
        <h2 id="projects-results" className="text-xl font-semibold">
          {t("resultsHeading", { total: result.total })}
        </h2>
        <ProjectsTable
          items={result.items}
          regionSlug={ctx.regionSlug}
          caption={t("tableCaption", { region: ctx.regionName, page: result.page, pageCount: result.pageCount })}
        />
        <Pager
          label={t("pagerLabel")}
          page={result.page}
          pageCount={result.pageCount}
          total={result.total}
          hrefFor={(page) => projectListHref(ctx.regionSlug, query, { page })}
        />
      </section>

      <Card title={t("exportsHeading")}>
        <div className="space-y-3">
          <p className="text-sm text-slate-700">{t("exportsHint")}</p>
          <ExportMenu regionSlug={ctx.regionSlug} dataset="projects" query={filters} />
          <h3 className="pt-2 font-semibold text-slate-900">{t("perucrisHeading")}</h3>
          <p className="text-sm text-slate-700">{t("perucrisHint")}</p>
          {PERUCRIS.filter((d) => d !== "perucris-team" || can(ctx.role, "people.read")).map((d) => (
            <ExportMenu key={d} regionSlug={ctx.regionSlug} dataset={d} query={filters} />
          ))}
        </div>
      </Card>
    </div>
  );
}
