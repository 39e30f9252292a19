import { NextResponse } from "next/server";
import { databaseReady } from "@/lib/health";

// GET /api/health — for load balancers and orchestrators: 200 when this instance reaches the
// database, 503 when it does not. Public on purpose, and it says nothing else (README,
// "Production: your own PostgreSQL, several instances").
export const dynamic = "force-dynamic";

export async function GET() {
  const ready = await databaseReady();
  return NextResponse.json({ status: ready ? "ok" : "unavailable" }, { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
