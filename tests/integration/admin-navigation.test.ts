// The header's navigation model for each demo user, as the database sees them: the links follow
// the permission table, a person with roles in several regions gets each region, and the region
// that is "acting" follows the URL. Real users from the seed, no mocks.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db-client";
import { closeDemoDatabase, openDemoDatabase, type TestDatabase } from "../support/database";

let tdb: TestDatabase;
let db: PrismaClient;
let nav: typeof import("@/components/layout/nav-model");
let session: typeof import("@/lib/auth/session");
let tenancy: typeof import("@/lib/tenancy");

beforeAll(async () => {
  ({ tdb, db } = await openDemoDatabase());
  [nav, session, tenancy] = await Promise.all([import("@/components/layout/nav-model"), import("@/lib/auth/session"), import("@/lib/tenancy")]);
});

afterAll(() => closeDemoDatabase(tdb, db));

async function userOf(email: string) {
  const row = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, sessionVersion: true } });
  return (await session.loadCurrentUser(row.id, row.sessionVersion))!;
}

const READ_SECTIONS = ["overview", "dashboard", "actors", "council", "cooperation", "projects", "plans", "recommendations"];
const ADMIN_SECTIONS = [...READ_SECTIONS, "members", "audit", "mail"];

describe("the navigation each demo user gets", () => {
  it.each([
    ["gore.cusco@minka.example", [{ slug: "cusco", sections: ADMIN_SECTIONS }], [], []],
    ["gore.tacna@minka.example", [{ slug: "tacna", sections: ADMIN_SECTIONS }], [], []],
    ["investigacion.unsaac@minka.example", [{ slug: "cusco", sections: READ_SECTIONS }], [], []],
    ["investigacion.unjbg@minka.example", [{ slug: "tacna", sections: READ_SECTIONS }], [], []],
    ["multisectorial@minka.example", [], READ_SECTIONS, ["national"]],
    ["admin@minka.example", [], ADMIN_SECTIONS, ["national", "platform"]],
  ])("%s", async (email, regions, otherRegionSections, platformLinks) => {
    const model = nav.buildNavModel(await userOf(email));
    expect(model.memberRegions.map(({ slug, sections }) => ({ slug, sections }))).toEqual(regions);
    expect(model.otherRegionSections).toEqual(otherRegionSections);
    expect(model.platformLinks).toEqual(platformLinks);
  });

  it("derives each region's role with the tenant gate's own rule", async () => {
    for (const email of ["gore.cusco@minka.example", "investigacion.unjbg@minka.example", "admin@minka.example", "multisectorial@minka.example"]) {
      const user = await userOf(email);
      for (const slug of ["cusco", "tacna"]) {
        const region = await db.region.findUniqueOrThrow({ where: { slug }, select: { id: true } });
        const expected = await tenancy.resolveRegionContext(user, slug, null).then(
          (ctx) => ctx.role,
          () => null,
        );
        expect(nav.roleInRegion(user, region.id), `${email} in ${slug}`).toBe(expected);
      }
    }
  });
});

describe("the acting region", () => {
  it("is the one in the URL when the user may act there, else their first membership", async () => {
    const user = await userOf("gore.tacna@minka.example");
    const cusco = await db.region.findUniqueOrThrow({ where: { slug: "cusco" } });
    await db.membership.create({ data: { regionId: cusco.id, userId: user.id, role: "VIEWER" } });
    const model = nav.buildNavModel(await userOf("gore.tacna@minka.example"));
    expect(model.memberRegions.map((r) => [r.slug, r.sections])).toEqual([
      ["tacna", ADMIN_SECTIONS],
      ["cusco", READ_SECTIONS],
    ]);
    expect(nav.actingRegion(model, "/r/cusco", {})?.slug).toBe("cusco");
    expect(nav.actingRegion(model, "/r/tacna/admin/members/123", {})?.slug).toBe("tacna");
    expect(nav.actingRegion(model, "/", {})?.slug).toBe("tacna");
    // A region the user has no role in does not become "acting".
    expect(nav.actingRegion(model, "/r/puno", { puno: "Puno" })?.slug).toBe("tacna");
  });

  it("for a global role, is the region of the URL with what that role allows there", async () => {
    const model = nav.buildNavModel(await userOf("admin@minka.example"));
    expect(nav.actingRegion(model, "/r/puno/admin/audit", { puno: "Puno" })).toEqual({ slug: "puno", name: "Puno", sections: ADMIN_SECTIONS });
    expect(nav.actingRegion(model, "/r/atlantida", { puno: "Puno" })).toBeNull();
    expect(nav.actingRegion(model, "/admin/regions", { puno: "Puno" })).toBeNull();
  });

  it("knows the section a path is in", () => {
    expect(nav.parseRegionPath("/r/cusco")).toEqual({ slug: "cusco", section: "overview" });
    expect(nav.parseRegionPath("/r/cusco/admin/members/abc")).toEqual({ slug: "cusco", section: "members" });
    expect(nav.parseRegionPath("/r/cusco/admin/mail")).toEqual({ slug: "cusco", section: "mail" });
    expect(nav.parseRegionPath("/r/cusco/admin/mailbox")).toEqual({ slug: "cusco", section: "overview" });
    expect(nav.parseRegionPath("/admin/audit")).toBeNull();
  });
});
