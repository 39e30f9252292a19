// The quorum rule of a council meeting. Pure: no database, so pages, actions and tests share it.
//
// THE RULE (one rule, as the schema documents Council.quorumNumerator/quorumDenominator):
//   a meeting has quorum iff   present voting seats × denominator  >  numerator × voting seats,
// i.e. STRICTLY MORE THAN numerator/denominator of the voting seats are present. A council
// secretary reads the stored fraction as "more than …":
//   - 1/2 (the default, a majority): more than half. 13 voting seats → 7; 12 → 7 (6 is exactly
//     half, not more).
//   - 2/3: more than two thirds. 9 voting seats → 7 (6 is exactly two thirds, not more).
//     A statute that asks for "at least two thirds" differs from this only when the number of
//     voting seats is a multiple of 3; such a council configures a fraction just below, e.g.
//     65/100 ("more than 65 %"), which the secretary can read off the page in the same words.
// Edge cases:
//   - zero voting seats → never quorum (nobody can decide anything);
//   - non-voting seats (observers) never count, present or not;
//   - a seat counts once: attendance is recorded by seat, not by person;
//   - the fraction must be 0 ≤ numerator < denominator, integers; anything else is a
//     programming or data error and throws a RangeError (numerator ≥ denominator would make
//     quorum impossible, a denominator of 0 meaningless). numerator 0 means "anyone present".

export interface QuorumFraction {
  numerator: number;
  denominator: number;
}

export interface SeatAttendance {
  voting: boolean;
  present: boolean;
}

export interface QuorumResult {
  reached: boolean;
  votingSeats: number;
  presentVoting: number;
  /** The fewest present voting seats that reach quorum; null when no number can (no voting seats). */
  required: number | null;
}

export const MAJORITY: QuorumFraction = { numerator: 1, denominator: 2 };

export function assertValidFraction({ numerator, denominator }: QuorumFraction): void {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || denominator <= 0 || numerator < 0 || numerator >= denominator) {
    throw new RangeError(`invalid quorum fraction ${numerator}/${denominator}`);
  }
}

/** The fewest present voting seats that make quorum among `votingSeats`; null for none. */
export function requiredForQuorum(votingSeats: number, fraction: QuorumFraction = MAJORITY): number | null {
  assertValidFraction(fraction);
  if (!Number.isInteger(votingSeats) || votingSeats < 0) throw new RangeError(`invalid seat count ${votingSeats}`);
  if (votingSeats === 0) return null;
  // Smallest p with p × den > num × total.
  return Math.floor((fraction.numerator * votingSeats) / fraction.denominator) + 1;
}

/** The rule on counts: `presentVoting` of `votingSeats` voting seats are present. */
export function hasQuorum(presentVoting: number, votingSeats: number, fraction: QuorumFraction = MAJORITY): boolean {
  assertValidFraction(fraction);
  if (votingSeats <= 0) return false;
  return presentVoting * fraction.denominator > fraction.numerator * votingSeats;
}

/** The rule on a meeting's attendance, seat by seat. */
export function computeQuorum(seats: readonly SeatAttendance[], fraction: QuorumFraction = MAJORITY): QuorumResult {
  const voting = seats.filter((s) => s.voting);
  const votingSeats = voting.length;
  const presentVoting = voting.filter((s) => s.present).length;
  return {
    reached: hasQuorum(presentVoting, votingSeats, fraction),
    votingSeats,
    presentVoting,
    required: requiredForQuorum(votingSeats, fraction),
  };
}
