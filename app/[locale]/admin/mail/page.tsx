import { getTranslations, setRequestLocale } from "next-intl/server";
import { OutboxList } from "@/components/admin/outbox-list";
import { PlatformNav } from "@/components/admin/platform-nav";
import { SelectField } from "@/components/ui/field";
import { buttonClasses } from "@/components/ui/button";
import { listAllMail } from "@/lib/audit-trail/data";
import { parseTrailFilters, type SearchParams } from "@/lib/audit-trail/schema";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { listRegionNames } from "@/lib/platform/data";
import { gateUser, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = privatePageMetadata("admin.outbox", "platformMetaTitle");

/** All outgoing mail, of every region and of none (password resets), for platform administrators. */
export default async function PlatformMailPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const ctx = await pageGate(locale, () => gateUser("mail.read"));
  const filters = parseTrailFilters(await searchParams);
  const [t, tPlatform, regions, mail] = await Promise.all([
    getTranslations("admin.outbox"),
    getTranslations("platform"),
    listRegionNames(),
    listAllMail(ctx, filters),
  ]);
  const query = (page: number) => ({
    ...(filters.region ? { region: filters.region } : {}),
    ...(page > 1 ? { page: String(page) } : {}),
  });

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{tPlatform("heading")}</p>
        <h1 className="text-3xl font-bold tracking-tight">{t("platformHeading")}</h1>
        <PlatformNav />
        <p className="text-slate-700">{t("platformIntro")}</p>
      </div>
      <form method="get" action={`/${locale}/admin/mail`} className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-300 bg-white p-4">
        <SelectField id="mail-region" name="region" label={t("filterRegion")} defaultValue={filters.region ?? ""}>
          <option value="">{t("allRegions")}</option>
          <option value="none">{t("noRegion")}</option>
          {regions.map((r) => (
            <option key={r.slug} value={r.slug}>
              {r.name}
            </option>
          ))}
        </SelectField>
        <button type="submit" className={buttonClasses("primary")}>
          {t("applyFilter")}
        </button>
      </form>
      <OutboxList page={mail} showRegion hrefFor={(page) => ({ pathname: "/admin/mail", query: query(page) })} />
    </div>
  );
}
