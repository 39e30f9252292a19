import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dataset, enumLabel, yesNo } from "../dataset";

// The council's seats and agreements as spreadsheets: every council of the region, current and
// past, in one query each (joined, never one query per row). No personal columns: delegates are
// not exported here, so region.read is enough.

const seatSelect = {
  role: true,
  voting: true,
  startsOn: true,
  endsOn: true,
  council: { select: { name: true } },
  actor: { select: { name: true, acronym: true, helix: true } },
} satisfies Prisma.SeatSelect;

export const seatsExport = dataset<Prisma.SeatGetPayload<{ select: typeof seatSelect }>>({
  title: "exports.datasets.seats",
  load: (ctx) =>
    db.seat.findMany({
      where: { regionId: ctx.regionId },
      orderBy: [{ council: { name: "asc" } }, { startsOn: "asc" }, { id: "asc" }],
      select: seatSelect,
    }),
  columns: [
    { label: "exports.columns.council", value: (r) => r.council.name },
    { label: "exports.columns.institution", value: (r) => r.actor.name },
    { label: "exports.columns.acronym", value: (r) => r.actor.acronym },
    { label: "exports.columns.helix", value: (r, t) => enumLabel("helix", r.actor.helix, t) },
    { label: "exports.columns.seatRole", value: (r, t) => enumLabel("seatRole", r.role, t) },
    { label: "exports.columns.voting", value: (r, t) => yesNo(r.voting, t) },
    { label: "exports.columns.startsOn", value: (r) => r.startsOn },
    { label: "exports.columns.endsOn", value: (r) => r.endsOn },
  ],
});

const agreementSelect = {
  reference: true,
  text: true,
  dueOn: true,
  status: true,
  completedOn: true,
  council: { select: { name: true } },
  owner: { select: { name: true } },
  meeting: { select: { title: true, scheduledAt: true } },
} satisfies Prisma.AgreementSelect;

export const agreementsExport = dataset<Prisma.AgreementGetPayload<{ select: typeof agreementSelect }>>({
  title: "exports.datasets.agreements",
  load: (ctx) =>
    db.agreement.findMany({
      where: { regionId: ctx.regionId },
      orderBy: [{ meeting: { scheduledAt: "asc" } }, { reference: "asc" }, { id: "asc" }],
      select: agreementSelect,
    }),
  columns: [
    { label: "exports.columns.reference", value: (r) => r.reference },
    { label: "exports.columns.text", value: (r) => r.text },
    { label: "exports.columns.owner", value: (r) => r.owner.name },
    { label: "exports.columns.dueOn", value: (r) => r.dueOn },
    { label: "exports.columns.status", value: (r, t) => enumLabel("agreementStatus", r.status, t) },
    { label: "exports.columns.completedOn", value: (r) => r.completedOn },
    { label: "exports.columns.council", value: (r) => r.council.name },
    { label: "exports.columns.meeting", value: (r) => r.meeting.title },
    // The meeting's day in Lima (a timestamp; 05:00 UTC is midnight in Peru).
    { label: "exports.columns.meetingDate", value: (r) => limaDay(r.meeting.scheduledAt) },
  ],
});

/** A timestamp as the calendar day it is in Lima (UTC-5, no daylight saving), for a date cell. */
function limaDay(at: Date): Date {
  const lima = new Date(at.getTime() - 5 * 3_600_000);
  return new Date(Date.UTC(lima.getUTCFullYear(), lima.getUTCMonth(), lima.getUTCDate()));
}
