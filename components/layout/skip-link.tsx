import { getTranslations } from "next-intl/server";

/** The first focusable element: jumps over the header to the main content. */
export async function SkipLink() {
  const t = await getTranslations("layout");
  return (
    <a
      href="#main"
      className="sr-only rounded-md bg-slate-900 px-4 py-2 font-semibold text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
    >
      {t("skipToContent")}
    </a>
  );
}
