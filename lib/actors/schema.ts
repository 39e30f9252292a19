import { z } from "zod";
import { Version } from "@/lib/validation/forms";
import { ActorType, FirmSize, Formality, Helix, IctAdoption } from "@/lib/generated/prisma/enums";
import { isValidRor, isValidRuc, normaliseRor } from "@/lib/validation/identifiers";
import { first, ignoreBad, pageParam } from "@/lib/validation/search-params";

// Input of the actor forms. The region never appears here: it comes from the tenant gate.
// Custom messages are translation keys under `validation.` (here `validation.actors.*`).

/** An empty text field means "none". */
const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
const optionalText = (max: number) => z.preprocess(emptyToNull, z.string().trim().max(max).nullable().optional()).transform((v) => v ?? null);
const optionalId = z.preprocess(emptyToNull, z.uuid({ message: "actors.invalidChoice" }).nullable().optional()).transform((v) => v ?? null);
const optionalEnum = <E extends Record<string, string>>(e: E) =>
  z.preprocess(emptyToNull, z.enum(e, { message: "actors.invalidChoice" }).nullable().optional()).transform((v) => v ?? null);

const Ruc = z.preprocess(
  (v) => (typeof v === "string" ? v.replace(/[\s-]/g, "") : v),
  z
    .union([z.literal("").transform(() => null), z.string().regex(/^\d{11}$/, { message: "actors.rucFormat" }).refine(isValidRuc, { message: "actors.rucCheck" })])
    .nullable()
    .optional(),
).transform((v) => v ?? null);

const Ror = z.preprocess(
  (v) => (typeof v === "string" ? normaliseRor(v) : v),
  z
    .union([z.literal("").transform(() => null), z.string().refine(isValidRor, { message: "actors.rorInvalid" })])
    .nullable()
    .optional(),
).transform((v) => v ?? null);

const Website = z.preprocess(
  emptyToNull,
  z
    .string()
    .trim()
    .max(300)
    .refine((v) => /^https?:\/\/[^\s]+\.[^\s]+$/i.test(v) && URL.canParse(v), { message: "actors.websiteInvalid" })
    .nullable()
    .optional(),
).transform((v) => v ?? null);

const Ciiu = z.preprocess(emptyToNull, z.string().trim().regex(/^\d{2,4}$/, { message: "actors.ciiuInvalid" }).nullable().optional()).transform((v) => v ?? null);

const ActorFields = {
  name: z.string().trim().min(1).max(200),
  acronym: optionalText(30),
  helix: z.enum(Helix, { message: "actors.invalidChoice" }),
  type: z.enum(ActorType, { message: "actors.invalidChoice" }),
  provinceId: optionalId,
  parentId: optionalId,
  ruc: Ruc,
  ror: Ror,
  website: Website,
  description: optionalText(4000),
  firmSize: optionalEnum(FirmSize),
  formality: optionalEnum(Formality),
  ciiuCode: Ciiu,
  ictAdoption: optionalEnum(IctAdoption),
  /** The "save anyway" checkbox shown with likely duplicates. */
  confirmDuplicate: z.literal("on").optional(),
};

/** Firm attributes mean something only for helix BUSINESS: cleared for every other helix. */
function firmOnly<T extends { helix: Helix; firmSize: unknown; formality: unknown; ciiuCode: unknown; ictAdoption: unknown }>(v: T): T {
  return v.helix === "BUSINESS" ? v : { ...v, firmSize: null, formality: null, ciiuCode: null, ictAdoption: null };
}

export const CreateActorInput = z.strictObject(ActorFields).transform(firmOnly);
export type CreateActorInput = z.infer<typeof CreateActorInput>;

export const UpdateActorInput = z.strictObject({ ...ActorFields, actorId: z.uuid(), version: Version }).transform(firmOnly);
export type UpdateActorInput = z.infer<typeof UpdateActorInput>;

export const ArchiveActorInput = z.strictObject({ actorId: z.uuid(), version: Version });
export type ArchiveActorInput = z.infer<typeof ArchiveActorInput>;

// ---- The list's URL: every value is optional, and a bad one is ignored, never an error. ----

export const ACTOR_SORTS = ["name", "type", "updated"] as const;
export const ACTORS_PER_PAGE = 25;

export const ActorListQuery = z.object({
  q: z.preprocess(first, ignoreBad(z.string().trim().max(100).transform((v) => v || undefined))),
  helix: z.preprocess(first, ignoreBad(z.enum(Helix))),
  type: z.preprocess(first, ignoreBad(z.enum(ActorType))),
  province: z.preprocess(first, ignoreBad(z.uuid())),
  size: z.preprocess(first, ignoreBad(z.enum(FirmSize))),
  formality: z.preprocess(first, ignoreBad(z.enum(Formality))),
  ciiu: z.preprocess(first, ignoreBad(z.string().regex(/^\d{1,4}$/))),
  sort: z.preprocess(first, z.enum(ACTOR_SORTS).catch("name").default("name")),
  archived: z.preprocess(first, ignoreBad(z.literal("1"))),
  page: pageParam,
});
export type ActorListQuery = z.infer<typeof ActorListQuery>;

/** Parses untrusted search params; never throws. */
export function parseActorListQuery(raw: Record<string, unknown>): ActorListQuery {
  return ActorListQuery.parse(raw);
}
