"use client";

import { useEffect, type RefObject } from "react";
import type { FormState } from "@/lib/actions";

// The account forms share how a server action's answer is shown: one live region for the form's
// message, errors under each field (through Field's `error`), and focus moved to the first field
// in error so keyboard and screen-reader users land where the fix is needed.

export const IDLE_STATE: FormState = { status: "idle" };

export function fieldError(state: FormState, name: string): string | undefined {
  return state.status === "error" ? state.fieldErrors?.[name]?.[0] : undefined;
}

export function FormFeedback({ state }: { state: FormState }) {
  return (
    <>
      <div role="alert" aria-live="assertive" aria-atomic="true">
        {state.status === "error" ? (
          <p className="rounded-md border border-red-700 bg-red-50 px-4 py-3 text-sm font-medium text-red-900">{state.message}</p>
        ) : null}
      </div>
      <div role="status" aria-live="polite" aria-atomic="true">
        {state.status === "ok" && state.message ? (
          <p className="rounded-md border border-teal-800 bg-teal-50 px-4 py-3 text-sm font-medium text-teal-950">{state.message}</p>
        ) : null}
      </div>
    </>
  );
}

/** After an answer with field errors, focuses the first field in error (in document order). */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>, state: FormState): void {
  useEffect(() => {
    if (state.status !== "error") return;
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  }, [form, state]);
}
