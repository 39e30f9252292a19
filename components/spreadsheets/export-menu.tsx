import { getLocale, getTranslations } from "next-intl/server";
import { textLinkClasses } from "@/components/ui/text-link";
import { EXPORT_DATASETS } from "@/lib/spreadsheets/exports";
import { localeOf, translatorFor } from "@/lib/spreadsheets/messages";

/**
 * Download links of one export dataset, CSV and XLSX, in the reader's language. `query` carries
 * the page's filters (the actors list passes its own), so the file holds what the page shows.
 * `titled` names the dataset in the visible label too, for pages with more than one menu.
 */
export async function ExportMenu({ regionSlug, dataset, query, titled }: { regionSlug: string; dataset: string; query?: string; titled?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("exports"), getLocale()]);
  const title = EXPORT_DATASETS[dataset] ? translatorFor(localeOf(locale))(EXPORT_DATASETS[dataset].title) : dataset;
  const href = (format: "csv" | "xlsx") => {
    const params = new URLSearchParams(query ?? "");
    params.set("format", format);
    params.set("locale", locale);
    return `/api/regions/${encodeURIComponent(regionSlug)}/exports/${dataset}?${params}`;
  };
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <span className="font-semibold text-slate-900">{titled ? t("menuLabelOf", { dataset: title }) : t("menuLabel")}:</span>
      {(["csv", "xlsx"] as const).map((format) => (
        <a key={format} className={textLinkClasses} href={href(format)} download aria-label={t("linkLabel", { dataset: title, format: t(format) })}>
          {t(format)}
        </a>
      ))}
    </div>
  );
}
