import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/link-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("shell");
  return { title: t("notFoundMetaTitle") };
}

export default async function NotFoundPage() {
  const t = await getTranslations("shell");
  return (
    <div className="max-w-2xl space-y-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight">{t("notFoundTitle")}</h1>
      <p className="text-slate-800">{t("notFoundBody")}</p>
      <LinkButton href="/">{t("backHome")}</LinkButton>
    </div>
  );
}
