import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO, signInRequest } from "./support/auth";

// Every link a signed-in user is shown leads somewhere: starting from their home page, each
// demo user follows the links of every page they reach (in Spanish, over plain HTTP, as a reader
// without JavaScript would), one page per route shape, and every page answers 200. In a shape,
// ids and numbers stand for any; a region's own pages and sections keep its name, since access
// is granted region by region (a link to a region the user may not open is the commonest dead
// end), and deeper pages stand for any region's. A region without data shows other branches of
// the same pages: the national viewer's second crawl starts in one. A link to a route that was renamed, a page that fails for one role, or an
// export that breaks for one region shows up here as the page it was found on and its address.

test.setTimeout(300_000);

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The route shape of an address (see above); query values dropped. */
function shapeOf(href: string): string {
  const url = new URL(href, "http://x");
  const path = url.pathname
    .replace(UUID, ":id")
    .replace(/\/\d+(?=\/|$)/g, "/:n")
    .replace(/^\/es\/(r|p)\/[^/]+(?=(\/[^/]+){2})/, "/es/$1/:region")
    .replace(/^\/api\/v1\/regions\/[^/]+/, "/api/v1/regions/:region");
  const keys = [...new Set(url.searchParams.keys())].sort().join("&");
  return keys ? `${path}?${keys}` : path;
}

/** Same-site links of a page, in Spanish, without fragments; sign-in and sign-out are not pages to crawl. */
function linksIn(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)) {
    const href = match[1]!.replace(/&amp;/g, "&").split("#")[0]!;
    if (!href.startsWith("/es") && !href.startsWith("/api/")) continue;
    if (/^\/es\/(login|logout)\b/.test(href)) continue;
    found.push(href);
  }
  return found;
}

/**
 * Does the page still show the link? Other specs run beside the crawl and change records: a
 * meeting the crawl saw as planned, with its "Editar" link, may be cancelled by the time the
 * crawl follows that link, and a cancelled meeting rightly has no edit page. A dead link is one
 * the page still shows.
 */
async function stillLinked(request: APIRequestContext, from: string, link: string): Promise<boolean> {
  if (from === "(start)") return true;
  const page = await request.get(from, { maxRedirects: 5 });
  return page.status() === 200 && linksIn(await page.text()).includes(link);
}

async function crawl(request: APIRequestContext, start: string, limit: number): Promise<{ visited: number; left: number; failures: string[] }> {
  const seen = new Set<string>([shapeOf(start)]);
  // `via` is the link as the page showed it: the address itself, or the deep link whose region
  // page this is.
  const queue: { href: string; from: string; via: string }[] = [{ href: start, from: "(start)", via: start }];
  const failures: string[] = [];
  let visited = 0;
  while (queue.length > 0 && visited < limit) {
    const { href, from, via } = queue.shift()!;
    visited += 1;
    const response = await request.get(href, { maxRedirects: 5 });
    if (response.status() !== 200) {
      if (await stillLinked(request, from, via)) failures.push(`${href} → ${response.status()} (linked from ${from})`);
      continue;
    }
    if (!(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    for (const link of linksIn(await response.text())) {
      // A deep link into a region stands for any region's page, so its region's own page is
      // visited too: a link into a region the user may not open fails there.
      const regionPage = /^\/es\/r\/[^/?]+/.exec(link)?.[0];
      for (const next of regionPage && regionPage !== link ? [link, regionPage] : [link]) {
        const shape = shapeOf(next);
        if (seen.has(shape)) continue;
        seen.add(shape);
        queue.push({ href: next, from: href, via: link });
      }
    }
  }
  return { visited, left: queue.length, failures };
}

const CRAWLS: { email: string; start: string }[] = [
  { email: DEMO.cuscoAdmin, start: "/es/r/cusco" },
  { email: DEMO.unsaacOffice, start: "/es/r/cusco" },
  { email: DEMO.nationalViewer, start: "/es/national" },
  { email: DEMO.nationalViewer, start: "/es/r/amazonas" },
  { email: DEMO.platformAdmin, start: "/es/admin" },
];

for (const { email, start } of CRAWLS) {
  test(`every link ${email} is shown from ${start} on leads to a page that answers`, async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    try {
      await signInRequest(request, email);
      const { visited, left, failures } = await crawl(request, start, 600);
      expect(failures, failures.join("\n")).toEqual([]);
      // The crawl really walked the site (a page that lost its links would pass unnoticed), to the end.
      expect(visited).toBeGreaterThan(20);
      expect(left, "pages left unvisited at the limit").toBe(0);
    } finally {
      await request.dispose();
    }
  });
}
