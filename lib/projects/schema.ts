import { z } from "zod";
import { Version } from "@/lib/validation/forms";
import { isoDay } from "@/lib/validation/dates";
import { Currency, FundingSource, OutputKind, ParticipantRole, ProjectStatus, ProjectType, TeamRole } from "@/lib/generated/prisma/enums";
import { isValidOrcid } from "@/lib/validation/identifiers";
import { first, ignoreBad, pageParam } from "@/lib/validation/search-params";

// Input of the project form (and of each imported spreadsheet row). The region never appears
// here: it comes from the tenant gate. Custom messages are translation keys under `validation.`
// (here `validation.projects.*`).
//
// The form sends the repeated rows as flat fields ("participants.0.actorId", "funding.2.currency",
// …); `nestRows` groups them into arrays. A row left blank is skipped. An error inside a row is
// reported on the row's own field ("funding.2.executedAmount"), so the form shows it beside the
// input that caused it, not at the top of a long section.
//
// Decisions (docs/perucris.md repeats them for the export):
// - exactly ONE coordinator: PeruCRIS records one lead organisation per project, and the
//   cooperation metrics count a project once, under its coordinator;
// - executed more than awarded is an error, not a warning: extra money is another funding line;
// - an amount is at most S/ 10,000,000,000 per line (more than a year of all Canon transfers):
//   anything larger is a typing error.

export const MAX_AMOUNT = 10_000_000_000;
export const MAX_ROWS = 100;

/** An empty text field means "none". */
const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
const optionalText = (max: number) => z.preprocess(emptyToNull, z.string().trim().max(max).nullable().optional()).transform((v) => v ?? null);
const optionalId = z.preprocess(emptyToNull, z.uuid({ message: "projects.invalidChoice" }).nullable().optional()).transform((v) => v ?? null);
const requiredId = z.uuid({ message: "projects.invalidChoice" });
const enumOf = <E extends Record<string, string>>(e: E, message = "projects.invalidChoice") => z.enum(e, { message });

/** A calendar date (YYYY-MM-DD, as <input type=date> sends it) at UTC midnight, 1950–2100. */
const day = isoDay("projects.dateInvalid", { minYear: 1950, maxYear: 2100 });
const optionalDay = z.preprocess(emptyToNull, day.nullable().optional()).transform((v) => v ?? null);

/**
 * An amount as people type it: "150000", "150,000.50", "150000,50". A comma is a thousands
 * separator unless it is the only separator and has one or two digits after it (decimal comma).
 */
export function normaliseAmount(value: string): string {
  let v = value.trim().replace(/[\s_']/g, "").replace(/^(S\/\.?|\$|€|PEN|USD|EUR)/i, "");
  if (v.includes(".")) v = v.replaceAll(",", "");
  else if (/,\d{1,2}$/.test(v)) v = v.replace(/,(\d{1,2})$/, ".$1").replaceAll(",", "");
  else v = v.replaceAll(",", "");
  return v;
}

/** A money amount kept as a decimal string (no float rounding): 0 ≤ amount ≤ MAX_AMOUNT. */
const amount = z
  .union([z.string(), z.number()], { message: "projects.amountInvalid" })
  .transform((v) => normaliseAmount(String(v)))
  .refine((v) => !v.startsWith("-"), { message: "projects.amountNegative", abort: true })
  .refine((v) => /^\d+(\.\d{1,2})?$/.test(v), { message: "projects.amountInvalid", abort: true })
  .refine((v) => Number(v) <= MAX_AMOUNT, { message: "projects.amountTooBig" })
  .transform((v) => v.replace(/^0+(?=\d)/, ""));
const optionalAmount = z.preprocess(emptyToNull, amount.nullable().optional()).transform((v) => v ?? null);

const Orcid = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toUpperCase().replace(/^HTTPS?:\/\/ORCID\.ORG\//, "") : v),
  z.union([z.literal("").transform(() => null), z.string().refine(isValidOrcid, { message: "projects.orcidInvalid" })]).nullable().optional(),
).transform((v) => v ?? null);

/** A DOI, also pasted as its URL; stored as "10.xxxx/…". */
export function normaliseDoi(value: string): string {
  return value.trim().replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, "");
}
const Doi = z.preprocess(
  (v) => (typeof v === "string" ? normaliseDoi(v) : v),
  z.union([z.literal("").transform(() => null), z.string().max(200).regex(/^10\.\d{4,9}\/\S+$/, { message: "projects.doiInvalid" })]).nullable().optional(),
).transform((v) => v ?? null);

const Url = z.preprocess(
  emptyToNull,
  z
    .string()
    .trim()
    .max(500)
    .refine((v) => /^https?:\/\/[^\s]+\.[^\s]+$/i.test(v) && URL.canParse(v), { message: "projects.urlInvalid" })
    .nullable()
    .optional(),
).transform((v) => v ?? null);

const Ford = z.preprocess(emptyToNull, z.string().trim().regex(/^[1-6](\.\d{2}){0,2}$/, { message: "projects.fordInvalid" }).nullable().optional()).transform((v) => v ?? null);
const Ciiu = z.preprocess(emptyToNull, z.string().trim().regex(/^\d{2,4}$/, { message: "projects.ciiuInvalid" }).nullable().optional()).transform((v) => v ?? null);
const Trl = z.preprocess(emptyToNull, z.coerce.number({ message: "projects.trlRange" }).int({ message: "projects.trlRange" }).min(1, { message: "projects.trlRange" }).max(9, { message: "projects.trlRange" }).nullable().optional()).transform((v) => v ?? null);

/** A field sent once is a string, several times an array; none at all is an empty list. */
const idList = z
  .preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v.filter((x) => x !== "") : [v]), z.array(requiredId).max(MAX_ROWS))
  .transform((ids) => [...new Set(ids)]);

// ---- Rows ------------------------------------------------------------------------------------

export const ParticipantRow = z.object({
  actorId: requiredId,
  role: enumOf(ParticipantRole),
});

export const MemberRow = z
  .object({
    /** An existing person of the region; empty for a new one (names below). */
    personId: optionalId,
    givenNames: optionalText(120),
    familyNames: optionalText(120),
    orcid: Orcid,
    role: enumOf(TeamRole),
  })
  .superRefine((v, ctx) => {
    if (v.personId) return;
    if (!v.givenNames) ctx.addIssue({ code: "custom", path: ["givenNames"], message: "projects.personNameRequired" });
    if (!v.familyNames) ctx.addIssue({ code: "custom", path: ["familyNames"], message: "projects.personNameRequired" });
  });

export const FundingRow = z
  .object({
    source: enumOf(FundingSource),
    programme: optionalText(200),
    funderActorId: optionalId,
    currency: z.preprocess((v) => (typeof v === "string" ? v.trim().toUpperCase() || "PEN" : v ?? "PEN"), enumOf(Currency, "projects.currencyUnknown")),
    awardedAmount: amount,
    awardedOn: optionalDay,
    executedAmount: optionalAmount,
    executedOn: optionalDay,
  })
  .superRefine((v, ctx) => {
    if (v.executedAmount !== null && Number(v.executedAmount) > Number(v.awardedAmount))
      ctx.addIssue({ code: "custom", path: ["executedAmount"], message: "projects.executedOverAwarded" });
    if (v.executedOn && v.awardedOn && v.executedOn < v.awardedOn)
      ctx.addIssue({ code: "custom", path: ["executedOn"], message: "projects.executedBeforeAwarded" });
  });

export const OutputRow = z.object({
  kind: enumOf(OutputKind),
  title: z.string({ message: "required" }).trim().min(1).max(300),
  producedOn: day,
  doi: Doi,
  url: Url,
});

export type ParticipantRow = z.infer<typeof ParticipantRow>;
export type MemberRow = z.infer<typeof MemberRow>;
export type FundingRow = z.infer<typeof FundingRow>;
export type OutputRow = z.infer<typeof OutputRow>;

/** The fields that make a row "filled in": a row with all of them empty is skipped. */
const ROWS = {
  participants: { schema: ParticipantRow, keys: ["actorId"] },
  members: { schema: MemberRow, keys: ["personId", "givenNames", "familyNames", "orcid"] },
  funding: { schema: FundingRow, keys: ["programme", "awardedAmount", "executedAmount", "awardedOn", "executedOn"] },
  outputs: { schema: OutputRow, keys: ["title", "producedOn", "doi", "url"] },
} as const;
type RowName = keyof typeof ROWS;

/**
 * Flat form fields ("funding.2.currency") → arrays of row objects, keeping the row numbers the
 * form used (a gap stays a gap: the error paths must point at the inputs on screen). Arrays given
 * directly (tests, the import) pass through.
 */
export function nestRows(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const out: Record<string, unknown> = {};
  const rows: Record<string, Record<string, unknown>[]> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const m = /^(participants|members|funding|outputs)\.(\d{1,3})\.(\w+)$/.exec(key);
    if (!m) {
      out[key] = value;
      continue;
    }
    const [, name, index, field] = m as unknown as [string, RowName, string, string];
    const list = (rows[name] ??= []);
    (list[Number(index)] ??= {})[field] = Array.isArray(value) ? value[0] : value;
  }
  for (const [name, list] of Object.entries(rows)) out[name] = Array.from(list, (r) => r ?? {});
  return out;
}

/** A parsed row and its number in the form (for error paths). */
type Rowed<R> = R & { row: number };

function isBlank(row: Record<string, unknown>, keys: readonly string[]): boolean {
  return keys.every((k) => row[k] === undefined || row[k] === null || (typeof row[k] === "string" && row[k].trim() === ""));
}

/** Row schemas run one by one, so each issue can be reported on "name.index.field". */
function parseRows<N extends RowName>(name: N, list: Record<string, unknown>[], ctx: z.RefinementCtx): Rowed<z.infer<(typeof ROWS)[N]["schema"]>>[] {
  const { schema, keys } = ROWS[name];
  const out: Rowed<z.infer<(typeof ROWS)[N]["schema"]>>[] = [];
  list.forEach((row, index) => {
    if (isBlank(row, keys)) return;
    const parsed = (schema as z.ZodType).safeParse(row);
    if (parsed.success) out.push({ ...(parsed.data as object), row: index } as Rowed<z.infer<(typeof ROWS)[N]["schema"]>>);
    else for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: [[name, index, ...issue.path].join(".")] } as never);
  });
  return out;
}

const rowList = z.array(z.record(z.string(), z.unknown())).max(MAX_ROWS).default([]);

const ProjectFields = {
  code: optionalText(40),
  title: z.string({ message: "required" }).trim().min(1).max(300),
  summary: optionalText(8000),
  type: enumOf(ProjectType),
  status: enumOf(ProjectStatus),
  startsOn: optionalDay,
  endsOn: optionalDay,
  trl: Trl,
  fordCode: Ford,
  ciiuCode: Ciiu,
  priorityAreaIds: idList,
  provinceIds: idList,
  participants: rowList,
  members: rowList,
  funding: rowList,
  outputs: rowList,
};

/** Rows checked one by one, then the rules across rows and fields. */
function checkProject<T extends { startsOn: Date | null; endsOn: Date | null; participants: Record<string, unknown>[]; members: Record<string, unknown>[]; funding: Record<string, unknown>[]; outputs: Record<string, unknown>[] }>(
  v: T,
  ctx: z.RefinementCtx,
) {
  if (v.startsOn && v.endsOn && v.endsOn < v.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "projects.datesOrder" });
  const participants = parseRows("participants", v.participants, ctx);
  const members = parseRows("members", v.members, ctx);
  const funding = parseRows("funding", v.funding, ctx);
  const outputs = parseRows("outputs", v.outputs, ctx);

  // The same organisation twice in the same role says nothing more and would break the unique key.
  const seen = new Set<string>();
  for (const p of participants) {
    const key = `${p.actorId}:${p.role}`;
    if (seen.has(key)) ctx.addIssue({ code: "custom", path: [`participants.${p.row}.role`], message: "projects.participantDuplicate" });
    seen.add(key);
  }
  const coordinators = participants.filter((p) => p.role === "COORDINATOR");
  if (coordinators.length === 0) ctx.addIssue({ code: "custom", path: ["participants"], message: "projects.coordinatorMissing" });
  for (const extra of coordinators.slice(1)) ctx.addIssue({ code: "custom", path: [`participants.${extra.row}.role`], message: "projects.coordinatorMany" });

  const seenPeople = new Set<string>();
  for (const m of members) {
    const who = m.personId ?? (m.orcid ? `orcid:${m.orcid}` : null);
    if (!who) continue;
    const key = `${who}:${m.role}`;
    if (seenPeople.has(key)) ctx.addIssue({ code: "custom", path: [`members.${m.row}.role`], message: "projects.memberDuplicate" });
    seenPeople.add(key);
  }
  return { ...v, participants, members, funding, outputs };
}

type Checked<T> = Omit<T, "participants" | "members" | "funding" | "outputs"> & {
  participants: Rowed<ParticipantRow>[];
  members: Rowed<MemberRow>[];
  funding: Rowed<FundingRow>[];
  outputs: Rowed<OutputRow>[];
};

const CreateObject = z.strictObject(ProjectFields);
const UpdateObject = z.strictObject({ ...ProjectFields, projectId: z.uuid(), version: Version });

export const CreateProjectInput = z.preprocess(
  nestRows,
  CreateObject.transform((v, ctx) => checkProject(v, ctx) as Checked<z.infer<typeof CreateObject>>),
);
export type CreateProjectInput = Checked<z.infer<typeof CreateObject>>;

export const UpdateProjectInput = z.preprocess(
  nestRows,
  UpdateObject.transform((v, ctx) => checkProject(v, ctx) as Checked<z.infer<typeof UpdateObject>>),
);
export type UpdateProjectInput = Checked<z.infer<typeof UpdateObject>>;

// ---- The list's URL: every value is optional, and a bad one is ignored, never an error. ----

export const PROJECTS_PER_PAGE = 25;
/** Who takes part, by helix and place: the "helix mix" filter. */
export const PROJECT_MIXES = ["academiaBusiness", "academiaOnly", "tripleHelix", "spansRegions", "international"] as const;
export type ProjectMix = (typeof PROJECT_MIXES)[number];

export const ProjectListQuery = z.object({
  q: z.preprocess(first, ignoreBad(z.string().trim().max(100).transform((v) => v || undefined))),
  status: z.preprocess(first, ignoreBad(z.enum(ProjectStatus))),
  area: z.preprocess(first, ignoreBad(z.uuid())),
  source: z.preprocess(first, ignoreBad(z.enum(FundingSource))),
  participant: z.preprocess(first, ignoreBad(z.uuid())),
  mix: z.preprocess(first, ignoreBad(z.enum(PROJECT_MIXES))),
  year: z.preprocess(first, ignoreBad(z.coerce.number().int().min(1950).max(2100))),
  province: z.preprocess(first, ignoreBad(z.uuid())),
  page: pageParam,
});
export type ProjectListQuery = z.infer<typeof ProjectListQuery>;

/** Parses untrusted search params; never throws. */
export function parseProjectListQuery(raw: Record<string, unknown>): ProjectListQuery {
  return ProjectListQuery.parse(raw);
}
