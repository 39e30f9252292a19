/** What a panel shows while its figures stream in (Suspense fallback). */
export function PanelSkeleton({ label, height = "h-48" }: { label: string; height?: string }) {
  return (
    <div role="status" aria-live="polite" className="space-y-3 rounded-lg border border-slate-300 bg-white p-5">
      <span className="sr-only">{label}</span>
      <div aria-hidden="true" className="h-5 w-1/3 animate-pulse rounded bg-slate-200" />
      <div aria-hidden="true" className={`${height} animate-pulse rounded bg-slate-100`} />
    </div>
  );
}
