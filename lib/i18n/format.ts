import type { DateTimeFormatOptions, NumberFormatOptions } from "next-intl";

// Calendar dates (PostgreSQL `date` columns) arrive as midnight UTC. Formatting them in Lima's
// time zone (UTC-5) would show the day before, so they are always formatted in UTC.
export const DATE: DateTimeFormatOptions = { dateStyle: "medium", timeZone: "UTC" };
export const YEAR: DateTimeFormatOptions = { year: "numeric", timeZone: "UTC" };

/** Amounts in Peruvian soles; no cents in headline figures. */
export const PEN: NumberFormatOptions = {
  style: "currency",
  currency: "PEN",
  maximumFractionDigits: 0,
};

export const PERCENT: NumberFormatOptions = { style: "percent", maximumFractionDigits: 0 };
