import fs from "node:fs";

// The one browser the end-to-end tests and the benchmark use, never a downloaded one: CHROMIUM_PATH,
// else Debian's Chromium headless shell, else Debian's Chromium. The headless shell is the same
// engine without the browser's window machinery, what Playwright itself runs for headless tests;
// on a 2-core machine it runs the end-to-end suite in half the time (decision 0014).
const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
const CHROMIUM = "/usr/bin/chromium";

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return fs.existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM;
}
