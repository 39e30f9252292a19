import type { ReactNode } from "react";

/**
 * Renders `children` with the promise's value. Put inside <Suspense>: the page starts every query
 * at once and each panel suspends only on its own promise.
 */
export async function Await<T>({ promise, children }: { promise: Promise<T>; children: (value: T) => ReactNode }) {
  return children(await promise);
}
