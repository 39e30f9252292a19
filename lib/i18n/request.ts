import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";
import es from "./messages/es.json";
import en from "./messages/en.json";

// Both catalogues are typed from their JSON: assigning each to the other's type makes `tsc` fail
// when a key exists in one language and not in the other.
const catalogues: { es: typeof en; en: typeof es } = { es, en };

/** Peru's time zone: timestamps (meetings, sign-ins) are shown as people in the region see them. */
export const TIME_ZONE = "America/Lima";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: catalogues[locale],
    timeZone: TIME_ZONE,
  };
});
