"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { conflictState, regionAction, type FormState } from "@/lib/actions";
import { ConflictError } from "@/lib/errors";
import type { RegionContext } from "@/lib/tenancy";
import { cancelMeeting, createMeeting, currentMeetingValues, markMeetingHeld, saveAttendance, saveMinutes, updateMeeting } from "./data";
import { AttendanceInput, CancelMeetingInput, CreateMeetingInput, MeetingStatusInput, MinutesInput, UpdateMeetingInput } from "./schema";

// The council meetings' writes, all with `council.write` (regional admins, council secretaries,
// platform admins). A broken rule is an InvalidInputError that regionAction turns into translated
// form state; a save that lost to someone else's comes back with the meeting as it is now.

function refresh() {
  revalidatePath("/[locale]/r/[region]/council", "layout");
}

/** Runs a meeting write; a conflict becomes form state with the meeting as it is now. */
async function guarded(ctx: RegionContext, meetingId: string, write: () => Promise<FormState>): Promise<FormState> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof ConflictError) {
      const t = await getTranslations("meetings");
      const current = await currentMeetingValues(ctx, meetingId);
      return conflictState(t("conflictMessage"), current);
    }
    throw error;
  }
}

export const createMeetingAction = regionAction({
  permission: "council.write",
  input: CreateMeetingInput,
  run: async (ctx, input) => {
    const { id } = await createMeeting(ctx, input);
    refresh();
    redirect(`/${await getLocale()}/r/${ctx.regionSlug}/council/meetings/${id}?saved=1`);
  },
});

export const updateMeetingAction = regionAction({
  permission: "council.write",
  input: UpdateMeetingInput,
  run: async (ctx, input) => {
    const state = await guarded(ctx, input.meetingId, async () => {
      await updateMeeting(ctx, input);
      return { status: "ok" };
    });
    if (state.status !== "ok") return state;
    refresh();
    redirect(`/${await getLocale()}/r/${ctx.regionSlug}/council/meetings/${input.meetingId}?saved=1`);
  },
});

// A status change removes the form that made it (the page shows no status form for a held or
// cancelled meeting), so its message travels in the address, as an edit's does.
export const markMeetingHeldAction = regionAction({
  permission: "council.write",
  input: MeetingStatusInput,
  run: async (ctx, input) => {
    const state = await guarded(ctx, input.meetingId, async () => {
      await markMeetingHeld(ctx, input);
      return { status: "ok" };
    });
    if (state.status !== "ok") return state;
    refresh();
    redirect(`/${await getLocale()}/r/${ctx.regionSlug}/council/meetings/${input.meetingId}?saved=held`);
  },
});

export const cancelMeetingAction = regionAction({
  permission: "council.write",
  input: CancelMeetingInput,
  run: async (ctx, input) => {
    const state = await guarded(ctx, input.meetingId, async () => {
      await cancelMeeting(ctx, input);
      return { status: "ok" };
    });
    if (state.status !== "ok") return state;
    refresh();
    redirect(`/${await getLocale()}/r/${ctx.regionSlug}/council/meetings/${input.meetingId}?saved=cancelled`);
  },
});

export const saveMinutesAction = regionAction({
  permission: "council.write",
  input: MinutesInput,
  run: (ctx, input) =>
    guarded(ctx, input.meetingId, async () => {
      await saveMinutes(ctx, input);
      refresh();
      return { status: "ok", message: (await getTranslations("meetings"))("minutesSaved") };
    }),
});

export const saveAttendanceAction = regionAction({
  permission: "council.write",
  input: AttendanceInput,
  run: (ctx, input) =>
    guarded(ctx, input.meetingId, async () => {
      await saveAttendance(ctx, input);
      refresh();
      return { status: "ok", message: (await getTranslations("meetings"))("attendanceSaved") };
    }),
});
