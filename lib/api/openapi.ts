// The OpenAPI 3.1 description of Minka's read-only JSON API (/api/v1), written by hand beside the
// route handlers it describes (app/api/v1/**). Metric names and units come from lib/metrics/types,
// so the document cannot list a metric the API does not have.
import { EDGE_KINDS, HELICES, METRIC_KEYS, METRICS } from "@/lib/metrics/types";

/** The earliest year the API accepts in `year` parameters. */
export const FIRST_API_YEAR = 1990;

const errorCodes = ["unauthenticated", "forbidden", "not_found", "invalid_parameter", "internal_error"];

function errorResponse(description: string) {
  return { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
}

const yearParam = (description: string) => ({
  name: "year",
  in: "query",
  required: false,
  description,
  schema: { type: "integer", minimum: FIRST_API_YEAR },
});

const codeParam = {
  name: "code",
  in: "path",
  required: true,
  description: "INEI UBIGEO code of the region (08 Cusco, 23 Tacna)",
  schema: { type: "string", pattern: "^\\d{2}(\\d{2})?$" },
};

export function openApiDocument() {
  const nullableNumber = { type: ["number", "null"] };
  // Set while a region's figures are recomputed after a change that took longer than the server
  // waits (METRICS_WAIT_MS): the answer holds the previous ones, with their dataVersion.
  const staleFlag = {
    type: "boolean",
    description: "true: the region changed since these figures were computed; they are the previous ones, shown while the new ones are computed. Ask again in a moment.",
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "Minka API",
      version: "1.0.0",
      description:
        "Read-only access to the cooperation metrics of Peru's regional innovation systems. Metric definitions and formulas: docs/metrics.md. " +
        "Authenticate with a signed-in session or with an API token issued by a platform administrator (Authorization: Bearer <token>). " +
        "A region the caller may not read answers exactly like one that does not exist (404). Errors are JSON with a stable code.",
    },
    servers: [{ url: "/" }],
    security: [{ bearerToken: [] }, { session: [] }],
    paths: {
      "/api/v1/regions": {
        get: {
          operationId: "listRegions",
          summary: "The regions the caller may read",
          responses: {
            "200": {
              description: "Regions, by INEI code",
              content: {
                "application/json": {
                  schema: { type: "object", required: ["data"], properties: { data: { type: "array", items: { $ref: "#/components/schemas/Region" } } } },
                },
              },
            },
            "401": errorResponse("Not signed in, or the token is unknown, revoked or expired"),
          },
        },
      },
      "/api/v1/regions/{code}/metrics": {
        get: {
          operationId: "regionMetrics",
          summary: "A region's cooperation metrics, per year",
          parameters: [
            codeParam,
            yearParam("One year only; without it, every year with data"),
          ],
          responses: {
            "200": {
              description: "The metrics; `data` is empty when the region has no data (in that year)",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["region", "metrics", "data"],
                    properties: {
                      region: { $ref: "#/components/schemas/Region" },
                      metrics: { type: "object", additionalProperties: { $ref: "#/components/schemas/MetricDefinition" } },
                      data: { type: "array", items: { $ref: "#/components/schemas/RegionYearMetrics" } },
                    },
                  },
                },
              },
            },
            "400": errorResponse("A parameter is not valid (code invalid_parameter)"),
            "401": errorResponse("Not signed in, or the token is unknown, revoked or expired"),
            "404": errorResponse("No such region, or the caller may not read it (the same answer)"),
          },
        },
      },
      "/api/v1/regions/{code}/network": {
        get: {
          operationId: "regionNetwork",
          summary: "A region's cooperation network in one year (actors and weighted links)",
          parameters: [
            codeParam,
            yearParam("Defaults to the current year"),
            {
              name: "kinds",
              in: "query",
              required: false,
              description: `Only links from these kinds of evidence, comma-separated (${EDGE_KINDS.join(", ")}); default all`,
              schema: { type: "string" },
            },
            {
              name: "top",
              in: "query",
              required: false,
              description:
                "Only the network's core, when it has more actors than this: the top best-connected actors, the top strongest links with the actors they join, and every link among the actors kept (1–100000); default the whole network",
              schema: { type: "integer", minimum: 1, maximum: 100000 },
            },
            { name: "If-None-Match", in: "header", required: false, description: "The ETag of a copy the client has: 304 while the region's data is unchanged", schema: { type: "string" } },
          ],
          responses: {
            "200": {
              description:
                "Every actor of the year (isolated ones too) and the links, or the core asked for with top; an empty network for a year without data. Carries an ETag.",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["region", "year", "kinds", "dataVersion", "stale", "nodes", "edges", "totals"],
                    properties: {
                      region: { $ref: "#/components/schemas/Region" },
                      year: { type: "integer" },
                      kinds: { type: "array", items: { type: "string", enum: [...EDGE_KINDS] } },
                      dataVersion: { type: ["integer", "null"] },
                      stale: { ...staleFlag, description: `${staleFlag.description} (the previous network)` },
                      nodes: {
                        type: "array",
                        items: {
                          type: "object",
                          required: ["id", "label", "helix", "degree", "community"],
                          properties: {
                            id: { type: "string", description: "The actor's id (or council:<id> for a council)" },
                            label: { type: "string" },
                            helix: { type: "string", enum: [...HELICES] },
                            degree: { type: "integer", description: "Distinct neighbours with the kinds asked for" },
                            community: { type: "integer", description: "Louvain community (0, 1, …) of the whole network" },
                          },
                        },
                      },
                      edges: {
                        type: "array",
                        items: {
                          type: "object",
                          required: ["source", "target", "weight", "kinds"],
                          properties: {
                            source: { type: "string" },
                            target: { type: "string" },
                            weight: { type: "number", description: "Summed evidence weight (kind weight × recency decay)" },
                            kinds: { type: "array", items: { type: "string", enum: [...EDGE_KINDS] } },
                          },
                        },
                      },
                      totals: {
                        type: "object",
                        description: "The whole network's size with the kinds asked for, also when only its core was sent",
                        required: ["nodes", "edges"],
                        properties: { nodes: { type: "integer" }, edges: { type: "integer" } },
                      },
                    },
                  },
                },
              },
            },
            "304": { description: "Not modified: the copy named by If-None-Match is current" },
            "400": errorResponse("year, kinds or top is not valid (code invalid_parameter)"),
            "401": errorResponse("Not signed in, or the token is unknown, revoked or expired"),
            "404": errorResponse("No such region, or the caller may not read it (the same answer)"),
          },
        },
      },
      "/api/v1/national/comparison": {
        get: {
          operationId: "nationalComparison",
          summary: "One metric in one year for every region",
          parameters: [
            { name: "metric", in: "query", required: true, schema: { type: "string", enum: [...METRIC_KEYS] } },
            yearParam("Defaults to the current year"),
          ],
          responses: {
            "200": {
              description: "Every region; no data is null with hasData false, never zero",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["metric", "year", "unit", "higherIsBetter", "data"],
                    properties: {
                      metric: { type: "string", enum: [...METRIC_KEYS] },
                      year: { type: "integer" },
                      unit: { $ref: "#/components/schemas/MetricDefinition/properties/unit" },
                      higherIsBetter: { type: ["boolean", "null"] },
                      data: {
                        type: "array",
                        items: {
                          type: "object",
                          required: ["region", "value", "hasData", "lastDataAt", "stale"],
                          properties: {
                            region: { type: "object", properties: { code: { type: "string" }, slug: { type: "string" }, name: { type: "string" } } },
                            value: nullableNumber,
                            hasData: { type: "boolean" },
                            lastDataAt: { type: ["string", "null"], format: "date-time" },
                            stale: staleFlag,
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
            "400": errorResponse("metric or year is not valid (code invalid_parameter)"),
            "401": errorResponse("Not signed in, or the token is unknown, revoked or expired"),
            "403": errorResponse("The caller has no national access (code forbidden)"),
          },
        },
      },
      "/api/v1/openapi.json": {
        get: { operationId: "openApi", summary: "This document", security: [], responses: { "200": { description: "OpenAPI 3.1" } } },
      },
    },
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "An API token (minka_…), read-only, scoped to regions or national" },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "A signed-in browser session" },
      },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message"],
              properties: { code: { type: "string", enum: errorCodes }, message: { type: "string" }, parameter: { type: "string" } },
            },
          },
        },
        Region: {
          type: "object",
          required: ["code", "isoCode", "slug", "name", "capital"],
          properties: {
            code: { type: "string", description: "INEI UBIGEO code" },
            isoCode: { type: "string", description: "ISO 3166-2 (PE-CUS)" },
            slug: { type: "string" },
            name: { type: "string" },
            capital: { type: "string" },
            links: { type: "object", properties: { metrics: { type: "string" } } },
          },
        },
        MetricDefinition: {
          type: "object",
          required: ["unit", "higherIsBetter"],
          properties: {
            unit: { type: "string", enum: ["index", "share", "count", "ratio", "perYear"] },
            higherIsBetter: { type: ["boolean", "null"] },
          },
        },
        RegionYearMetrics: {
          type: "object",
          required: ["year", "hasData", "values", "helixMatrix", "dataVersion", "computedAt", "stale"],
          properties: {
            year: { type: "integer" },
            hasData: { type: "boolean" },
            values: {
              type: "object",
              description: "Shares are 0–1, the index 0–100; null means no data",
              properties: Object.fromEntries(METRIC_KEYS.map((k) => [k, { ...nullableNumber, description: `unit: ${METRICS[k].unit}` }])),
            },
            helixMatrix: {
              type: "object",
              description: `Summed tie weight between helices (${HELICES.join(", ")}), symmetric; evidence kinds: ${EDGE_KINDS.join(", ")}`,
              additionalProperties: { type: "object", additionalProperties: { type: "number" } },
            },
            dataVersion: { type: "integer" },
            computedAt: { type: "string", format: "date-time" },
            stale: staleFlag,
          },
        },
      },
    },
  };
}
