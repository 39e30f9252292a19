// What Next alone costs for a page of a given size (scripts/bench/next-alone.ts). `?rows=N` renders
// N table rows on every request, as the dashboards are rendered, with no data, session,
// translations or streaming. The benchmark picks N so that the page's HTML is as large as the
// dashboard it stands beside: the time it takes is what rendering that much costs before Minka
// does anything.
import { RowsTable } from "./rows-table";

export default async function FrameworkPage({ searchParams }) {
  const { rows } = await searchParams;
  return <RowsTable rows={rows} />;
}
