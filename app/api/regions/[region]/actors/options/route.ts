import type { NextRequest } from "next/server";
import { ForbiddenError } from "@/lib/errors";
import { canCreateProject, searchActorOptions } from "@/lib/projects/data";
import { answer } from "@/lib/spreadsheets/http";
import { localeOf } from "@/lib/spreadsheets/messages";
import { gateRegion } from "@/lib/tenancy";

// GET /api/regions/<region>/actors/options?q=… — organisations of any region matching the text,
// for the project form's organisation fields (components/projects/actor-picker.tsx). Only those
// who may register projects in the region ask; anyone else gets the 404 of a missing route.

type Params = { params: Promise<{ region: string }> };

export async function GET(request: NextRequest, { params }: Params): Promise<Response> {
  const search = request.nextUrl.searchParams;
  return answer(localeOf(search.get("locale")), async () => {
    const { region } = await params;
    const ctx = await gateRegion(region);
    if (!canCreateProject(ctx)) throw new ForbiddenError("projects.write");
    const options = await searchActorOptions(ctx, search.get("q") ?? "");
    return Response.json({ options }, { headers: { "Cache-Control": "private, no-store" } });
  });
}
