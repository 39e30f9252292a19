import { z } from "zod";
import { Version } from "@/lib/validation/forms";
import { isoDay } from "@/lib/validation/dates";
import { AgreementStatus } from "@/lib/generated/prisma/enums";
import { emptyToNull, optionalText } from "@/lib/meetings/schema";
import { first, pageParam } from "@/lib/validation/search-params";

// Input of the agreement forms. Shape only; rules that need the meeting (a due date not before
// it, a held meeting with quorum, an owner of the region) are checked in lib/agreements/data.ts.

/** A calendar day "YYYY-MM-DD" (a date input), or empty for none. */
const optionalDay = z.preprocess(emptyToNull, isoDay("agreements.dateInvalid").nullable().optional()).transform((v) => v ?? null);

/**
 * What makes two references the same within a council: case is ignored ("acu-2019-03" repeats
 * "ACU-2019-03"). Stored as Agreement.referenceKey under a unique index; NULL (no reference) may
 * repeat.
 */
export function agreementReferenceKey(reference: string | null): string | null {
  return reference ? reference.toLowerCase() : null;
}

const AgreementFields = {
  reference: optionalText(40),
  text: z.string().trim().min(1).max(10_000),
  /** Empty when the organisation picker was left blank: asks for one, like a foreign one. */
  ownerActorId: z.uuid({ message: "agreements.invalidOwner" }),
  dueOn: optionalDay,
};

export const AdoptAgreementInput = z.strictObject({ meetingId: z.uuid(), ...AgreementFields });
export type AdoptAgreementInput = z.infer<typeof AdoptAgreementInput>;

export const UpdateAgreementInput = z.strictObject({
  agreementId: z.uuid(),
  version: Version,
  ...AgreementFields,
  status: z.enum(AgreementStatus),
  /** Only with status done; empty → today (or the date already recorded). */
  completedOn: optionalDay,
});
export type UpdateAgreementInput = z.infer<typeof UpdateAgreementInput>;

export const AgreementNoteInput = z.strictObject({ agreementId: z.uuid(), body: z.string().trim().min(1).max(5_000) });
export type AgreementNoteInput = z.infer<typeof AgreementNoteInput>;

// ---- The list's URL: every value is optional, and a bad one is ignored, never an error. ----

export const AGREEMENTS_PER_PAGE = 50;

export const AgreementListQuery = z.object({
  status: z.preprocess(first, z.enum(AgreementStatus).optional().catch(undefined)),
  view: z.preprocess(first, z.literal("overdue").optional().catch(undefined)),
  page: pageParam,
});
export type AgreementListQuery = z.infer<typeof AgreementListQuery>;

/** Parses untrusted search params; never throws. */
export function parseAgreementListQuery(raw: Record<string, unknown>): AgreementListQuery {
  return AgreementListQuery.parse(raw);
}

/** The list's URL for a query: defaults left out so links stay short and stable. */
export function agreementListHref(regionSlug: string, query: Partial<AgreementListQuery>, changes: Partial<AgreementListQuery> = {}): string {
  const merged = { ...query, ...changes };
  const params = new URLSearchParams();
  if (merged.view) params.set("view", merged.view);
  if (merged.status) params.set("status", merged.status);
  if (merged.page && merged.page > 1) params.set("page", String(merged.page));
  const qs = params.toString();
  return `/r/${regionSlug}/council/agreements${qs ? `?${qs}` : ""}`;
}
