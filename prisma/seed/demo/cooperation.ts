// Cooperation evidence typed in by hand (convenios and joint events) from 2014 to today: sparse at
// first and a little denser later. Most parties are the region's core institutions; firms appear
// rarely, as the study found. Also the recommendation follow-up and the firm survey.
import type { InnovationObstacle } from "@/lib/generated/prisma/client";
import { addDays, addMonths, dateBetween, day, minDate, Rng, uuidv7, workingDay } from "../util";
import type { ActorRef, RegionDemo } from "./builder";
import type { ExternalActor } from "./projects";
import type { RegionSpec } from "./spec";

function label(a: ActorRef | ExternalActor): string {
  return a.acronym ?? a.name;
}

function listEs(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} y ${items[items.length - 1]}`;
}

export function buildCooperation(demo: RegionDemo, spec: RegionSpec, external: readonly ExternalActor[]): void {
  const c = spec.cooperation;
  const today = demo.today;
  const core = c.core.map((k) => demo.actor(k));
  const firms = demo.actorsWhere((a) => a.type === "FIRM" && a.formality === "FORMAL");
  for (let year = 2014; year <= today.getUTCFullYear(); year++) {
    const rng = new Rng(`${spec.seed}:cooperation:${year}`);
    const expected = c.base + c.slope * (year - 2014);
    const count = Math.floor(expected) + (rng.chance(expected - Math.floor(expected)) ? 1 : 0);
    const lastDay = minDate(day(year, 12, 31), addDays(today, -1));
    for (let i = 0; i < count; i++) {
      const occurredOn = minDate(workingDay(dateBetween(rng, day(year, 1, 10), addDays(lastDay, -5))), lastDay);
      const id = uuidv7();
      const parties: (ActorRef | ExternalActor)[] = [];
      const addParty = (a: ActorRef | ExternalActor) => {
        if (!parties.some((p) => p.id === a.id)) parties.push(a);
      };
      const draw = (): ActorRef | ExternalActor => {
        if (external.length > 0 && rng.chance(0.05)) return new Rng(`${spec.seed}:coop-cross:${year}:${i}`).pick(external);
        if (firms.length > 0 && rng.chance(c.firmShare)) return rng.pick(firms);
        return rng.pick(core);
      };
      if (rng.chance(0.55)) {
        const size = rng.chance(0.85) ? 2 : 3;
        addParty(rng.pick(core));
        let guard = 0;
        while (parties.length < size && guard++ < 20) addParty(draw());
        const framework = rng.chance(0.5);
        const purpose = rng.pick(c.convenioPurposes);
        demo.rows.evidence.push({
          id,
          regionId: demo.regionId,
          kind: "CONVENIO",
          title: `Convenio ${framework ? "marco" : "específico"} de cooperación interinstitucional entre ${listEs(parties.map(label))}`,
          occurredOn,
          validUntil: addMonths(occurredOn, 12 * rng.int(2, 5)),
          documentUrl: null,
          description: framework ? `Marco general de colaboración; ${purpose}.` : `Objeto: ${purpose}.`,
        });
      } else {
        const size = rng.int(3, 6);
        let guard = 0;
        while (parties.length < size && guard++ < 30) addParty(draw());
        demo.rows.evidence.push({
          id,
          regionId: demo.regionId,
          kind: "JOINT_EVENT",
          title: rng.pick(c.events).replace("{year}", String(year)),
          occurredOn,
          validUntil: null,
          documentUrl: null,
          description: `Organizado conjuntamente por ${parties.length} instituciones.`,
        });
      }
      for (const p of parties) {
        demo.rows.parties.push({ regionId: demo.regionId, evidenceId: id, actorId: p.id });
      }
    }
  }
}

export function buildFollowUps(demo: RegionDemo, spec: RegionSpec, recommendationIds: ReadonlyMap<string, string>): void {
  for (const f of spec.followUps) {
    const recommendationId = recommendationIds.get(f.code);
    if (!recommendationId) throw new Error(`unknown recommendation ${f.code}`);
    demo.rows.followUps.push({
      id: uuidv7(),
      regionId: demo.regionId,
      recommendationId,
      status: f.status,
      responsibleActorId: f.responsible ? demo.actor(f.responsible).id : null,
      actionsTaken: f.actionsTaken,
      evidenceUrls: [],
    });
  }
}

/**
 * One survey wave of firms, answering as the study's interviews did (§11–13): nearly all innovate
 * in product, fewer in process and marketing; information, finance, skills, suppliers and public
 * support are the obstacles; few know universities do research, most would work with them.
 * Firms that take part in a project with academia answer that they cooperated.
 */
export function buildSurvey(demo: RegionDemo, spec: RegionSpec): void {
  const s = spec.survey;
  const rng = new Rng(`${spec.seed}:survey`);
  const waveId = uuidv7();
  const status = s.closesOn.getTime() < demo.today.getTime() ? "CLOSED" : s.opensOn.getTime() <= demo.today.getTime() ? "OPEN" : "PLANNED";
  demo.rows.surveyWaves.push({
    id: waveId,
    regionId: demo.regionId,
    name: s.name,
    year: s.year,
    opensOn: s.opensOn,
    closesOn: s.closesOn,
    status,
  });
  if (status === "PLANNED") return;

  const academicIds = new Set(demo.actorsWhere((a) => a.helix === "ACADEMIA" || a.helix === "RESEARCH").map((a) => a.id));
  const projectsWithAcademia = new Set(
    demo.rows.participants.filter((p) => academicIds.has(p.actorId)).map((p) => p.projectId),
  );
  const cooperating = new Set(
    demo.rows.participants.filter((p) => projectsWithAcademia.has(p.projectId)).map((p) => p.actorId),
  );
  const firms = demo.actorsWhere((a) => a.type === "FIRM");
  const lastDay = minDate(s.closesOn, addDays(demo.today, -1));
  const obstacleRates: readonly (readonly [InnovationObstacle, number])[] = [
    ["LACK_OF_INFORMATION", 0.75],
    ["LACK_OF_FINANCE", 0.7],
    ["LACK_OF_SKILLED_STAFF", 0.55],
    ["LACK_OF_SPECIALISED_SUPPLIERS", 0.4],
    ["LACK_OF_PUBLIC_SUPPORT", 0.35],
    ["OTHER", 0.05],
  ];
  for (const firm of rng.sample(firms, s.respondents)) {
    const obstacles = obstacleRates.filter(([, p]) => rng.chance(p)).map(([o]) => o);
    if (obstacles.length === 0) obstacles.push("LACK_OF_INFORMATION");
    const cooperated = cooperating.has(firm.id);
    demo.rows.surveyResponses.push({
      id: uuidv7(),
      regionId: demo.regionId,
      waveId,
      actorId: firm.id,
      respondedOn: dateBetween(rng, s.opensOn, lastDay),
      productInnovation: rng.chance(0.92),
      processInnovation: rng.chance(0.5),
      marketingInnovation: rng.chance(0.4),
      organisationalInnovation: rng.chance(0.22),
      obstacles,
      ictAdoption: firm.ictAdoption ?? null,
      knowsUniversityResearch: cooperated || rng.chance(0.12),
      willingToWorkWithUniversity: cooperated || rng.chance(0.85),
      cooperatedWithUniversity: cooperated,
    });
  }
}
