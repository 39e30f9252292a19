import { getTranslations, setRequestLocale } from "next-intl/server";
import { ApiTokenForm } from "@/components/admin/api-token-form";
import { ApiTokensTable } from "@/components/admin/api-tokens-table";
import { PlatformNav } from "@/components/admin/platform-nav";
import { Card } from "@/components/ui/card";
import { listApiTokens, tokenRegionOptions } from "@/lib/api/tokens";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { gateUser, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = privatePageMetadata("apiTokens", "metaTitle");

export default async function ApiTokensPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const ctx = await pageGate(locale, () => gateUser("platform.manage"));
  const [t, platform, tokens, regions] = await Promise.all([
    getTranslations("apiTokens"),
    getTranslations("platform"),
    listApiTokens(ctx),
    tokenRegionOptions(ctx),
  ]);

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">{platform("heading")}</h1>
        <PlatformNav />
      </div>
      <section aria-labelledby="api-tokens-heading" className="space-y-3">
        <h2 id="api-tokens-heading" className="text-xl font-semibold">
          {t("heading")}
        </h2>
        <p className="max-w-3xl text-sm text-slate-700">{t("intro")}</p>
        <ApiTokensTable tokens={tokens} />
      </section>
      <Card aria-labelledby="issue-token-heading">
        <h2 id="issue-token-heading" className="mb-3 text-lg font-semibold text-slate-900">
          {t("createHeading")}
        </h2>
        <ApiTokenForm regions={regions} />
      </Card>
    </div>
  );
}
