import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { Helix, type CouncilKind, type CouncilStatus, type Currency, type SeatRole } from "@/lib/generated/prisma/enums";
import { ForbiddenError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import type { RegionContext } from "@/lib/tenancy";
import { addDays, daysBetween, formatIsoDay } from "@/lib/dates";

/** Warnings look this far ahead for terms that end (the issue asks for 60 days). */
export const TERM_ENDING_WINDOW_DAYS = 60;

// A region's council(s) and their composition on a given day. Every query is scoped by the
// verified `ctx.regionId`. Delegates' names are personal data: they are read only when the
// caller's role holds `people.read` (members of the region, platform admins), never for a
// national viewer, who learns only that a delegate is accredited.
//
// Dates, all calendar days (midnight UTC):
//   - a seat is active on day d iff startsOn ≤ d and (endsOn is null or endsOn > d): `endsOn` is
//     the day the institution left;
//   - a delegation covers day d iff termStartsOn ≤ d ≤ termEndsOn: `termEndsOn` is the last day of
//     the term (consecutive terms run end + 1 day → next start);
//   - a seat is vacant on d when it is active and no delegation covers d;
//   - a term "ends soon" when the delegation covering d ends within 60 days of d (d included).

/** The seat rule above as a Prisma filter: seats active on day `on`. */
export function seatActiveOn(on: Date): Prisma.SeatWhereInput {
  return { startsOn: { lte: on }, OR: [{ endsOn: null }, { endsOn: { gt: on } }] };
}

/** The same rule in SQL, for a statement that names the seat `s`. */
export function seatActiveOnSql(on: Date): Prisma.Sql {
  const day = formatIsoDay(on);
  return Prisma.sql`s."startsOn" <= ${day}::date AND (s."endsOn" IS NULL OR s."endsOn" > ${day}::date)`;
}

export const COUNCIL_RANK: Record<CouncilStatus, number> = { INSTITUTIONALISED: 0, INFORMAL: 1, INACTIVE: 2, DISSOLVED: 3 };

export interface CouncilInfo {
  id: string;
  name: string;
  acronym: string | null;
  kind: CouncilKind;
  status: CouncilStatus;
  ordinanceNumber: string | null;
  ordinanceDate: Date | null;
  legalBasisUrl: string | null;
  establishedOn: Date | null;
  /** Decimal as a string, exact; null when not recorded. */
  annualBudget: string | null;
  budgetCurrency: Currency;
  staffCount: number | null;
  quorumNumerator: number;
  quorumDenominator: number;
}

export interface SeatDelegate {
  /** Null when the caller may not read personal data: "a delegate is accredited". */
  name: string | null;
  substituteName: string | null;
  hasSubstitute: boolean;
  termStartsOn: Date;
  termEndsOn: Date;
  /** Days from the composition date to the term's last day (0: it ends that day). */
  daysLeft: number;
  endsSoon: boolean;
}

export interface SeatOnDate {
  id: string;
  actorId: string;
  actorName: string;
  actorAcronym: string | null;
  helix: Helix;
  role: SeatRole;
  voting: boolean;
  startsOn: Date;
  endsOn: Date | null;
  /** Null: the seat is vacant on that day. */
  delegate: SeatDelegate | null;
}

export interface HelixShare {
  helix: Helix;
  seats: number;
  votingSeats: number;
  /** Share of the active seats, 0–1; 0 when there are none. */
  share: number;
}

export interface CouncilComposition {
  council: CouncilInfo;
  on: Date;
  seats: SeatOnDate[];
  votingSeats: number;
  vacantSeats: SeatOnDate[];
  endingTerms: SeatOnDate[];
  helixBalance: HelixShare[];
}

const ROLE_ORDER: Record<SeatRole, number> = { PRESIDENT: 0, VICE_PRESIDENT: 1, TECHNICAL_SECRETARY: 2, MEMBER: 3, OBSERVER: 4 };

/** Seats per helix, every helix listed (zeros included) so regions compare row by row. */
export function helixBalanceOf(seats: readonly Pick<SeatOnDate, "helix" | "voting">[]): HelixShare[] {
  return Object.values(Helix).map((helix) => {
    const own = seats.filter((s) => s.helix === helix);
    return {
      helix,
      seats: own.length,
      votingSeats: own.filter((s) => s.voting).length,
      share: seats.length === 0 ? 0 : own.length / seats.length,
    };
  });
}

/**
 * The composition of the region's councils on day `on`, the current council first (an
 * institutionalised council before an informal forum). Two queries whatever the number of seats:
 * councils with their active seats and covering delegations, then the names they need.
 */
export async function getCouncilCompositions(ctx: RegionContext, on: Date): Promise<CouncilComposition[]> {
  if (!can(ctx.role, "region.read")) throw new ForbiddenError("region.read");
  return loadCompositions(ctx.regionId, on, can(ctx.role, "people.read"));
}

/**
 * The one loader; `withNames` decides whether people's names are read at all. Exported for the
 * public page's module only (which passes false): regular callers go through a RegionContext.
 */
export async function loadCompositions(regionId: string, on: Date, withNames: boolean): Promise<CouncilComposition[]> {
  const councils = await db.council.findMany({
    where: { regionId },
    select: {
      id: true,
      name: true,
      acronym: true,
      kind: true,
      status: true,
      ordinanceNumber: true,
      ordinanceDate: true,
      legalBasisUrl: true,
      establishedOn: true,
      annualBudget: true,
      budgetCurrency: true,
      staffCount: true,
      quorumNumerator: true,
      quorumDenominator: true,
      seats: {
        where: { regionId, ...seatActiveOn(on) },
        select: {
          id: true,
          role: true,
          voting: true,
          startsOn: true,
          endsOn: true,
          actor: { select: { id: true, name: true, acronym: true, helix: true } },
          delegations: {
            where: { regionId, termStartsOn: { lte: on }, termEndsOn: { gte: on } },
            // Overlapping terms are a data error; the latest accreditation wins.
            orderBy: [{ termStartsOn: "desc" }, { createdAt: "desc" }],
            take: 1,
            select: { personId: true, substitutePersonId: true, termStartsOn: true, termEndsOn: true },
          },
        },
      },
    },
  });

  const names = new Map<string, string>();
  if (withNames) {
    const ids = new Set<string>();
    for (const c of councils)
      for (const s of c.seats)
        for (const d of s.delegations) {
          ids.add(d.personId);
          if (d.substitutePersonId) ids.add(d.substitutePersonId);
        }
    if (ids.size > 0) {
      const people = await db.person.findMany({
        where: { regionId, id: { in: [...ids] } },
        select: { id: true, givenNames: true, familyNames: true },
      });
      for (const p of people) names.set(p.id, `${p.givenNames} ${p.familyNames}`);
    }
  }

  const horizon = addDays(on, TERM_ENDING_WINDOW_DAYS);
  return councils
    .sort((a, b) => COUNCIL_RANK[a.status] - COUNCIL_RANK[b.status] || a.name.localeCompare(b.name))
    .map((c) => {
      const seats: SeatOnDate[] = c.seats
        .map((s) => {
          const d = s.delegations[0];
          return {
            id: s.id,
            actorId: s.actor.id,
            actorName: s.actor.name,
            actorAcronym: s.actor.acronym,
            helix: s.actor.helix,
            role: s.role,
            voting: s.voting,
            startsOn: s.startsOn,
            endsOn: s.endsOn,
            delegate: d
              ? {
                  name: withNames ? (names.get(d.personId) ?? null) : null,
                  substituteName: withNames && d.substitutePersonId ? (names.get(d.substitutePersonId) ?? null) : null,
                  hasSubstitute: d.substitutePersonId !== null,
                  termStartsOn: d.termStartsOn,
                  termEndsOn: d.termEndsOn,
                  daysLeft: daysBetween(on, d.termEndsOn),
                  endsSoon: d.termEndsOn.getTime() <= horizon.getTime(),
                }
              : null,
          };
        })
        .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.actorName.localeCompare(b.actorName));
      return {
        council: {
          id: c.id,
          name: c.name,
          acronym: c.acronym,
          kind: c.kind,
          status: c.status,
          ordinanceNumber: c.ordinanceNumber,
          ordinanceDate: c.ordinanceDate,
          legalBasisUrl: c.legalBasisUrl,
          establishedOn: c.establishedOn,
          annualBudget: c.annualBudget?.toFixed(2) ?? null,
          budgetCurrency: c.budgetCurrency,
          staffCount: c.staffCount,
          quorumNumerator: c.quorumNumerator,
          quorumDenominator: c.quorumDenominator,
        },
        on,
        seats,
        votingSeats: seats.filter((s) => s.voting).length,
        vacantSeats: seats.filter((s) => !s.delegate),
        endingTerms: seats
          .filter((s) => s.delegate?.endsSoon)
          .sort((a, b) => a.delegate!.termEndsOn.getTime() - b.delegate!.termEndsOn.getTime()),
        helixBalance: helixBalanceOf(seats),
      };
    });
}
