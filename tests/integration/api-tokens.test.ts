// API tokens against a real PostgreSQL: issued by platform administrators only (audited, the
// secret stored hashed), resolved to their scope, refused once revoked or expired; and the API's
// read rules, the UI's permission table for sessions and the token's scope for tokens.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db-client";
import type { UserContext } from "@/lib/tenancy";
import { closeDemoDatabase, openDemoDatabase, type TestDatabase } from "../support/database";
import { userContextOf } from "../support/context";

let tdb: TestDatabase;
let db: PrismaClient;
let tokens: typeof import("@/lib/api/tokens");
let schema: typeof import("@/lib/api/schema");
let http: typeof import("@/lib/api/http");
let errors: typeof import("@/lib/errors");
let admin: UserContext;
let cuscoAdmin: UserContext;
let nationalViewer: UserContext;
let cuscoId: string;
let tacnaId: string;

beforeAll(async () => {
  ({ tdb, db } = await openDemoDatabase());
  [tokens, schema, http, errors] = await Promise.all([import("@/lib/api/tokens"), import("@/lib/api/schema"), import("@/lib/api/http"), import("@/lib/errors")]);
  admin = await userContextOf("admin@minka.example");
  cuscoAdmin = await userContextOf("gore.cusco@minka.example");
  nationalViewer = await userContextOf("multisectorial@minka.example");
  cuscoId = (await db.region.findUniqueOrThrow({ where: { slug: "cusco" } })).id;
  tacnaId = (await db.region.findUniqueOrThrow({ where: { slug: "tacna" } })).id;
}, 120_000);

afterAll(() => closeDemoDatabase(tdb, db));

const input = (raw: Record<string, unknown>) => schema.IssueApiTokenInput.parse(raw);

describe("issuing and revoking", () => {
  it("a platform admin issues a token: hashed, audited, the secret resolves to its scope", async () => {
    const auditBefore = await db.auditEntry.count({ where: { entity: "ApiToken" } });
    const { id, secret } = await tokens.issueApiToken(admin, input({ name: "Observatorio", scope: "REGIONS", regionIds: [cuscoId] }));
    const row = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(tokens.hashSecret(secret));
    expect(row.tokenHash).not.toContain(secret);
    expect(secret.startsWith(row.prefix)).toBe(true);
    expect(row.regionIds).toEqual([cuscoId]);
    const audit = await db.auditEntry.findMany({ where: { entity: "ApiToken", entityId: id } });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.after)).not.toContain(row.tokenHash);
    expect(await db.auditEntry.count({ where: { entity: "ApiToken" } })).toBe(auditBefore + 1);

    const grant = await tokens.resolveApiToken(secret);
    expect(grant).toEqual({ tokenId: id, scope: "REGIONS", regionIds: [cuscoId] });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
    // An issued token does not touch any region's data version (metrics stay cached).
    expect(await tokens.resolveApiToken(`${secret}x`)).toBeNull();
  });

  it("a revoked token stops working at once; revoking twice changes nothing more", async () => {
    const { id, secret } = await tokens.issueApiToken(admin, input({ name: "Temporal", scope: "NATIONAL" }));
    await tokens.revokeApiToken(admin, { tokenId: id, confirm: "on" });
    expect(await tokens.resolveApiToken(secret)).toBeNull();
    const revokedAt = (await db.apiToken.findUniqueOrThrow({ where: { id } })).revokedAt;
    expect(revokedAt).not.toBeNull();
    await tokens.revokeApiToken(admin, { tokenId: id, confirm: "on" });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).revokedAt).toEqual(revokedAt);
    expect(await db.auditEntry.count({ where: { entity: "ApiToken", entityId: id } })).toBe(2);
    const listed = (await tokens.listApiTokens(admin)).find((t) => t.id === id)!;
    expect(listed.status).toBe("REVOKED");
  });

  it("revoking needs the form's confirmation", () => {
    const tokenId = "0194a1b2-0000-7000-8000-000000000000";
    expect(schema.RevokeApiTokenInput.safeParse({ tokenId, confirm: "on" }).success).toBe(true);
    const refused = schema.RevokeApiTokenInput.safeParse({ tokenId });
    expect(refused.error?.issues.map((i) => i.message)).toEqual(["apiTokens.revokeConfirmRequired"]);
  });

  it("an expired token is refused", async () => {
    const { id, secret } = await tokens.issueApiToken(admin, input({ name: "Vence", scope: "NATIONAL" }));
    await db.apiToken.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await tokens.resolveApiToken(secret)).toBeNull();
  });

  it("only platform admins issue, revoke or list; nothing is written for anyone else", async () => {
    const before = await db.apiToken.count();
    const { id } = await tokens.issueApiToken(admin, input({ name: "Ajena", scope: "NATIONAL" }));
    for (const ctx of [cuscoAdmin, nationalViewer]) {
      await expect(tokens.issueApiToken(ctx, input({ name: "No", scope: "NATIONAL" }))).rejects.toBeInstanceOf(errors.ForbiddenError);
      await expect(tokens.revokeApiToken(ctx, { tokenId: id, confirm: "on" })).rejects.toBeInstanceOf(errors.ForbiddenError);
      await expect(tokens.listApiTokens(ctx)).rejects.toBeInstanceOf(errors.ForbiddenError);
    }
    expect(await db.apiToken.count()).toBe(before + 1);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
  });

  it("bad input is refused by the schema or the data layer, and writes nothing", async () => {
    const before = await db.apiToken.count();
    expect(schema.IssueApiTokenInput.safeParse({ name: "x", scope: "REGIONS" }).success).toBe(false); // no region
    expect(schema.IssueApiTokenInput.safeParse({ name: "", scope: "NATIONAL" }).success).toBe(false);
    expect(schema.IssueApiTokenInput.safeParse({ name: "x", scope: "ALL" }).success).toBe(false);
    expect(schema.IssueApiTokenInput.safeParse({ name: "x", scope: "NATIONAL", expiresOn: "2001-01-01" }).success).toBe(false);
    expect(schema.IssueApiTokenInput.safeParse({ name: "x", scope: "NATIONAL", extra: "1" }).success).toBe(false);
    await expect(
      tokens.issueApiToken(admin, input({ name: "Región falsa", scope: "REGIONS", regionIds: ["00000000-0000-7000-8000-000000000000"] })),
    ).rejects.toBeInstanceOf(errors.InvalidInputError);
    await expect(tokens.revokeApiToken(admin, { tokenId: "00000000-0000-7000-8000-000000000000", confirm: "on" })).rejects.toBeInstanceOf(errors.NotFoundError);
    expect(await db.apiToken.count()).toBe(before);
  });
});

describe("who may read what through the API", () => {
  const grant = (scope: "NATIONAL" | "REGIONS", regionIds: string[] = []) => ({ kind: "token" as const, grant: { tokenId: "t", scope, regionIds } });

  it("sessions follow the permission table", () => {
    const cusco = { kind: "user" as const, user: cuscoAdmin.user };
    const viewer = { kind: "user" as const, user: nationalViewer.user };
    expect(http.canReadRegion(cusco, cuscoId)).toBe(true);
    expect(http.canReadRegion(cusco, tacnaId)).toBe(false);
    expect(http.canReadNational(cusco)).toBe(false);
    expect(http.canReadRegion(viewer, tacnaId)).toBe(true);
    expect(http.canReadNational(viewer)).toBe(true);
  });

  it("tokens follow their scope", () => {
    expect(http.canReadRegion(grant("REGIONS", [cuscoId]), cuscoId)).toBe(true);
    expect(http.canReadRegion(grant("REGIONS", [cuscoId]), tacnaId)).toBe(false);
    expect(http.canReadNational(grant("REGIONS", [cuscoId, tacnaId]))).toBe(false);
    expect(http.canReadRegion(grant("NATIONAL"), tacnaId)).toBe(true);
    expect(http.canReadNational(grant("NATIONAL"))).toBe(true);
  });

  it("a bad bearer header is refused, never replaced by the session", async () => {
    for (const header of ["Bearer minka_unknown", "Basic abc", "Bearer"]) {
      const request = new Request("http://minka.test/api/v1/regions", { headers: { authorization: header } });
      await expect(http.principalOf(request)).rejects.toMatchObject({ code: "unauthenticated" });
    }
  });
});
