import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminHeader } from "@/components/councils/admin-header";
import { SeatForm } from "@/components/councils/seat-form";
import { Card } from "@/components/ui/card";
import { getCouncilForEdit } from "@/lib/councils/admin";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string; region: string; council: string }> };

export const generateMetadata = privatePageMetadata("council", "newSeatHeading");

export default async function NewSeatPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region, council: councilId } = await params;
  const { ctx, council } = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "council.write");
    return { ctx, council: await getCouncilForEdit(ctx, councilId) };
  });
  const t = await getTranslations("council");
  return (
    <div className="space-y-8">
      <AdminHeader back={`/r/${ctx.regionSlug}/council`} backLabel={t("backToCouncil")} regionName={ctx.regionName} heading={t("newSeatHeading")} />
      <p className="text-slate-700">{council.name}</p>
      <Card>
        <SeatForm regionSlug={ctx.regionSlug} councilId={council.id} seat={null} />
      </Card>
    </div>
  );
}
