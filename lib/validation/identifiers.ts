// Identifier validators shared by the registry (actors) and councils (people). Pure functions:
// no I/O, safe on server and client.

/**
 * Whether a string is a uuid, as Minka's ids are. An id from a URL or a token that is not one is
 * simply "not found": checked before a query, because PostgreSQL would reject the cast.
 */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

const RUC_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;
const RUC_PREFIXES = new Set(["10", "15", "16", "17", "20"]);

/** The RUC check digit of its first ten digits (modulus 11; 10 → 0, 11 → 1). */
export function rucCheckDigit(firstTen: string): number {
  if (!/^\d{10}$/.test(firstTen)) throw new RangeError("rucCheckDigit needs 10 digits");
  const sum = RUC_WEIGHTS.reduce((acc, w, i) => acc + w * Number(firstTen[i]), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 1 : check;
}

/** Peruvian taxpayer number: 11 digits, a known prefix (10, 15, 16, 17, 20) and its check digit. */
export function isValidRuc(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  if (!RUC_PREFIXES.has(value.slice(0, 2))) return false;
  return rucCheckDigit(value.slice(0, 10)) === Number(value[10]);
}

/** ISO 7064 MOD 11-2 check character of the first 15 digits of an ORCID iD ("X" stands for 10). */
export function orcidCheckChar(firstFifteen: string): string {
  if (!/^\d{15}$/.test(firstFifteen)) throw new RangeError("orcidCheckChar needs 15 digits");
  let total = 0;
  for (const c of firstFifteen) total = (total + Number(c)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? "X" : String(result);
}

/** ORCID iD in its hyphenated form 0000-0000-0000-000X, with a valid checksum. */
export function isValidOrcid(value: string): boolean {
  if (!/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(value)) return false;
  const compact = value.replaceAll("-", "");
  return orcidCheckChar(compact.slice(0, 15)) === compact[15];
}

const CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz";

/**
 * ROR's two check digits: ISO 7064 MOD 97-10 of the Crockford base-32 value of the six
 * characters after the leading "0" (98 − (n × 100 mod 97), zero-padded). Checked against
 * published ids (03yrm5c26, 05dxps055, 00f54p054, 042nb2s44).
 */
export function rorChecksum(six: string): string {
  if (!/^[0-9a-hj-km-np-tv-z]{6}$/.test(six)) throw new RangeError("rorChecksum needs 6 base-32 characters");
  let n = 0;
  for (const c of six) n = n * 32 + CROCKFORD.indexOf(c);
  return String(98 - ((n * 100) % 97)).padStart(2, "0");
}

/** ROR id: "0" + 6 Crockford base-32 characters (no i, l, o, u) + 2 check digits, lower case. */
export function isValidRor(value: string): boolean {
  if (!/^0[0-9a-hj-km-np-tv-z]{6}\d{2}$/.test(value)) return false;
  return rorChecksum(value.slice(1, 7)) === value.slice(7);
}

/** A ROR written as its URL (https://ror.org/…) or with capitals, as people paste it. */
export function normaliseRor(value: string): string {
  return value.trim().toLowerCase().replace(/^https?:\/\/ror\.org\//, "");
}
