"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** How often the page asks whether the new figures are there. */
const POLL_MS = 3000;

/**
 * Inside a StaleNote: asks the API (`pollUrl`, an answer whose `data` rows carry `stale`) every few
 * seconds whether the region's new figures are there, and refreshes the page when they are. The
 * recomputation runs on the server whether or not anyone waits; asking also restarts it if it
 * failed. Without JavaScript the note's own words ask the reader to reload.
 */
export function StaleRefresh({ pollUrl }: { pollUrl: string }) {
  const t = useTranslations("dashboards.common");
  const router = useRouter();

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const response = await fetch(pollUrl, { signal: controller.signal, credentials: "same-origin", cache: "no-store" });
        const body = response.ok ? ((await response.json()) as { data: { stale: boolean }[] }) : null;
        if (body && body.data.every((row) => !row.stale)) {
          router.refresh();
          return;
        }
      } catch {
        if (controller.signal.aborted) return;
        // A failed poll is tried again: the note stays true meanwhile.
      }
      timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [pollUrl, router]);

  return <> {t("staleRefresh")}</>;
}
