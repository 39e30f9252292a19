import type pg from "pg";
import { actorIn, regionAdmins, type ActionCase, type ApiProbe, type Region } from "./common";

// Permission-matrix rows for the cooperation evidence (issue 4) and the recommendations tracker
// (issue 6): one per server action ("file#export") and one per route folder under app/ with a
// route handler (none). `cooperation.write` and `recommendations.write` are held by regional
// admins (and council secretaries, for cooperation: not among the matrix's callers) and platform
// admins; institution offices, viewers and national viewers are refused.

/** A fresh evidence in the region between two fresh actors, for an edit or a delete to act on. */
async function evidenceIn(db: pg.Client, region: Region | null, n: number): Promise<{ evidenceId: string; actorIds: string[] }> {
  const a = await actorIn(db, region, n);
  const b = await actorIn(db, region, n);
  const { rows } = await db.query<{ id: string; regionId: string }>(
    `insert into "CooperationEvidence"(id, "regionId", kind, title, "occurredOn", "updatedAt")
     select gen_random_uuid(), r.id, 'JOINT_EVENT', $1, date '2024-05-10', now() from "Region" r where r.slug = $2 returning id, "regionId"`,
    [`Evento de prueba ${n} ${Date.now()}`, region],
  );
  const { id, regionId } = rows[0]!;
  await db.query(`insert into "CooperationParty"("regionId", "evidenceId", "actorId") values ($1, $2, $3), ($1, $2, $4)`, [regionId, id, a.actorId, b.actorId]);
  return { evidenceId: id, actorIds: [a.actorId, b.actorId] };
}

/** Shared recommendation B and the region's follow-up version now (0: none yet). */
async function followUpB(db: pg.Client, region: Region | null): Promise<{ recommendationId: string; version: string }> {
  const { rows } = await db.query<{ id: string; version: number | null }>(
    `select rec.id, f.version from "Recommendation" rec
     left join "RecommendationFollowUp" f on f."recommendationId" = rec.id and f."regionId" = (select id from "Region" where slug = $1)
     where rec."regionId" is null and rec.code = 'B'`,
    [region],
  );
  return { recommendationId: rows[0]!.id, version: String(rows[0]!.version ?? 0) };
}

export const ACTIONS: Record<string, ActionCase> = {
  "lib/cooperation/actions.ts#createEvidenceAction": {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => {
      const a = await actorIn(db, region, n);
      const b = await actorIn(db, region, n);
      return { kind: "CONVENIO", title: `Convenio de prueba ${n}`, occurredOn: "2024-01-10", validUntil: "2026-01-10", actorIds: [a.actorId, b.actorId] };
    },
  },
  "lib/cooperation/actions.ts#updateEvidenceAction": {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => {
      const { evidenceId, actorIds } = await evidenceIn(db, region, n);
      return { evidenceId, version: "1", kind: "JOINT_EVENT", title: `Evento editado ${n}`, occurredOn: "2024-05-11", actorIds };
    },
  },
  "lib/cooperation/actions.ts#deleteEvidenceAction": {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => ({ evidenceId: (await evidenceIn(db, region, n)).evidenceId, version: "1", confirm: "on" }),
  },
  "lib/recommendations/actions.ts#saveFollowUpAction": {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => ({
      ...(await followUpB(db, region)),
      status: n % 2 ? "IN_PROGRESS" : "STALLED",
      actionsTaken: `Acciones de prueba ${n}`,
      evidenceUrls: `https://www.example.pe/evidencia/${n}`,
    }),
  },
  "lib/recommendations/actions.ts#createRecommendationAction": {
    scope: "region",
    changes: regionAdmins,
    input: async ({ n }) => ({
      // Unique per call and per run (codes are unique in a region), within the 10-character limit.
      code: `M${n}-${Date.now() % 100_000}`,
      titleEs: `Recomendación de prueba ${n}`,
      titleEn: `Test recommendation ${n}`,
      bodyEs: "Texto de prueba.",
      bodyEn: "Test text.",
    }),
  },
  "lib/recommendations/actions.ts#updateRecommendationAction": {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => {
      // A fresh recommendation of the region's own, edited at its first version.
      const code = `E${n}-${Date.now() % 100_000}`;
      const { rows } = await db.query<{ id: string }>(
        `insert into "Recommendation"(id, "regionId", code, "titleEs", "titleEn", "bodyEs", "bodyEn", "updatedAt")
         select gen_random_uuid(), r.id, $1, 'Recomendación de prueba', 'Test recommendation', 'Texto.', 'Text.', now() from "Region" r where r.slug = $2 returning id`,
        [code, region],
      );
      return { recommendationId: rows[0]!.id, version: "1", code, titleEs: `Recomendación editada ${n}`, titleEn: `Edited recommendation ${n}`, bodyEs: "Texto editado.", bodyEn: "Edited text." };
    },
  },
};

export const ROUTES: Record<string, { probes: ApiProbe[] }> = {};
