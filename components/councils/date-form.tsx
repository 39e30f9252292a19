import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** Picks the composition date with a plain GET: the date stays in the URL (?on=YYYY-MM-DD). */
export async function CompositionDateForm({ value, invalid }: { value: string; invalid: boolean }) {
  const t = await getTranslations("council");
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t("dateFormLabel")}>
      <Field
        id="composition-on"
        name="on"
        type="date"
        label={t("dateLabel")}
        hint={t("dateHint")}
        defaultValue={value}
        required
        error={invalid ? t("dateInvalid") : null}
      />
      <Button type="submit" variant="secondary">
        {t("dateSubmit")}
      </Button>
    </form>
  );
}
