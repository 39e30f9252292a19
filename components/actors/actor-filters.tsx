import { getTranslations } from "next-intl/server";
import { Field, SelectField } from "@/components/ui/field";
import { buttonClasses } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import type { Option } from "@/lib/actors/data";
import { ACTOR_SORTS, type ActorListQuery } from "@/lib/actors/schema";
import { ActorType, FirmSize, Formality, Helix } from "@/lib/generated/prisma/enums";

/**
 * The list's search and filters: a plain GET form, so every choice lands in the URL (shareable,
 * back-button friendly) and works without JavaScript.
 */
export async function ActorFilters({
  regionSlug,
  query,
  provinces,
  canSeeArchived,
}: {
  regionSlug: string;
  query: ActorListQuery;
  provinces: Option[];
  canSeeArchived: boolean;
}) {
  const [t, tHelix, tType, tSize, tFormality] = await Promise.all([
    getTranslations("actors"),
    getTranslations("enums.helix"),
    getTranslations("enums.actorType"),
    getTranslations("enums.firmSize"),
    getTranslations("enums.formality"),
  ]);
  return (
    <form method="get" role="search" aria-label={t("filtersLabel")} className="space-y-4 rounded-lg border border-slate-300 bg-white p-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="actors-q" name="q" type="search" label={t("searchLabel")} hint={t("searchHint")} defaultValue={query.q ?? ""} maxLength={100} />
        <SelectField id="actors-helix" name="helix" label={t("helixLabel")} defaultValue={query.helix ?? ""}>
          <option value="">{t("any")}</option>
          {Object.values(Helix).map((v) => (
            <option key={v} value={v}>
              {tHelix(v)}
            </option>
          ))}
        </SelectField>
        <SelectField id="actors-type" name="type" label={t("typeLabel")} defaultValue={query.type ?? ""}>
          <option value="">{t("any")}</option>
          {Object.values(ActorType).map((v) => (
            <option key={v} value={v}>
              {tType(v)}
            </option>
          ))}
        </SelectField>
        <SelectField id="actors-province" name="province" label={t("provinceLabel")} defaultValue={query.province ?? ""}>
          <option value="">{t("any")}</option>
          {provinces.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <SelectField id="actors-size" name="size" label={t("firmSizeLabel")} defaultValue={query.size ?? ""}>
          <option value="">{t("any")}</option>
          {Object.values(FirmSize).map((v) => (
            <option key={v} value={v}>
              {tSize(v)}
            </option>
          ))}
        </SelectField>
        <SelectField id="actors-formality" name="formality" label={t("formalityLabel")} defaultValue={query.formality ?? ""}>
          <option value="">{t("any")}</option>
          {Object.values(Formality).map((v) => (
            <option key={v} value={v}>
              {tFormality(v)}
            </option>
          ))}
        </SelectField>
        <Field
          id="actors-ciiu"
          name="ciiu"
          label={t("ciiuFilterLabel")}
          hint={t("ciiuFilterHint")}
          defaultValue={query.ciiu ?? ""}
          inputMode="numeric"
          maxLength={4}
        />
        <SelectField id="actors-sort" name="sort" label={t("sortLabel")} defaultValue={query.sort}>
          {ACTOR_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`sort.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {canSeeArchived ? (
        <div className="flex items-center gap-2">
          <input id="actors-archived" type="checkbox" name="archived" value="1" defaultChecked={query.archived === "1"} className="size-4" />
          <label htmlFor="actors-archived" className="text-sm font-semibold text-slate-900">
            {t("showArchived")}
          </label>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClasses("primary")}>
          {t("applyFilters")}
        </button>
        <TextLink href={`/r/${regionSlug}/actors`}>{t("clearFilters")}</TextLink>
      </div>
    </form>
  );
}
