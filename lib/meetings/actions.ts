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

/** What the meeting page says after a write (`?saved=`). */
type Saved = "1" | "held" | "cancelled";

/**
 * After a write that changes what the meeting's page shows: back to the page, with the message in
 * the address (`saved`: 1 for a save, or the new status). A status change also removes the form
 * that made it, so a message kept in that form's state would never be seen.
 */
async function backToMeeting(ctx: RegionContext, meetingId: string, saved: Saved): Promise<never> {
  refresh();
  redirect(`/${await getLocale()}/r/${ctx.regionSlug}/council/meetings/${meetingId}?saved=${saved}`);
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

/** A write to an existing meeting, then back to its page; a conflict stays on the form. */
async function writeThenBack(ctx: RegionContext, meetingId: string, saved: Saved, write: () => Promise<unknown>): Promise<FormState> {
  const state = await guarded(ctx, meetingId, async () => {
    await write();
    return { status: "ok" };
  });
  return state.status === "ok" ? backToMeeting(ctx, meetingId, saved) : state;
}

export const createMeetingAction = regionAction({
  permission: "council.write",
  input: CreateMeetingInput,
  run: async (ctx, input) => {
    const { id } = await createMeeting(ctx, input);
    return backToMeeting(ctx, id, "1");
  },
});

export const updateMeetingAction = regionAction({
  permission: "council.write",
  input: UpdateMeetingInput,
  run: (ctx, input) => writeThenBack(ctx, input.meetingId, "1", () => updateMeeting(ctx, input)),
});

export const markMeetingHeldAction = regionAction({
  permission: "council.write",
  input: MeetingStatusInput,
  run: (ctx, input) => writeThenBack(ctx, input.meetingId, "held", () => markMeetingHeld(ctx, input)),
});

export const cancelMeetingAction = regionAction({
  permission: "council.write",
  input: CancelMeetingInput,
  run: (ctx, input) => writeThenBack(ctx, input.meetingId, "cancelled", () => cancelMeeting(ctx, input)),
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
