import { useTranslations } from "next-intl";

/**
 * What a save that lost to someone else's shows: the record as it is now, field by field, and a
 * link that reloads the form with it (the form keeps what the user typed until then).
 */
export function ConflictPanel({ id, rows, reloadHref }: { id: string; rows: { label: string; value: string }[]; reloadHref: string }) {
  const t = useTranslations("plans");
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded-md border border-amber-700 bg-amber-50 p-4">
      <h3 id={`${id}-heading`} className="font-semibold text-slate-900">
        {t("conflictHeading")}
      </h3>
      <p className="text-sm text-slate-800">{t("conflictIntro")}</p>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-3">
        {rows.map((r) => (
          <div key={r.label} className="contents">
            <dt className="font-semibold text-slate-900">{r.label}</dt>
            <dd className="text-slate-800 sm:col-span-2">{r.value || "—"}</dd>
          </div>
        ))}
      </dl>
      <a className="font-medium text-teal-800 underline underline-offset-4" href={reloadHref}>
        {t("conflictReload")}
      </a>
    </section>
  );
}

/** A conflict's current values as text ("—" for nothing). */
export function shown(value: unknown): string {
  return value === null || value === undefined || value === "" ? "—" : String(value);
}
