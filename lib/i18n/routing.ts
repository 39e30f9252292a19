import { defineRouting } from "next-intl/routing";

// Spanish is the platform's working language: every new visitor gets it, whatever their browser
// says, so detection from Accept-Language (and the cookie that would remember it) is off. The
// language switch in the header is the one way to change it, and the choice lives in the URL.
export const routing = defineRouting({
  locales: ["es", "en"],
  defaultLocale: "es",
  localePrefix: "always",
  localeDetection: false,
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];

/** Peru's time zone: timestamps (meetings, sign-ins) are shown as people in the region see them. */
export const TIME_ZONE = "America/Lima";
