import "server-only";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/actions";
import { InvalidInputError } from "@/lib/errors";

type Namespace = "members.errors" | "platform.errors";

/**
 * A rule of member or region administration that the input broke (already a member, the last
 * administrator…), as form state in the user's language. The data layer throws InvalidInputError
 * with a key of the feature's own `…errors` namespace; anything else goes back to the caller,
 * whose `regionAction`/`userAction` turns the shared failures (not found, conflict…) into state.
 */
export async function ruleViolationState(error: unknown, namespace: Namespace): Promise<FormState> {
  if (!(error instanceof InvalidInputError)) throw error;
  const t = await getTranslations(namespace);
  // Keys come from our own data layer; `has` guards a key that was added there but not here.
  const say = (key: string) => (t.has(key as never) ? t(key as never) : key);
  return {
    status: "error",
    code: "invalid",
    message: say(error.messageKey),
    fieldErrors: Object.fromEntries(Object.entries(error.fieldErrors).map(([field, keys]) => [field, keys.map(say)])),
  };
}
