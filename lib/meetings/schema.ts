import { z } from "zod";
import { confirmed, Version } from "@/lib/validation/forms";
import { parseIsoDay } from "@/lib/dates";

// Input of the meeting forms. The region never appears here: it comes from the tenant gate.
// Shape only (required, lengths, formats); rules that need the database or today's date (a held
// meeting's date, a seat active on the meeting day) are checked in lib/meetings/data.ts.

/** Peru keeps UTC-5 all year (no daylight saving): a wall-clock time in Lima is UTC + 5 h. */
export const LIMA_OFFSET_MS = 5 * 3_600_000;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/** "YYYY-MM-DDTHH:mm" (what a datetime-local input sends), read as Lima time → the instant. */
export function parseLimaDateTime(raw: unknown): Date | null {
  if (typeof raw !== "string") return null;
  const match = LOCAL_DATE_TIME.exec(raw.trim().slice(0, 16));
  if (!match || raw.trim().length > 19) return null;
  const day = parseIsoDay(match[1]);
  const [hours, minutes] = [Number(match[2]), Number(match[3])];
  if (!day || hours > 23 || minutes > 59) return null;
  return new Date(day.getTime() + (hours * 60 + minutes) * 60_000 + LIMA_OFFSET_MS);
}

/** The instant as a datetime-local value in Lima time (the inverse of parseLimaDateTime). */
export function formatLimaDateTime(at: Date): string {
  return new Date(at.getTime() - LIMA_OFFSET_MS).toISOString().slice(0, 16);
}

/** The calendar day (midnight UTC) on which the instant falls in Lima: the meeting's date. */
export function limaDayOf(at: Date): Date {
  const shifted = new Date(at.getTime() - LIMA_OFFSET_MS);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

/** An empty text field means "none". */
export const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
export const optionalText = (max: number) =>
  z.preprocess(emptyToNull, z.string().trim().max(max).nullable().optional()).transform((v) => v ?? null);

const ScheduledAt = z
  .string()
  .trim()
  .min(1)
  .refine((v) => parseLimaDateTime(v) !== null)
  .transform((v) => parseLimaDateTime(v)!);

const MeetingFields = {
  title: z.string().trim().min(1).max(200),
  scheduledAt: ScheduledAt,
  location: optionalText(200),
  agenda: z.string().trim().min(1).max(10_000),
};

export const CreateMeetingInput = z.strictObject({ councilId: z.uuid(), ...MeetingFields });
export type CreateMeetingInput = z.infer<typeof CreateMeetingInput>;

export const UpdateMeetingInput = z.strictObject({ meetingId: z.uuid(), version: Version, ...MeetingFields });
export type UpdateMeetingInput = z.infer<typeof UpdateMeetingInput>;

/** Mark held / cancel: the version the page showed, so a stale button cannot undo a change. */
export const MeetingStatusInput = z.strictObject({ meetingId: z.uuid(), version: Version });
export type MeetingStatusInput = z.infer<typeof MeetingStatusInput>;

/** Cancelling cannot be undone (a cancelled meeting is locked): the form asks for a ticked box. */
export const CancelMeetingInput = MeetingStatusInput.extend({ confirm: confirmed("meetings.cancelConfirmRequired") });
export type CancelMeetingInput = z.infer<typeof CancelMeetingInput>;

export const MinutesInput = z.strictObject({ meetingId: z.uuid(), version: Version, minutes: optionalText(50_000) });
export type MinutesInput = z.infer<typeof MinutesInput>;

/**
 * Who sat in a seat: absent, present (person not recorded), the accredited delegate, or the
 * substitute. The server resolves the person from the delegation covering the meeting day, so
 * the browser never names a person.
 */
export const ATTENDANCE_CHOICES = ["absent", "present", "delegate", "substitute"] as const;
export type AttendanceChoice = (typeof ATTENDANCE_CHOICES)[number];

const UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
const SEAT_CHOICE = new RegExp(`^(${UUID}):(${ATTENDANCE_CHOICES.join("|")})$`);

/** One select per seat, all named `seat`, each value "<seatId>:<choice>". */
export const AttendanceInput = z.strictObject({
  meetingId: z.uuid(),
  version: Version,
  seat: z
    .preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().regex(SEAT_CHOICE)).max(500))
    .transform((values) =>
      values.map((v) => {
        const [, seatId, choice] = SEAT_CHOICE.exec(v)!;
        return { seatId: seatId!.toLowerCase(), choice: choice as AttendanceChoice };
      }),
    ),
});
export type AttendanceInput = z.infer<typeof AttendanceInput>;

/** Past meetings per page of the meetings list (upcoming ones are all shown). */
export const MEETINGS_PER_PAGE = 25;
