import axe from "axe-core";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, signInAs } from "./support/auth";
import { withDb } from "./support/db";

// Every kind of page, checked by axe-core against WCAG 2.1 A and AA (labels, names, contrast,
// landmarks, ARIA) in Chromium against the production build, in Spanish and in English, as the
// user each page is for. A page passes with no violation at all; the failure lists each rule with
// the elements it found, so a regression names its page and its markup.

test.setTimeout(240_000);
// The checks only read: they may share both workers instead of queueing on one.
test.describe.configure({ mode: "parallel" });

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * axe-core's rules run inside the page as it stands, each violation as one line naming the page,
 * the rule and up to five elements. axe-core is loaded through the debugging protocol (the pages'
 * CSP would refuse an injected script tag) and run on the document directly: Minka's pages have
 * no frames, and the Playwright binding's frame handling (a fresh page per analysis to merge
 * frames' results) made each check 3–4× slower (decision 0008).
 */
async function axeViolations(page: Page, label: string): Promise<string[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const found = await (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: "tag", values: tags } });
    return found.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  }, WCAG);
  return violations.map((v) => `${label} — ${v.id} (${v.impact}): ${v.help}\n    ${v.targets.slice(0, 5).join("\n    ")}`);
}

async function violationsOn(page: Page, path: string): Promise<string[]> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  // Panels stream in and the network arrives from the API after the page: check what a reader
  // gets once everything has loaded.
  await page.waitForLoadState("networkidle");
  return axeViolations(page, path);
}

async function sweep(browser: Browser, email: string | null, paths: string[]): Promise<void> {
  const context = await browser.newContext();
  try {
    if (email) await signInAs(context, email);
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of paths) found.push(...(await violationsOn(page, path)));
    expect(found, found.join("\n")).toEqual([]);
  } finally {
    await context.close();
  }
}

/** The newest record of a kind in Cusco, for its detail and edit pages. */
async function cuscoIds() {
  return withDb(async (db) => {
    const one = async (sql: string) => (await db.query<{ id: string }>(sql)).rows[0]!.id;
    const cusco = `(select id from "Region" where slug = 'cusco')`;
    const plan = await one(`select id from "Plan" where "regionId" = ${cusco} order by "createdAt" limit 1`);
    return {
      actor: await one(`select id from "Actor" where "regionId" = ${cusco} and "archivedAt" is null order by name limit 1`),
      project: await one(`select id from "Project" where "regionId" = ${cusco} order by "createdAt" limit 1`),
      evidence: await one(`select id from "CooperationEvidence" where "regionId" = ${cusco} order by "createdAt" limit 1`),
      meeting: await one(`select id from "Meeting" where "regionId" = ${cusco} and status = 'HELD' order by "scheduledAt" desc limit 1`),
      agreement: await one(`select id from "Agreement" where "regionId" = ${cusco} order by "createdAt" limit 1`),
      plan,
      indicator: await one(`select i.id from "Indicator" i join "Objective" o on o.id = i."objectiveId" where o."planId" = '${plan}' order by i."createdAt" limit 1`),
      ...(await db.query<{ measurement: string; measuredIndicator: string }>(
        `select m.id as measurement, m."indicatorId" as "measuredIndicator" from "Measurement" m join "Indicator" i on i.id = m."indicatorId"
           join "Objective" o on o.id = i."objectiveId" where o."planId" = '${plan}' order by m."createdAt", m.id limit 1`,
      )).rows[0]!,
      recommendation: await one(`select id from "Recommendation" where "regionId" is null and code = 'A'`),
      council: await one(`select id from "Council" where "regionId" = ${cusco} limit 1`),
      seat: await one(`select id from "Seat" where "regionId" = ${cusco} order by "createdAt" limit 1`),
      delegation: await one(`select id from "Delegation" where "regionId" = ${cusco} order by "createdAt" limit 1`),
      member: await one(`select id from "Membership" where "regionId" = ${cusco} order by "createdAt" limit 1`),
    };
  });
}

test("public pages and the sign-in pages", async ({ browser }) => {
  await sweep(browser, null, ["/es", "/en", "/es/login", "/es/forgot-password", "/es/p/cusco/council", "/en/p/tacna/council"]);
});

test("a region's lists, dashboards and reports, as its administrator", async ({ browser }) => {
  const r = "/es/r/cusco";
  await sweep(browser, DEMO.cuscoAdmin, [
    r,
    `${r}/dashboard`,
    `${r}/report`,
    `${r}/actors`,
    `${r}/actors/new`,
    `${r}/actors/import`,
    `${r}/council`,
    `${r}/council/meetings`,
    `${r}/council/meetings/new`,
    `${r}/council/agreements`,
    `${r}/cooperation`,
    `${r}/cooperation/new`,
    `${r}/projects`,
    `${r}/projects/new`,
    `${r}/plans`,
    `${r}/recommendations`,
    `${r}/admin/members`,
    `${r}/admin/audit`,
    "/es/account/password",
    "/en/r/cusco/dashboard",
    "/en/r/cusco/projects",
  ]);
});

test("a region's records, as its administrator", async ({ browser }) => {
  const id = await cuscoIds();
  const r = "/es/r/cusco";
  await sweep(browser, DEMO.cuscoAdmin, [
    `${r}/actors/${id.actor}`,
    `${r}/actors/${id.actor}/edit`,
    `${r}/council/meetings/${id.meeting}`,
    `${r}/council/agreements/${id.agreement}`,
    `${r}/cooperation/${id.evidence}`,
    `${r}/projects/${id.project}`,
    `${r}/projects/${id.project}/edit`,
    `${r}/plans/${id.plan}`,
    `${r}/plans/${id.plan}/indicators/${id.indicator}`,
    `${r}/recommendations/${id.recommendation}`,
  ]);
});

test("a region's forms and settings, as its administrator", async ({ browser }) => {
  const id = await cuscoIds();
  const r = "/es/r/cusco";
  await sweep(browser, DEMO.cuscoAdmin, [
    `${r}/council/${id.council}/edit`,
    `${r}/council/${id.council}/seats`,
    `${r}/council/${id.council}/seats/new`,
    `${r}/council/seats/${id.seat}`,
    `${r}/council/delegations/${id.delegation}`,
    `${r}/cooperation/${id.evidence}/edit`,
    `${r}/projects/import`,
    `${r}/plans/new`,
    `${r}/plans/import`,
    `${r}/plans/${id.plan}/edit`,
    `${r}/plans/${id.plan}/objectives/new`,
    `${r}/plans/${id.plan}/indicators/new`,
    `${r}/plans/${id.plan}/indicators/${id.indicator}/edit`,
    `${r}/plans/${id.plan}/indicators/${id.measuredIndicator}/measurements/${id.measurement}/edit`,
    `${r}/recommendations/new`,
    `${r}/admin/mail`,
    `${r}/admin/members/${id.member}`,
  ]);
});

test("forms showing their errors", async ({ browser }) => {
  const context = await browser.newContext();
  try {
    await signInAs(context, DEMO.cuscoAdmin);
    const page = await context.newPage();
    const found: string[] = [];
    for (const [path, submit] of [
      ["/es/r/cusco/actors/new", "Registrar el actor"],
      ["/es/r/cusco/projects/new", "Registrar el proyecto"],
      ["/es/r/cusco/council/meetings/new", "Programar la sesión"],
    ] as const) {
      await page.goto(path);
      await page.getByRole("button", { name: submit, exact: true }).click();
      // The form answers with its error summary and the fields' own messages.
      await expect(page.locator("[aria-invalid=true]").first()).toBeVisible();
      found.push(...(await axeViolations(page, `${path} (errors shown)`)));
    }
    expect(found, found.join("\n")).toEqual([]);
  } finally {
    await context.close();
  }
});

test("the national pages, as the Multisectoral Group", async ({ browser }) => {
  await sweep(browser, DEMO.nationalViewer, ["/es/national", "/es/national?metric=density&compare=cusco&compare=tacna", "/es/national/recommendations", "/en/national"]);
});

test("the platform pages, as its administrator", async ({ browser }) => {
  await sweep(browser, DEMO.platformAdmin, ["/es/admin", "/es/admin/regions", "/es/admin/audit", "/es/admin/api-tokens", "/es/admin/mail"]);
});
