import "server-only";
import { db } from "@/lib/db";
import { loadCompositions, type CouncilComposition, type SeatOnDate } from "./data";

// The public composition page: reachable without signing in, so it returns only what a regional
// ordinance would publish anyway — the council, its seats, the institutions holding them, their
// roles and votes, and the helix balance. No person is read: the loader is told not to read
// names, and the delegate (even the fact of one) is dropped here.

export type PublicSeat = Omit<SeatOnDate, "delegate">;

export interface PublicComposition extends Omit<CouncilComposition, "seats" | "vacantSeats" | "endingTerms"> {
  seats: PublicSeat[];
}

export interface PublicCouncilPage {
  regionName: string;
  regionSlug: string;
  councils: PublicComposition[];
}

/** Null when the region does not exist or records no council: the page answers not found. */
export async function getPublicCouncilPage(unverifiedSlug: string, on: Date): Promise<PublicCouncilPage | null> {
  const region = await db.region.findUnique({ where: { slug: unverifiedSlug }, select: { id: true, slug: true, name: true } });
  if (!region) return null;
  const compositions = await loadCompositions(region.id, on, false);
  if (compositions.length === 0) return null;
  return {
    regionName: region.name,
    regionSlug: region.slug,
    councils: compositions.map(({ council, on: day, seats, votingSeats, helixBalance }) => ({
      council,
      on: day,
      votingSeats,
      helixBalance,
      seats: seats.map((seat) => ({
        id: seat.id,
        actorId: seat.actorId,
        actorName: seat.actorName,
        actorAcronym: seat.actorAcronym,
        helix: seat.helix,
        role: seat.role,
        voting: seat.voting,
        startsOn: seat.startsOn,
        endsOn: seat.endsOn,
      })),
    })),
  };
}
