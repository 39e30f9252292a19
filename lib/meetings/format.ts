import type { DateTimeFormatOptions } from "next-intl";

/** A meeting is an instant: shown in Lima's time, whatever the server's or browser's zone. */
export const MEETING_TIME: DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short", timeZone: "America/Lima" };
