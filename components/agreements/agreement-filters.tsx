import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import type { AgreementListQuery } from "@/lib/agreements/schema";
import { AgreementStatus } from "@/lib/generated/prisma/enums";

/** Status and view filters: a plain GET form, so every choice lands in the URL. */
export async function AgreementFilters({ query }: { query: AgreementListQuery }) {
  const [t, tStatus] = await Promise.all([getTranslations("agreements"), getTranslations("enums.agreementStatus")]);
  return (
    <form method="get" role="search" aria-label={t("filtersLabel")} className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-300 bg-white p-4">
      <SelectField id="agreements-view" name="view" label={t("viewLabel")} defaultValue={query.view ?? ""}>
        <option value="">{t("viewAll")}</option>
        <option value="overdue">{t("viewOverdue")}</option>
      </SelectField>
      <SelectField id="agreements-status" name="status" label={t("fields.status")} defaultValue={query.status ?? ""}>
        <option value="">{t("anyStatus")}</option>
        {Object.values(AgreementStatus).map((s) => (
          <option key={s} value={s}>
            {tStatus(s)}
          </option>
        ))}
      </SelectField>
      <button type="submit" className={buttonClasses("secondary")}>
        {t("apply")}
      </button>
    </form>
  );
}
