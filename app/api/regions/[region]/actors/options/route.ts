import type { NextRequest } from "next/server";
import { searchActorOptions } from "@/lib/actors/options";
import { ForbiddenError } from "@/lib/errors";
import { canCreateProject } from "@/lib/projects/data";
import { answer } from "@/lib/spreadsheets/http";
import { localeOf } from "@/lib/spreadsheets/messages";
import { assertCan, gateRegion } from "@/lib/tenancy";

// GET /api/regions/<region>/actors/options?q=…&scope=region|all — organisations matching the
// text, for the organisation pickers (components/actors/actor-picker.tsx). scope=region (the
// default): the region's own, for anyone who may read the region (its pages name them anyway).
// scope=all: every region's, for those who may register projects here (a project's partners
// come from anywhere). Anyone else gets the 404 of a missing route.

type Params = { params: Promise<{ region: string }> };

export async function GET(request: NextRequest, { params }: Params): Promise<Response> {
  const search = request.nextUrl.searchParams;
  return answer(localeOf(search.get("locale")), async () => {
    const { region } = await params;
    const ctx = await assertCan(await gateRegion(region), "region.read");
    const scope = search.get("scope") === "all" ? "all" : "region";
    if (scope === "all" && !canCreateProject(ctx)) throw new ForbiddenError("projects.write");
    const options = await searchActorOptions(ctx, search.get("q") ?? "", scope);
    return Response.json({ options }, { headers: { "Cache-Control": "private, no-store" } });
  });
}
