// Revocation on the very next request: `loadCurrentUser` (what every request's session goes
// through) reads the user and their memberships from the database each time, so bumping
// sessionVersion, disabling the user, or disabling/removing a membership or changing a role
// takes effect on the next call, with no cache to wait for.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, setUpAuthDatabase, tearDownAuthDatabase, type AuthTestContext } from "./auth-helpers";

let ctx: AuthTestContext;
let session: typeof import("@/lib/auth/session");
let cusco: { id: string; slug: string };
let tacna: { id: string; slug: string };

beforeAll(async () => {
  ctx = await setUpAuthDatabase({ regions: true });
  session = await import("@/lib/auth/session");
  cusco = await ctx.db.region.findUniqueOrThrow({ where: { code: "08" }, select: { id: true, slug: true } });
  tacna = await ctx.db.region.findUniqueOrThrow({ where: { code: "23" }, select: { id: true, slug: true } });
});

afterAll(async () => {
  await tearDownAuthDatabase(ctx);
});

async function member(label: string) {
  const user = await createUser(ctx.db, { label });
  await ctx.db.membership.createMany({
    data: [
      { userId: user.id, regionId: cusco.id, role: "REGIONAL_ADMIN" },
      { userId: user.id, regionId: tacna.id, role: "VIEWER" },
    ],
  });
  const loaded = await session.loadCurrentUser(user.id, 1);
  expect(loaded?.memberships.map((m) => m.regionSlug).sort()).toEqual(["cusco", "tacna"]);
  return user;
}

describe("revocation takes effect on the very next request", () => {
  it("a bumped sessionVersion refuses every token issued before", async () => {
    const user = await member("version");
    await ctx.db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await session.loadCurrentUser(user.id, 1)).toBeNull();
    // A token issued after the change (sign-in again) carries the new version.
    expect(await session.loadCurrentUser(user.id, 2)).not.toBeNull();
  });

  it("a disabled user is signed out", async () => {
    const user = await member("disabled");
    await ctx.db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await session.loadCurrentUser(user.id, 1)).toBeNull();
    await ctx.db.user.update({ where: { id: user.id }, data: { disabledAt: null } });
    expect(await session.loadCurrentUser(user.id, 1)).not.toBeNull();
  });

  it("a deleted user is signed out", async () => {
    const user = await member("deleted");
    await ctx.db.user.delete({ where: { id: user.id } });
    expect(await session.loadCurrentUser(user.id, 1)).toBeNull();
  });

  it("a disabled membership drops that region only, and the tenant gate then refuses it", async () => {
    const user = await member("membership");
    await ctx.db.membership.update({ where: { regionId_userId: { regionId: cusco.id, userId: user.id } }, data: { disabledAt: new Date() } });
    const loaded = await session.loadCurrentUser(user.id, 1);
    expect(loaded).not.toBeNull();
    expect(loaded!.memberships.map((m) => m.regionSlug)).toEqual(["tacna"]);

    const { resolveRegionContext } = await import("@/lib/tenancy");
    const { NotFoundError } = await import("@/lib/errors");
    await expect(resolveRegionContext(loaded!, "cusco", null)).rejects.toBeInstanceOf(NotFoundError);
    await expect(resolveRegionContext(loaded!, "tacna", null)).resolves.toMatchObject({ role: "VIEWER" });
  });

  it("a removed membership drops the region", async () => {
    const user = await member("removed");
    await ctx.db.membership.delete({ where: { regionId_userId: { regionId: tacna.id, userId: user.id } } });
    const loaded = await session.loadCurrentUser(user.id, 1);
    expect(loaded!.memberships.map((m) => m.regionSlug)).toEqual(["cusco"]);
  });

  it("a changed role applies at once", async () => {
    const user = await member("role");
    await ctx.db.membership.update({ where: { regionId_userId: { regionId: cusco.id, userId: user.id } }, data: { role: "VIEWER" } });
    const loaded = await session.loadCurrentUser(user.id, 1);
    expect(loaded!.memberships.find((m) => m.regionSlug === "cusco")?.role).toBe("VIEWER");
  });
});

describe("the user a session names", () => {
  it("carries every live membership in the order it was granted, with its region and institution", async () => {
    const user = await createUser(ctx.db, { label: "shape" });
    await ctx.db.user.update({ where: { id: user.id }, data: { globalRole: "NATIONAL_VIEWER" } });
    const actor = await ctx.db.actor.create({
      data: { regionId: tacna.id, name: "Universidad de prueba", helix: "ACADEMIA", type: "UNIVERSITY" },
      select: { id: true },
    });
    await ctx.db.membership.create({ data: { userId: user.id, regionId: tacna.id, role: "INSTITUTION_EDITOR", actorId: actor.id } });
    await ctx.db.membership.create({ data: { userId: user.id, regionId: cusco.id, role: "VIEWER" } });
    const regionNames = Object.fromEntries(
      (await ctx.db.region.findMany({ where: { id: { in: [cusco.id, tacna.id] } }, select: { id: true, name: true } })).map((r) => [r.id, r.name]),
    );

    expect(await session.loadCurrentUser(user.id, 1)).toEqual({
      id: user.id,
      email: user.email,
      name: user.name,
      globalRole: "NATIONAL_VIEWER",
      memberships: [
        { regionId: tacna.id, regionSlug: "tacna", regionName: regionNames[tacna.id], role: "INSTITUTION_EDITOR", actorId: actor.id },
        { regionId: cusco.id, regionSlug: "cusco", regionName: regionNames[cusco.id], role: "VIEWER", actorId: null },
      ],
    });
  });

  it("a user without memberships has an empty list", async () => {
    const user = await createUser(ctx.db, { label: "alone" });
    expect((await session.loadCurrentUser(user.id, 1))?.memberships).toEqual([]);
  });

  it("a subject that is not a user id names nobody", async () => {
    expect(await session.loadCurrentUser("not-a-uuid", 1)).toBeNull();
    expect(await session.loadCurrentUser("00000000-0000-4000-8000-000000000000", 1)).toBeNull();
  });
});
