/**
 * The box an irreversible action asks to be ticked (deleting, cancelling): posted as
 * `confirm=on`, which the action's input requires, with the action's error beside it. The error's
 * element is `${id}-error`, so the box names it as its description.
 */
export function ConfirmBox({ id, label, error }: { id: string; label: string; error: string | undefined }) {
  return (
    <div className="space-y-1">
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          name="confirm"
          value="on"
          className="size-4"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <label htmlFor={id} className="text-sm font-semibold text-slate-900">
          {label}
        </label>
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
