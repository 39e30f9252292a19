"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { conflictState, regionAction } from "@/lib/actions";
import { ConflictError } from "@/lib/errors";
import { createEvidence, currentEvidenceValues, deleteEvidence, updateEvidence } from "./data";
import { CreateEvidenceInput, DeleteEvidenceInput, UpdateEvidenceInput } from "./schema";

// Cooperation evidence's writes: `cooperation.write` (regional admins, council secretaries,
// platform admins). The data layer checks the permission again and scopes everything by region.

function refresh() {
  revalidatePath("/[locale]/r/[region]/cooperation", "layout");
  // The actor pages list each actor's evidence.
  revalidatePath("/[locale]/r/[region]/actors", "layout");
}

export const createEvidenceAction = regionAction({
  permission: "cooperation.write",
  input: CreateEvidenceInput,
  run: async (ctx, input) => {
    const { id } = await createEvidence(ctx, input);
    refresh();
    redirect(`/${await getLocale()}/r/${ctx.regionSlug}/cooperation/${id}?saved=1`);
  },
});

export const updateEvidenceAction = regionAction({
  permission: "cooperation.write",
  input: UpdateEvidenceInput,
  run: async (ctx, input) => {
    try {
      await updateEvidence(ctx, input);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      // The second save is refused; the form shows the record as it is now, with a reload link.
      const t = await getTranslations("cooperation");
      const current = await currentEvidenceValues(ctx, input.evidenceId);
      return conflictState(t("conflictMessage"), current);
    }
    refresh();
    redirect(`/${await getLocale()}/r/${ctx.regionSlug}/cooperation/${input.evidenceId}?saved=1`);
  },
});

export const deleteEvidenceAction = regionAction({
  permission: "cooperation.write",
  input: DeleteEvidenceInput,
  run: async (ctx, input) => {
    await deleteEvidence(ctx, input);
    refresh();
    redirect(`/${await getLocale()}/r/${ctx.regionSlug}/cooperation?deleted=1`);
  },
});
