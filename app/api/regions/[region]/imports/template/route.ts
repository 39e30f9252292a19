import type { NextRequest } from "next/server";
import { authorizeImport, importDefinition } from "@/lib/spreadsheets/import-engine";
import { answer, formatOf } from "@/lib/spreadsheets/http";
import { localeOf } from "@/lib/spreadsheets/messages";
import { buildTemplate } from "@/lib/spreadsheets/template";
import { spreadsheetResponse } from "@/lib/spreadsheets/write";
import { gateRegion } from "@/lib/tenancy";

// The template of an import: `?kind=actors&format=csv|xlsx&locale=es`. For callers who may use
// that import in this region only.

type Params = { params: Promise<{ region: string }> };

export async function GET(request: NextRequest, { params }: Params): Promise<Response> {
  const search = request.nextUrl.searchParams;
  const locale = localeOf(search.get("locale"));
  return answer(locale, async () => {
    const { region } = await params;
    const ctx = await gateRegion(region);
    const definition = importDefinition(search.get("kind") ?? "");
    await authorizeImport(ctx, definition);
    const format = formatOf(search.get("format"));
    return spreadsheetResponse(await buildTemplate(definition, locale, format), format, definition.templateName);
  });
}
