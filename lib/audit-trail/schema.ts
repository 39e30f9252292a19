import { z } from "zod";
import { AuditAction } from "@/lib/generated/prisma/enums";

// Filters of the audit trail, security events and outbox pages. They live in the URL, so a
// filtered view can be bookmarked and shared; a value that does not parse is ignored (the page
// shows everything rather than an error), and parameters the page does not know are ignored too.

export type SearchParams = Record<string, string | string[] | undefined>;

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)));

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const TrailFilters = z.object({
  tab: z.enum(["changes", "security"]).catch("changes"),
  entity: optional(z.string().max(60)),
  action: optional(z.enum(AuditAction)),
  user: optional(z.uuid()),
  /** A security event's kind ("permission_denied"…). */
  kind: optional(z.string().max(60)),
  from: optional(IsoDate),
  to: optional(IsoDate),
  /** Platform views only: a region's slug, or "none" for entries of no region. */
  region: optional(z.string().max(40)),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
});
export type TrailFilters = z.infer<typeof TrailFilters>;

/** The first value of each parameter, with empty ones (a select left on "all") dropped. */
function flatten(params: SearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== "") out[key] = first;
  }
  return out;
}

export function parseTrailFilters(params: SearchParams): TrailFilters {
  return TrailFilters.parse(flatten(params));
}

// Peru keeps UTC-5 all year (no daylight saving time since 1994), so a Lima calendar day is a
// fixed window in UTC. A range "from 3 to 5 March" includes all of 5 March in Lima.
const LIMA_OFFSET = "-05:00";

export function limaDayStart(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00${LIMA_OFFSET}`);
}

export function limaDayEnd(isoDate: string): Date {
  return new Date(limaDayStart(isoDate).getTime() + 86_400_000);
}
