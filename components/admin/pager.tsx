import type { ComponentProps } from "react";
import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";

export type Href = ComponentProps<typeof TextLink>["href"];

/** Previous/next links of a paginated list, with where the reader is. */
export async function Pager({
  label,
  page,
  pageCount,
  total,
  hrefFor,
}: {
  label: string;
  page: number;
  pageCount: number;
  total: number;
  hrefFor: (page: number) => Href;
}) {
  const t = await getTranslations("admin");
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
      <p className="text-slate-700">{t("pageOf", { page, pageCount, total })}</p>
      {page > 1 ? <TextLink href={hrefFor(page - 1)} rel="prev">{t("previousPage")}</TextLink> : null}
      {page < pageCount ? <TextLink href={hrefFor(page + 1)} rel="next">{t("nextPage")}</TextLink> : null}
    </nav>
  );
}
