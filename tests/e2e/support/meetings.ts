import { randomUUID } from "node:crypto";
import { addDays, formatIsoDay, todayInLima } from "../../../lib/dates";
import { withDb } from "./db";

/** Today in Lima as YYYY-MM-DD, shifted by `days` (the app's own calendar, lib/dates.ts). */
export function limaDay(days = 0): string {
  return formatIsoDay(addDays(todayInLima(), days));
}

/** A meeting of Cusco's council for one test alone (inserted directly: nothing else uses it). */
export async function ownMeeting(status: "PLANNED" | "HELD", days: number, agenda: string): Promise<string> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `insert into "Meeting" (id, "regionId", "councilId", title, "scheduledAt", agenda, status, "updatedAt")
       select gen_random_uuid(), r.id, co.id, $1, ($2::date + interval '15 hours'), $3, $4::"MeetingStatus", now()
         from "Region" r join "Council" co on co."regionId" = r.id
        where r.slug = 'cusco' and co.status = 'INSTITUTIONALISED'
        order by co."createdAt" limit 1
       returning id`,
      [`Sesión de prueba ${randomUUID().slice(0, 8)}`, limaDay(days), agenda, status],
    );
    return rows[0]!.id;
  });
}

/** The meeting's status as stored. */
export async function meetingStatus(meetingId: string): Promise<string> {
  return withDb(async (db) => (await db.query<{ status: string }>(`select status::text from "Meeting" where id = $1`, [meetingId])).rows[0]!.status);
}
