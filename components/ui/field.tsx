import type { ComponentProps } from "react";
import { cn } from "./cn";

type FieldProps = Omit<ComponentProps<"input">, "id"> & {
  id: string;
  label: string;
  /** Shown under the input, linked with aria-describedby and marked aria-invalid. */
  error?: string | null;
  hint?: string;
};

/** A labelled input whose hint and error are announced with it. */
export function Field({ id, label, error, hint, className, ...inputProps }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={cn(
          "rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-sm",
          error ? "border-red-700" : "border-slate-500",
          className,
        )}
        {...inputProps}
      />
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
