import type { routing } from "./routing";
import type messages from "./messages/es.json";
import type shell from "./messages/shell/es.json";

// Typed locales and message keys: a missing translation key is a compile error.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages & { shell: typeof shell };
  }
}
