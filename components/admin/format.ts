import type { DateTimeFormatOptions } from "next-intl";
import { TIME_ZONE } from "@/lib/i18n/routing";

/** Moments (audit entries, sign-ins, mail) as people in Peru read them: Lima time, to the second. */
export const MOMENT: DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "medium", timeZone: TIME_ZONE };
