import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isUuid,
  isValidOrcid,
  isValidRor,
  isValidRuc,
  normaliseRor,
  orcidCheckChar,
  rorChecksum,
  rucCheckDigit,
} from "@/lib/validation/identifiers";

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""));
const prefix = fc.constantFrom("10", "15", "16", "17", "20");

describe("RUC", () => {
  it("accepts known valid numbers", () => {
    expect(isValidRuc("20131312955")).toBe(true); // SUNAT
    expect(isValidRuc("20100047218")).toBe(true);
  });
  it("maps check 10 to 0 and 11 to 1", () => {
    // Find first-ten strings whose raw check is 10 and 11.
    const raw = (ten: string) => 11 - ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((a, w, i) => a + w * Number(ten[i]), 0) % 11);
    let found10 = false;
    let found11 = false;
    for (let i = 0; i < 2000 && !(found10 && found11); i++) {
      const ten = `20${String(i).padStart(8, "0")}`;
      if (raw(ten) === 10) { expect(rucCheckDigit(ten)).toBe(0); expect(isValidRuc(`${ten}0`)).toBe(true); found10 = true; }
      if (raw(ten) === 11) { expect(rucCheckDigit(ten)).toBe(1); expect(isValidRuc(`${ten}1`)).toBe(true); found11 = true; }
    }
    expect(found10 && found11).toBe(true);
  });
  it("refuses wrong length, non-digits and unknown prefixes", () => {
    expect(isValidRuc("")).toBe(false);
    expect(isValidRuc("2013131295")).toBe(false);
    expect(isValidRuc("201313129550")).toBe(false);
    expect(isValidRuc("2013131295a")).toBe(false);
    expect(isValidRuc(" 20131312955")).toBe(false);
    const ten = "3013131295";
    expect(isValidRuc(`${ten}${rucCheckDigit(ten)}`)).toBe(false);
  });
  it("a computed check digit always validates", () => {
    fc.assert(fc.property(prefix, digits(8), (p, rest) => isValidRuc(`${p}${rest}${rucCheckDigit(p + rest)}`)));
  });
  it("changing the check digit never validates", () => {
    fc.assert(
      fc.property(prefix, digits(8), fc.integer({ min: 1, max: 9 }), (p, rest, delta) => {
        const good = rucCheckDigit(p + rest);
        return !isValidRuc(`${p}${rest}${(good + delta) % 10}`);
      }),
    );
  });
  it("changing one body digit never validates", () => {
    // Weights are all non-zero and < 11, so a single-digit change alters the sum mod 11…
    // unless the new check maps back through 10→0/11→1; the check is compared exactly.
    fc.assert(
      fc.property(prefix, digits(8), fc.integer({ min: 2, max: 9 }), fc.integer({ min: 1, max: 9 }), (p, rest, pos, delta) => {
        const ten = p + rest;
        const ruc = `${ten}${rucCheckDigit(ten)}`;
        const changed = ruc.slice(0, pos) + String((Number(ruc[pos]) + delta) % 10) + ruc.slice(pos + 1);
        fc.pre(rucCheckDigit(changed.slice(0, 10)) !== rucCheckDigit(ten));
        return !isValidRuc(changed);
      }),
    );
  });
});

describe("ORCID", () => {
  it("accepts known iDs, including X", () => {
    expect(isValidOrcid("0000-0002-1825-0097")).toBe(true);
    expect(isValidOrcid("0000-0001-5109-3700")).toBe(true);
    expect(isValidOrcid("0000-0002-1694-233X")).toBe(true);
  });
  it("refuses bad checksums and formats", () => {
    expect(isValidOrcid("0000-0002-1825-0098")).toBe(false);
    expect(isValidOrcid("0000000218250097")).toBe(false);
    expect(isValidOrcid("0000-0002-1694-233x")).toBe(false);
    expect(isValidOrcid("0000-0002-1825-009")).toBe(false);
    expect(isValidOrcid("X000-0002-1825-0097")).toBe(false);
  });
  it("a computed check character always validates; any other never does", () => {
    fc.assert(
      fc.property(digits(15), fc.constantFrom(..."0123456789X"), (body, other) => {
        const check = orcidCheckChar(body);
        const fmt = (c: string) => `${body.slice(0, 4)}-${body.slice(4, 8)}-${body.slice(8, 12)}-${body.slice(12)}${c}`;
        return isValidOrcid(fmt(check)) && (other === check || !isValidOrcid(fmt(other)));
      }),
    );
  });
  it("changing one digit never validates", () => {
    fc.assert(
      fc.property(digits(15), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1, max: 9 }), (body, pos, delta) => {
        const check = orcidCheckChar(body);
        const changed = body.slice(0, pos) + String((Number(body[pos]) + delta) % 10) + body.slice(pos + 1);
        const c = `${changed.slice(0, 4)}-${changed.slice(4, 8)}-${changed.slice(8, 12)}-${changed.slice(12)}${check}`;
        return !isValidOrcid(c);
      }),
    );
  });
});

describe("ROR", () => {
  it("accepts published ids", () => {
    for (const id of ["03yrm5c26", "05dxps055", "00f54p054", "042nb2s44"]) expect(isValidRor(id)).toBe(true);
  });
  it("refuses bad formats and checksums", () => {
    expect(isValidRor("03yrm5c27")).toBe(false);
    expect(isValidRor("13yrm5c26")).toBe(false);
    expect(isValidRor("03yrm5c2")).toBe(false);
    expect(isValidRor("03YRM5C26")).toBe(false);
    expect(isValidRor("03yrl5c26")).toBe(false); // l is not Crockford
    expect(isValidRor("03yru5c26")).toBe(false); // u is not Crockford
  });
  it("normalises URLs and capitals", () => {
    expect(normaliseRor(" https://ror.org/03YRM5C26 ")).toBe("03yrm5c26");
  });
  it("a computed checksum always validates", () => {
    const ch = fc.constantFrom(..."0123456789abcdefghjkmnpqrstvwxyz");
    fc.assert(
      fc.property(fc.array(ch, { minLength: 6, maxLength: 6 }), (cs) => {
        const six = cs.join("");
        return isValidRor(`0${six}${rorChecksum(six)}`);
      }),
    );
  });
});

describe("uuid", () => {
  it("accepts Minka's ids in either case", () => {
    expect(isUuid("01a2283e-5aa4-77dc-a155-2f29459b6f46")).toBe(true);
    expect(isUuid("01A2283E-5AA4-77DC-A155-2F29459B6F46")).toBe(true);
    fc.assert(fc.property(fc.uuid(), (id) => isUuid(id)));
  });

  it("refuses anything a uuid cast would reject", () => {
    for (const value of ["", "1", "not-a-uuid", "01a2283e5aa477dca1552f29459b6f46", "01a2283e-5aa4-77dc-a155-2f29459b6f4", "01a2283e-5aa4-77dc-a155-2f29459b6f46 ", "g1a2283e-5aa4-77dc-a155-2f29459b6f46"]) {
      expect(isUuid(value)).toBe(false);
    }
  });
});
