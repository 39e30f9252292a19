import { getTranslations } from "next-intl/server";
import { ActorPicker } from "@/components/actors/actor-picker";
import { buttonClasses } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { TextLink } from "@/components/ui/text-link";
import type { ActorOption, ActorScope } from "@/lib/actors/options";
import { FundingSource, ProjectStatus } from "@/lib/generated/prisma/enums";
import type { Option } from "@/lib/projects/data";
import { PROJECT_MIXES, type ProjectListQuery } from "@/lib/projects/schema";

/**
 * The list's filters: a plain GET form, so every choice lands in the URL (shareable,
 * back-button friendly). All but the participant work without JavaScript: organisations are
 * searched as one types (a region has thousands of participants, too many for a select).
 */
export async function ProjectFilters({
  regionSlug,
  query,
  areas,
  provinces,
  participant,
  participantScope,
}: {
  regionSlug: string;
  query: ProjectListQuery;
  areas: Option[];
  provinces: Option[];
  /** The participant filtered on, if any (named by actorOptionsByIds). */
  participant: ActorOption | null;
  /** Whose organisations the participant search offers: the same rule as the project form's. */
  participantScope: ActorScope;
}) {
  const [t, tEnums] = await Promise.all([getTranslations("projects"), getTranslations("enums")]);
  const select = (id: string, name: keyof ProjectListQuery, label: string, options: { value: string; label: string }[]) => (
    <SelectField id={`projects-${id}`} name={name} label={label} defaultValue={String(query[name] ?? "")}>
      <option value="">{t("any")}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );
  const opts = (list: Option[]) => list.map((o) => ({ value: o.id, label: o.name }));
  return (
    <form method="get" role="search" aria-label={t("filtersLabel")} className="space-y-4 rounded-lg border border-slate-300 bg-white p-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="projects-q" name="q" type="search" label={t("searchLabel")} defaultValue={query.q ?? ""} maxLength={100} />
        {select("status", "status", t("statusLabel"), Object.values(ProjectStatus).map((v) => ({ value: v, label: tEnums(`projectStatus.${v}`) })))}
        {select("area", "area", t("areaFilterLabel"), opts(areas))}
        {select("source", "source", t("sourceLabel"), Object.values(FundingSource).map((v) => ({ value: v, label: tEnums(`fundingSource.${v}`) })))}
        <ActorPicker
          id="projects-participant"
          name="participant"
          label={t("participantFilterLabel")}
          regionSlug={regionSlug}
          scope={participantScope}
          initial={participant}
        />
        {select("mix", "mix", t("mixLabel"), PROJECT_MIXES.map((m) => ({ value: m, label: t(`mix.${m}`) })))}
        <Field id="projects-year" name="year" type="number" inputMode="numeric" min={1950} max={2100} label={t("yearLabel")} hint={t("yearHint")} defaultValue={query.year ?? ""} />
        {select("province", "province", t("provinceFilterLabel"), opts(provinces))}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClasses("primary")}>
          {t("applyFilters")}
        </button>
        <TextLink href={`/r/${regionSlug}/projects`}>{t("clearFilters")}</TextLink>
      </div>
    </form>
  );
}
