"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { conflictState, regionAction, type FormState } from "@/lib/actions";
import { ConflictError } from "@/lib/errors";
import { archiveActor, createActor, currentActorValues, restoreActor, updateActor, type WriteResult } from "./data";
import { ArchiveActorInput, CreateActorInput, UpdateActorInput } from "./schema";

// The actor registry's writes. Create, archive and restore need `actors.write` (regional and
// platform admins). Editing is open to `actors.writeOwn` too, so the gate asks only that the
// caller may read the region; the data layer then allows an admin any actor and an institution
// editor only their own institution (anything else answers "not found").

function refresh() {
  revalidatePath("/[locale]/r/[region]/actors", "layout");
}

/** Likely duplicates: not saved; the form lists them and asks for the confirmation box. */
async function duplicatesState(result: Extract<WriteResult, { kind: "duplicates" }>): Promise<FormState> {
  const t = await getTranslations("actors");
  return {
    status: "error",
    code: "invalid",
    message: t("duplicatesMessage"),
    fieldErrors: { confirmDuplicate: [t("duplicatesConfirmHint")] },
    current: { duplicates: result.duplicates },
  };
}

export const createActorAction = regionAction({
  permission: "actors.write",
  input: CreateActorInput,
  run: async (ctx, input) => {
    const result = await createActor(ctx, input);
    if (result.kind === "duplicates") return duplicatesState(result);
    refresh();
    redirect(`/${await getLocale()}/r/${ctx.regionSlug}/actors/${result.id}?saved=1`);
  },
});

export const updateActorAction = regionAction({
  permission: "region.read",
  input: UpdateActorInput,
  run: async (ctx, input) => {
    let result: WriteResult;
    try {
      result = await updateActor(ctx, input);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const t = await getTranslations("actors");
      const current = await currentActorValues(ctx, input.actorId);
      return conflictState(t("conflictMessage"), current);
    }
    if (result.kind === "duplicates") return duplicatesState(result);
    refresh();
    redirect(`/${await getLocale()}/r/${ctx.regionSlug}/actors/${result.id}?saved=1`);
  },
});

export const archiveActorAction = regionAction({
  permission: "actors.write",
  input: ArchiveActorInput,
  run: async (ctx, input) => {
    await archiveActor(ctx, input);
    refresh();
    const t = await getTranslations("actors");
    return { status: "ok", message: t("archivedMessage") };
  },
});

export const restoreActorAction = regionAction({
  permission: "actors.write",
  input: ArchiveActorInput,
  run: async (ctx, input) => {
    await restoreActor(ctx, input);
    refresh();
    const t = await getTranslations("actors");
    return { status: "ok", message: t("restoredMessage") };
  },
});
