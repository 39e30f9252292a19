import { describe, expect, it } from "vitest";
import { normaliseActorName } from "@/lib/actors/normalise";
import { CreateActorInput, parseActorListQuery } from "@/lib/actors/schema";

describe("normaliseActorName", () => {
  it("ignores case, accents, punctuation, spaces and legal suffixes", () => {
    const key = normaliseActorName("Agroindustrias Ñaña del Perú S.A.C.");
    expect(key).toBe("agroindustrias nana del peru");
    expect(normaliseActorName("  AGROINDUSTRIAS  ÑAÑA del peru SAC")).toBe(key);
    expect(normaliseActorName("Agroindustrias Ñaña del Perú, S.A.")).toBe(key);
    expect(normaliseActorName("Agroindustrias Ñaña del Perú E.I.R.L.")).toBe(key);
    expect(normaliseActorName("Agroindustrias Ñaña del Perú S.R.L.")).toBe(key);
  });
  it("keeps different names apart", () => {
    expect(normaliseActorName("Café Inca")).not.toBe(normaliseActorName("Cafe Incas"));
    expect(normaliseActorName("S.A.C.")).toBe("sac"); // a name that is only a suffix stays
  });
});

describe("actor input", () => {
  const base = { name: "Empresa X", helix: "BUSINESS", type: "FIRM" };
  it("clears firm attributes outside the business helix", () => {
    const v = CreateActorInput.parse({ ...base, helix: "ACADEMIA", type: "UNIVERSITY", firmSize: "MICRO", ciiuCode: "0111" });
    expect(v.firmSize).toBeNull();
    expect(v.ciiuCode).toBeNull();
    expect(CreateActorInput.parse({ ...base, firmSize: "MICRO" }).firmSize).toBe("MICRO");
  });
  it("gives each bad field its own message key", () => {
    const r = CreateActorInput.safeParse({ ...base, ruc: "20131312954", ror: "03yrm5c27", website: "ejemplo", ciiuCode: "1a", provinceId: "x" });
    expect(r.success).toBe(false);
    const byField = Object.fromEntries(r.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(byField).toMatchObject({
      ruc: "actors.rucCheck",
      ror: "actors.rorInvalid",
      website: "actors.websiteInvalid",
      ciiuCode: "actors.ciiuInvalid",
      provinceId: "actors.invalidChoice",
    });
    expect(CreateActorInput.safeParse({ ...base, ruc: "123" }).error!.issues[0]!.message).toBe("actors.rucFormat");
  });
  it("accepts a RUC with spaces or hyphens and a ROR as a link", () => {
    const v = CreateActorInput.parse({ ...base, ruc: "20131-312955", ror: "https://ror.org/03YRM5C26" });
    expect(v.ruc).toBe("20131312955");
    expect(v.ror).toBe("03yrm5c26");
  });
  it("refuses unknown fields such as a region", () => {
    expect(CreateActorInput.safeParse({ ...base, regionId: "x" }).success).toBe(false);
  });
});

describe("list query", () => {
  it("ignores bad values and keeps good ones", () => {
    expect(parseActorListQuery({ helix: "NOPE", page: "-3", sort: "evil", province: "x", ciiu: "01", q: "  café " })).toEqual({
      q: "café",
      ciiu: "01",
      sort: "name",
      page: 1,
    });
    expect(parseActorListQuery({ helix: "BUSINESS", sort: "updated", page: "3", archived: "1" })).toMatchObject({
      helix: "BUSINESS",
      sort: "updated",
      page: 3,
      archived: "1",
    });
  });
});
