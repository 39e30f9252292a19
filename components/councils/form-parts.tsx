"use client";

import { useLocale, useTranslations } from "next-intl";

/**
 * "Someone else saved this meanwhile": the record as it is now, beside the form that still holds
 * what the user typed, and a full reload onto the current version. Nothing was overwritten.
 */
export function ConflictNotice({ id, rows, reloadPath }: { id: string; rows: { label: string; value: string }[]; reloadPath: string }) {
  const t = useTranslations("council");
  const locale = useLocale();
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded-md border border-amber-700 bg-amber-50 p-4">
      <h3 id={`${id}-heading`} className="font-semibold text-slate-900">
        {t("conflictHeading")}
      </h3>
      <p className="text-sm text-slate-800">{t("conflictIntro")}</p>
      {rows.length ? (
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-3">
          {rows.map((row) => (
            <div key={row.label} className="contents">
              <dt className="font-semibold text-slate-900">{row.label}</dt>
              <dd className="text-slate-800 sm:col-span-2">{row.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {/* A full load, not a client navigation: the form must start again from the saved version. */}
      <a className="font-medium text-teal-800 underline underline-offset-4" href={`/${locale}${reloadPath}`}>
        {t("conflictReload")}
      </a>
    </section>
  );
}

/** A labelled checkbox (the Field shell is for text inputs and selects). */
export function CheckboxField({ id, name, label, defaultChecked }: { id: string; name: string; label: string; defaultChecked: boolean }) {
  return (
    <div className="flex items-center gap-2 self-end py-2">
      <input id={id} type="checkbox" name={name} value="on" defaultChecked={defaultChecked} className="size-4" />
      <label htmlFor={id} className="text-sm font-semibold text-slate-900">
        {label}
      </label>
    </div>
  );
}

/** A stored value for display: empty → "—". */
export function shown(value: unknown): string {
  return value === null || value === undefined || value === "" ? "—" : String(value);
}
