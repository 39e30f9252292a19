import { z } from "zod";
import { Version } from "@/lib/validation/forms";
import { isoDay } from "@/lib/validation/dates";
import { CouncilKind, CouncilStatus, Currency, SeatRole } from "@/lib/generated/prisma/enums";
import { isValidOrcid } from "@/lib/validation/identifiers";

// Input of the council administration forms (council, seats, delegations). The region never
// appears here: it comes from the tenant gate. Custom messages are translation keys under
// `validation.` (here `validation.council.*`). Rules that need the database (overlaps, one
// president, the region's actors and people) live in ./admin.ts.

/** An empty text field means "none". */
const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
const optional = <S extends z.ZodType>(s: S) => z.preprocess(emptyToNull, s.nullable().optional()).transform((v) => v ?? null);
const optionalText = (max: number) => optional(z.string().trim().max(max));

/** A calendar day typed as YYYY-MM-DD (an `<input type="date">`), as midnight UTC. */
const Day = isoDay("council.dateInvalid");
const requiredDay = z.preprocess((v) => (v === "" ? undefined : v), Day);
const optionalDay = optional(Day);

const Id = z.uuid({ message: "council.invalidChoice" });
const choice = <E extends Record<string, string>>(e: E) => z.enum(e, { message: "council.invalidChoice" });

/** A checkbox: sent as "on" when ticked, absent otherwise. */
const Checkbox = z.literal("on").optional().transform((v) => v === "on");

const LegalBasisUrl = optional(
  z.string().trim().max(500).refine((v) => /^https?:\/\/[^\s]+\.[^\s]+$/i.test(v) && URL.canParse(v), { message: "council.urlInvalid" }),
);

/** Up to 14 integer digits and 2 decimals (the column is DECIMAL(16,2)); kept as a string, exact. */
const Budget = optional(
  z
    .string()
    .trim()
    .transform((v) => v.replace(/[\s,]/g, ""))
    .refine((v) => /^\d{1,14}(\.\d{1,2})?$/.test(v), { message: "council.budgetInvalid" }),
);

const StaffCount = optional(z.coerce.number({ message: "council.wholeNumber" }).int({ message: "council.wholeNumber" }).min(0).max(100_000));

/** The largest quorum denominator: enough for "more than 65/100", small enough to read. */
export const MAX_QUORUM_DENOMINATOR = 100;

const CouncilFields = {
  name: z.string().trim().min(1).max(200),
  acronym: optionalText(30),
  kind: choice(CouncilKind),
  status: choice(CouncilStatus),
  ordinanceNumber: optionalText(80),
  ordinanceDate: optionalDay,
  legalBasisUrl: LegalBasisUrl,
  establishedOn: optionalDay,
  annualBudget: Budget,
  budgetCurrency: choice(Currency),
  staffCount: StaffCount,
  quorumNumerator: z.coerce.number({ message: "council.wholeNumber" }).int({ message: "council.wholeNumber" }).min(1).max(MAX_QUORUM_DENOMINATOR - 1),
  quorumDenominator: z.coerce.number({ message: "council.wholeNumber" }).int({ message: "council.wholeNumber" }).min(2).max(MAX_QUORUM_DENOMINATOR),
};

/** 0 < numerator < denominator: "more than numerator/denominator of the voting seats" (./quorum.ts). */
function quorumFractionValid(v: { quorumNumerator: number; quorumDenominator: number }) {
  return v.quorumNumerator < v.quorumDenominator;
}
const quorumIssue = { message: "council.quorumFraction", path: ["quorumNumerator"] };

export const CreateCouncilInput = z.strictObject(CouncilFields).refine(quorumFractionValid, quorumIssue);
export type CreateCouncilInput = z.infer<typeof CreateCouncilInput>;

export const UpdateCouncilInput = z.strictObject({ ...CouncilFields, councilId: Id, version: Version }).refine(quorumFractionValid, quorumIssue);
export type UpdateCouncilInput = z.infer<typeof UpdateCouncilInput>;

// ---- Seats ----------------------------------------------------------------------------------

/** A seat is active from `startsOn` up to the day before `endsOn` (the day the institution left). */
const endsAfterStart = (v: { startsOn: Date; endsOn: Date | null }) => v.endsOn === null || v.endsOn.getTime() > v.startsOn.getTime();
const seatEndIssue = { message: "council.seatEndBeforeStart", path: ["endsOn"] };

const SeatFields = {
  role: choice(SeatRole),
  voting: Checkbox,
  startsOn: requiredDay,
  endsOn: optionalDay,
};

export const CreateSeatInput = z.strictObject({ ...SeatFields, councilId: Id, actorId: Id }).refine(endsAfterStart, seatEndIssue);
export type CreateSeatInput = z.infer<typeof CreateSeatInput>;

/** The institution of a seat does not change: another institution takes a new seat. */
export const UpdateSeatInput = z.strictObject({ ...SeatFields, seatId: Id, version: Version }).refine(endsAfterStart, seatEndIssue);
export type UpdateSeatInput = z.infer<typeof UpdateSeatInput>;

export const EndSeatInput = z.strictObject({ seatId: Id, version: Version, endsOn: requiredDay });
export type EndSeatInput = z.infer<typeof EndSeatInput>;

// ---- Delegations ----------------------------------------------------------------------------

const Orcid = optional(
  z
    .string()
    .trim()
    .transform((v) => v.replace(/^https?:\/\/orcid\.org\//i, "").toUpperCase())
    .refine(isValidOrcid, { message: "council.orcidInvalid" }),
);
const Email = optional(z.string().trim().max(254).pipe(z.email({ message: "council.emailInvalid" })));

/** A term covers termStartsOn … termEndsOn, both days included. */
const termOrdered = (v: { termStartsOn: Date; termEndsOn: Date }) => v.termEndsOn.getTime() >= v.termStartsOn.getTime();
const termIssue = { message: "council.termEndBeforeStart", path: ["termEndsOn"] };

const DelegationFields = {
  /** A person of the region; empty when a new person is registered with the fields below. */
  personId: optional(Id),
  newGivenNames: optionalText(120),
  newFamilyNames: optionalText(120),
  newEmail: Email,
  newOrcid: Orcid,
  substitutePersonId: optional(Id),
  termStartsOn: requiredDay,
  termEndsOn: requiredDay,
  accreditation: optionalText(200),
};

type DelegationShape = { personId: string | null; newGivenNames: string | null; newFamilyNames: string | null; substitutePersonId: string | null };

/** Either a person of the list, or the names of a new one — never both, never neither. */
function checkPerson(v: DelegationShape, ctx: z.RefinementCtx) {
  const typedNew = v.newGivenNames !== null || v.newFamilyNames !== null;
  if (v.personId && typedNew) ctx.addIssue({ code: "custom", message: "council.personTwice", path: ["personId"] });
  else if (!v.personId && !typedNew) ctx.addIssue({ code: "custom", message: "council.personRequired", path: ["personId"] });
  else if (!v.personId) {
    if (!v.newGivenNames) ctx.addIssue({ code: "custom", message: "council.newNameRequired", path: ["newGivenNames"] });
    if (!v.newFamilyNames) ctx.addIssue({ code: "custom", message: "council.newNameRequired", path: ["newFamilyNames"] });
  }
  if (v.personId && v.substitutePersonId === v.personId) ctx.addIssue({ code: "custom", message: "council.substituteSamePerson", path: ["substitutePersonId"] });
}

export const CreateDelegationInput = z
  .strictObject({ ...DelegationFields, seatId: Id })
  .refine(termOrdered, termIssue)
  .superRefine(checkPerson);
export type CreateDelegationInput = z.infer<typeof CreateDelegationInput>;

export const UpdateDelegationInput = z
  .strictObject({ ...DelegationFields, delegationId: Id, version: Version })
  .refine(termOrdered, termIssue)
  .superRefine(checkPerson);
export type UpdateDelegationInput = z.infer<typeof UpdateDelegationInput>;

/** Ends a term early: its new last day. */
export const EndDelegationInput = z.strictObject({ delegationId: Id, version: Version, termEndsOn: requiredDay });
export type EndDelegationInput = z.infer<typeof EndDelegationInput>;
