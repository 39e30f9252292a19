/**
 * What a save that lost to someone else's shows, in every form with a version check: the record
 * as it is saved now, field by field, beside the form that still holds what the user typed, and a
 * link that reloads the form from the saved version. Nothing was overwritten. The link is a full
 * page load, not a client navigation, so the form starts again from the new version.
 * The texts come from the feature's own messages (what "the record" is differs per form).
 */
export function ConflictPanel({
  id,
  heading,
  intro,
  rows,
  reloadHref,
  reloadLabel,
}: {
  id: string;
  heading: string;
  intro: string;
  /** The saved values, shown as text ("—" for none); no rows when the record is gone. */
  rows: { label: string; value: unknown }[];
  /** Null when there is no saved record to reload. */
  reloadHref: string | null;
  reloadLabel: string;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded-md border border-amber-700 bg-amber-50 p-4">
      <h3 id={`${id}-heading`} className="font-semibold text-slate-900">
        {heading}
      </h3>
      <p className="text-sm text-slate-800">{intro}</p>
      {rows.length ? (
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-3">
          {rows.map((row) => (
            <div key={row.label} className="contents">
              <dt className="font-semibold text-slate-900">{row.label}</dt>
              <dd className="whitespace-pre-line text-slate-800 sm:col-span-2">{shown(row.value)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {reloadHref ? (
        <a className="font-medium text-teal-800 underline underline-offset-4" href={reloadHref}>
          {reloadLabel}
        </a>
      ) : null}
    </section>
  );
}

/** A saved value as text: "—" for nothing. */
function shown(value: unknown): string {
  return value === null || value === undefined || value === "" ? "—" : String(value);
}
