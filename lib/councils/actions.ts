"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { conflictState, regionAction, type FormState } from "@/lib/actions";
import { ConflictError } from "@/lib/errors";
import type { RegionContext } from "@/lib/tenancy";
import {
  createCouncil,
  createDelegation,
  createSeat,
  currentDelegationValues,
  currentSeatValues,
  endDelegation,
  endSeat,
  getCouncilForEdit,
  updateCouncil,
  updateDelegation,
  updateSeat,
} from "./admin";
import {
  CreateCouncilInput,
  CreateDelegationInput,
  CreateSeatInput,
  EndDelegationInput,
  EndSeatInput,
  UpdateCouncilInput,
  UpdateDelegationInput,
  UpdateSeatInput,
} from "./schema";

// The council's administration: its record, seats and delegations. All need `council.write`
// (regional admin, council secretary, platform admin); the data layer checks it again and scopes
// every id by the verified region. A save that lost to someone else's is refused and answers
// with the record as it is now, so the form can show it next to what the user typed.

function refresh() {
  revalidatePath("/[locale]/r/[region]/council", "layout");
  revalidatePath("/[locale]/p/[region]/council", "page");
}

async function savedAt(ctx: RegionContext, path: string): Promise<never> {
  refresh();
  redirect(`/${await getLocale()}/r/${ctx.regionSlug}/council${path}?saved=1`);
}

/** Runs a versioned write; a ConflictError becomes the conflict state with the current record. */
async function withConflictView<T>(write: () => Promise<T>, current: () => Promise<object | null>): Promise<{ ok: T } | { state: FormState }> {
  try {
    return { ok: await write() };
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const [t, now] = await Promise.all([getTranslations("council"), current()]);
    return { state: conflictState(t("conflictMessage"), now ? { ...now } : null) };
  }
}

export const createCouncilAction = regionAction({
  permission: "council.write",
  input: CreateCouncilInput,
  run: async (ctx, input) => {
    await createCouncil(ctx, input);
    return savedAt(ctx, "");
  },
});

export const updateCouncilAction = regionAction({
  permission: "council.write",
  input: UpdateCouncilInput,
  run: async (ctx, input) => {
    const result = await withConflictView(
      () => updateCouncil(ctx, input),
      () => getCouncilForEdit(ctx, input.councilId).catch(() => null),
    );
    if ("state" in result) return result.state;
    return savedAt(ctx, "");
  },
});

export const createSeatAction = regionAction({
  permission: "council.write",
  input: CreateSeatInput,
  run: async (ctx, input) => {
    const { id } = await createSeat(ctx, input);
    return savedAt(ctx, `/seats/${id}`);
  },
});

export const updateSeatAction = regionAction({
  permission: "council.write",
  input: UpdateSeatInput,
  run: async (ctx, input) => {
    const result = await withConflictView(() => updateSeat(ctx, input), () => currentSeatValues(ctx, input.seatId));
    if ("state" in result) return result.state;
    return savedAt(ctx, `/seats/${input.seatId}`);
  },
});

export const endSeatAction = regionAction({
  permission: "council.write",
  input: EndSeatInput,
  run: async (ctx, input) => {
    const result = await withConflictView(() => endSeat(ctx, input), () => currentSeatValues(ctx, input.seatId));
    if ("state" in result) return result.state;
    return savedAt(ctx, `/seats/${input.seatId}`);
  },
});

export const createDelegationAction = regionAction({
  permission: "council.write",
  input: CreateDelegationInput,
  run: async (ctx, input) => {
    const { seatId } = await createDelegation(ctx, input);
    return savedAt(ctx, `/seats/${seatId}`);
  },
});

export const updateDelegationAction = regionAction({
  permission: "council.write",
  input: UpdateDelegationInput,
  run: async (ctx, input) => {
    const result = await withConflictView(() => updateDelegation(ctx, input), () => currentDelegationValues(ctx, input.delegationId));
    if ("state" in result) return result.state;
    return savedAt(ctx, `/seats/${result.ok.seatId}`);
  },
});

export const endDelegationAction = regionAction({
  permission: "council.write",
  input: EndDelegationInput,
  run: async (ctx, input) => {
    const result = await withConflictView(() => endDelegation(ctx, input), () => currentDelegationValues(ctx, input.delegationId));
    if ("state" in result) return result.state;
    return savedAt(ctx, `/seats/${result.ok.seatId}`);
  },
});
