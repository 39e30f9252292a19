import { z } from "zod";
import { isHttpUrl } from "@/lib/cooperation/schema";
import { RecommendationStatus } from "@/lib/generated/prisma/enums";

// Input of the recommendation forms. The region never appears here: it comes from the tenant
// gate. Custom messages are translation keys under `validation.` (here `validation.recommendations.*`).

const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

/** Evidence links typed one per line (or sent as several fields); blank lines are dropped. */
const EvidenceUrls = z.preprocess(
  (v) =>
    (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v])
      .flatMap((x) => (typeof x === "string" ? x.split(/\r?\n/) : [x]))
      .map((x) => (typeof x === "string" ? x.trim() : x))
      .filter((x) => x !== ""),
  z
    .array(z.string().max(500, { message: "recommendations.urlTooLong" }).refine(isHttpUrl, { message: "recommendations.urlInvalid" }))
    .max(20, { message: "recommendations.urlsTooMany" })
    .transform((urls) => [...new Set(urls)]),
);

export const SaveFollowUpInput = z.strictObject({
  recommendationId: z.uuid(),
  /** The follow-up's version when the form was loaded; 0 when the region had none yet. */
  version: z.coerce.number().int().min(0).max(2_147_483_647),
  status: z.enum(RecommendationStatus, { message: "recommendations.statusInvalid" }),
  responsibleActorId: z.preprocess(emptyToNull, z.uuid({ message: "recommendations.responsibleInvalid" }).nullable().optional()).transform((v) => v ?? null),
  actionsTaken: z.preprocess(emptyToNull, z.string().trim().max(4000).nullable().optional()).transform((v) => v ?? null),
  evidenceUrls: EvidenceUrls,
});
export type SaveFollowUpInput = z.infer<typeof SaveFollowUpInput>;

/** What a region writes about a recommendation of its own, in both languages. */
const recommendationFields = {
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9.-]{0,9}$/, { message: "recommendations.codeFormat" }),
  titleEs: z.string().trim().min(1).max(300),
  titleEn: z.string().trim().min(1).max(300),
  bodyEs: z.string().trim().min(1).max(4000),
  bodyEn: z.string().trim().min(1).max(4000),
};

export const CreateRecommendationInput = z.strictObject(recommendationFields);
export type CreateRecommendationInput = z.infer<typeof CreateRecommendationInput>;

export const UpdateRecommendationInput = z.strictObject({
  recommendationId: z.uuid(),
  /** The recommendation's version when the form was loaded. */
  version: z.coerce.number().int().min(1).max(2_147_483_647),
  ...recommendationFields,
});
export type UpdateRecommendationInput = z.infer<typeof UpdateRecommendationInput>;
