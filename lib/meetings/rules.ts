import "server-only";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/actions";
import { InvalidInputError } from "@/lib/errors";

// Broken rules of the council's meetings and agreements (a due date before the meeting, a seat
// not active on the meeting day…). Their messages live in this feature's own catalogue sections
// ("meetings.rules.*", "agreements.rules.*"), so the keys here are full catalogue paths, not keys
// under `validation.`/`errors.` as the shared InvalidInputError expects. The actions of both
// features turn them into form state with `ruleState`.

export class RuleViolation extends InvalidInputError {
  /**
   * @param messageKey full catalogue key of the form-level message
   * @param fieldErrors field → full catalogue keys
   */
  constructor(messageKey: string, fieldErrors: Record<string, string[]> = {}) {
    super(messageKey, fieldErrors);
  }
}

/** A rule broken on one field: the form says "check the marked fields" and the field says why. */
export function fieldViolation(field: string, key: string): RuleViolation {
  return new RuleViolation("meetings.rules.checkFields", { [field]: [key] });
}

type T = Awaited<ReturnType<typeof getTranslations<never>>>;
type DynamicKey = Parameters<T>[0];

/** A RuleViolation as translated form state; anything else is rethrown for regionAction. */
export async function ruleState(error: unknown): Promise<FormState> {
  if (!(error instanceof RuleViolation)) throw error;
  const t = await getTranslations();
  return {
    status: "error",
    code: "invalid",
    message: t(error.messageKey as DynamicKey),
    fieldErrors: Object.fromEntries(Object.entries(error.fieldErrors).map(([k, keys]) => [k, keys.map((key) => t(key as DynamicKey))])),
  };
}
