"use client";

import "./globals.css";
import { createTranslator } from "next-intl";
import { useParams } from "next/navigation";
import es from "@/lib/i18n/messages/shell/es.json";
import en from "@/lib/i18n/messages/shell/en.json";

// Replaces the root layout when it fails, so no translation provider is available: the messages
// are read straight from the small `shell` catalogues (this file is in every page's first
// JavaScript, so it must not import the whole catalogues).
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const params = useParams<{ locale?: string }>();
  const locale = params?.locale === "en" ? "en" : "es";
  const t = createTranslator({ locale, messages: { shell: locale === "en" ? en : es }, namespace: "shell" });
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;

  return (
    <html lang={locale}>
      <body>
        <title>{t("errorTitle")}</title>
        <main className="mx-auto max-w-2xl space-y-4 px-4 py-16">
          <h1 className="text-2xl font-bold">{t("errorTitle")}</h1>
          <p>{t("errorBody")}</p>
          {digest ? <p className="text-sm text-slate-700">{t("errorReference", { digest })}</p> : null}
          <div className="flex gap-4">
            <button
              type="button"
              onClick={() => retry()}
              className="rounded-md bg-teal-800 px-4 py-2 text-sm font-semibold text-white hover:bg-teal-900"
            >
              {t("retry")}
            </button>
            <a href={`/${locale}`} className="py-2 font-medium text-teal-800 underline underline-offset-4">
              {t("backHome")}
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
