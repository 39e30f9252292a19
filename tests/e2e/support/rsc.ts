// The RSC payload of a server-rendered page: the strings its inline scripts push into
// self.__next_f, decoded and joined. Decision 0010's tests read it to check that tables travel as
// rows (props of a client component), not as one element per cell.
export function rscPayload(html: string): string {
  return [...html.matchAll(/self\.__next_f\.push\((\[.*?\])\)<\/script>/gs)]
    .map((m) => JSON.parse(m[1]!) as [number, string?])
    .map(([, chunk]) => chunk ?? "")
    .join("");
}
