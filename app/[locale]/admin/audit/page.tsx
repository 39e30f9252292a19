import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuditTrailView } from "@/components/admin/audit-trail-view";
import { PlatformNav } from "@/components/admin/platform-nav";
import { allTrailFacets, listAllAuditEntries, listAllSecurityEvents } from "@/lib/audit-trail/data";
import { parseTrailFilters, type SearchParams } from "@/lib/audit-trail/schema";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { listRegionNames } from "@/lib/platform/data";
import { gateUser, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = privatePageMetadata("auditTrail", "platformMetaTitle");

/** Every region's trail, and what happened outside any region, for platform administrators. */
export default async function PlatformAuditPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const ctx = await pageGate(locale, () => gateUser("audit.read"));
  const filters = parseTrailFilters(await searchParams);
  const [t, tPlatform, facets, regions, changes, security] = await Promise.all([
    getTranslations("auditTrail"),
    getTranslations("platform"),
    allTrailFacets(ctx, filters.region),
    listRegionNames(),
    filters.tab === "changes" ? listAllAuditEntries(ctx, filters) : undefined,
    filters.tab === "security" ? listAllSecurityEvents(ctx, filters) : undefined,
  ]);

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{tPlatform("heading")}</p>
        <h1 className="text-3xl font-bold tracking-tight">{t("platformHeading")}</h1>
        <PlatformNav />
        <p className="text-slate-700">{t("platformIntro")}</p>
      </div>
      <AuditTrailView basePath="/admin/audit" filters={filters} facets={facets} regions={regions} changes={changes} security={security} />
    </div>
  );
}
