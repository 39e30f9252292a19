"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { inRegion, useFormAction } from "@/components/admin/use-form-action";
import { Button } from "@/components/ui/button";
import { archiveActorAction, restoreActorAction } from "@/lib/actors/actions";

/** Archive (or restore) an actor: it leaves the lists and keeps its history. */
export function ArchiveActorForm({ regionSlug, actorId, version, archived }: { regionSlug: string; actorId: string; version: number; archived: boolean }) {
  const t = useTranslations("actors");
  const action = archived ? restoreActorAction : archiveActorAction;
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(inRegion(action, regionSlug));
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="space-y-3" aria-busy={pending || undefined}>
      <FormStatus state={state} id="archive-actor" />
      <p className="text-sm text-slate-700">{archived ? t("restoreIntro") : t("archiveIntro")}</p>
      <input type="hidden" name="actorId" value={actorId} />
      <input type="hidden" name="version" value={version} />
      <Button type="submit" variant="secondary" disabled={pending} aria-disabled={pending || undefined}>
        {archived ? t("restoreSubmit") : t("archiveSubmit")}
      </Button>
    </form>
  );
}
