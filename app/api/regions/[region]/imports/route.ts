import { after, type NextRequest } from "next/server";
import { authorizeImport, importDefinition, startImport } from "@/lib/spreadsheets/import-engine";
import { answer, jsonError, sameOrigin } from "@/lib/spreadsheets/http";
import { localeOf, translatorFor } from "@/lib/spreadsheets/messages";
import { MAX_FILE_BYTES, SpreadsheetError } from "@/lib/spreadsheets/read";
import { gateRegion } from "@/lib/tenancy";

// Upload of an import file: POST multipart/form-data with `file`, `?kind=actors&locale=es`.
// A route handler rather than a server action: server-action bodies are capped at 1 MB and a
// 10,000-row file is larger; here the reader enforces its own limit (MAX_FILE_BYTES). The job is
// staged at once (202 + its id); the rows are validated after the response, and the page polls
// GET ./<job> for progress.

type Params = { params: Promise<{ region: string }> };

export async function POST(request: NextRequest, { params }: Params): Promise<Response> {
  const locale = localeOf(request.nextUrl.searchParams.get("locale"));
  return answer(locale, async () => {
    const t = translatorFor(locale);
    if (!sameOrigin(request)) return jsonError(403, t("errors.notFound"));
    const { region } = await params;
    const ctx = await gateRegion(region);
    // Permission before reading the body: a caller who may not import learns nothing more.
    const kind = request.nextUrl.searchParams.get("kind") ?? "";
    await authorizeImport(ctx, importDefinition(kind));
    // Refuse an oversized body before buffering it (the multipart envelope adds a little).
    if (Number(request.headers.get("content-length") ?? 0) > MAX_FILE_BYTES + 64 * 1024) throw new SpreadsheetError("tooLarge", { maxMb: MAX_FILE_BYTES / 1024 / 1024 });
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    if (!(file instanceof File) || file.size === 0) return jsonError(400, t("imports.noFile"));
    const { jobId, validate } = await startImport(ctx, kind, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    after(validate);
    return Response.json({ jobId }, { status: 202, headers: { "Cache-Control": "no-store" } });
  });
}
