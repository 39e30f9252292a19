import { z } from "zod";
import { parseIsoDay } from "@/lib/dates";

// The one schema for a calendar day typed as YYYY-MM-DD (what <input type="date">, spreadsheets
// and the API send). Each feature passes its own message key (under `validation.`) and, where its
// records have one, its own range of years.

/**
 * A day that exists ("2025-02-30" does not), as midnight UTC; `message` for anything else and for
 * a year outside minYear–maxYear (default: parseIsoDay's 1900–2200).
 */
export function isoDay(message: string, { minYear = 1900, maxYear = 2200 }: { minYear?: number; maxYear?: number } = {}) {
  return z.string({ message }).trim().transform((value, ctx) => {
    const day = parseIsoDay(value);
    if (!day || day.getUTCFullYear() < minYear || day.getUTCFullYear() > maxYear) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return day;
  });
}
