"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { conflictState, regionAction } from "@/lib/actions";
import { ConflictError } from "@/lib/errors";
import { addAgreementNote, adoptAgreement, currentAgreementValues, updateAgreement } from "./data";
import { AdoptAgreementInput, AgreementNoteInput, UpdateAgreementInput } from "./schema";

// The council agreements' writes, all with `council.write`. A broken rule is an InvalidInputError
// that regionAction turns into translated form state; a save that lost to someone else's comes
// back with the agreement as it is now.

function refresh() {
  revalidatePath("/[locale]/r/[region]/council", "layout");
}

export const adoptAgreementAction = regionAction({
  permission: "council.write",
  input: AdoptAgreementInput,
  run: async (ctx, input) => {
    await adoptAgreement(ctx, input);
    refresh();
    return { status: "ok", message: (await getTranslations("agreements"))("adoptedMessage") };
  },
});

export const updateAgreementAction = regionAction({
  permission: "council.write",
  input: UpdateAgreementInput,
  run: async (ctx, input) => {
    try {
      await updateAgreement(ctx, input);
    } catch (error) {
      if (error instanceof ConflictError) {
        const current = await currentAgreementValues(ctx, input.agreementId);
        const t = await getTranslations("agreements");
        return conflictState(t("conflictMessage"), current);
      }
      throw error;
    }
    refresh();
    redirect(`/${await getLocale()}/r/${ctx.regionSlug}/council/agreements/${input.agreementId}?saved=1`);
  },
});

export const addAgreementNoteAction = regionAction({
  permission: "council.write",
  input: AgreementNoteInput,
  run: async (ctx, input) => {
    await addAgreementNote(ctx, input);
    refresh();
    return { status: "ok", message: (await getTranslations("agreements"))("noteAdded") };
  },
});
