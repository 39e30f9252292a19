import { z } from "zod";
import { EmailInput, PersonNameInput } from "@/lib/members/schema";

// A new region (tenant) and its first regional administrator, as the platform form sends them.

/** INEI UBIGEO for a department is 2 digits ("08"); Lima Metropolitana has 4 ("1501"). RENIEC alike. */
const TerritoryCode = z.string().trim().regex(/^(\d{2}|\d{4})$/);

export const CreateRegionInput = z.strictObject({
  code: TerritoryCode,
  reniecCode: TerritoryCode,
  /** ISO 3166-2 subdivision of Peru: "PE-" and three letters. */
  isoCode: z.string().trim().toUpperCase().regex(/^PE-[A-Z]{3}$/),
  name: z.string().trim().min(1).max(80),
  /** The URL segment: lower-case words joined by hyphens ("madre-de-dios"). */
  slug: z.string().trim().toLowerCase().min(2).max(40).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  capital: z.string().trim().min(1).max(80),
  adminEmail: EmailInput,
  adminName: PersonNameInput,
});
export type CreateRegionInput = z.infer<typeof CreateRegionInput>;
