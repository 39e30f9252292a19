import { getTranslations, setRequestLocale } from "next-intl/server";
import { ImportPanel } from "@/components/spreadsheets/import-panel";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { ForbiddenError } from "@/lib/errors";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { canCreateProject } from "@/lib/projects/data";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = {
  params: Promise<{ locale: string; region: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = privatePageMetadata("projects", "importMetaTitle");

const LAYOUT = ["participants", "funding", "lists", "codes"] as const;

export default async function ProjectImportPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region } = await params;
  // Whoever may create projects may import them (a research office: with its institution in each).
  const ctx = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "region.read");
    if (!canCreateProject(ctx)) throw new ForbiddenError("projects.write");
    return ctx;
  });
  const { job } = await searchParams;
  const t = await getTranslations("projects");

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
        <h1 className="text-3xl font-bold tracking-tight">{t("importHeading")}</h1>
        <p className="max-w-3xl text-slate-700">{t("importIntro")}</p>
        <p>
          <TextLink href={`/r/${ctx.regionSlug}/projects`}>{t("backToList")}</TextLink>
        </p>
      </div>
      <Card title={t("importLayoutHeading")}>
        <ul className="list-disc space-y-1 pl-5 text-slate-800">
          {LAYOUT.map((key) => (
            <li key={key}>{t(`importLayout.${key}`)}</li>
          ))}
        </ul>
      </Card>
      <ImportPanel ctx={ctx} locale={locale} kind="projects" jobId={typeof job === "string" ? job : undefined} />
    </div>
  );
}
