// The read-only JSON API (/api/v1) over real HTTP against the production build: the regions
// list, a region's metrics with a session and with a token, tokens scoped to regions (another
// region answers exactly like a missing one), revoked and expired tokens, bad parameters with
// their stable codes, a region's network with its ETag, and the OpenAPI document.
import { createHash, randomBytes } from "node:crypto";
import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { DEMO, signInRequest } from "./support/auth";
import { withDb } from "./support/db";

type Scope = "NATIONAL" | "REGIONS";

/** A token written straight into the database (issuing through the admin page is another spec's). */
async function makeToken(opts: { scope: Scope; regionCodes?: string[]; expiresAt?: Date | null; revoked?: boolean }): Promise<string> {
  const secret = `minka_${randomBytes(32).toString("base64url")}`;
  const hash = createHash("sha256").update(secret).digest("hex");
  await withDb((db) =>
    db.query(
      `insert into "ApiToken"(id, name, "tokenHash", prefix, scope, "regionIds", "expiresAt", "revokedAt", "updatedAt")
       values (gen_random_uuid(), $1, $2, $3, $4::"ApiTokenScope",
               coalesce((select array_agg(id) from "Region" where code = any($5::text[])), '{}'), $6, $7, now())`,
      [`e2e ${opts.scope}`, hash, secret.slice(0, 12), opts.scope, opts.regionCodes ?? [], opts.expiresAt ?? null, opts.revoked ? new Date() : null],
    ),
  );
  return secret;
}

const bearer = (secret: string) => ({ Authorization: `Bearer ${secret}` });

let anonymous: APIRequestContext;
test.beforeAll(async ({ baseURL }) => {
  anonymous = await playwrightRequest.newContext({ baseURL });
});
test.afterAll(async () => {
  await anonymous.dispose();
});

test("the OpenAPI document is valid JSON and describes every path", async () => {
  const response = await anonymous.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const doc = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining([
      "/api/v1/regions",
      "/api/v1/regions/{code}/metrics",
      "/api/v1/regions/{code}/network",
      "/api/v1/national/comparison",
      "/api/v1/openapi.json",
    ]),
  );
});

test("without a session or a token every data endpoint answers 401 with a stable code", async () => {
  for (const path of ["/api/v1/regions", "/api/v1/regions/08/metrics", "/api/v1/regions/08/network", "/api/v1/national/comparison?metric=density"]) {
    const response = await anonymous.get(path);
    expect(response.status(), path).toBe(401);
    expect((await response.json()).error.code).toBe("unauthenticated");
  }
});

test("a regional admin's session reads their region, and another region is a 404 like a missing one", async ({ request }) => {
  await signInRequest(request, DEMO.cuscoAdmin);
  const regions = await request.get("/api/v1/regions");
  expect(regions.status()).toBe(200);
  const list = (await regions.json()).data as { code: string; slug: string }[];
  expect(list.map((r) => r.code)).toEqual(["08"]);

  const metrics = await request.get("/api/v1/regions/08/metrics");
  expect(metrics.status()).toBe(200);
  const body = await metrics.json();
  expect(body.region).toMatchObject({ code: "08", slug: "cusco" });
  expect(body.data.length).toBeGreaterThan(0);
  const latest = body.data[body.data.length - 1];
  expect(latest.year).toBe(new Date().getUTCFullYear());
  expect(latest.hasData).toBe(true);
  expect(latest.values.cooperationIndex).toBeGreaterThanOrEqual(0);
  expect(latest.values.cooperationIndex).toBeLessThanOrEqual(100);

  const tacna = await request.get("/api/v1/regions/23/metrics");
  const missing = await request.get("/api/v1/regions/98/metrics");
  expect(tacna.status()).toBe(404);
  expect(missing.status()).toBe(404);
  expect(await tacna.text()).toBe(await missing.text());

  // The national comparison needs national access.
  const national = await request.get("/api/v1/national/comparison?metric=density");
  expect(national.status()).toBe(403);
  expect((await national.json()).error.code).toBe("forbidden");
});

test("the national viewer's session reads any region and the comparison", async ({ request }) => {
  await signInRequest(request, DEMO.nationalViewer);
  expect((await request.get("/api/v1/regions/23/metrics")).status()).toBe(200);
  const year = new Date().getUTCFullYear();
  const response = await request.get(`/api/v1/national/comparison?metric=cooperationIndex&year=${year}`);
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ metric: "cooperationIndex", year, unit: "index" });
  const cusco = body.data.find((r: { region: { code: string } }) => r.region.code === "08");
  expect(cusco.hasData).toBe(true);
  // Regions without records are "no data", never zero.
  const empty = body.data.filter((r: { hasData: boolean }) => !r.hasData);
  expect(empty.length).toBeGreaterThan(0);
  expect(empty.every((r: { value: unknown }) => r.value === null)).toBe(true);
});

test("a REGIONS token reads its regions only; another region is the same 404 as a missing code", async () => {
  const secret = await makeToken({ scope: "REGIONS", regionCodes: ["08"] });
  const list = await anonymous.get("/api/v1/regions", { headers: bearer(secret) });
  expect(((await list.json()).data as { code: string }[]).map((r) => r.code)).toEqual(["08"]);

  const year = new Date().getUTCFullYear();
  const own = await anonymous.get(`/api/v1/regions/08/metrics?year=${year}`, { headers: bearer(secret) });
  expect(own.status()).toBe(200);
  const body = await own.json();
  expect(body.data.map((y: { year: number }) => y.year)).toEqual([year]);

  const other = await anonymous.get("/api/v1/regions/23/metrics", { headers: bearer(secret) });
  const missing = await anonymous.get("/api/v1/regions/99/metrics", { headers: bearer(secret) });
  expect(other.status()).toBe(404);
  expect(missing.status()).toBe(404);
  expect(await other.json()).toEqual(await missing.json());
  expect((await other.json()).error.code).toBe("not_found");

  const national = await anonymous.get("/api/v1/national/comparison?metric=density", { headers: bearer(secret) });
  expect(national.status()).toBe(403);

  // The use is recorded (at most once a minute).
  const lastUsed = await withDb(async (db) => (await db.query(`select "lastUsedAt" from "ApiToken" where prefix = $1`, [secret.slice(0, 12)])).rows[0]);
  expect(lastUsed.lastUsedAt).not.toBeNull();
});

test("a NATIONAL token reads every region and the comparison; bad parameters are 400 with a stable code", async () => {
  const secret = await makeToken({ scope: "NATIONAL" });
  expect((await anonymous.get("/api/v1/regions/23/metrics", { headers: bearer(secret) })).status()).toBe(200);
  const regions = (await (await anonymous.get("/api/v1/regions", { headers: bearer(secret) })).json()).data as unknown[];
  expect(regions.length).toBeGreaterThan(2);
  expect((await anonymous.get("/api/v1/national/comparison?metric=density&year=2024", { headers: bearer(secret) })).status()).toBe(200);

  for (const path of [
    "/api/v1/national/comparison?metric=happiness",
    "/api/v1/national/comparison",
    "/api/v1/national/comparison?metric=density&year=20x4",
    "/api/v1/regions/08/metrics?year=3000",
  ]) {
    const response = await anonymous.get(path, { headers: bearer(secret) });
    expect(response.status(), path).toBe(400);
    const error = (await response.json()).error;
    expect(error.code, path).toBe("invalid_parameter");
  }
});

test("revoked, expired and unknown tokens are 401, even with a session beside them", async ({ request }) => {
  const revoked = await makeToken({ scope: "NATIONAL", revoked: true });
  const expired = await makeToken({ scope: "NATIONAL", expiresAt: new Date(Date.now() - 60_000) });
  await signInRequest(request, DEMO.nationalViewer);
  for (const secret of [revoked, expired, "minka_not-a-real-token", "garbage"]) {
    const response = await request.get("/api/v1/regions/08/metrics", { headers: bearer(secret) });
    expect(response.status()).toBe(401);
    expect(response.headers()["www-authenticate"]).toContain("Bearer");
    expect((await response.json()).error.code).toBe("unauthenticated");
  }
});

interface NetworkBody {
  region: { code: string; slug: string };
  year: number;
  kinds: string[];
  dataVersion: number | null;
  nodes: { id: string; label: string; helix: string; degree: number; community: number }[];
  edges: { source: string; target: string; weight: number; kinds: string[] }[];
  totals: { nodes: number; edges: number };
}

/** Every link joins two listed actors, and each actor's degree is the number of its links. */
function expectConsistentNetwork(body: NetworkBody) {
  const ids = new Set(body.nodes.map((n) => n.id));
  expect(ids.size).toBe(body.nodes.length);
  const touching = new Map<string, number>();
  for (const e of body.edges) {
    expect(ids.has(e.source), `edge source ${e.source}`).toBe(true);
    expect(ids.has(e.target), `edge target ${e.target}`).toBe(true);
    expect(e.weight).toBeGreaterThan(0);
    for (const id of [e.source, e.target]) touching.set(id, (touching.get(id) ?? 0) + 1);
  }
  for (const n of body.nodes) expect(n.degree, n.label).toBe(touching.get(n.id) ?? 0);
  expect(body.totals).toEqual({ nodes: body.nodes.length, edges: body.edges.length });
}

test.describe("a region's network", () => {
  const year = new Date().getUTCFullYear();

  test("a regional admin reads their region's network of a year; the kinds filter keeps only those links", async ({ request }) => {
    await signInRequest(request, DEMO.cuscoAdmin);
    const response = await request.get(`/api/v1/regions/08/network?year=${year}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("private, no-cache");
    const body = (await response.json()) as NetworkBody;
    expect(body.region).toMatchObject({ code: "08", slug: "cusco" });
    expect(body.year).toBe(year);
    expect(body.kinds).toEqual(["PROJECT", "CONVENIO", "JOINT_EVENT", "COUNCIL"]);
    expect(typeof body.dataVersion).toBe("number");
    expect(response.headers()["etag"]).toBe(`W/"network-08-${body.dataVersion}-${year}-all"`);
    expect(body.nodes.length).toBeGreaterThan(0);
    expect(body.edges.length).toBeGreaterThan(0);
    expectConsistentNetwork(body);

    // Without a year: the current one.
    expect(((await (await request.get("/api/v1/regions/08/network")).json()) as NetworkBody).year).toBe(year);

    const filtered = await request.get(`/api/v1/regions/08/network?year=${year}&kinds=PROJECT`);
    expect(filtered.status()).toBe(200);
    expect(filtered.headers()["etag"]).toMatch(new RegExp(`^W/"network-08-\\d+-${year}-PROJECT"$`));
    const projects = (await filtered.json()) as NetworkBody;
    expect(projects.kinds).toEqual(["PROJECT"]);
    expect(projects.edges.length).toBeLessThanOrEqual(body.edges.length);
    expect(projects.edges.every((e) => e.kinds.length === 1 && e.kinds[0] === "PROJECT")).toBe(true);
    // Every actor of the year stays, with its degree counted over the links kept.
    expect(projects.nodes.length).toBe(body.nodes.length);
    expectConsistentNetwork(projects);
  });

  test("top: only the network's core, with the whole network's totals and degrees", async ({ request }) => {
    await signInRequest(request, DEMO.cuscoAdmin);
    // Another spec may write in Cusco meanwhile: compare a whole network and a core of the same data version.
    let whole: NetworkBody | null = null;
    let core: NetworkBody | null = null;
    let coreTag = "";
    for (let attempt = 0; attempt < 3 && (!whole || whole.dataVersion !== core?.dataVersion); attempt++) {
      whole = (await (await request.get(`/api/v1/regions/08/network?year=${year}`)).json()) as NetworkBody;
      const response = await request.get(`/api/v1/regions/08/network?year=${year}&top=3`);
      expect(response.status()).toBe(200);
      coreTag = response.headers()["etag"] ?? "";
      core = (await response.json()) as NetworkBody;
    }
    expect(core!.dataVersion).toBe(whole!.dataVersion);
    expect(coreTag).toBe(`W/"network-08-${core!.dataVersion}-${year}-all-top3"`);
    expect(whole!.nodes.length).toBeGreaterThan(6);
    expect(core!.totals).toEqual(whole!.totals);

    // At most 3 best connected + the ends of the 3 strongest links; the best connected and the strongest are in.
    expect(core!.nodes.length).toBeGreaterThanOrEqual(3);
    expect(core!.nodes.length).toBeLessThanOrEqual(9);
    const inCore = new Set(core!.nodes.map((n) => n.id));
    const best = Math.max(...whole!.nodes.map((n) => n.degree));
    expect(core!.nodes.filter((n) => n.degree === best).length).toBeGreaterThan(0);
    const strongest = [...whole!.edges].sort((a, b) => b.weight - a.weight)[0]!;
    expect(inCore.has(strongest.source) && inCore.has(strongest.target)).toBe(true);
    // Degrees are the whole network's; every link among the core's actors is there, and no other.
    const wholeNode = new Map(whole!.nodes.map((n) => [n.id, n]));
    for (const n of core!.nodes) expect(n).toEqual(wholeNode.get(n.id));
    const among = whole!.edges.filter((e) => inCore.has(e.source) && inCore.has(e.target));
    expect(core!.edges).toEqual(among);

    // A top at least the network's size is the whole network.
    const all = (await (await request.get(`/api/v1/regions/08/network?year=${year}&top=100000`)).json()) as NetworkBody;
    if (all.dataVersion === whole!.dataVersion) expect({ nodes: all.nodes, edges: all.edges }).toEqual({ nodes: whole!.nodes, edges: whole!.edges });
  });

  test("ETag: If-None-Match with the current tag is 304 without a body; a change of the region's data is 200 with a new tag", async () => {
    const secret = await makeToken({ scope: "REGIONS", regionCodes: ["08"] });
    const path = `/api/v1/regions/08/network?year=${year}`;
    // Another spec may write in Cusco meanwhile: take a tag that is current when it is used.
    let tag = "";
    let notModified: APIResponse | null = null;
    for (let attempt = 0; attempt < 3 && notModified?.status() !== 304; attempt++) {
      const first = await anonymous.get(path, { headers: bearer(secret) });
      expect(first.status()).toBe(200);
      tag = first.headers()["etag"] ?? "";
      expect(tag).toMatch(/^W\/"network-08-\d+-/);
      notModified = await anonymous.get(path, { headers: { ...bearer(secret), "If-None-Match": tag } });
    }
    expect(notModified!.status()).toBe(304);
    expect((await notModified!.body()).length).toBe(0);
    expect(notModified!.headers()["etag"]).toBe(tag);

    // What lib/audit.ts does in every audited write of the region: its data version moves on.
    await withDb((db) => db.query(`update "Region" set "dataVersion" = "dataVersion" + 1 where code = '08'`));
    const changed = await anonymous.get(path, { headers: { ...bearer(secret), "If-None-Match": tag } });
    expect(changed.status()).toBe(200);
    expect(changed.headers()["etag"]).toMatch(/^W\/"network-08-\d+-/);
    expect(changed.headers()["etag"]).not.toBe(tag);
    const body = (await changed.json()) as NetworkBody;
    expect(body.nodes.length).toBeGreaterThan(0);
    expectConsistentNetwork(body);
  });

  test("a bad year, an unknown kind or a bad top is 400 naming the parameter", async () => {
    const secret = await makeToken({ scope: "NATIONAL" });
    for (const [query, parameter] of [
      ["year=20x4", "year"],
      ["year=3000", "year"],
      ["year=1989", "year"],
      ["kinds=PROJECT,NOTHING", "kinds"],
      ["kinds=project", "kinds"],
      ["top=0", "top"],
      ["top=3.5", "top"],
      ["top=100001", "top"],
    ] as const) {
      const response = await anonymous.get(`/api/v1/regions/08/network?${query}`, { headers: bearer(secret) });
      expect(response.status(), query).toBe(400);
      const error = (await response.json()).error;
      expect(error.code, query).toBe("invalid_parameter");
      expect(error.parameter, query).toBe(parameter);
    }
  });

  test("another region's network is the same 404 as a missing code, for a session and for a REGIONS token", async ({ request }) => {
    await signInRequest(request, DEMO.tacnaAdmin);
    expect((await request.get(`/api/v1/regions/23/network?year=${year}`)).status()).toBe(200);
    const cusco = await request.get(`/api/v1/regions/08/network?year=${year}`);
    const missing = await request.get(`/api/v1/regions/97/network?year=${year}`);
    expect(cusco.status()).toBe(404);
    expect(missing.status()).toBe(404);
    expect(await cusco.text()).toBe(await missing.text());
    expect(cusco.headers()["etag"]).toBeUndefined();

    const secret = await makeToken({ scope: "REGIONS", regionCodes: ["23"] });
    expect((await anonymous.get("/api/v1/regions/23/network", { headers: bearer(secret) })).status()).toBe(200);
    const other = await anonymous.get("/api/v1/regions/08/network", { headers: bearer(secret) });
    const none = await anonymous.get("/api/v1/regions/97/network", { headers: bearer(secret) });
    expect(other.status()).toBe(404);
    expect(none.status()).toBe(404);
    expect(await other.json()).toEqual(await none.json());
    expect((await other.json()).error.code).toBe("not_found");
  });
});

// Beside the API: the load balancer's health check (lib/health.ts). Anyone may ask; the answer is
// one word and never cached, so a balancer sees the instance as it is now.
test("GET /api/health answers ok, uncached, to an anonymous caller", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect(await response.json()).toEqual({ status: "ok" });
});
