import { z } from "zod";
import { confirmed } from "@/lib/validation/forms";

// The API token forms, as the platform administration sends them.

export const TOKEN_SCOPES = ["NATIONAL", "REGIONS"] as const;

export const IssueApiTokenInput = z
  .strictObject({
    name: z.string().trim().min(1).max(120),
    scope: z.enum(TOKEN_SCOPES),
    /** Checkboxes: absent, one value, or several. */
    regionIds: z
      .union([z.uuid(), z.array(z.uuid())])
      .optional()
      .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v])),
    /** A date input: empty for no expiry. */
    expiresOn: z
      .string()
      .trim()
      .regex(/^(\d{4}-\d{2}-\d{2})?$/)
      .optional()
      .transform((v) => (v ? v : null)),
  })
  .superRefine((input, ctx) => {
    if (input.scope === "REGIONS" && input.regionIds.length === 0) ctx.addIssue({ code: "custom", path: ["regionIds"], message: "apiTokens.regionsRequired" });
    if (input.expiresOn !== null) {
      // Valid until the end of that day (UTC); a day already over is refused.
      const end = Date.parse(`${input.expiresOn}T23:59:59.999Z`);
      if (!Number.isFinite(end) || end <= Date.now()) ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "apiTokens.expiryPast" });
    }
  });
export type IssueApiTokenInput = z.infer<typeof IssueApiTokenInput>;

/** Revoking cannot be undone: only the form's second step (components/admin/api-token-revoke.tsx) sends `confirm`. */
export const RevokeApiTokenInput = z.strictObject({ tokenId: z.uuid(), confirm: confirmed("apiTokens.revokeConfirmRequired") });
export type RevokeApiTokenInput = z.infer<typeof RevokeApiTokenInput>;
