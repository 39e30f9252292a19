import type { FormState } from "@/lib/actions";

/**
 * The outcome of a form, announced: successes politely (role=status), refusals at once
 * (role=alert). Both regions are always in the page, so screen readers notice new text in them.
 */
export function FormStatus({ state, id }: { state: FormState; id: string }) {
  return (
    <div className="space-y-2">
      <div role="alert" aria-live="assertive" aria-atomic="true">
        {state.status === "error" ? (
          <p
            id={`${id}-error`}
            tabIndex={-1}
            data-form-error
            className="rounded-md border border-red-700 bg-red-50 px-4 py-3 text-sm font-medium text-red-900"
          >
            {state.message}
          </p>
        ) : null}
      </div>
      <div role="status" aria-live="polite" aria-atomic="true">
        {state.status === "ok" && state.message ? (
          <p className="rounded-md border border-teal-800 bg-teal-50 px-4 py-3 text-sm font-medium text-teal-900">{state.message}</p>
        ) : null}
      </div>
    </div>
  );
}
