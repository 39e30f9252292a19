import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import type { APIRequestContext } from "@playwright/test";

// Calls server actions over real HTTP, exactly as the browser does: POST with the `Next-Action`
// header and the arguments encoded by React's own `encodeReply`. The list of actions comes from
// the production build's manifest, so an action added to the code is found without anyone
// remembering to register it.

const require = createRequire(import.meta.url);
const flight = require("next/dist/compiled/react-server-dom-turbopack/client.node.js") as {
  encodeReply(value: unknown[]): Promise<string | FormData>;
};

export interface BuiltAction {
  id: string;
  /** A page that imports the action, as a route pattern ("/[locale]/r/[region]/admin/members"). */
  page: string;
  /** Source file relative to the project, e.g. "lib/members/actions.ts". */
  file: string;
  exportedName: string;
  /** "lib/members/actions.ts#inviteMemberAction" */
  key: string;
}

export function builtServerActions(root = process.cwd()): BuiltAction[] {
  const manifestPath = path.join(root, process.env.NEXT_DIST_DIR || ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, info]) => {
    const file = (info.filename ?? "").replace(/^\[project\]\//, "").replace(/^\.\//, "");
    const exportedName = info.exportedName ?? "?";
    // The page with the fewest dynamic segments to fill in.
    const pages = Object.keys(info.workers)
      .filter((w) => w.endsWith("/page"))
      .map((w) => w.replace(/^app/, "").replace(/\/page$/, "").replace(/\/\([^)]+\)/g, ""))
      .sort((a, b) => (a.match(/\[/g)?.length ?? 0) - (b.match(/\[/g)?.length ?? 0));
    return { id, page: pages[0] ?? "/[locale]", file, exportedName, key: `${file}#${exportedName}` };
  });
}

/**
 * The URL to post to: a page that imports the action (Next runs an action from a page that has
 * it; forwarding from any other page is not what browsers do). Dynamic segments other than the
 * locale and the region get a placeholder: the action runs before the page would render.
 */
export function actionUrl(action: BuiltAction, region: string | null): string {
  return action.page
    .replace("[locale]", "es")
    .replace("[region]", region ?? "cusco")
    .replace(/\[[^\]]+\]/g, "00000000-0000-0000-0000-000000000000") || "/es";
}

/**
 * POSTs one action call. `args` are the action's own arguments (for our actions: the region slug
 * when it acts in a region, the previous form state, and a FormData). Returns the HTTP status.
 */
export async function callServerAction(request: APIRequestContext, action: BuiltAction, args: unknown[], pagePath: string): Promise<number> {
  const encoded = await flight.encodeReply(args);
  // A FormData reply is sent as multipart, serialised by the platform's own Request so repeated
  // fields and the boundary are exactly what a browser would send.
  const wire = new Request("http://minka.invalid", { method: "POST", body: encoded });
  const response = await request.post(pagePath, {
    headers: { "Next-Action": action.id, Accept: "text/x-component", "Content-Type": wire.headers.get("content-type") ?? "text/plain;charset=UTF-8" },
    data: Buffer.from(await wire.arrayBuffer()),
    maxRedirects: 0,
  });
  await response.body(); // wait for the whole response: the action has finished when it ends
  return response.status();
}
