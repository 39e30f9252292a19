import type { ComponentProps } from "react";

/** A labelled textarea with its error announced, as `Field` does for inputs. */
export function TextAreaField({ id, label, error, ...props }: Omit<ComponentProps<"textarea">, "id"> & { id: string; label: string; error?: string }) {
  const errorId = `${id}-error`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-slate-900">
        {label}
      </label>
      <textarea
        id={id}
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className={`rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-sm ${error ? "border-red-700" : "border-slate-500"}`}
        {...props}
      />
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
