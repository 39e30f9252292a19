// Small helpers shared by the seed modules: a seeded PRNG (so demo data is identical on every
// machine), UUIDv7 ids (generated here so rows can be linked before a bulk insert), dates at UTC
// midnight for @db.Date columns, and the RUC check digit for fictional firms.
import { randomBytes } from "node:crypto";

// ---------------------------------------------------------------------------------------------
// Deterministic pseudo-random numbers
// ---------------------------------------------------------------------------------------------

/** FNV-1a 32-bit hash of a string: turns a seed label into a PRNG state. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: tiny, fast and good enough for demo data. Same seed, same sequence. */
export class Rng {
  private state: number;

  constructor(seed: string) {
    this.state = hashString(seed);
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("Rng.pick on an empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }

  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  }

  /** Up to n distinct items, in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, n));
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }

  /** Rounds an amount drawn in [min, max] to a multiple of `step`. */
  amount(min: number, max: number, step = 100): number {
    return Math.round((min + this.next() * (max - min)) / step) * step;
  }
}

// ---------------------------------------------------------------------------------------------
// Ids
// ---------------------------------------------------------------------------------------------

/**
 * A UUIDv7 (RFC 9562): 48-bit Unix milliseconds, version 7, variant 10, random bits. The schema
 * defaults to uuid(7) too; the seed makes its own so children can point at parents inside one
 * createMany batch. Ids are not part of what must be reproducible; the content is.
 */
export function uuidv7(): string {
  const bytes = randomBytes(16);
  const ms = BigInt(Date.now());
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// ---------------------------------------------------------------------------------------------
// Dates (UTC midnight: what a @db.Date column stores)
// ---------------------------------------------------------------------------------------------

export const DAY_MS = 86_400_000;

export function day(year: number, month: number, dayOfMonth: number): Date {
  return new Date(Date.UTC(year, month - 1, dayOfMonth));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function addMonths(date: Date, months: number): Date {
  const d = new Date(date.getTime());
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

/** Today at UTC midnight. */
export function startOfToday(now: Date = new Date()): Date {
  return day(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
}

export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

export function minDate(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

export function maxDate(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

/** The date itself if it is a weekday other than 24, 25 and 31 December or 1 January; else the next such day. */
export function workingDay(date: Date): Date {
  let d = date;
  for (;;) {
    const weekday = d.getUTCDay();
    const m = d.getUTCMonth() + 1;
    const dd = d.getUTCDate();
    const holiday = (m === 12 && (dd === 24 || dd === 25 || dd === 31)) || (m === 1 && dd === 1);
    if (weekday !== 0 && weekday !== 6 && !holiday) return d;
    d = addDays(d, 1);
  }
}

/** A random date between two dates, both included. */
export function dateBetween(rng: Rng, from: Date, to: Date): Date {
  const span = Math.max(0, daysBetween(from, to));
  return addDays(from, rng.int(0, span));
}

// ---------------------------------------------------------------------------------------------
// Identifiers of fictional organisations
// ---------------------------------------------------------------------------------------------

const RUC_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** The RUC check digit of its first ten digits (SUNAT's modulus 11). */
export function rucCheckDigit(first10: string): number {
  if (!/^\d{10}$/.test(first10)) throw new Error(`not ten digits: ${first10}`);
  const sum = RUC_WEIGHTS.reduce((acc, w, i) => acc + w * Number(first10[i]), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 1 : check;
}

export function isValidRuc(ruc: string): boolean {
  return /^(10|15|17|20)\d{9}$/.test(ruc) && rucCheckDigit(ruc.slice(0, 10)) === Number(ruc[10]);
}

/**
 * A fictional RUC that passes the check digit. Companies get "20999" + five digits: real RUCs
 * are issued sequentially and have not reached that block. People with a business get "10" +
 * "99999" + three digits (a DNI block not in use).
 */
export function fictionalRuc(kind: "company" | "person", serial: number): string {
  const body = kind === "company" ? `20999${String(serial).padStart(5, "0")}` : `1099999${String(serial).padStart(3, "0")}`;
  if (body.length !== 10) throw new Error(`fictional RUC serial out of range: ${serial}`);
  return body + String(rucCheckDigit(body));
}

/** Lower-case ASCII with hyphens: "Madre de Dios" -> "madre-de-dios". */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
