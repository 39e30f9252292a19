import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/ui/field";
import { buttonClasses } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import { ActorPicker } from "@/components/actors/actor-picker";
import type { ActorOption } from "@/lib/actors/options";
import type { EvidenceListQuery } from "@/lib/cooperation/schema";
import { EvidenceKind } from "@/lib/generated/prisma/enums";

/**
 * The list's filters: a plain GET form, so every choice lands in the URL. Kind and year work
 * without JavaScript; the organisation is searched as one types (a region has thousands).
 */
export async function EvidenceFilters({
  regionSlug,
  query,
  years,
  actor,
}: {
  regionSlug: string;
  query: EvidenceListQuery;
  years: number[];
  /** The organisation the list is filtered by, if any. */
  actor: ActorOption | null;
}) {
  const [t, tKind] = await Promise.all([getTranslations("cooperation"), getTranslations("enums.evidenceKind")]);
  return (
    <form method="get" role="search" aria-label={t("filtersLabel")} className="space-y-4 rounded-lg border border-slate-300 bg-white p-4">
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField id="evidence-kind" name="kind" label={t("kindLabel")} defaultValue={query.kind ?? ""}>
          <option value="">{t("any")}</option>
          {Object.values(EvidenceKind).map((v) => (
            <option key={v} value={v}>
              {tKind(v)}
            </option>
          ))}
        </SelectField>
        <SelectField id="evidence-year" name="year" label={t("yearLabel")} defaultValue={query.year ? String(query.year) : ""}>
          <option value="">{t("any")}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        <ActorPicker id="evidence-actor" name="actor" label={t("actorFilterLabel")} regionSlug={regionSlug} scope="region" initial={actor} />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClasses("primary")}>
          {t("applyFilters")}
        </button>
        <TextLink href={`/r/${regionSlug}/cooperation`}>{t("clearFilters")}</TextLink>
      </div>
    </form>
  );
}
