import type { NextRequest } from "next/server";
import { buildExport } from "@/lib/spreadsheets/exports";
import { answer, formatOf } from "@/lib/spreadsheets/http";
import { localeOf } from "@/lib/spreadsheets/messages";
import { spreadsheetResponse } from "@/lib/spreadsheets/write";
import { gateRegion } from "@/lib/tenancy";

// Download of one dataset of the region: `?format=csv|xlsx&locale=es` plus the dataset's own
// filters. region.read (and the dataset's extra permission) in the region of the URL.

type Params = { params: Promise<{ region: string; dataset: string }> };

export async function GET(request: NextRequest, { params }: Params): Promise<Response> {
  const search = request.nextUrl.searchParams;
  const locale = localeOf(search.get("locale"));
  return answer(locale, async () => {
    const { region, dataset } = await params;
    const ctx = await gateRegion(region);
    const format = formatOf(search.get("format"));
    const { bytes, fileBase } = await buildExport(ctx, dataset, format, locale, search);
    return spreadsheetResponse(bytes, format, fileBase);
  });
}
