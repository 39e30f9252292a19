"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { cn } from "@/components/ui/cn";

/**
 * Links to the same page in each language. Each language is named in itself ("English", not
 * "Inglés") and marked with `lang`, so a screen reader pronounces it right.
 */
export function LanguageSwitch({ keepQuery }: { keepQuery: boolean }) {
  return keepQuery ? <SwitchWithQuery /> : <Switch query={undefined} />;
}

function SwitchWithQuery() {
  const searchParams = useSearchParams();
  return <Switch query={Object.fromEntries(searchParams.entries())} />;
}

function Switch({ query }: { query: Record<string, string> | undefined }) {
  const t = useTranslations("layout");
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={t("languageNav")}>
      <ul className="flex items-center gap-1 text-sm">
        {routing.locales.map((locale) => {
          const active = locale === current;
          return (
            <li key={locale}>
              <Link
                href={{ pathname, query }}
                locale={locale}
                lang={locale}
                hrefLang={locale}
                aria-current={active ? "true" : undefined}
                className={cn(
                  "rounded-md px-2 py-1 font-medium",
                  active
                    ? "bg-slate-900 text-white"
                    : "text-slate-800 underline underline-offset-4 hover:bg-slate-100",
                )}
              >
                {t(`languages.${locale}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
