import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("layout");
  return (
    <footer className="mt-12 border-t border-slate-300 bg-white">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6 text-sm text-slate-700">
        <p>{t("footerAbout")}</p>
        <p>{t("footerData")}</p>
      </div>
    </footer>
  );
}
