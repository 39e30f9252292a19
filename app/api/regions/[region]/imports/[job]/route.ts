import type { NextRequest } from "next/server";
import { getImportJob } from "@/lib/spreadsheets/import-engine";
import { answer } from "@/lib/spreadsheets/http";
import { localeOf } from "@/lib/spreadsheets/messages";
import { gateRegion } from "@/lib/tenancy";

// Progress of one import job, polled by the import page. Read from PostgreSQL, so any app
// instance answers the same. Another region's job (or one the caller may not import) → 404.

type Params = { params: Promise<{ region: string; job: string }> };

export async function GET(request: NextRequest, { params }: Params): Promise<Response> {
  return answer(localeOf(request.nextUrl.searchParams.get("locale")), async () => {
    const { region, job } = await params;
    const ctx = await gateRegion(region);
    const summary = await getImportJob(ctx, job);
    return Response.json(
      {
        id: summary.id,
        status: summary.status,
        totalRows: summary.totalRows,
        processedRows: summary.processedRows,
        errorCount: summary.errorCount,
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  });
}
