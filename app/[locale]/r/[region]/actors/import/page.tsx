import { getTranslations, setRequestLocale } from "next-intl/server";
import { ImportPanel } from "@/components/spreadsheets/import-panel";
import { TextLink } from "@/components/ui/text-link";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = {
  params: Promise<{ locale: string; region: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = privatePageMetadata("imports", "actorsMetaTitle");

export default async function ActorImportPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region } = await params;
  const ctx = await pageGate(locale, () => gateRegionFor(region, "actors.write"));
  const { job } = await searchParams;
  const t = await getTranslations("imports");

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
        <h1 className="text-3xl font-bold tracking-tight">{t("actorsHeading")}</h1>
        <p className="max-w-3xl text-slate-700">{t("actorsIntro")}</p>
        <p>
          <TextLink href={`/r/${ctx.regionSlug}/actors`}>{t("backToActors")}</TextLink>
        </p>
      </div>
      <ImportPanel ctx={ctx} locale={locale} kind="actors" jobId={typeof job === "string" ? job : undefined} />
    </div>
  );
}
