// The project form's schema (lib/projects/schema.ts): flat row fields grouped into rows, blank rows
// skipped, every rule of the issue's "bad input" list refused with its own translation key on the
// field that caused it, amounts and DOIs as people type them.
import { describe, expect, it } from "vitest";
import { CreateProjectInput, MAX_AMOUNT, nestRows, normaliseAmount, normaliseDoi, parseProjectListQuery, UpdateProjectInput } from "@/lib/projects/schema";

const A = "0190a000-0000-7000-8000-000000000001";
const B = "0190a000-0000-7000-8000-000000000002";

const base = {
  title: "Fibra de alpaca",
  type: "APPLIED_RESEARCH",
  status: "ACTIVE",
  "participants.0.actorId": A,
  "participants.0.role": "COORDINATOR",
};

/** The issues as "path → message key". */
function issues(raw: Record<string, unknown>): Record<string, string[]> {
  const r = CreateProjectInput.safeParse(raw);
  if (r.success) return {};
  const out: Record<string, string[]> = {};
  for (const i of r.error.issues) (out[String(i.path[0] ?? "")] ??= []).push(i.message);
  return out;
}

describe("rows from flat form fields", () => {
  it("groups them by index, keeps gaps and passes other fields through", () => {
    const nested = nestRows({ title: "x", "funding.2.source": "PRIVATE", "funding.0.source": "CANON_ROYALTIES" }) as Record<string, unknown>;
    expect(nested.title).toBe("x");
    expect(nested.funding).toEqual([{ source: "CANON_ROYALTIES" }, {}, { source: "PRIVATE" }]);
  });

  it("parses a full project and skips blank rows", () => {
    const r = CreateProjectInput.parse({
      ...base,
      startsOn: "2025-01-01",
      endsOn: "2026-12-31",
      trl: "4",
      fordCode: "4.02",
      ciiuCode: "1311",
      "participants.1.actorId": B,
      "participants.1.role": "PARTNER",
      "participants.2.actorId": "",
      "participants.2.role": "PARTNER",
      "members.0.givenNames": "Ana",
      "members.0.familyNames": "Quispe",
      "members.0.orcid": "https://orcid.org/0000-0002-1825-0097",
      "members.0.role": "PRINCIPAL_INVESTIGATOR",
      "members.1.role": "MEMBER",
      "funding.0.source": "CANON_ROYALTIES",
      "funding.0.currency": "",
      "funding.0.awardedAmount": "150,000.50",
      "funding.0.executedAmount": "20000",
      "funding.1.source": "PRIVATE",
      "outputs.0.kind": "PUBLICATION",
      "outputs.0.title": "Artículo",
      "outputs.0.producedOn": "2026-03-01",
      "outputs.0.doi": "https://doi.org/10.1234/abc.5",
    });
    expect(r.participants.map((p) => p.role)).toEqual(["COORDINATOR", "PARTNER"]);
    expect(r.members).toHaveLength(1);
    expect(r.members[0]!.orcid).toBe("0000-0002-1825-0097");
    expect(r.funding).toHaveLength(1);
    expect(r.funding[0]).toMatchObject({ currency: "PEN", awardedAmount: "150000.50", executedAmount: "20000" });
    expect(r.outputs[0]!.doi).toBe("10.1234/abc.5");
    expect(r.trl).toBe(4);
  });
});

describe("bad input", () => {
  it("dates out of order", () => {
    expect(issues({ ...base, startsOn: "2026-01-01", endsOn: "2025-01-01" }).endsOn).toEqual(["projects.datesOrder"]);
    expect(issues({ ...base, startsOn: "2026-02-30" }).startsOn).toEqual(["projects.dateInvalid"]);
  });

  it("negative, absurd and malformed amounts, unknown currencies", () => {
    const f = (fields: Record<string, string>) =>
      issues({ ...base, "funding.0.source": "PRIVATE", ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [`funding.0.${k}`, v])) });
    expect(f({ awardedAmount: "-5" })["funding.0.awardedAmount"]).toEqual(["projects.amountNegative"]);
    expect(f({ awardedAmount: String(MAX_AMOUNT + 1) })["funding.0.awardedAmount"]).toEqual(["projects.amountTooBig"]);
    expect(f({ awardedAmount: "doce" })["funding.0.awardedAmount"]).toEqual(["projects.amountInvalid"]);
    expect(f({ awardedAmount: "10", currency: "BTC" })["funding.0.currency"]).toEqual(["projects.currencyUnknown"]);
    expect(f({ awardedAmount: "10", executedAmount: "11" })["funding.0.executedAmount"]).toEqual(["projects.executedOverAwarded"]);
    expect(f({ awardedAmount: "10", awardedOn: "2025-05-01", executedOn: "2025-04-01" })["funding.0.executedOn"]).toEqual(["projects.executedBeforeAwarded"]);
  });

  it("no coordinator, two coordinators, the same participant twice in a role", () => {
    expect(issues({ ...base, "participants.0.role": "PARTNER" }).participants).toEqual(["projects.coordinatorMissing"]);
    expect(issues({ ...base, "participants.1.actorId": B, "participants.1.role": "COORDINATOR" })["participants.1.role"]).toEqual(["projects.coordinatorMany"]);
    expect(issues({ ...base, "participants.1.actorId": A, "participants.1.role": "COORDINATOR" })["participants.1.role"]).toContain("projects.participantDuplicate");
    // The same organisation in two roles is fine.
    expect(issues({ ...base, "participants.1.actorId": A, "participants.1.role": "FUNDER" })).toEqual({});
  });

  it("team: a bad ORCID, a new person without names, a duplicate", () => {
    expect(issues({ ...base, "members.0.givenNames": "A", "members.0.familyNames": "B", "members.0.orcid": "0000-0002-1825-0098", "members.0.role": "MEMBER" })["members.0.orcid"]).toEqual([
      "projects.orcidInvalid",
    ]);
    expect(issues({ ...base, "members.0.givenNames": "Ana", "members.0.role": "MEMBER" })["members.0.familyNames"]).toEqual(["projects.personNameRequired"]);
    expect(issues({ ...base, "members.0.personId": A, "members.0.role": "MEMBER", "members.1.personId": A, "members.1.role": "MEMBER" })["members.1.role"]).toEqual([
      "projects.memberDuplicate",
    ]);
  });

  it("outputs: a malformed DOI, a missing date; TRL, FORD and CIIU formats", () => {
    const o = issues({ ...base, "outputs.0.kind": "PUBLICATION", "outputs.0.title": "X", "outputs.0.doi": "doi-123" });
    expect(o["outputs.0.doi"]).toEqual(["projects.doiInvalid"]);
    expect(o["outputs.0.producedOn"]).toEqual(["projects.dateInvalid"]);
    expect(issues({ ...base, trl: "10" }).trl).toEqual(["projects.trlRange"]);
    expect(issues({ ...base, fordCode: "9.99" }).fordCode).toEqual(["projects.fordInvalid"]);
    expect(issues({ ...base, ciiuCode: "A1" }).ciiuCode).toEqual(["projects.ciiuInvalid"]);
  });

  it("refuses fields the form does not have (no smuggled region)", () => {
    expect(CreateProjectInput.safeParse({ ...base, regionId: A }).success).toBe(false);
    expect(UpdateProjectInput.safeParse({ ...base }).success).toBe(false);
  });
});

describe("helpers", () => {
  it("amounts and DOIs as typed", () => {
    expect(normaliseAmount("S/ 1,500.25")).toBe("1500.25");
    expect(normaliseAmount("1500,25")).toBe("1500.25");
    expect(normaliseAmount("1,500")).toBe("1500");
    expect(normaliseDoi("doi: 10.1000/xyz")).toBe("10.1000/xyz");
  });

  it("list query ignores bad values", () => {
    expect(parseProjectListQuery({ status: "NOPE", year: "abc", mix: "academiaBusiness", page: "-1" })).toMatchObject({
      status: undefined,
      year: undefined,
      mix: "academiaBusiness",
      page: 1,
    });
  });
});
