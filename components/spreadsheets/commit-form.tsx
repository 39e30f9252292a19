"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { FormStatus } from "@/components/admin/form-status";
import { inRegion, useFormAction } from "@/components/admin/use-form-action";
import { Button } from "@/components/ui/button";
import { commitImportAction } from "@/lib/spreadsheets/actions";

/** The one button that commits a READY import; the page then shows the committed job. */
export function CommitForm({ regionSlug, jobId, count }: { regionSlug: string; jobId: string; count: number }) {
  const t = useTranslations("imports");
  const router = useRouter();
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(inRegion(commitImportAction, regionSlug));

  useEffect(() => {
    if (state.status === "ok") router.refresh();
  }, [state, router]);

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="jobId" value={jobId} />
      <FormStatus state={state} id={`commit-${jobId}`} />
      <Button type="submit" disabled={pending || state.status === "ok"}>
        {pending ? t("committing") : t("commitSubmit", { count })}
      </Button>
    </form>
  );
}
