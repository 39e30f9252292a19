import fs from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, signInRequest } from "./support/auth";
import { changedTables, rowsIn, snapshotTables, withDb } from "./support/db";
import { actionUrl, builtServerActions, callServerAction, type BuiltAction } from "./support/server-actions";
import { ACTION_CASES, API_ROUTES, type Caller, type Region } from "./permission-matrix.table";

// The permission matrix of issue 3: every server action of the production build and every API
// route, called over HTTP as every demo role, an anonymous caller and a disabled user, against
// records of two regions, compared with one hand-written table of expected outcomes
// (permission-matrix.table.ts). On every denial, not one row of any table may change and no
// audit entry may appear; on every success, at least one audit entry appears.

const ROOT = process.cwd();
const CALLERS: Caller[] = ["anonymous", "disabled", "cuscoAdmin", "tacnaAdmin", "unsaacOffice", "unjbgOffice", "nationalViewer", "platformAdmin"];
const REGIONS: Region[] = ["cusco", "tacna"];
const DISABLED_EMAIL = "matriz.desactivado@minka.example";
/** Each demo role is played by a clone of the demo user (same roles, own account), so the
 * matrix can change passwords and sessions without disturbing other specs. */
const cloneEmail = (caller: Caller) => `matriz.${caller.toLowerCase()}@minka.example`;
const passwords = new Map<Caller, string>();

test.describe.configure({ mode: "serial" });
test.setTimeout(15 * 60_000);

const contexts = new Map<Caller, APIRequestContext>();

test.beforeAll(async ({ baseURL }) => {
  // A regional admin of Cusco whose account is disabled after signing in: their still-valid
  // session token must be worth nothing.
  const clones: [string, string][] = [
    ...CALLERS.filter((c): c is keyof typeof DEMO => c in DEMO).map((c) => [cloneEmail(c), DEMO[c]] as [string, string]),
    [DISABLED_EMAIL, DEMO.cuscoAdmin],
  ];
  await withDb(async (db) => {
    for (const [clone, original] of clones) {
      await db.query(
        `insert into "User"(id, email, name, "passwordHash", "globalRole", "updatedAt")
         select gen_random_uuid(), $1, 'Matriz: ' || name, "passwordHash", "globalRole", now() from "User" where email = $2
         on conflict (email) do update set "passwordHash" = excluded."passwordHash", "disabledAt" = null`,
        [clone, original],
      );
      await db.query(
        `insert into "Membership"(id, "regionId", "userId", role, "actorId", "updatedAt")
         select gen_random_uuid(), m."regionId", c.id, m.role, m."actorId", now()
         from "Membership" m join "User" o on o.id = m."userId" and o.email = $2, "User" c where c.email = $1
         on conflict do nothing`,
        [clone, original],
      );
    }
  });
  for (const caller of CALLERS) {
    const context = await playwrightRequest.newContext({ baseURL });
    passwords.set(caller, DEMO_PASSWORD);
    if (caller === "disabled") await signInRequest(context, DISABLED_EMAIL, DEMO_PASSWORD);
    else if (caller !== "anonymous") await signInRequest(context, cloneEmail(caller), DEMO_PASSWORD);
    contexts.set(caller, context);
  }
  await withDb((db) => db.query(`update "User" set "disabledAt" = now() where email = $1`, [DISABLED_EMAIL]));
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
});

test("every server action in the build has a row in the expected table, and every row an action", () => {
  const built = builtServerActions(ROOT).map((a) => a.key).sort();
  expect(built.length).toBeGreaterThan(0);
  expect(built).toEqual(Object.keys(ACTION_CASES).sort());
});

test("every API route in the route tree has a row in the expected table", () => {
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^route\.(ts|tsx|js)$/.test(entry.name)) routes.push(path.relative(path.join(ROOT, "app"), path.dirname(full)));
    }
  };
  walk(path.join(ROOT, "app"));
  expect(routes.sort()).toEqual(Object.keys(API_ROUTES).sort());
});

for (const [key, spec] of Object.entries(ACTION_CASES)) {
  test(`server action ${key}`, async () => {
    const action = builtServerActions(ROOT).find((a) => a.key === key) as BuiltAction;
    expect(action, `${key} is not in the build`).toBeTruthy();
    const targets: (Region | null)[] = spec.scope === "region" ? REGIONS : [null];
    let n = 0;
    // One connection for the whole row: the matrix makes about a thousand calls.
    await withDb(async (db) => {
      for (const region of targets) {
        for (const caller of CALLERS) {
          n++;
          const expected = spec.changes(caller, region);
          const input = await spec.input({ db, region, caller, n, password: passwords.get(caller)! });
          const args = spec.scope === "region" ? [region, { status: "idle" }, toFormData(input)] : [{ status: "idle" }, toFormData(input)];
          const before = await snapshotTables(db);
          const status = await callServerAction(contexts.get(caller)!, action, args, actionUrl(action, region));
          const after = await snapshotTables(db);
          const [auditBefore, auditAfter] = [rowsIn(before, "AuditEntry"), rowsIn(after, "AuditEntry")];
          const label = `${key} as ${caller} in ${region ?? "-"}`;
          expect(status, label).toBeLessThan(500);
          if (expected) {
            expect(changedTables(before, after), `${label}: allowed, so it should have changed something`).not.toEqual([]);
            expect(auditAfter, `${label}: a change without an audit entry`).toBeGreaterThan(auditBefore);
            if (spec.rotatesPassword) {
              // The change ended the caller's sessions: sign in again with the new password.
              const fresh = String(input.newPassword);
              passwords.set(caller, fresh);
              await signInRequest(contexts.get(caller)!, cloneEmail(caller), fresh);
            }
          } else {
            expect(changedTables(before, after), `${label}: denied, yet rows changed`).toEqual([]);
            expect(auditAfter, `${label}: denied, yet audited`).toBe(auditBefore);
          }
        }
      }
    });
  });
}

for (const [route, spec] of Object.entries(API_ROUTES)) {
  test(`API route ${route}`, async () => {
    for (const caller of CALLERS) {
      for (const probe of spec.probes) {
        const response = await contexts.get(caller)!.fetch(probe.path, { method: probe.method, maxRedirects: 0 });
        expect(response.status(), `${probe.method} ${probe.path} as ${caller}`).toBe(probe.expectStatus(caller));
      }
    }
  });
}

function toFormData(input: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(input)) for (const value of Array.isArray(v) ? v : [v]) form.append(k, value);
  return form;
}
