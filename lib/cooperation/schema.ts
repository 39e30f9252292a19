import { z } from "zod";
import { confirmed, Version } from "@/lib/validation/forms";
import { isoDay } from "@/lib/validation/dates";
import { EvidenceKind } from "@/lib/generated/prisma/enums";
import { first, ignoreBad, pageParam } from "@/lib/validation/search-params";

// Input of the cooperation-evidence forms and list. The region never appears here: it comes from
// the tenant gate. Custom messages are translation keys under `validation.` (here
// `validation.cooperation.*`). Pure: no I/O, shared by server and tests.

/** An empty text field means "none". */
const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

/** A web address people can open: http or https only (no javascript:, file:, mailto: …). */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value) || !URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
}

/** A calendar date typed as YYYY-MM-DD, as a Date at UTC midnight (the column is a date), from 1950. */
const CalendarDate = isoDay("cooperation.dateInvalid", { minYear: 1950 });

/**
 * The latest date an evidence may carry: tomorrow (UTC). A day of slack because Peru is five
 * hours behind UTC and a convenio signed "today" may already be "tomorrow" on the server; anything
 * later is a typing error, not a record of something that happened.
 */
export function latestAllowedDate(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
}

/** The parties: one `actorIds` field per chosen actor; empty choices (unused rows) are dropped. */
const ActorIds = z.preprocess(
  (v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]).filter((x) => !(typeof x === "string" && x.trim() === "")),
  z.array(z.uuid({ message: "cooperation.partyInvalid" })).max(50),
);

const EvidenceFields = {
  kind: z.enum(EvidenceKind, { message: "cooperation.kindInvalid" }),
  title: z.string().trim().min(1).max(300),
  occurredOn: CalendarDate,
  validUntil: z.preprocess(emptyToNull, CalendarDate.nullable().optional()).transform((v) => v ?? null),
  documentUrl: z
    .preprocess(emptyToNull, z.string().trim().max(500).refine(isHttpUrl, { message: "cooperation.urlInvalid" }).nullable().optional())
    .transform((v) => v ?? null),
  description: z.preprocess(emptyToNull, z.string().trim().max(4000).nullable().optional()).transform((v) => v ?? null),
  actorIds: ActorIds,
};

type EvidenceShape = {
  kind: EvidenceKind;
  occurredOn: Date;
  validUntil: Date | null;
  actorIds: string[];
};

/** The evidence's rules, each reported on its field. */
function checkRules(v: EvidenceShape, ctx: z.core.$RefinementCtx) {
  if (new Set(v.actorIds).size < 2) ctx.addIssue({ code: "custom", path: ["actorIds"], message: "cooperation.partiesMin" });
  if (v.occurredOn.getTime() > latestAllowedDate().getTime()) ctx.addIssue({ code: "custom", path: ["occurredOn"], message: "cooperation.dateFuture" });
  if (v.validUntil && v.validUntil.getTime() < v.occurredOn.getTime())
    ctx.addIssue({ code: "custom", path: ["validUntil"], message: "cooperation.validUntilBefore" });
}

/** Only a convenio has a validity; a joint event's is cleared. Parties are kept once each. */
function normalise<T extends EvidenceShape>(v: T): T {
  return { ...v, validUntil: v.kind === "CONVENIO" ? v.validUntil : null, actorIds: [...new Set(v.actorIds)] };
}

export const CreateEvidenceInput = z.strictObject(EvidenceFields).transform(normalise).superRefine(checkRules);
export type CreateEvidenceInput = z.infer<typeof CreateEvidenceInput>;

export const UpdateEvidenceInput = z
  .strictObject({ ...EvidenceFields, evidenceId: z.uuid(), version: Version })
  .transform(normalise)
  .superRefine(checkRules);
export type UpdateEvidenceInput = z.infer<typeof UpdateEvidenceInput>;

/** Deleting asks for a ticked confirmation box: it cannot be undone from the screen. */
export const DeleteEvidenceInput = z.strictObject({ evidenceId: z.uuid(), version: Version, confirm: confirmed("cooperation.confirmDelete") });
export type DeleteEvidenceInput = z.infer<typeof DeleteEvidenceInput>;

// ---- The list's URL: every value is optional, and a bad one is ignored, never an error. ----

export const EVIDENCE_PER_PAGE = 25;

export const EvidenceListQuery = z.object({
  kind: z.preprocess(first, ignoreBad(z.enum(EvidenceKind))),
  year: z.preprocess(first, ignoreBad(z.coerce.number().int().min(1950).max(2200))),
  actor: z.preprocess(first, ignoreBad(z.uuid())),
  page: pageParam,
});
export type EvidenceListQuery = z.infer<typeof EvidenceListQuery>;

/** Parses untrusted search params; never throws. */
export function parseEvidenceListQuery(raw: Record<string, unknown>): EvidenceListQuery {
  return EvidenceListQuery.parse(raw);
}
