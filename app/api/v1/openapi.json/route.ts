import { openApiDocument } from "@/lib/api/openapi";

// GET /api/v1/openapi.json — the API's description (public: it holds no data).
export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
