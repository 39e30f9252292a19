import { getTranslations, setRequestLocale } from "next-intl/server";
import { CreateRegionForm } from "@/components/admin/create-region-form";
import { PlatformNav } from "@/components/admin/platform-nav";
import { RegionsTable } from "@/components/admin/regions-table";
import { Card } from "@/components/ui/card";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { listRegionsForAdmin } from "@/lib/platform/data";
import { gateUser, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = privatePageMetadata("platform", "regionsMetaTitle");

export default async function PlatformRegionsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const ctx = await pageGate(locale, () => gateUser("platform.manage"));
  const [t, regions] = await Promise.all([getTranslations("platform"), listRegionsForAdmin(ctx)]);

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
        <PlatformNav />
      </div>
      <section aria-labelledby="regions-heading" className="space-y-3">
        <h2 id="regions-heading" className="text-xl font-semibold">
          {t("regionsHeading")}
        </h2>
        <RegionsTable regions={regions} />
      </section>
      <Card aria-labelledby="create-region-heading">
        <h2 id="create-region-heading" className="mb-3 text-lg font-semibold text-slate-900">
          {t("createHeading")}
        </h2>
        <p className="mb-4 text-sm text-slate-700">{t("createIntro")}</p>
        <CreateRegionForm />
      </Card>
    </div>
  );
}
