import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminHeader } from "@/components/councils/admin-header";
import { CouncilForm } from "@/components/councils/council-form";
import { Card } from "@/components/ui/card";
import { canCreateCouncil } from "@/lib/councils/admin";
import { NotFoundError } from "@/lib/errors";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string; region: string }> };

export const generateMetadata = privatePageMetadata("council", "newCouncilHeading");

/** Registers the region's council or forum; only while it has none that is not dissolved. */
export default async function NewCouncilPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region } = await params;
  const ctx = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "council.write");
    if (!(await canCreateCouncil(ctx))) throw new NotFoundError("council");
    return ctx;
  });
  const t = await getTranslations("council");
  return (
    <div className="space-y-8">
      <AdminHeader back={`/r/${ctx.regionSlug}/council`} backLabel={t("backToCouncil")} regionName={ctx.regionName} heading={t("newCouncilHeading")} />
      <Card>
        <CouncilForm regionSlug={ctx.regionSlug} council={null} />
      </Card>
    </div>
  );
}
