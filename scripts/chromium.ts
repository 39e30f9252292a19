// The one browser the end-to-end tests and the benchmark use: Debian's Chromium, or CHROMIUM_PATH.
// Nothing downloads a browser (README).
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}
