import { z } from "zod";

// Fields that every feature's forms post the same way.

/** The record's version as the form saw it (optimistic locking): a positive PostgreSQL integer. */
export const Version = z.coerce.number().int().min(1).max(2_147_483_647);

/**
 * The ticked box an irreversible action asks for (components/ui/confirm-box.tsx posts `on`);
 * `message` is the feature's translated reason, under `validation.`.
 */
export function confirmed(message: string) {
  return z.literal("on", { message });
}
