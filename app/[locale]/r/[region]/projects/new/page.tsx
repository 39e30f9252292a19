import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProjectForm } from "@/components/projects/project-form";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { ForbiddenError } from "@/lib/errors";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { actorOptionsByIds } from "@/lib/actors/options";
import { canCreateProject, listPeopleOptions, listPriorityAreas, listProvinces } from "@/lib/projects/data";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string; region: string }> };

export const generateMetadata = privatePageMetadata("projects", "createMetaTitle");

export default async function NewProjectPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region } = await params;
  // Admins and institution editors bound to an institution; anyone else gets "not found".
  const ctx = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "region.read");
    if (!canCreateProject(ctx)) throw new ForbiddenError("projects.write");
    return ctx;
  });
  const [t, areas, provinces, actors, people] = await Promise.all([
    getTranslations("projects"),
    listPriorityAreas(ctx),
    listProvinces(ctx),
    // Only the editor's own institution (the first participant) needs a name up front.
    actorOptionsByIds(ctx, ctx.actorId ? [ctx.actorId] : []),
    listPeopleOptions(ctx),
  ]);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <TextLink href={`/r/${ctx.regionSlug}/projects`}>{t("backToList")}</TextLink>
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
        <h1 className="text-3xl font-bold tracking-tight">{t("createHeading")}</h1>
      </div>
      <Card aria-labelledby="project-form-heading">
        <h2 id="project-form-heading" className="mb-4 text-lg font-semibold text-slate-900">
          {t("formHeading")}
        </h2>
        <ProjectForm regionSlug={ctx.regionSlug} project={null} areas={areas} provinces={provinces} knownActors={actors} people={people} ownActorId={ctx.actorId} />
      </Card>
    </div>
  );
}
