"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

interface Progress {
  status: string;
  totalRows: number;
  processedRows: number;
}

/**
 * The progress of a job that is still running: polls its route (PostgreSQL, so any instance
 * answers) once a second and refreshes the page when the job has moved on.
 */
export function ImportProgress({ regionSlug, jobId, initial }: { regionSlug: string; jobId: string; initial: Progress }) {
  const t = useTranslations("imports");
  const locale = useLocale();
  const router = useRouter();
  const [progress, setProgress] = useState(initial);

  useEffect(() => {
    let stopped = false;
    const timer = setInterval(async () => {
      const response = await fetch(`/api/regions/${encodeURIComponent(regionSlug)}/imports/${jobId}?locale=${locale}`, { cache: "no-store" }).catch(() => null);
      if (stopped || !response?.ok) return;
      const next = (await response.json()) as Progress;
      setProgress(next);
      if (next.status !== "VALIDATING" && next.status !== "COMMITTING") {
        clearInterval(timer);
        router.refresh();
      }
    }, 1000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [regionSlug, jobId, locale, router]);

  const text = t("progressText", { processed: progress.processedRows, total: progress.totalRows });
  return (
    <div className="space-y-2">
      <label htmlFor={`progress-${jobId}`} className="block text-sm font-semibold text-slate-900">
        {t("progressLabel")}
      </label>
      <progress
        id={`progress-${jobId}`}
        max={Math.max(1, progress.totalRows)}
        value={progress.processedRows}
        aria-valuetext={text}
        className="h-4 w-full max-w-xl"
      />
      <p role="status" aria-live="polite" className="text-sm text-slate-700">
        {text}
      </p>
    </div>
  );
}
