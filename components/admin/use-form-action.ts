"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { FormState } from "@/lib/actions";

const IDLE: FormState = { status: "idle" };

/**
 * `useActionState` for an administration form, with two changes to React's defaults:
 * - the form keeps what the person typed when the server refuses it (React resets a form after
 *   every action; here it is reset only after a success, and only when asked to);
 * - after a refusal, focus moves to the first field in error, or to the message, so keyboard and
 *   screen-reader users land where the problem is.
 * Without JavaScript the form still posts to the action (progressive enhancement).
 */
export function useFormAction(action: (state: FormState, formData: FormData) => Promise<FormState>, opts: { resetOnSuccess?: boolean } = {}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  const resetOnSuccess = opts.resetOnSuccess ?? false;

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    if (state.status === "ok" && resetOnSuccess) form.reset();
    if (state.status === "error") {
      const target = form.querySelector<HTMLElement>("[aria-invalid='true']") ?? form.querySelector<HTMLElement>("[data-form-error]");
      target?.focus();
    }
  }, [state, resetOnSuccess]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return { state, formAction, pending, formRef, onSubmit };
}

/** The first error of a field, for `Field`'s `error` prop. */
export function fieldError(state: FormState, field: string): string | undefined {
  return state.status === "error" ? state.fieldErrors?.[field]?.[0] : undefined;
}
