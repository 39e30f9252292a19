import "server-only";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import type { Permission } from "@/lib/permissions";
import { gateRegionFor, gateUser, type RegionContext, type UserContext } from "@/lib/tenancy";

// Every server action is built with `regionAction` or `userAction`: gate → permission → strict
// parse → handler, with expected failures turned into translated form state in one place.
// Treat each action as a public HTTP endpoint: it trusts nothing the browser sends.

export type FormState =
  | { status: "idle" }
  | { status: "ok"; message?: string; data?: Record<string, unknown> }
  | {
      status: "error";
      code: "invalid" | "not_found" | "forbidden" | "unauthenticated" | "conflict" | "rate_limited" | "error";
      message: string;
      fieldErrors?: Record<string, string[]>;
      /** For conflicts: the record as it is now, so the form can show what changed. */
      current?: Record<string, unknown>;
    };

export const IDLE: FormState = { status: "idle" };

/**
 * FormData as a plain object for a strict zod schema. Next adds `$ACTION_…` fields for
 * progressive enhancement; those are its own and dropped. A field sent several times becomes an
 * array; schemas say which fields may be arrays.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION_")) continue;
    const values = formData.getAll(key).map((v) => (typeof v === "string" ? v : v));
    out[key] = values.length === 1 ? values[0] : values;
  }
  return out;
}

type T = Awaited<ReturnType<typeof getTranslations<never>>>;
// Keys built at run time (a schema's custom message, an error's key) are checked with `t.has`
// or come from our own code; the typed catalogue cannot know them statically.
type DynamicKey = Parameters<T>[0];

/**
 * A zod issue in the user's language. Our schemas put a translation key (under `validation.`)
 * in custom messages; built-in checks get a message from the key of their issue code.
 */
function issueMessage(t: T, issue: z.core.$ZodIssue): string {
  const custom = `validation.${issue.message}` as DynamicKey;
  if (issue.message && t.has(custom)) return t(custom);
  switch (issue.code) {
    case "too_small":
      return issue.origin === "string" && Number(issue.minimum) === 1
        ? t("validation.required")
        : t("validation.tooSmall", { minimum: String(issue.minimum) });
    case "too_big":
      return t("validation.tooBig", { maximum: String(issue.maximum) });
    case "unrecognized_keys":
      return t("validation.unknownFields", { fields: issue.keys.join(", ") });
    case "invalid_type":
      return issue.input === undefined ? t("validation.required") : t("validation.invalid");
    default:
      return t("validation.invalid");
  }
}

export async function parseInput<S extends z.ZodType>(
  schema: S,
  raw: unknown,
): Promise<{ ok: true; data: z.infer<S> } | { ok: false; state: FormState }> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const t = await getTranslations();
  const fieldErrors: Record<string, string[]> = {};
  const formErrors: string[] = [];
  for (const issue of parsed.error.issues) {
    const message = issueMessage(t, issue);
    const field = issue.path[0];
    if (field === undefined || issue.code === "unrecognized_keys") formErrors.push(message);
    else (fieldErrors[String(field)] ??= []).push(message);
  }
  return {
    ok: false,
    state: { status: "error", code: "invalid", message: formErrors[0] ?? t("errors.invalidForm"), fieldErrors },
  };
}

/**
 * A save that lost to someone else's: the feature's own message and, when the record still
 * exists, its saved values for the form's conflict panel.
 */
export function conflictState(message: string, current: Record<string, unknown> | null | undefined): FormState {
  return { status: "error", code: "conflict", message, ...(current ? { current } : {}) };
}

/** Expected failures → form state. Anything else (including Next's redirect) is rethrown. */
export async function failureState(error: unknown): Promise<FormState> {
  const t = await getTranslations();
  if (error instanceof UnauthenticatedError) return { status: "error", code: "unauthenticated", message: t("errors.unauthenticated") };
  // Not found and forbidden read the same to the caller: neither reveals whether the record exists.
  if (error instanceof NotFoundError || error instanceof ForbiddenError) return { status: "error", code: "not_found", message: t("errors.notFound") };
  if (error instanceof ConflictError) return { status: "error", code: "conflict", message: t("errors.conflict") };
  if (error instanceof InvalidInputError)
    return {
      status: "error",
      code: "invalid",
      message: t(`errors.${error.messageKey}` as DynamicKey),
      fieldErrors: Object.fromEntries(
        Object.entries(error.fieldErrors).map(([k, keys]) => [k, keys.map((key) => t(`validation.${key}` as DynamicKey))]),
      ),
    };
  throw error;
}

/**
 * A server action acting in one region. The returned function takes the (unverified) region slug
 * first: forms bind it, and the gate proves it before anything else runs.
 */
export function regionAction<S extends z.ZodType>(spec: {
  permission: Permission;
  input: S;
  run: (ctx: RegionContext, input: z.infer<S>) => Promise<FormState>;
}) {
  return async (unverifiedSlug: string, _previous: FormState, formData: FormData): Promise<FormState> => {
    let ctx: RegionContext;
    try {
      ctx = await gateRegionFor(String(unverifiedSlug), spec.permission);
    } catch (error) {
      return failureState(error);
    }
    const parsed = await parseInput(spec.input, formDataToObject(formData));
    if (!parsed.ok) return parsed.state;
    try {
      return await spec.run(ctx, parsed.data);
    } catch (error) {
      return failureState(error);
    }
  };
}

/** A server action outside any region (account, platform administration). */
export function userAction<S extends z.ZodType>(spec: {
  permission?: Permission;
  input: S;
  run: (ctx: UserContext, input: z.infer<S>) => Promise<FormState>;
}) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    let ctx: UserContext;
    try {
      ctx = await gateUser(spec.permission);
    } catch (error) {
      return failureState(error);
    }
    const parsed = await parseInput(spec.input, formDataToObject(formData));
    if (!parsed.ok) return parsed.state;
    try {
      return await spec.run(ctx, parsed.data);
    } catch (error) {
      return failureState(error);
    }
  };
}
