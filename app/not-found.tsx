import "./globals.css";
import type { Metadata } from "next";
import { createTranslator } from "next-intl";
import es from "@/lib/i18n/messages/shell/es.json";
import en from "@/lib/i18n/messages/shell/en.json";
import { routing } from "@/lib/i18n/routing";

// Requests outside every locale (the proxy sends everything else to /es/…) have no language to
// go by, so this page speaks both, Spanish first.
const translators = [
  { locale: "es" as const, t: createTranslator({ locale: "es", messages: { shell: es }, namespace: "shell" }) },
  { locale: "en" as const, t: createTranslator({ locale: "en", messages: { shell: en }, namespace: "shell" }) },
];

export const metadata: Metadata = {
  title: translators.map(({ t }) => t("notFoundMetaTitle")).join(" · "),
};

export default function GlobalNotFound() {
  return (
    <html lang={routing.defaultLocale}>
      <body>
        <main className="mx-auto max-w-2xl space-y-10 px-4 py-16">
          {translators.map(({ locale, t }) => (
            <section key={locale} lang={locale} className="space-y-3">
              <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
              <p>{t("notFoundBody")}</p>
              <p>
                <a href={`/${locale}`} className="font-medium text-teal-800 underline underline-offset-4">
                  {t("backHome")}
                </a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
