import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuditTrailView } from "@/components/admin/audit-trail-view";
import { listRegionAuditEntries, listRegionSecurityEvents, regionTrailFacets } from "@/lib/audit-trail/data";
import { parseTrailFilters, type SearchParams } from "@/lib/audit-trail/schema";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string; region: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = privatePageMetadata("auditTrail", "metaTitle");

export default async function RegionAuditPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region } = await params;
  const ctx = await pageGate(locale, () => gateRegionFor(region, "audit.read"));
  const filters = parseTrailFilters(await searchParams);
  const [t, facets, changes, security] = await Promise.all([
    getTranslations("auditTrail"),
    regionTrailFacets(ctx),
    filters.tab === "changes" ? listRegionAuditEntries(ctx, filters) : undefined,
    filters.tab === "security" ? listRegionSecurityEvents(ctx, filters) : undefined,
  ]);

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
        <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </div>
      <AuditTrailView
        basePath={`/r/${ctx.regionSlug}/admin/audit`}
        filters={filters}
        facets={facets}
        changes={changes}
        security={security}
      />
    </div>
  );
}
