import type { ReactNode } from "react";

/** One label/value pair of a record's detail list (inside a `<dl>`); an empty value shows "—". */
export function DetailRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 sm:grid-cols-3">
      <dt className="text-sm font-semibold text-slate-900">{label}</dt>
      <dd className="text-slate-800 sm:col-span-2">{children ?? "—"}</dd>
    </div>
  );
}
