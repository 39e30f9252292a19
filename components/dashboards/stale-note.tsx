import type { ReactNode } from "react";

/**
 * Says that the figures next to it are a region's previous ones, shown while its new ones are
 * computed after a change (lib/metrics: readers wait only METRICS_WAIT_MS for a recomputation).
 * A status, so screen readers announce it without moving focus.
 */
export function StaleNote({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-amber-950">
      {children}
    </p>
  );
}
