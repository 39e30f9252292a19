import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActorForm } from "@/components/actors/actor-form";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { listProvinces } from "@/lib/actors/data";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string; region: string }> };

export const generateMetadata = privatePageMetadata("actors", "createMetaTitle");

export default async function NewActorPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region } = await params;
  const ctx = await pageGate(locale, () => gateRegionFor(region, "actors.write"));
  const [t, provinces] = await Promise.all([getTranslations("actors"), listProvinces(ctx)]);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <TextLink href={`/r/${ctx.regionSlug}/actors`}>{t("backToList")}</TextLink>
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
        <h1 className="text-3xl font-bold tracking-tight">{t("createHeading")}</h1>
      </div>
      <Card aria-labelledby="actor-form-heading">
        <h2 id="actor-form-heading" className="mb-4 text-lg font-semibold text-slate-900">
          {t("formHeading")}
        </h2>
        <ActorForm regionSlug={ctx.regionSlug} actor={null} provinces={provinces} parent={null} />
      </Card>
    </div>
  );
}
