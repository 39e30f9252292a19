/**
 * What a refused save shows: the record as someone else saved it, and a link that reloads the
 * form with those values (a full page load, so the form gets the new version).
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
  rows: { label: string; value: string }[];
  reloadHref: string;
  reloadLabel: string;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded-md border border-amber-700 bg-amber-50 p-4">
      <h3 id={`${id}-heading`} className="font-semibold text-slate-900">
        {heading}
      </h3>
      <p className="text-sm text-slate-800">{intro}</p>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-3">
        {rows.map((row) => (
          <div key={row.label} className="contents">
            <dt className="font-semibold text-slate-900">{row.label}</dt>
            <dd className="whitespace-pre-line text-slate-800 sm:col-span-2">{row.value || "—"}</dd>
          </div>
        ))}
      </dl>
      <a className="font-medium text-teal-800 underline underline-offset-4" href={reloadHref}>
        {reloadLabel}
      </a>
    </section>
  );
}
