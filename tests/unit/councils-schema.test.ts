// The council administration forms' input rules: the quorum fraction, calendar days, the budget,
// seat and term dates, and the delegate chosen from the list or typed in — each refusal with
// its translation key under `validation.council.*`.
import { describe, expect, it } from "vitest";
import {
  CreateCouncilInput,
  CreateDelegationInput,
  CreateSeatInput,
  EndSeatInput,
  MAX_QUORUM_DENOMINATOR,
} from "@/lib/councils/schema";

const ID = "01936f3e-1b2c-7d4e-8f90-123456789abc";
const OTHER = "01936f3e-1b2c-7d4e-8f90-123456789abd";

const council = (raw: Record<string, unknown> = {}) =>
  CreateCouncilInput.safeParse({ name: "Consejo", kind: "COUNCIL", status: "INFORMAL", budgetCurrency: "PEN", quorumNumerator: "1", quorumDenominator: "2", ...raw });

/** The translation keys of a failed parse, by field. */
function keys(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): Record<string, string[]> {
  expect(result.success).toBe(false);
  const out: Record<string, string[]> = {};
  for (const issue of result.error!.issues) (out[String(issue.path[0] ?? "")] ??= []).push(issue.message);
  return out;
}

describe("council", () => {
  it("takes the quorum fraction 0 < numerator < denominator ≤ 100", () => {
    for (const [n, d] of [["1", "2"], ["2", "3"], ["65", "100"], ["1", "10"]]) {
      expect(council({ quorumNumerator: n, quorumDenominator: d }).success, `${n}/${d}`).toBe(true);
    }
    expect(keys(council({ quorumNumerator: "2", quorumDenominator: "2" }))).toEqual({ quorumNumerator: ["council.quorumFraction"] });
    expect(keys(council({ quorumNumerator: "3", quorumDenominator: "2" }))).toEqual({ quorumNumerator: ["council.quorumFraction"] });
    expect(council({ quorumNumerator: "0", quorumDenominator: "2" }).success).toBe(false);
    expect(council({ quorumNumerator: "1", quorumDenominator: String(MAX_QUORUM_DENOMINATOR + 1) }).success).toBe(false);
    expect(keys(council({ quorumNumerator: "1.5" }))).toEqual({ quorumNumerator: ["council.wholeNumber"] });
    expect(keys(council({ quorumDenominator: "dos" }))).toEqual({ quorumDenominator: ["council.wholeNumber"] });
  });

  it("reads calendar days strictly and empty fields as none", () => {
    const ok = council({ ordinanceDate: "2014-05-12", establishedOn: "", acronym: " ", annualBudget: "" });
    expect(ok.success && ok.data).toMatchObject({ ordinanceDate: new Date("2014-05-12T00:00:00Z"), establishedOn: null, acronym: null, annualBudget: null });
    expect(keys(council({ ordinanceDate: "2019-02-30" }))).toEqual({ ordinanceDate: ["council.dateInvalid"] });
    expect(keys(council({ establishedOn: "12/05/2014" }))).toEqual({ establishedOn: ["council.dateInvalid"] });
  });

  it("keeps the budget exact, refuses signs and a third decimal; a legal-basis link is http(s)", () => {
    const ok = council({ annualBudget: "150,000.50", legalBasisUrl: "https://www.regioncusco.gob.pe/o.pdf" });
    expect(ok.success && ok.data.annualBudget).toBe("150000.50");
    for (const bad of ["-1", "1.005", "1e6", "doce"]) expect(keys(council({ annualBudget: bad })), bad).toEqual({ annualBudget: ["council.budgetInvalid"] });
    expect(keys(council({ legalBasisUrl: "javascript:alert(1)" }))).toEqual({ legalBasisUrl: ["council.urlInvalid"] });
    expect(keys(council({ staffCount: "-1" }))).toHaveProperty("staffCount");
  });

  it("refuses fields it does not know (the region never comes from the form)", () => {
    expect(keys(council({ regionId: ID }))).toHaveProperty("");
  });
});

describe("seats", () => {
  const seat = (raw: Record<string, unknown> = {}) => CreateSeatInput.safeParse({ councilId: ID, actorId: OTHER, role: "MEMBER", startsOn: "2020-01-01", ...raw });

  it("reads the vote checkbox and requires a start; an end must come after it", () => {
    expect(seat({ voting: "on" }).data?.voting).toBe(true);
    expect(seat().data?.voting).toBe(false);
    expect(keys(seat({ startsOn: "" }))).toHaveProperty("startsOn");
    expect(keys(seat({ endsOn: "2020-01-01" }))).toEqual({ endsOn: ["council.seatEndBeforeStart"] });
    expect(keys(seat({ endsOn: "2019-12-31" }))).toEqual({ endsOn: ["council.seatEndBeforeStart"] });
    expect(seat({ endsOn: "2020-01-02" }).success).toBe(true);
    expect(keys(seat({ role: "KING" }))).toEqual({ role: ["council.invalidChoice"] });
    expect(keys(seat({ actorId: "1" }))).toEqual({ actorId: ["council.invalidChoice"] });
    expect(EndSeatInput.safeParse({ seatId: ID, version: "1", endsOn: "" }).success).toBe(false);
  });
});

describe("delegations", () => {
  const delegation = (raw: Record<string, unknown> = {}) =>
    CreateDelegationInput.safeParse({ seatId: ID, termStartsOn: "2020-01-01", termEndsOn: "2021-12-31", ...raw });

  it("takes a person of the list, or the names of a new one, never both or neither", () => {
    expect(delegation({ personId: OTHER }).success).toBe(true);
    expect(delegation({ newGivenNames: "Rosa", newFamilyNames: "Quispe" }).success).toBe(true);
    expect(keys(delegation())).toEqual({ personId: ["council.personRequired"] });
    expect(keys(delegation({ personId: OTHER, newGivenNames: "Rosa" }))).toEqual({ personId: ["council.personTwice"] });
    expect(keys(delegation({ newGivenNames: "Rosa" }))).toEqual({ newFamilyNames: ["council.newNameRequired"] });
    expect(keys(delegation({ personId: OTHER, substitutePersonId: OTHER }))).toEqual({ substitutePersonId: ["council.substituteSamePerson"] });
  });

  it("checks the new person's ORCID checksum and e-mail", () => {
    const ok = delegation({ newGivenNames: "Rosa", newFamilyNames: "Quispe", newOrcid: "https://orcid.org/0000-0002-1825-0097", newEmail: "rosa@ejemplo.pe" });
    expect(ok.data).toMatchObject({ newOrcid: "0000-0002-1825-0097", newEmail: "rosa@ejemplo.pe" });
    expect(keys(delegation({ newGivenNames: "R", newFamilyNames: "Q", newOrcid: "0000-0002-1825-0098" }))).toEqual({ newOrcid: ["council.orcidInvalid"] });
    expect(keys(delegation({ newGivenNames: "R", newFamilyNames: "Q", newEmail: "rosa@" }))).toEqual({ newEmail: ["council.emailInvalid"] });
  });

  it("a term's last day is included: it may be its first, never before it", () => {
    expect(delegation({ personId: OTHER, termEndsOn: "2020-01-01" }).success).toBe(true);
    expect(keys(delegation({ personId: OTHER, termEndsOn: "2019-12-31" }))).toEqual({ termEndsOn: ["council.termEndBeforeStart"] });
  });
});
