"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";

/**
 * The file input of an import. Posts to the upload route (not a server action: large files), then
 * opens the new job on the same page (`?job=<id>`), where its progress and result are shown.
 */
export function UploadForm({ regionSlug, kind }: { regionSlug: string; kind: string }) {
  const t = useTranslations("imports");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);

  function fail(message: string) {
    setError(message);
    setPending(false);
    // The message is announced (role=alert) and focused, so keyboard users land on it.
    requestAnimationFrame(() => errorRef.current?.focus());
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return fail(t("noFile"));
    setPending(true);
    setError(null);
    try {
      const params = new URLSearchParams({ kind, locale });
      const response = await fetch(`/api/regions/${encodeURIComponent(regionSlug)}/imports?${params}`, { method: "POST", body: form });
      const body = (await response.json().catch(() => ({}))) as { jobId?: string; error?: string };
      if (!response.ok || !body.jobId) return fail(body.error ?? t("uploadFailed"));
      const url = new URL(window.location.href);
      url.searchParams.set("job", body.jobId);
      // The same form stays on the page for the next file.
      element.reset();
      setPending(false);
      router.push(`${url.pathname}${url.search}`);
      router.refresh();
    } catch {
      fail(t("uploadFailed"));
    }
  }

  const inputId = `${id}-file`;
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <div className="flex flex-col gap-1">
        <label htmlFor={inputId} className="text-sm font-semibold text-slate-900">
          {t("fileLabel")}
        </label>
        <p id={`${inputId}-hint`} className="text-sm text-slate-600">
          {t("fileHint")}
        </p>
        <input
          id={inputId}
          name="file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ""}`}
          aria-invalid={error ? true : undefined}
          className="rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900"
        />
      </div>
      <div role="alert" aria-live="assertive">
        {error ? (
          <p id={`${inputId}-error`} ref={errorRef} tabIndex={-1} className="rounded-md border border-red-700 bg-red-50 px-4 py-3 text-sm font-medium text-red-900">
            {error}
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("uploading") : t("uploadSubmit")}
      </Button>
    </form>
  );
}
