// The council (CORCYTEC) or forum: seats owned by institutions, delegates accredited for terms with
// substitutes, the meeting history with attendance by seat, agreements and their follow-up notes.
// Terms and the next meeting are placed relative to today, so the "terms ending soon" and
// "vacant seat" views always have something to show.
import { agreementReferenceKey } from "@/lib/agreements/schema";
import type { AgreementStatus, Helix } from "@/lib/generated/prisma/client";
import { addDays, addMonths, dateBetween, day, daysBetween, maxDate, minDate, Rng, uuidv7, workingDay } from "../util";
import type { RegionDemo } from "./builder";
import type { NameFactory } from "./names";
import type { RegionSpec } from "./spec";

const DELEGATE_POSITIONS: Record<Helix, readonly string[]> = {
  GOVERNMENT: ["Gerente regional", "Subgerente de promoción de la competitividad", "Especialista en innovación"],
  ACADEMIA: ["Vicerrector de Investigación", "Director de Instituto de Investigación", "Docente investigador"],
  RESEARCH: ["Director de la estación experimental", "Investigador principal", "Especialista en transferencia"],
  BUSINESS: ["Presidente del consejo directivo", "Gerente general", "Director de la comisión de innovación"],
  CIVIL_SOCIETY: ["Director ejecutivo", "Coordinador de programas", "Responsable de proyectos"],
  INTERNATIONAL: ["Representante en el Perú", "Coordinador de cooperación", "Oficial de programas"],
};

interface Term {
  start: Date;
  end: Date;
  personId: string;
  substituteId: string | null;
}

interface SeatState {
  id: string;
  actorId: string;
  voting: boolean;
  startsOn: Date;
  endsOn: Date | null;
  terms: Term[];
}

function activeAt(seat: SeatState, date: Date): boolean {
  return seat.startsOn.getTime() <= date.getTime() && (!seat.endsOn || seat.endsOn.getTime() >= date.getTime());
}

function termAt(seat: SeatState, date: Date): Term | undefined {
  return seat.terms.find((t) => t.start.getTime() <= date.getTime() && t.end.getTime() >= date.getTime());
}

export function buildGovernance(demo: RegionDemo, spec: RegionSpec, names: NameFactory): void {
  const c = spec.council;
  const today = demo.today;
  const councilId = uuidv7();
  demo.rows.councils.push({
    id: councilId,
    regionId: demo.regionId,
    name: c.name,
    acronym: c.acronym,
    kind: c.kind,
    status: c.status,
    ordinanceNumber: c.ordinanceNumber,
    ordinanceDate: c.ordinanceDate,
    establishedOn: c.establishedOn,
    annualBudget: c.annualBudget,
    budgetCurrency: "PEN",
    staffCount: c.staffCount,
    quorumNumerator: 1,
    quorumDenominator: 2,
  });

  // Seats and their delegates, term by term, walking back from the current term.
  const seats: SeatState[] = [];
  c.seats.forEach((s, seatIndex) => {
    const rng = new Rng(`${spec.seed}:seat:${seatIndex}`);
    const actor = demo.actor(s.actor);
    const seat: SeatState = {
      id: uuidv7(),
      actorId: actor.id,
      voting: s.voting ?? s.role !== "OBSERVER",
      startsOn: s.startsOn,
      endsOn: s.endsOn ?? null,
      terms: [],
    };
    seats.push(seat);
    demo.rows.seats.push({
      id: seat.id,
      regionId: demo.regionId,
      councilId,
      actorId: actor.id,
      role: s.role,
      voting: seat.voting,
      startsOn: s.startsOn,
      endsOn: s.endsOn ?? null,
    });

    const positions = DELEGATE_POSITIONS[actor.helix];
    const pool = [0, 1, 2].map((i) => {
      const n = names.person();
      return demo.addPerson({
        ...n,
        actorKey: s.actor,
        position: positions[i % positions.length]!,
        since: addDays(s.startsOn, -rng.int(200, 2000)),
        email: n.email,
      });
    });

    let lastEnd: Date;
    if (s.vacantSinceDaysAgo !== undefined) lastEnd = addDays(today, -s.vacantSinceDaysAgo);
    else if (s.endsOn) lastEnd = s.endsOn;
    else lastEnd = addDays(today, s.currentTermEndsInDays ?? rng.int(120, 640));

    const terms: { start: Date; end: Date }[] = [];
    let end = lastEnd;
    while (end.getTime() >= s.startsOn.getTime()) {
      const start = maxDate(addDays(addMonths(end, -12 * c.termYears), 1), s.startsOn);
      terms.unshift({ start, end });
      end = addDays(start, -1);
    }
    let holder = 0;
    terms.forEach((t, i) => {
      if (i > 0 && !rng.chance(0.3)) holder = (holder + 1) % pool.length;
      const substitute = rng.chance(0.8) ? pool[(holder + 1) % pool.length]! : null;
      const term: Term = { start: t.start, end: t.end, personId: pool[holder]!.id, substituteId: substitute?.id ?? null };
      seat.terms.push(term);
      demo.rows.delegations.push({
        id: uuidv7(),
        regionId: demo.regionId,
        seatId: seat.id,
        personId: term.personId,
        substitutePersonId: term.substituteId,
        termStartsOn: t.start,
        termEndsOn: t.end,
        accreditation: `Carta de acreditación de ${actor.acronym ?? actor.name} (${t.start.getUTCFullYear()})`,
      });
    });
  });

  // Meetings, year by year, only in the past; then one planned meeting.
  const firstSeat = seats.reduce((a, b) => (a.startsOn.getTime() <= b.startsOn.getTime() ? a : b));
  const ownerWeights = (date: Date) =>
    seats
      .filter((s) => activeAt(s, date) && s.voting)
      .map((s, i) => [s.actorId, i < 3 ? 3 : 1] as const);
  let agreementsOpen = 0;
  const years = Object.keys(c.meetingsPerYear).map(Number).sort((a, b) => a - b);
  let meetingNumber = 0;
  for (const year of years) {
    const rng = new Rng(`${spec.seed}:meetings:${year}`);
    const n = c.meetingsPerYear[year] ?? 0;
    let agreementSeq = 0;
    let numberInYear = 0;
    for (let i = 0; i < n; i++) {
      const month = Math.min(12, Math.floor(((i + 0.5) * 12) / n) + 1);
      const date = new Date(workingDay(day(year, month, rng.int(4, 24))).getTime() + 15 * 3_600_000);
      if (date.getTime() >= today.getTime() || date.getTime() < firstSeat.startsOn.getTime()) continue;
      meetingNumber++;
      numberInYear++;
      const extraordinary = rng.chance(0.12);
      const cancelled = meetingNumber > 1 && rng.chance(c.cancelRate);
      const virtual = (year === 2020 || year === 2021) && rng.chance(0.8);
      const topics = rng.sample(c.agendaTopics, rng.int(2, 3)).map((t) => t.replace("{year}", String(year)));
      const agenda = [...topics, "Seguimiento de acuerdos pendientes", "Informes y pedidos"]
        .map((t, k) => `${k + 1}. ${t}`)
        .join("\n");
      const meetingId = uuidv7();
      const meetingDay = day(year, date.getUTCMonth() + 1, date.getUTCDate());
      let minutes: string | null = null;

      if (!cancelled) {
        const active = seats.filter((s) => activeAt(s, meetingDay));
        let presentVoting = 0;
        const votingActive = active.filter((s) => s.voting).length;
        for (const seat of active) {
          const term = termAt(seat, meetingDay);
          const present = !!term && rng.chance(c.attendanceRate);
          const bySubstitute = present && !!term?.substituteId && rng.chance(0.2);
          if (present && seat.voting) presentVoting++;
          demo.rows.attendances.push({
            id: uuidv7(),
            regionId: demo.regionId,
            meetingId,
            seatId: seat.id,
            present,
            attendeePersonId: present ? (bySubstitute ? term!.substituteId : term!.personId) : null,
            asSubstitute: bySubstitute,
          });
        }
        const quorum = presentVoting * 2 > votingActive;
        if (quorum) {
          const k = rng.int(1, 3);
          for (let a = 0; a < k; a++) {
            agreementSeq++;
            const owner = rng.weighted(ownerWeights(meetingDay));
            const dueOn = addDays(meetingDay, rng.int(30, 180));
            const { status, completedOn } = agreementOutcome(rng, meetingDay, dueOn, today);
            if (status === "PENDING" || status === "IN_PROGRESS") agreementsOpen++;
            const agreementId = uuidv7();
            const reference = `ACU-${year}-${String(agreementSeq).padStart(2, "0")}`;
            demo.rows.agreements.push({
              id: agreementId,
              regionId: demo.regionId,
              councilId,
              meetingId,
              reference,
              referenceKey: agreementReferenceKey(reference),
              text: rng.pick(c.agreementTexts).replace("{year}", String(year + (month > 9 ? 1 : 0))),
              ownerActorId: owner,
              dueOn,
              status,
              completedOn,
            });
            addNotes(demo, rng, c.notes, agreementId, meetingDay, dueOn, status, completedOn, today);
          }
          minutes =
            `Se verificó el quórum: ${presentVoting} de ${votingActive} asientos con voto presentes. ` +
            (k === 1 ? "Se trataron los puntos de agenda y se adoptó 1 acuerdo." : `Se trataron los puntos de agenda y se adoptaron ${k} acuerdos.`);
        } else {
          minutes =
            `No se alcanzó el quórum (${presentVoting} de ${votingActive} asientos con voto presentes). ` +
            "La sesión tuvo carácter informativo y no se adoptaron acuerdos.";
        }
      }
      demo.rows.meetings.push({
        id: meetingId,
        regionId: demo.regionId,
        councilId,
        title: `Sesión ${extraordinary ? "extraordinaria" : "ordinaria"} N.º ${String(numberInYear).padStart(2, "0")}-${year}`,
        scheduledAt: date,
        location: virtual ? "Sesión virtual (videoconferencia)" : rng.pick(c.locations),
        agenda,
        minutes,
        status: cancelled ? "CANCELLED" : "HELD",
      });
    }
  }

  const next = workingDay(addDays(today, c.plannedInDays));
  const rng = new Rng(`${spec.seed}:meetings:planned`);
  const topics = rng.sample(c.agendaTopics, 2).map((t) => t.replace("{year}", String(next.getUTCFullYear() + 1)));
  demo.rows.meetings.push({
    id: uuidv7(),
    regionId: demo.regionId,
    councilId,
    title: `Sesión ordinaria (programada) ${next.getUTCFullYear()}`,
    scheduledAt: new Date(next.getTime() + 15 * 3_600_000),
    location: c.locations[0] ?? null,
    agenda: [...topics, `Seguimiento de acuerdos pendientes (${agreementsOpen} abiertos)`, "Informes y pedidos"]
      .map((t, k) => `${k + 1}. ${t}`)
      .join("\n"),
    minutes: null,
    status: "PLANNED",
  });
}

function agreementOutcome(
  rng: Rng,
  adopted: Date,
  dueOn: Date,
  today: Date,
): { status: AgreementStatus; completedOn: Date | null } {
  const r = rng.next();
  if (dueOn.getTime() < today.getTime()) {
    if (r < 0.42) return { status: "DONE", completedOn: dateBetween(rng, addDays(adopted, 7), dueOn) };
    if (r < 0.57) {
      const late = addDays(dueOn, rng.int(10, 120));
      return { status: "DONE", completedOn: minDate(late, addDays(today, -1)) };
    }
    if (r < 0.65) return { status: "DROPPED", completedOn: null };
    return { status: r < 0.82 ? "PENDING" : "IN_PROGRESS", completedOn: null };
  }
  if (r < 0.12 && daysBetween(adopted, today) > 7) {
    return { status: "DONE", completedOn: dateBetween(rng, addDays(adopted, 7), addDays(today, -1)) };
  }
  return { status: r < 0.55 ? "IN_PROGRESS" : "PENDING", completedOn: null };
}

function addNotes(
  demo: RegionDemo,
  rng: Rng,
  notes: readonly string[],
  agreementId: string,
  adopted: Date,
  dueOn: Date,
  status: AgreementStatus,
  completedOn: Date | null,
  today: Date,
): void {
  const until = completedOn ?? minDate(today, addDays(dueOn, 150));
  const count = status === "PENDING" ? rng.int(0, 1) : rng.int(1, 2);
  // A fulfilled agreement's notes report progress, not its absence.
  const pool = status === "DONE" ? notes.filter((n) => !n.startsWith("Sin avance")) : notes;
  const dates = Array.from({ length: count }, () => dateBetween(rng, addDays(adopted, 5), until)).sort(
    (a, b) => a.getTime() - b.getTime(),
  );
  for (const d of dates) {
    demo.rows.agreementNotes.push({
      id: uuidv7(),
      regionId: demo.regionId,
      agreementId,
      authorUserId: null,
      body: rng.pick(pool.length > 0 ? pool : notes),
      createdAt: new Date(d.getTime() + 16 * 3_600_000),
      updatedAt: new Date(d.getTime() + 16 * 3_600_000),
    });
  }
  const closing =
    status === "DONE"
      ? "Acuerdo cumplido: la secretaría técnica archiva la evidencia."
      : status === "DROPPED"
        ? "El pleno deja sin efecto el acuerdo."
        : null;
  if (closing) {
    const at = completedOn ?? minDate(addDays(dueOn, rng.int(10, 90)), addDays(today, -1));
    demo.rows.agreementNotes.push({
      id: uuidv7(),
      regionId: demo.regionId,
      agreementId,
      authorUserId: null,
      body: closing,
      createdAt: new Date(at.getTime() + 17 * 3_600_000),
      updatedAt: new Date(at.getTime() + 17 * 3_600_000),
    });
  }
}
