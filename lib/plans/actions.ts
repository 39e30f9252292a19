"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { conflictState, regionAction, type FormState } from "@/lib/actions";
import { ConflictError } from "@/lib/errors";
import type { RegionContext } from "@/lib/tenancy";
import {
  createIndicator,
  createMeasurement,
  createObjective,
  createPlan,
  currentIndicatorValues,
  currentMeasurementValues,
  currentObjectiveValues,
  currentPlanValues,
  deleteIndicator,
  deleteMeasurement,
  deleteObjective,
  deletePlan,
  updateIndicator,
  updateMeasurement,
  updateObjective,
  updatePlan,
} from "./data";
import {
  CreateIndicatorInput,
  CreateMeasurementInput,
  CreateObjectiveInput,
  CreatePlanInput,
  DeleteIndicatorInput,
  DeleteMeasurementInput,
  DeleteObjectiveInput,
  DeletePlanInput,
  UpdateIndicatorInput,
  UpdateMeasurementInput,
  UpdateObjectiveInput,
  UpdatePlanInput,
} from "./schema";

// The plans' writes: all need `plans.write` (regional and platform admins). The data layer checks
// it again and scopes everything to the verified region.

function refresh() {
  revalidatePath("/[locale]/r/[region]/plans", "layout");
}

async function goTo(ctx: RegionContext, path: string): Promise<never> {
  refresh();
  redirect(`/${await getLocale()}/r/${ctx.regionSlug}/plans${path}`);
}

/**
 * Runs a versioned save; when someone else saved first, answers with the record as it is now so
 * the form can show it next to what the user typed (and a reload link).
 */
async function withConflictScreen(save: () => Promise<void>, current: () => Promise<Record<string, unknown> | null>): Promise<FormState | null> {
  try {
    await save();
    return null;
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const [t, now] = await Promise.all([getTranslations("plans"), current()]);
    return conflictState(t("conflictMessage"), now);
  }
}

export const createPlanAction = regionAction({
  permission: "plans.write",
  input: CreatePlanInput,
  run: async (ctx, input) => {
    const { id } = await createPlan(ctx, input);
    return goTo(ctx, `/${id}?saved=1`);
  },
});

export const updatePlanAction = regionAction({
  permission: "plans.write",
  input: UpdatePlanInput,
  run: async (ctx, input) => {
    const conflict = await withConflictScreen(
      async () => void (await updatePlan(ctx, input)),
      () => currentPlanValues(ctx, input.planId),
    );
    return conflict ?? goTo(ctx, `/${input.planId}?saved=1`);
  },
});

export const deletePlanAction = regionAction({
  permission: "plans.write",
  input: DeletePlanInput,
  run: async (ctx, input) => {
    await deletePlan(ctx, input);
    return goTo(ctx, "?deleted=1");
  },
});

export const createObjectiveAction = regionAction({
  permission: "plans.write",
  input: CreateObjectiveInput,
  run: async (ctx, input) => {
    const { planId } = await createObjective(ctx, input);
    return goTo(ctx, `/${planId}?saved=1`);
  },
});

export const updateObjectiveAction = regionAction({
  permission: "plans.write",
  input: UpdateObjectiveInput,
  run: async (ctx, input) => {
    let planId = "";
    const conflict = await withConflictScreen(
      async () => void ({ planId } = await updateObjective(ctx, input)),
      () => currentObjectiveValues(ctx, input.objectiveId),
    );
    return conflict ?? goTo(ctx, `/${planId}?saved=1`);
  },
});

export const deleteObjectiveAction = regionAction({
  permission: "plans.write",
  input: DeleteObjectiveInput,
  run: async (ctx, input) => {
    const { planId } = await deleteObjective(ctx, input);
    return goTo(ctx, `/${planId}?deleted=1`);
  },
});

export const createIndicatorAction = regionAction({
  permission: "plans.write",
  input: CreateIndicatorInput,
  run: async (ctx, input) => {
    const { id, planId } = await createIndicator(ctx, input);
    return goTo(ctx, `/${planId}/indicators/${id}?saved=1`);
  },
});

export const updateIndicatorAction = regionAction({
  permission: "plans.write",
  input: UpdateIndicatorInput,
  run: async (ctx, input) => {
    let planId = "";
    const conflict = await withConflictScreen(
      async () => void ({ planId } = await updateIndicator(ctx, input)),
      () => currentIndicatorValues(ctx, input.indicatorId),
    );
    return conflict ?? goTo(ctx, `/${planId}/indicators/${input.indicatorId}?saved=1`);
  },
});

export const deleteIndicatorAction = regionAction({
  permission: "plans.write",
  input: DeleteIndicatorInput,
  run: async (ctx, input) => {
    const { planId } = await deleteIndicator(ctx, input);
    return goTo(ctx, `/${planId}?deleted=1`);
  },
});

export const createMeasurementAction = regionAction({
  permission: "plans.write",
  input: CreateMeasurementInput,
  run: async (ctx, input) => {
    await createMeasurement(ctx, input);
    refresh();
    const t = await getTranslations("plans");
    return { status: "ok", message: t("measurementAdded") };
  },
});

export const updateMeasurementAction = regionAction({
  permission: "plans.write",
  input: UpdateMeasurementInput,
  run: async (ctx, input) => {
    let place = { planId: "", indicatorId: "" };
    const conflict = await withConflictScreen(
      async () => void (place = await updateMeasurement(ctx, input)),
      () => currentMeasurementValues(ctx, input.measurementId),
    );
    return conflict ?? goTo(ctx, `/${place.planId}/indicators/${place.indicatorId}?saved=1`);
  },
});

export const deleteMeasurementAction = regionAction({
  permission: "plans.write",
  input: DeleteMeasurementInput,
  run: async (ctx, input) => {
    const { planId, indicatorId } = await deleteMeasurement(ctx, input);
    return goTo(ctx, `/${planId}/indicators/${indicatorId}?deleted=1`);
  },
});
