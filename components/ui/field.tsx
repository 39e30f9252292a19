import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

interface ShellProps {
  id: string;
  label: string;
  /** Shown under the control, linked with aria-describedby and marked aria-invalid. */
  error?: string | null;
  hint?: string;
}

/** The label, hint and error every form control carries; the control gets its ARIA wiring. */
export function FieldShell({
  id,
  label,
  error,
  hint,
  children,
}: ShellProps & { children: (aria: { "aria-invalid"?: true; "aria-describedby"?: string; className: string }) => ReactNode }) {
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
      {children({
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy,
        className: cn(
          "rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-sm",
          error ? "border-red-700" : "border-slate-500",
        ),
      })}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type FieldProps = Omit<ComponentProps<"input">, "id"> & ShellProps;

/** A labelled input whose hint and error are announced with it. */
export function Field({ id, label, error, hint, className, ...inputProps }: FieldProps) {
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      {(aria) => <input id={id} {...aria} className={cn(aria.className, className)} {...inputProps} />}
    </FieldShell>
  );
}

type SelectFieldProps = Omit<ComponentProps<"select">, "id"> & ShellProps;

/** A labelled select whose hint and error are announced with it. */
export function SelectField({ id, label, error, hint, className, children, ...selectProps }: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      {(aria) => (
        <select id={id} {...aria} className={cn(aria.className, className)} {...selectProps}>
          {children}
        </select>
      )}
    </FieldShell>
  );
}

type TextAreaFieldProps = Omit<ComponentProps<"textarea">, "id"> & ShellProps;

/** A labelled multi-line text box whose hint and error are announced with it. */
export function TextAreaField({ id, label, error, hint, className, rows = 4, ...textareaProps }: TextAreaFieldProps) {
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      {(aria) => <textarea id={id} rows={rows} {...aria} className={cn(aria.className, className)} {...textareaProps} />}
    </FieldShell>
  );
}
