import type pg from "pg";
import { actorIn, regionAdmins, type ActionCase, type ApiProbe, type Region } from "./common";

// Permission-matrix rows for council meetings and agreements: one per server action
// ("file#export"). Every write needs `council.write`: the region's admin (a council secretary
// too, not among the matrix callers) and platform admins; readers, institution offices and other
// regions' admins change nothing.

/** A fresh meeting of the region's council, yesterday at this hour, in the given status. */
async function meetingIn(db: pg.Client, region: Region | null, n: number, status: "PLANNED" | "HELD") {
  const { rows } = await db.query<{ id: string; councilId: string; regionId: string }>(
    `insert into "Meeting"(id, "regionId", "councilId", title, "scheduledAt", agenda, status, "updatedAt")
     select gen_random_uuid(), c."regionId", c.id, $1, now() - interval '1 day', '1. Informes', $2::"MeetingStatus", now()
     from "Council" c join "Region" r on r.id = c."regionId" where r.slug = $3
     order by c."createdAt", c.id limit 1
     returning id, "councilId", "regionId"`,
    [`Sesión de prueba ${n} ${Date.now()}`, status, region],
  );
  return rows[0]!;
}

/** Every seat active on the meeting's day (Lima) recorded present: the meeting has quorum. */
async function withFullAttendance(db: pg.Client, meeting: { id: string; councilId: string }) {
  await db.query(
    `insert into "Attendance"(id, "regionId", "meetingId", "seatId", present, "updatedAt")
     select gen_random_uuid(), s."regionId", m.id, s.id, true, now()
     from "Meeting" m join "Seat" s on s."councilId" = m."councilId"
     where m.id = $1 and s."startsOn" <= (m."scheduledAt" at time zone 'America/Lima')::date
       and (s."endsOn" is null or s."endsOn" > (m."scheduledAt" at time zone 'America/Lima')::date)`,
    [meeting.id],
  );
}

/** A fresh agreement at a fresh held meeting of the region. */
async function agreementIn(db: pg.Client, region: Region | null, n: number) {
  const meeting = await meetingIn(db, region, n, "HELD");
  const { actorId } = await actorIn(db, region, n);
  const { rows } = await db.query<{ id: string }>(
    `insert into "Agreement"(id, "regionId", "councilId", "meetingId", text, "ownerActorId", "dueOn", "updatedAt")
     values (gen_random_uuid(), $1, $2, $3, 'Acuerdo de prueba', $4, current_date + 30, now()) returning id`,
    [meeting.regionId, meeting.councilId, meeting.id, actorId],
  );
  return { agreementId: rows[0]!.id, ownerActorId: actorId };
}

/** datetime-local in Lima time, `days` from now. */
function limaLocal(days: number): string {
  return new Date(Date.now() + days * 86_400_000 - 5 * 3_600_000).toISOString().slice(0, 16);
}

export const ACTIONS: Record<string, ActionCase> = {
  "lib/meetings/actions.ts#createMeetingAction": {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => {
      const { rows } = await db.query<{ id: string }>(
        `select c.id from "Council" c join "Region" r on r.id = c."regionId" where r.slug = $1 order by c."createdAt", c.id limit 1`,
        [region],
      );
      return { councilId: rows[0]!.id, title: `Sesión nueva ${n}`, scheduledAt: limaLocal(20), agenda: "1. Informes" };
    },
  },
  "lib/meetings/actions.ts#updateMeetingAction": {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => {
      const { id } = await meetingIn(db, region, n, "PLANNED");
      return { meetingId: id, version: "1", title: `Sesión editada ${n}`, scheduledAt: limaLocal(15), agenda: "1. Nuevo punto" };
    },
  },
  "lib/meetings/actions.ts#markMeetingHeldAction": {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => ({ meetingId: (await meetingIn(db, region, n, "PLANNED")).id, version: "1" }),
  },
  "lib/meetings/actions.ts#cancelMeetingAction": {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => ({ meetingId: (await meetingIn(db, region, n, "PLANNED")).id, version: "1", confirm: "on" }),
  },
  "lib/meetings/actions.ts#saveMinutesAction": {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => ({ meetingId: (await meetingIn(db, region, n, "HELD")).id, version: "1", minutes: `Acta ${n}` }),
  },
  "lib/meetings/actions.ts#saveAttendanceAction": {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => {
      const meeting = await meetingIn(db, region, n, "HELD");
      const { rows } = await db.query<{ id: string }>(
        `select s.id from "Seat" s where s."councilId" = $1 and s."startsOn" <= current_date - 1
           and (s."endsOn" is null or s."endsOn" > current_date) order by s.id`,
        [meeting.councilId],
      );
      return { meetingId: meeting.id, version: "1", seat: rows.slice(0, 3).map((r) => `${r.id}:present`) };
    },
  },
  "lib/agreements/actions.ts#adoptAgreementAction": {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => {
      const meeting = await meetingIn(db, region, n, "HELD");
      await withFullAttendance(db, meeting);
      const { actorId } = await actorIn(db, region, n);
      return { meetingId: meeting.id, reference: "", text: `Acuerdo adoptado ${n}`, ownerActorId: actorId, dueOn: "" };
    },
  },
  "lib/agreements/actions.ts#updateAgreementAction": {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => {
      const { agreementId, ownerActorId } = await agreementIn(db, region, n);
      return { agreementId, version: "1", reference: "", text: `Acuerdo editado ${n}`, ownerActorId, dueOn: "", status: "IN_PROGRESS", completedOn: "" };
    },
  },
  "lib/agreements/actions.ts#addAgreementNoteAction": {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => ({ agreementId: (await agreementIn(db, region, n)).agreementId, body: `Nota de seguimiento ${n}` }),
  },
};

export const ROUTES: Record<string, { probes: ApiProbe[] }> = {};
