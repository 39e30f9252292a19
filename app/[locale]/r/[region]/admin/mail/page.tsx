import { getTranslations, setRequestLocale } from "next-intl/server";
import { OutboxList } from "@/components/admin/outbox-list";
import { listRegionMail } from "@/lib/audit-trail/data";
import { parseTrailFilters, type SearchParams } from "@/lib/audit-trail/schema";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string; region: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = privatePageMetadata("admin.outbox", "metaTitle");

export default async function RegionMailPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region } = await params;
  const ctx = await pageGate(locale, () => gateRegionFor(region, "mail.read"));
  const { page } = parseTrailFilters(await searchParams);
  const [t, mail] = await Promise.all([getTranslations("admin.outbox"), listRegionMail(ctx, page)]);
  const basePath = `/r/${ctx.regionSlug}/admin/mail`;

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
        <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </div>
      <OutboxList page={mail} showRegion={false} hrefFor={(p) => ({ pathname: basePath, query: p > 1 ? { page: String(p) } : {} })} />
    </div>
  );
}
