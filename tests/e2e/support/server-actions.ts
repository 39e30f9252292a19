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
  /** Source file relative to the project, e.g. "lib/members/actions.ts". */
  file: string;
  exportedName: string;
  /** "lib/members/actions.ts#inviteMemberAction" */
  key: string;
}

export function builtServerActions(root = process.cwd()): BuiltAction[] {
  const manifestPath = path.join(root, ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node).map(([id, info]) => {
    const file = (info.filename ?? "").replace(/^\[project\]\//, "").replace(/^\.\//, "");
    const exportedName = info.exportedName ?? "?";
    return { id, file, exportedName, key: `${file}#${exportedName}` };
  });
}

/**
 * POSTs one action call. `args` are the action's own arguments (for our actions: the region slug
 * when it acts in a region, the previous form state, and a FormData). Returns the HTTP status.
 */
export async function callServerAction(request: APIRequestContext, action: BuiltAction, args: unknown[], pagePath = "/es"): Promise<number> {
  const body = await flight.encodeReply(args);
  const headers: Record<string, string> = { "Next-Action": action.id, Accept: "text/x-component" };
  const response =
    typeof body === "string"
      ? await request.post(pagePath, { headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" }, data: body, maxRedirects: 0 })
      : await request.post(pagePath, { headers, multipart: body, maxRedirects: 0 });
  await response.body(); // wait for the whole response: the action has finished when it ends
  return response.status();
}
