// Calendar dates. A date is a day, not an instant: it is held as midnight UTC, which is what
// PostgreSQL `date` columns give back, and "today" is Lima's today. "YYYY-MM-DD" is the form of
// date inputs, spreadsheets, CSV files and the API.

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today in Peru (America/Lima), as midnight UTC. */
export function todayInLima(now: Date = new Date()): Date {
  // en-CA formats as YYYY-MM-DD.
  const iso = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Lima", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return parseIsoDay(iso)!;
}

/** "YYYY-MM-DD" → midnight UTC of that day; null for anything else, including 2019-02-30. */
export function parseIsoDay(raw: unknown): Date | null {
  if (typeof raw !== "string") return null;
  const match = ISO_DAY.exec(raw);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

/** The day as "YYYY-MM-DD"; no date stays null. */
export function formatIsoDay(date: Date): string;
export function formatIsoDay(date: Date | null | undefined): string | null;
export function formatIsoDay(date: Date | null | undefined): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}
