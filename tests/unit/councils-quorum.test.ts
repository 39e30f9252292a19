import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeQuorum, hasQuorum, MAJORITY, requiredForQuorum, type SeatAttendance } from "@/lib/councils/quorum";

const seats = (votingPresent: number, votingAbsent: number, observersPresent = 0, observersAbsent = 0): SeatAttendance[] => [
  ...Array.from({ length: votingPresent }, () => ({ voting: true, present: true })),
  ...Array.from({ length: votingAbsent }, () => ({ voting: true, present: false })),
  ...Array.from({ length: observersPresent }, () => ({ voting: false, present: true })),
  ...Array.from({ length: observersAbsent }, () => ({ voting: false, present: false })),
];

const fraction = fc
  .integer({ min: 2, max: 20 })
  .chain((denominator) => fc.record({ numerator: fc.integer({ min: 0, max: denominator - 1 }), denominator: fc.constant(denominator) }));
const attendance = fc.array(fc.record({ voting: fc.boolean(), present: fc.boolean() }), { maxLength: 40 });

describe("quorum: a majority (more than half of the voting seats)", () => {
  it("13 voting seats need 7", () => {
    expect(computeQuorum(seats(7, 6))).toEqual({ reached: true, votingSeats: 13, presentVoting: 7, required: 7 });
    expect(computeQuorum(seats(6, 7)).reached).toBe(false);
  });

  it("exactly half is not a majority: 12 voting seats need 7", () => {
    expect(computeQuorum(seats(6, 6)).reached).toBe(false);
    expect(computeQuorum(seats(7, 5)).reached).toBe(true);
    expect(requiredForQuorum(12)).toBe(7);
  });

  it("one voting seat present of one is quorum; none present is not", () => {
    expect(hasQuorum(1, 1)).toBe(true);
    expect(hasQuorum(0, 1)).toBe(false);
  });

  it("zero voting seats never make quorum, however many observers attend", () => {
    expect(computeQuorum([])).toEqual({ reached: false, votingSeats: 0, presentVoting: 0, required: null });
    expect(computeQuorum(seats(0, 0, 5, 0)).reached).toBe(false);
  });

  it("observers never count", () => {
    expect(computeQuorum(seats(6, 7, 3, 0)).reached).toBe(false);
    expect(computeQuorum(seats(7, 6, 0, 3)).reached).toBe(true);
  });
});

describe("quorum: other fractions read as 'more than'", () => {
  const twoThirds = { numerator: 2, denominator: 3 };
  it("more than two thirds: 9 voting seats need 7, exactly 6 is not enough", () => {
    expect(hasQuorum(6, 9, twoThirds)).toBe(false);
    expect(hasQuorum(7, 9, twoThirds)).toBe(true);
    expect(requiredForQuorum(9, twoThirds)).toBe(7);
  });

  it("10 voting seats need 7 for two thirds", () => {
    expect(hasQuorum(6, 10, twoThirds)).toBe(false);
    expect(hasQuorum(7, 10, twoThirds)).toBe(true);
  });

  it("numerator 0: anyone present is enough, nobody is not", () => {
    const anyone = { numerator: 0, denominator: 1 };
    expect(hasQuorum(1, 20, anyone)).toBe(true);
    expect(hasQuorum(0, 20, anyone)).toBe(false);
  });

  it("refuses fractions that make no sense", () => {
    for (const bad of [
      { numerator: 1, denominator: 0 },
      { numerator: 2, denominator: 2 },
      { numerator: 3, denominator: 2 },
      { numerator: -1, denominator: 2 },
      { numerator: 0.5, denominator: 2 },
    ]) {
      expect(() => hasQuorum(1, 2, bad)).toThrow(RangeError);
    }
  });
});

describe("quorum properties", () => {
  it("the result is a boolean, and equals the rule on counts", () => {
    fc.assert(
      fc.property(attendance, fraction, (list, f) => {
        const result = computeQuorum(list, f);
        expect(typeof result.reached).toBe("boolean");
        expect(result.reached).toBe(hasQuorum(result.presentVoting, result.votingSeats, f));
      }),
    );
  });

  it("adding a present voting seat never loses quorum", () => {
    fc.assert(
      fc.property(attendance, fraction, (list, f) => {
        if (computeQuorum(list, f).reached) {
          expect(computeQuorum([...list, { voting: true, present: true }], f).reached).toBe(true);
        }
      }),
    );
  });

  it("marking an absent voting seat present never loses quorum (monotone in attendance)", () => {
    fc.assert(
      fc.property(attendance, fraction, fc.nat(), (list, f, pick) => {
        const absent = list.map((s, i) => (s.voting && !s.present ? i : -1)).filter((i) => i >= 0);
        if (absent.length === 0) return;
        const i = absent[pick % absent.length]!;
        const after = list.map((s, j) => (j === i ? { ...s, present: true } : s));
        if (computeQuorum(list, f).reached) expect(computeQuorum(after, f).reached).toBe(true);
      }),
    );
  });

  it("non-voting seats never change the result", () => {
    fc.assert(
      fc.property(attendance, fc.array(fc.boolean(), { maxLength: 10 }), fraction, (list, observers, f) => {
        const withObservers = [...list, ...observers.map((present) => ({ voting: false, present }))];
        expect(computeQuorum(withObservers, f).reached).toBe(computeQuorum(list, f).reached);
      }),
    );
  });

  it("`required` is the exact threshold", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fraction, (total, f) => {
        const required = requiredForQuorum(total, f)!;
        expect(hasQuorum(required, total, f)).toBe(true);
        expect(hasQuorum(required - 1, total, f)).toBe(false);
        expect(required).toBeLessThanOrEqual(total);
      }),
    );
  });

  it("a majority is the default", () => {
    fc.assert(
      fc.property(fc.nat({ max: 50 }), fc.nat({ max: 50 }), (present, extra) => {
        expect(hasQuorum(present, present + extra)).toBe(hasQuorum(present, present + extra, MAJORITY));
      }),
    );
  });
});
