import { getTranslations, setRequestLocale } from "next-intl/server";
import { formValuesOf } from "@/components/projects/form-values";
import { ProjectForm } from "@/components/projects/project-form";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { actorOptionsByIds } from "@/lib/actors/options";
import { getProjectForEdit, listPeopleOptions, listPriorityAreas, listProvinces } from "@/lib/projects/data";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string; region: string; project: string }> };

export const generateMetadata = privatePageMetadata("projects", "editMetaTitle");

export default async function EditProjectPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region, project: projectId } = await params;
  // Not editable by this caller (another institution's, another region's) → not found.
  const { ctx, project } = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "region.read");
    return { ctx, project: await getProjectForEdit(ctx, projectId) };
  });
  const [t, areas, provinces, actors, people] = await Promise.all([
    getTranslations("projects"),
    listPriorityAreas(ctx),
    listProvinces(ctx),
    actorOptionsByIds(ctx, [...project.participants.map((p) => p.actor.id), ...project.fundingLines.flatMap((f) => (f.funderActorId ? [f.funderActorId] : []))]),
    listPeopleOptions(ctx),
  ]);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <TextLink href={`/r/${ctx.regionSlug}/projects/${project.id}`}>{t("backToProject")}</TextLink>
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
        <h1 className="text-3xl font-bold tracking-tight">{t("editHeading", { title: project.title })}</h1>
      </div>
      <Card aria-labelledby="project-form-heading">
        <h2 id="project-form-heading" className="mb-4 text-lg font-semibold text-slate-900">
          {t("formHeading")}
        </h2>
        <ProjectForm
          key={project.version}
          regionSlug={ctx.regionSlug}
          project={formValuesOf(project)}
          areas={areas}
          provinces={provinces}
          knownActors={actors}
          people={people}
          ownActorId={ctx.actorId}
        />
      </Card>
    </div>
  );
}
