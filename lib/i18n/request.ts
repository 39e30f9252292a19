import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing, TIME_ZONE } from "./routing";
import es from "./messages/es.json";
import en from "./messages/en.json";
import shellEs from "./messages/shell/es.json";
import shellEn from "./messages/shell/en.json";

// Both catalogues are typed from their JSON: assigning each to the other's type makes `tsc` fail
// when a key exists in one language and not in the other. The `shell` namespace (the error and
// not-found pages) lives in its own small files because the root error page, a client component
// without a translation provider, imports it directly: importing the whole catalogue there put
// both languages (~50 kB gzip) into every page's first JavaScript.
const catalogues: { es: typeof en & { shell: typeof shellEn }; en: typeof es & { shell: typeof shellEs } } = {
  es: { ...es, shell: shellEs },
  en: { ...en, shell: shellEn },
};

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: catalogues[locale],
    timeZone: TIME_ZONE,
  };
});
