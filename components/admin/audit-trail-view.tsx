import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { TextLink } from "@/components/ui/text-link";
import { cn } from "@/components/ui/cn";
import type { AuditEntryDto, PageOf, RegionRef, SecurityEventDto, TrailFacets } from "@/lib/audit-trail/data";
import type { TrailFilters } from "@/lib/audit-trail/schema";
import { AuditAction } from "@/lib/generated/prisma/enums";
import { Link } from "@/lib/i18n/navigation";
import { ChangesTable, SecurityTable, type ChangeRow, type SecurityRow, type TrailRowBase } from "./audit-trail-tables";
import { MOMENT } from "./format";
import { Pager } from "./pager";

// The audit trail of a region (or of the platform): two tabs, changes and denied attempts, with
// filters and pagination kept in the URL. Read-only: there is nothing here to change an entry.

type Props = {
  /** The page's path without the locale ("/r/cusco/admin/audit"). */
  basePath: string;
  filters: TrailFilters;
  facets: TrailFacets;
  /** Platform view: every region, a region filter and a region column. */
  regions?: RegionRef[];
  changes?: PageOf<AuditEntryDto>;
  security?: PageOf<SecurityEventDto>;
};

type Query = Record<string, string>;

function queryOf(filters: TrailFilters, overrides: Partial<Record<keyof TrailFilters, string | number | undefined>> = {}): Query {
  const merged: Record<string, unknown> = { ...filters, ...overrides };
  const query: Query = {};
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === null || value === "") continue;
    if (key === "page" && Number(value) === 1) continue;
    if (key === "tab" && value === "changes") continue;
    query[key] = String(value);
  }
  return query;
}

export async function AuditTrailView({ basePath, filters, facets, regions, changes, security }: Props) {
  const [t, locale] = await Promise.all([getTranslations("auditTrail"), getLocale()]);
  const tab = filters.tab;
  const tabs = [
    { key: "changes" as const, label: t("tabChanges") },
    { key: "security" as const, label: t("tabSecurity") },
  ];
  const regionOnly = regions && filters.region ? { region: filters.region } : {};

  return (
    <div className="space-y-6">
      <nav aria-label={t("tabsLabel")}>
        <ul className="flex flex-wrap gap-2 border-b border-slate-300">
          {tabs.map(({ key, label }) => (
            <li key={key}>
              <Link
                href={{ pathname: basePath, query: key === "changes" ? regionOnly : { tab: key, ...regionOnly } }}
                aria-current={tab === key ? "page" : undefined}
                className={cn(
                  "-mb-px inline-block rounded-t-md border px-4 py-2 text-sm font-semibold",
                  tab === key ? "border-slate-300 border-b-white bg-white text-teal-900" : "border-transparent text-slate-800 underline underline-offset-4 hover:bg-slate-100",
                )}
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <FilterForm action={`/${locale}${basePath}`} filters={filters} facets={facets} regions={regions} clearHref={{ pathname: basePath, query: tab === "security" ? { tab } : {} }} />

      {changes ? <ChangesRows page={changes} showRegion={!!regions} /> : null}
      {security ? <SecurityRows page={security} showRegion={!!regions} /> : null}

      <Pager
        label={t("paginationLabel")}
        page={(changes ?? security)?.page ?? 1}
        pageCount={(changes ?? security)?.pageCount ?? 1}
        total={(changes ?? security)?.total ?? 0}
        hrefFor={(page) => ({ pathname: basePath, query: queryOf(filters, { page }) })}
      />
    </div>
  );
}

async function FilterForm({
  action,
  filters,
  facets,
  regions,
  clearHref,
}: {
  action: string;
  filters: TrailFilters;
  facets: TrailFacets;
  regions?: RegionRef[];
  clearHref: { pathname: string; query: Query };
}) {
  const [t, tAction, label] = await Promise.all([getTranslations("auditTrail"), getTranslations("enums.auditAction"), openLabels()]);
  const security = filters.tab === "security";
  return (
    <form method="get" action={action} className="space-y-4 rounded-lg border border-slate-300 bg-white p-4" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="text-lg font-semibold">
        {t("filtersHeading")}
      </h2>
      {security ? <input type="hidden" name="tab" value="security" /> : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {regions ? (
          <SelectField id="filter-region" name="region" label={t("filterRegion")} defaultValue={filters.region ?? ""}>
            <option value="">{t("allRegions")}</option>
            <option value="none">{t("noRegion")}</option>
            {regions.map((r) => (
              <option key={r.slug} value={r.slug}>
                {r.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        {security ? (
          <SelectField id="filter-kind" name="kind" label={t("filterKind")} defaultValue={filters.kind ?? ""}>
            <option value="">{t("all")}</option>
            {facets.kinds.map((kind) => (
              <option key={kind} value={kind}>
                {label.kind(kind)}
              </option>
            ))}
          </SelectField>
        ) : (
          <>
            <SelectField id="filter-entity" name="entity" label={t("filterEntity")} defaultValue={filters.entity ?? ""}>
              <option value="">{t("all")}</option>
              {facets.entities.map((entity) => (
                <option key={entity} value={entity}>
                  {label.entity(entity)}
                </option>
              ))}
            </SelectField>
            <SelectField id="filter-action" name="action" label={t("filterAction")} defaultValue={filters.action ?? ""}>
              <option value="">{t("all")}</option>
              {Object.values(AuditAction).map((action) => (
                <option key={action} value={action}>
                  {tAction(action)}
                </option>
              ))}
            </SelectField>
          </>
        )}
        {!security ? (
          <SelectField id="filter-user" name="user" label={t("filterUser")} defaultValue={filters.user ?? ""}>
            <option value="">{t("all")}</option>
            {facets.users.map((user) => (
              <option key={user.id} value={user.id}>
                {`${user.name} <${user.email}>`}
              </option>
            ))}
          </SelectField>
        ) : null}
        <Field id="filter-from" name="from" type="date" label={t("filterFrom")} defaultValue={filters.from ?? ""} />
        <Field id="filter-to" name="to" type="date" label={t("filterTo")} defaultValue={filters.to ?? ""} />
      </div>
      <p className="text-sm text-slate-600">{t("limaTimeNote")}</p>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClasses("primary")}>
          {t("applyFilters")}
        </button>
        <TextLink href={clearHref}>{t("clearFilters")}</TextLink>
      </div>
    </form>
  );
}

/**
 * Labels for entity names and security event kinds. Both are open sets (any feature may add
 * one), so a value without a translation is shown as it is stored.
 */
async function openLabels() {
  const [tEntity, tKind] = await Promise.all([getTranslations("auditTrail.entities"), getTranslations("auditTrail.kinds")]);
  return {
    entity: (entity: string) => (tEntity.has(entity as never) ? tEntity(entity as never) : entity),
    kind: (kind: string) => (tKind.has(kind as never) ? tKind(kind as never) : kind),
  };
}

function formatValue(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === "") return empty;
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/** What every trail row shows first: when (Lima time), where and who. */
function rowBase(item: AuditEntryDto | SecurityEventDto, format: Awaited<ReturnType<typeof getFormatter>>): TrailRowBase {
  return {
    id: item.id,
    atIso: item.at.toISOString(),
    atText: format.dateTime(item.at, MOMENT),
    regionName: item.region?.name ?? null,
    user: item.user ? { name: item.user.name, email: item.user.email } : null,
    ip: item.ip,
  };
}

/** The page's entries as plain rows for the client table: moments, labels and values as text. */
async function ChangesRows({ page, showRegion }: { page: PageOf<AuditEntryDto>; showRegion: boolean }) {
  const [t, tAction, format, label] = await Promise.all([
    getTranslations("auditTrail"),
    getTranslations("enums.auditAction"),
    getFormatter(),
    openLabels(),
  ]);
  if (page.items.length === 0) return <p className="text-slate-700">{t("noEntries")}</p>;
  const empty = t("emptyValue");
  const rows: ChangeRow[] = page.items.map((entry) => {
    const { before, after } = entry;
    const names = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
    return {
      ...rowBase(entry, format),
      action: tAction(entry.action),
      entity: label.entity(entry.entity),
      entityId: entry.entityId,
      // A side the entry does not have (a creation has no "before") is left out, not "(empty)".
      fields: names.map((name) => ({
        name,
        ...(before ? { before: formatValue(before[name], empty) } : {}),
        ...(after ? { after: formatValue(after[name], empty) } : {}),
      })),
    };
  });
  return <ChangesTable rows={rows} showRegion={showRegion} />;
}

async function SecurityRows({ page, showRegion }: { page: PageOf<SecurityEventDto>; showRegion: boolean }) {
  const [t, format, label] = await Promise.all([getTranslations("auditTrail"), getFormatter(), openLabels()]);
  if (page.items.length === 0) return <p className="text-slate-700">{t("noEvents")}</p>;
  const empty = t("emptyValue");
  const rows: SecurityRow[] = page.items.map((event) => ({
    ...rowBase(event, format),
    kind: label.kind(event.kind),
    detail: event.detail ? Object.entries(event.detail).map(([name, value]) => ({ name, value: formatValue(value, empty) })) : null,
  }));
  return <SecurityTable rows={rows} showRegion={showRegion} />;
}
