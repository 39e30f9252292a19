"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { FormState } from "@/lib/actions";

const IDLE: FormState = { status: "idle" };

/**
 * `useActionState` for an administration form, with two changes to React's defaults:
 * - with JavaScript, the form keeps what the person typed when the server refuses it (React
 *   resets a form after every action; here it is reset only after a success, and only when
 *   asked to; without JavaScript the page comes back with the stored values);
 * - after a refusal, focus moves to the first field in error, or to the message, so keyboard and
 *   screen-reader users land where the problem is.
 * Without JavaScript the form still posts to the action (progressive enhancement; region actions
 * must be bound with `inRegion` below: tests/e2e/forms-without-javascript.spec.ts).
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

type RegionAction = (regionSlug: string, previous: FormState, formData: FormData) => Promise<FormState>;
type BoundAction = (previous: FormState, formData: FormData) => Promise<FormState>;
const boundActions = new WeakMap<RegionAction, Map<string, BoundAction>>();

/**
 * A region action bound to the page's region, the same function on every render.
 *
 * Binding in the component's body (`action.bind(null, slug)`) makes a new server reference on
 * each render, and Next 16 cannot finish a form posted without JavaScript (or before the page
 * hydrates) with such an action: rendering the answer, `useActionState` waits on the new
 * reference's arguments, tries again, binds again, and never ends, with a core at 100 % until
 * the process runs out of room (vercel/next.js#98045). One bound reference per action and
 * region lets the retry find the arguments already there. There are as many as actions × regions.
 */
export function inRegion(action: RegionAction, regionSlug: string): BoundAction {
  let bySlug = boundActions.get(action);
  if (!bySlug) boundActions.set(action, (bySlug = new Map()));
  let bound = bySlug.get(regionSlug);
  if (!bound) bySlug.set(regionSlug, (bound = action.bind(null, regionSlug)));
  return bound;
}

/** The first error of a field, for `Field`'s `error` prop. */
export function fieldError(state: FormState, field: string): string | undefined {
  return state.status === "error" ? state.fieldErrors?.[field]?.[0] : undefined;
}
