// Seeds one pilot region's demo content in a single transaction. The transaction first takes an
// advisory lock for the region (so two seeds running at once cannot both write), then skips the
// region when its regional government actor is already there: the demo content is written whole
// or not at all, and a second run changes nothing.
import type { PrismaClient } from "@/lib/db-client";
import { Rng, startOfToday } from "../util";
import { buildActors, buildStaff } from "./actors";
import { RegionDemo } from "./builder";
import { buildCooperation, buildFollowUps, buildSurvey } from "./cooperation";
import { buildGovernance } from "./governance";
import { NameFactory } from "./names";
import { buildProjects, type ExternalActor } from "./projects";
import type { RegionSpec } from "./spec";
import { buildStrategy } from "./strategy";

export interface RegionDemoResult {
  region: string;
  created: boolean;
  rows: Record<string, number>;
}

export async function seedRegionDemo(
  db: PrismaClient,
  spec: RegionSpec,
  recommendationIds: ReadonlyMap<string, string>,
  now: Date = new Date(),
): Promise<RegionDemoResult> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`minka-seed:region:${spec.code}`}))`;
      const region = await tx.region.findUnique({ where: { code: spec.code }, include: { provinces: true } });
      if (!region) throw new Error(`region ${spec.code} is missing: seed the reference data first`);
      const existing = await tx.actor.findFirst({
        where: { regionId: region.id, type: "REGIONAL_GOVERNMENT", name: spec.regionalGovernmentName },
        select: { id: true },
      });
      if (existing) return { region: spec.slug, created: false, rows: {} };

      let external: ExternalActor[] = [];
      if (spec.crossRegion) {
        external = await tx.actor.findMany({
          where: { region: { code: spec.crossRegion.regionCode }, name: { in: [...spec.crossRegion.actorNames] } },
          select: { id: true, name: true, acronym: true },
          orderBy: { name: "asc" },
        });
      }

      const demo = new RegionDemo(
        region.id,
        spec.slug,
        new Map(region.provinces.map((p) => [p.code, { id: p.id, name: p.name }])),
        startOfToday(now),
      );
      const names = new NameFactory(new Rng(`${spec.seed}:names`), spec.emailDomain);
      buildActors(demo, spec, names);
      buildStaff(demo, spec, names);
      buildStrategy(demo, spec);
      buildGovernance(demo, spec, names);
      buildProjects(demo, spec, names, external);
      buildCooperation(demo, spec, external);
      buildFollowUps(demo, spec, recommendationIds);
      buildSurvey(demo, spec);
      await demo.write(tx);
      return { region: spec.slug, created: true, rows: demo.counts() };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
