// Minka's seed. Idempotent: running it again leaves exactly the same rows.
//
// - Reference data, always: the 26 regions, the provinces of the pilot regions and the study's
//   recommendations A–G. Matched by natural key (region code, province code, recommendation
//   code) and written only when missing or different.
// - Demo content, only with `demo: true`: Cusco and Tacna as the study describes them, each
//   region in one transaction that is skipped when the region already has its demo content; then
//   the demo users. Everything "random" comes from seeded PRNGs, so every machine gets the same
//   data (dates such as delegates' terms and the next meeting are placed relative to today).
//
// Seeding is not a user mutation: it writes no audit entries.
import type { PrismaClient } from "@/lib/db-client";
import { CUSCO } from "./cusco";
import { seedRegionDemo } from "./demo/region";
import { seedRecommendations } from "./recommendations";
import { seedReference } from "./reference";
import { TACNA } from "./tacna";
import { seedDemoUsers } from "./users";

export { DEMO_PASSWORD, DEMO_USERS } from "./users";

export interface PilotSummary {
  region: string;
  /** False when the region already had its demo content and was left alone. */
  created: boolean;
  actors: number;
  fictionalFirms: number;
  people: number;
  seats: number;
  delegations: number;
  meetings: number;
  agreements: number;
  priorityAreas: number;
  indicators: number;
  measurements: number;
  projects: number;
  participants: number;
  fundingLines: number;
  outputs: number;
  cooperationEvidence: number;
  recommendationFollowUps: number;
  surveyResponses: number;
}

export interface SeedSummary {
  demo: boolean;
  regions: number;
  provinces: number;
  recommendations: number;
  /** Rows the reference step created or corrected in this run (0 on a second run). */
  referenceChanges: number;
  users: number;
  memberships: number;
  pilots: PilotSummary[];
  durationMs: number;
}

export const PILOT_REGIONS = [CUSCO, TACNA] as const;

export async function seedDatabase(
  db: PrismaClient,
  opts: { demo: boolean; log?: (line: string) => void },
): Promise<SeedSummary> {
  const log = opts.log ?? (() => {});
  const started = Date.now();

  const reference = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('minka-seed:reference'))`;
      const ref = await seedReference(tx);
      const recs = await seedRecommendations(tx);
      return { ref, recs };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  const referenceChanges =
    reference.ref.created.regions +
    reference.ref.updated.regions +
    reference.ref.created.provinces +
    reference.ref.updated.provinces +
    reference.recs.created +
    reference.recs.updated;
  log(
    `reference: regions +${reference.ref.created.regions} ~${reference.ref.updated.regions}, ` +
      `provinces +${reference.ref.created.provinces} ~${reference.ref.updated.provinces}, ` +
      `recommendations +${reference.recs.created} ~${reference.recs.updated} (${Date.now() - started} ms)`,
  );

  const created = new Map<string, boolean>();
  if (opts.demo) {
    for (const spec of PILOT_REGIONS) {
      const t0 = Date.now();
      const result = await seedRegionDemo(db, spec, reference.recs.ids);
      created.set(spec.code, result.created);
      log(
        result.created
          ? `demo ${spec.slug}: created (${Object.entries(result.rows)
              .filter(([, n]) => n > 0)
              .map(([table, n]) => `${table} ${n}`)
              .join(", ")}) in ${Date.now() - t0} ms`
          : `demo ${spec.slug}: already present, left unchanged`,
      );
    }
    const t0 = Date.now();
    const users = await seedDemoUsers(db);
    log(`demo users: ${users.created} created, ${users.memberships} memberships added (${Date.now() - t0} ms)`);
  }

  const pilots: PilotSummary[] = [];
  for (const spec of PILOT_REGIONS) {
    const region = await db.region.findUnique({ where: { code: spec.code }, select: { id: true } });
    if (!region) continue;
    const where = { regionId: region.id };
    const [
      actors, fictionalFirms, people, seats, delegations, meetings, agreements, priorityAreas, indicators,
      measurements, projects, participants, fundingLines, outputs, cooperationEvidence, recommendationFollowUps,
      surveyResponses,
    ] = await Promise.all([
      db.actor.count({ where }),
      db.actor.count({ where: { ...where, type: "FIRM", fictional: true } }),
      db.person.count({ where }),
      db.seat.count({ where }),
      db.delegation.count({ where }),
      db.meeting.count({ where }),
      db.agreement.count({ where }),
      db.priorityArea.count({ where }),
      db.indicator.count({ where }),
      db.measurement.count({ where }),
      db.project.count({ where }),
      db.projectParticipant.count({ where }),
      db.fundingLine.count({ where }),
      db.projectOutput.count({ where }),
      db.cooperationEvidence.count({ where }),
      db.recommendationFollowUp.count({ where }),
      db.surveyResponse.count({ where }),
    ]);
    pilots.push({
      region: spec.slug,
      created: created.get(spec.code) ?? false,
      actors, fictionalFirms, people, seats, delegations, meetings, agreements, priorityAreas, indicators,
      measurements, projects, participants, fundingLines, outputs, cooperationEvidence, recommendationFollowUps,
      surveyResponses,
    });
  }

  const [regions, provinces, recommendations, users, memberships] = await Promise.all([
    db.region.count(),
    db.province.count(),
    db.recommendation.count({ where: { regionId: null } }),
    db.user.count(),
    db.membership.count(),
  ]);
  const summary: SeedSummary = {
    demo: opts.demo,
    regions,
    provinces,
    recommendations,
    referenceChanges,
    users,
    memberships,
    pilots,
    durationMs: Date.now() - started,
  };
  log(`seed done in ${summary.durationMs} ms`);
  return summary;
}
