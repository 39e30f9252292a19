"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { conflictState, regionAction } from "@/lib/actions";
import { ConflictError } from "@/lib/errors";
import { createRecommendation, currentFollowUpValues, currentRecommendationValues, saveFollowUp, updateRecommendation } from "./data";
import { CreateRecommendationInput, SaveFollowUpInput, UpdateRecommendationInput } from "./schema";

// The recommendations tracker's writes: `recommendations.write` (regional and platform admins).

function refresh() {
  revalidatePath("/[locale]/r/[region]/recommendations", "layout");
  revalidatePath("/[locale]/national/recommendations", "page");
}

export const saveFollowUpAction = regionAction({
  permission: "recommendations.write",
  input: SaveFollowUpInput,
  run: async (ctx, input) => {
    try {
      await saveFollowUp(ctx, input);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const t = await getTranslations("recommendations");
      const current = await currentFollowUpValues(ctx, input.recommendationId);
      return conflictState(t("conflictMessage"), current);
    }
    refresh();
    redirect(`/${await getLocale()}/r/${ctx.regionSlug}/recommendations/${input.recommendationId}?saved=1`);
  },
});

export const createRecommendationAction = regionAction({
  permission: "recommendations.write",
  input: CreateRecommendationInput,
  run: async (ctx, input) => {
    const { id } = await createRecommendation(ctx, input);
    refresh();
    redirect(`/${await getLocale()}/r/${ctx.regionSlug}/recommendations/${id}?saved=recommendation`);
  },
});

export const updateRecommendationAction = regionAction({
  permission: "recommendations.write",
  input: UpdateRecommendationInput,
  run: async (ctx, input) => {
    try {
      await updateRecommendation(ctx, input);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const t = await getTranslations("recommendations");
      const current = await currentRecommendationValues(ctx, input.recommendationId);
      return conflictState(t("recommendationConflictMessage"), current);
    }
    refresh();
    redirect(`/${await getLocale()}/r/${ctx.regionSlug}/recommendations/${input.recommendationId}?saved=recommendation`);
  },
});
