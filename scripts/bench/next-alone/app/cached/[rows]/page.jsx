// The same page as `/?rows=N`, served from Next's own page cache: rendered on its first request
// (no static params are listed, and nothing here reads the request), then kept and sent as it is
// (`x-nextjs-cache: HIT`). What a dashboard would cost if it were served from a cache of rendered
// pages instead of rendered per request (docs/decisions/0013-dashboards-rendered-per-request.md).
import { RowsTable } from "../../rows-table";

export const dynamicParams = true;

export async function generateStaticParams() {
  return [];
}

export default async function CachedFrameworkPage({ params }) {
  const { rows } = await params;
  return <RowsTable rows={rows} />;
}
