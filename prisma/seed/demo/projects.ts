// R&D&I projects from the region's templates: dates, status, TRL, provinces, participants (exactly
// one coordinator), team, funding lines and outputs. Each project draws from its own seeded PRNG,
// so editing one template does not reshuffle the others.
//
// What the study found, and how it shows here: most projects are academia-only; a minority link
// academia and business (kind "linked"); Canon and royalty funds are awarded to public
// universities but under-executed; international and other-region partners are few.
import type {
  Currency,
  FundingSource,
  OutputKind,
  ParticipantRole,
  ProjectStatus,
  ProjectType,
  TeamRole,
} from "@/lib/generated/prisma/client";
import { addDays, addMonths, day, daysBetween, maxDate, minDate, Rng, uuidv7 } from "../util";
import type { ActorRef, PersonRef, RegionDemo } from "./builder";
import type { NameFactory } from "./names";
import type { ProjectTemplate, RegionSpec } from "./spec";

/** An actor of the other pilot region, already in the database. */
export interface ExternalActor {
  id: string;
  name: string;
  acronym: string | null;
}

const TYPE_LABEL: Record<ProjectType, string> = {
  BASIC_RESEARCH: "investigación básica",
  APPLIED_RESEARCH: "investigación aplicada",
  EXPERIMENTAL_DEVELOPMENT: "desarrollo experimental",
  INNOVATION: "innovación",
};

const TRL_RANGE: Record<ProjectType, readonly [number, number]> = {
  BASIC_RESEARCH: [1, 2],
  APPLIED_RESEARCH: [2, 4],
  EXPERIMENTAL_DEVELOPMENT: [4, 6],
  INNOVATION: [6, 8],
};

const OUTPUTS_BY_TYPE: Record<ProjectType, readonly (readonly [OutputKind, number])[]> = {
  BASIC_RESEARCH: [["PUBLICATION", 70], ["TRAINING", 30]],
  APPLIED_RESEARCH: [["PUBLICATION", 50], ["TRAINING", 30], ["TECHNOLOGY_TRANSFER", 15], ["PROTOTYPE", 5]],
  EXPERIMENTAL_DEVELOPMENT: [["PROTOTYPE", 40], ["PUBLICATION", 25], ["TECHNOLOGY_TRANSFER", 20], ["TRAINING", 10], ["PATENT", 5]],
  INNOVATION: [["PROTOTYPE", 35], ["TECHNOLOGY_TRANSFER", 30], ["TRAINING", 30], ["PATENT", 5]],
};

interface Line {
  source: FundingSource;
  programme: string;
  funder: string | null;
  currency: Currency;
  amount: number;
}

export function buildProjects(
  demo: RegionDemo,
  spec: RegionSpec,
  names: NameFactory,
  external: readonly ExternalActor[],
): void {
  const P = spec.projects;
  const today = demo.today;
  const codeCounters = new Map<number, number>();
  let doiSerial = 0;
  const firms = demo.actorsWhere((a) => a.type === "FIRM");
  const academicKeys = new Set(
    demo.actorsWhere((a) => a.helix === "ACADEMIA" || a.helix === "RESEARCH").map((a) => a.key),
  );
  const linkedFirms = new Set<string>();
  const rootOf = (a: ActorRef): ActorRef => (a.parent ? rootOf(demo.actor(a.parent)) : a);

  P.templates.forEach((t, index) => {
    const rng = new Rng(`${spec.seed}:project:${index}`);
    const type: ProjectType =
      t.type ??
      (t.kind === "academic"
        ? rng.weighted([["BASIC_RESEARCH", 25], ["APPLIED_RESEARCH", 60], ["EXPERIMENTAL_DEVELOPMENT", 15]] as const)
        : t.kind === "linked"
          ? rng.weighted([["APPLIED_RESEARCH", 40], ["EXPERIMENTAL_DEVELOPMENT", 40], ["INNOVATION", 20]] as const)
          : rng.weighted([["INNOVATION", 70], ["EXPERIMENTAL_DEVELOPMENT", 30]] as const));

    // Dates and status: more projects in later years, a few proposals for the coming months.
    let start: Date;
    const proposal = !t.start && !t.status && rng.chance(0.07);
    if (t.start) start = t.start;
    else if (proposal) start = addDays(today, rng.int(30, 200));
    else {
      const year = rng.weighted(
        Array.from({ length: today.getUTCFullYear() - 2014 + 1 }, (_, i) => [2014 + i, 1 + i * 0.12] as const),
      );
      start = addDays(day(year, 1, 1), rng.int(0, 364));
      if (start.getTime() > today.getTime()) start = addDays(today, -rng.int(20, 200));
    }
    const months = type === "INNOVATION" ? rng.int(12, 24) : type === "BASIC_RESEARCH" ? rng.int(24, 36) : rng.int(18, 36);
    const end = t.end ?? addDays(addMonths(start, months), -1);
    let status: ProjectStatus;
    if (t.status) status = t.status;
    else if (start.getTime() > today.getTime()) status = "PROPOSED";
    else if (end.getTime() < today.getTime()) {
      status = rng.weighted([["COMPLETED", 88], ["CANCELLED", 7], ["SUSPENDED", 5]] as const);
    } else status = rng.chance(0.92) ? "ACTIVE" : "SUSPENDED";

    const [trlMin, trlMax] = TRL_RANGE[type];
    const trl = t.trl ?? Math.min(9, rng.int(trlMin, trlMax) + (status === "COMPLETED" && rng.chance(0.5) ? 1 : 0));

    const startYear = start.getUTCFullYear();
    const serial = (codeCounters.get(startYear) ?? 0) + 1;
    codeCounters.set(startYear, serial);
    const projectId = uuidv7();

    const provinces = t.provinces ?? pickProvinces(rng, t.area ? P.areaProvinces[t.area] : undefined, spec.capitalProvince);

    // Participants.
    const participants: { actor: ActorRef | ExternalActor; role: ParticipantRole }[] = [];
    const has = (id: string) => participants.some((p) => p.actor.id === id);
    const add = (actor: ActorRef | ExternalActor, role: ParticipantRole) => {
      if (!has(actor.id)) participants.push({ actor, role });
    };
    const areaFirms = firms.filter((f) => f.area === t.area);
    const firmPool = areaFirms.length > 0 ? areaFirms : firms;

    let coordinator: ActorRef;
    if (t.coordinator) coordinator = demo.actor(t.coordinator);
    else if (t.kind === "business") {
      const bigger = firmPool.filter((f) => f.formality === "FORMAL" && f.firmSize !== "MICRO");
      coordinator = rng.pick(bigger.length > 0 ? bigger : firmPool);
    } else {
      const weights = (t.area ? P.areaCoordinators[t.area] : undefined) ?? P.academicCoordinators;
      coordinator = demo.actor(rng.weighted(weights));
    }
    add(coordinator, "COORDINATOR");

    const partnerKeys =
      t.partners ??
      (t.kind !== "business" && rng.chance(0.45)
        ? [rng.pick(P.academicPartners.filter((k) => k !== coordinator.key))]
        : []);
    for (const key of partnerKeys) add(demo.actor(key), "PARTNER");

    if (t.kind === "linked") {
      // The few firms that work with academia keep doing so: prefer firms already linked.
      const wanted = typeof t.firms === "number" ? t.firms : rng.int(1, 2);
      const chosen: ActorRef[] = Array.isArray(t.firms) ? (t.firms as readonly string[]).map((k) => demo.actor(k)) : [];
      for (let i = 0; i < wanted; i++) {
        const free = firmPool.filter((f) => !chosen.includes(f));
        if (free.length === 0) break;
        const score = (f: ActorRef) =>
          (linkedFirms.has(f.id) ? 4 : 0) + (t.ciiu && f.ciiuCode === t.ciiu ? 2 : 0) + (f.formality === "FORMAL" ? 1 : 0);
        const best = Math.max(...free.map(score));
        const preferred = free.filter((f) => score(f) === best);
        chosen.push(rng.pick(rng.chance(0.75) ? preferred : free));
      }
      for (const f of chosen) {
        linkedFirms.add(f.id);
        add(f, "PARTNER");
      }
    } else if (t.kind === "business" && rng.chance(0.3)) {
      const other = firmPool.filter((f) => f.id !== coordinator.id);
      if (other.length > 0) add(rng.pick(other), "PARTNER");
    }

    // Beneficiaries: academic projects benefit communities and local governments, not firms; prefer
    // those in the project's provinces.
    let beneficiaryKeys: readonly string[] = t.beneficiaries ?? [];
    if (!t.beneficiaries && rng.chance(0.3)) {
      const eligible = P.beneficiaries.filter((k) => t.kind !== "academic" || demo.actor(k).helix !== "BUSINESS");
      const local = eligible.filter((k) => {
        const a = demo.actor(k);
        return (a.province !== null && provinces.includes(a.province)) || a.helix === "CIVIL_SOCIETY";
      });
      if (eligible.length > 0) beneficiaryKeys = [rng.pick(local.length > 0 ? local : eligible)];
    }
    for (const key of beneficiaryKeys) add(demo.actor(key), "BENEFICIARY");

    let international: ActorRef | null = null;
    if (t.international && P.international.length > 0) {
      international = demo.actor(rng.pick(P.international));
      add(international, "PARTNER");
    }
    if (t.crossRegion && external.length > 0) {
      const crossRng = new Rng(`${spec.seed}:project:${index}:cross`);
      add(crossRng.pick(external), "PARTNER");
    }

    // Funding.
    const lines: Line[] = [];
    if (status !== "PROPOSED") {
      const coordRoot = rootOf(coordinator);
      const isCanonHolder = P.canonHolders.includes(coordRoot.key);
      const era = (before: number, old: string, now: string) => (startYear < before ? old : now);
      const primary: FundingSource =
        coordinator.type === "FIRM"
          ? rng.weighted([["PROINNOVATE", 65], ["PRIVATE", 35]] as const)
          : isCanonHolder
            ? rng.weighted([["CANON_ROYALTIES", 55], ["CONCYTEC_PROCIENCIA", 35], ["OWN_RESOURCES", 10]] as const)
            : coordinator.helix === "RESEARCH"
              ? rng.weighted([["OWN_RESOURCES", 45], ["CONCYTEC_PROCIENCIA", 40], ["REGIONAL_GOVERNMENT", 15]] as const)
              : rng.weighted([["CONCYTEC_PROCIENCIA", 55], ["OWN_RESOURCES", 35], ["REGIONAL_GOVERNMENT", 10]] as const);
      const sources = new Set<FundingSource>([primary]);
      if (t.kind === "linked" && rng.chance(0.6)) sources.add("PRIVATE");
      if (t.kind === "linked" && rng.chance(0.3)) sources.add("PROINNOVATE");
      if (rng.chance(0.15)) sources.add("REGIONAL_GOVERNMENT");
      if (international) sources.add("INTERNATIONAL_COOPERATION");
      const privateFunder =
        participants.find((p) => "type" in p.actor && p.actor.type === "FIRM")?.actor ?? coordinator;
      for (const source of sources) {
        switch (source) {
          case "CANON_ROYALTIES":
            lines.push({
              source,
              programme: "Canon, sobrecanon y regalías mineras: fondos de investigación universitaria",
              funder: coordRoot.id,
              currency: "PEN",
              amount: rng.amount(80_000, 420_000, 500),
            });
            break;
          case "CONCYTEC_PROCIENCIA":
            lines.push({
              source,
              programme:
                type === "BASIC_RESEARCH"
                  ? era(2023, "FONDECYT: Proyectos de Investigación Básica", "PROCIENCIA: Proyectos de Investigación Básica")
                  : era(
                      2023,
                      "FONDECYT: Proyectos de Investigación Aplicada y Desarrollo Tecnológico",
                      "PROCIENCIA: Proyectos de Investigación Aplicada y Desarrollo Tecnológico",
                    ),
              funder: null,
              currency: "PEN",
              amount: rng.amount(50_000, 400_000, 500),
            });
            break;
          case "PROINNOVATE":
            lines.push({
              source,
              programme: era(2021, "Innóvate Perú: Proyectos de Innovación Empresarial", "ProInnóvate: Proyectos de Innovación Empresarial"),
              funder: null,
              currency: "PEN",
              amount: rng.amount(50_000, 450_000, 500),
            });
            break;
          case "REGIONAL_GOVERNMENT":
            lines.push({
              source,
              programme: "Presupuesto regional para ciencia, tecnología e innovación",
              funder: demo.actor(P.regionalGovernment).id,
              currency: "PEN",
              amount: rng.amount(30_000, 200_000, 500),
            });
            break;
          case "INTERNATIONAL_COOPERATION":
            lines.push({
              source,
              programme: `Cooperación internacional: ${international?.acronym ?? international?.name ?? "socio internacional"}`,
              funder: international?.id ?? null,
              currency: rng.chance(0.5) ? "USD" : "EUR",
              amount: rng.amount(20_000, 250_000, 500),
            });
            break;
          case "PRIVATE":
            lines.push({
              source,
              programme: "Aporte empresarial (monetario y no monetario)",
              funder: privateFunder.id,
              currency: "PEN",
              amount: rng.amount(10_000, 90_000, 100),
            });
            break;
          case "OWN_RESOURCES":
            lines.push({
              source,
              programme: "Recursos propios de la institución",
              funder: coordRoot.id,
              currency: "PEN",
              amount: rng.amount(5_000, 60_000, 100),
            });
            break;
        }
      }
      const elapsed = Math.max(0, Math.min(1, daysBetween(start, today) / Math.max(1, daysBetween(start, end))));
      const reportedOn = minDate(end, day(today.getUTCFullYear(), today.getUTCMonth() + 1, 1));
      for (const line of lines) {
        const canon = line.source === "CANON_ROYALTIES";
        const share =
          status === "COMPLETED"
            ? canon
              ? 0.15 + rng.next() * 0.4
              : 0.85 + rng.next() * 0.15
            : status === "CANCELLED"
              ? 0.05 + rng.next() * 0.25
              : elapsed * (canon ? 0.25 + rng.next() * 0.35 : 0.75 + rng.next() * 0.25);
        const executed = Math.round(line.amount * share);
        demo.rows.fundingLines.push({
          id: uuidv7(),
          regionId: demo.regionId,
          projectId,
          source: line.source,
          programme: line.programme,
          funderActorId: line.funder,
          currency: line.currency,
          awardedAmount: line.amount.toFixed(2),
          awardedOn: addDays(start, -rng.int(15, 90)),
          executedAmount: executed.toFixed(2),
          executedOn: status === "COMPLETED" ? end : maxDate(start, reportedOn),
        });
      }
      if (sources.has("REGIONAL_GOVERNMENT")) add(demo.actor(P.regionalGovernment), "FUNDER");
    }

    for (const p of participants) {
      demo.rows.participants.push({
        id: uuidv7(),
        regionId: demo.regionId,
        projectId,
        actorId: p.actor.id,
        role: p.role,
      });
    }

    // Team: the principal investigator from the coordinator's institution.
    const familyOf = (a: ActorRef): string[] => {
      const root = rootOf(a);
      return demo.actorsWhere((x) => x.key === root.key || rootOf(x).key === root.key).map((x) => x.key);
    };
    const pool = (a: ActorRef): PersonRef[] => familyOf(a).flatMap((k) => demo.people(k));
    let coordPool = pool(coordinator);
    if (coordPool.length === 0) {
      const n = names.person();
      demo.addPerson({
        ...n,
        actorKey: coordinator.key,
        position: coordinator.type === "FIRM" ? rng.pick(["Gerente general", "Jefe de producción", "Responsable de calidad"]) : "Responsable de proyectos",
        since: addDays(start, -rng.int(200, 1500)),
        email: n.email,
      });
      coordPool = pool(coordinator);
    }
    const team: { person: PersonRef; role: TeamRole }[] = [];
    const takeFrom = (candidates: PersonRef[], role: TeamRole) => {
      const free = candidates.filter((c) => !team.some((m) => m.person.id === c.id));
      if (free.length > 0) team.push({ person: rng.pick(free), role });
    };
    takeFrom(coordPool, "PRINCIPAL_INVESTIGATOR");
    const partnerPools = participants
      .filter((p) => p.role === "PARTNER" && "key" in p.actor && academicKeys.has(p.actor.key))
      .flatMap((p) => pool(p.actor as ActorRef));
    const coCount = rng.int(0, 2);
    for (let i = 0; i < coCount; i++) takeFrom(partnerPools.length > 0 && rng.chance(0.5) ? partnerPools : coordPool, "CO_INVESTIGATOR");
    const memberCount = rng.int(1, 3);
    for (let i = 0; i < memberCount; i++) takeFrom(coordPool, "MEMBER");
    for (const m of team) {
      demo.rows.members.push({
        id: uuidv7(),
        regionId: demo.regionId,
        projectId,
        personId: m.person.id,
        role: m.role,
      });
    }

    // Outputs.
    const outputCount =
      status === "COMPLETED" ? rng.int(1, 4) : status === "ACTIVE" ? rng.int(0, 2) : status === "SUSPENDED" ? rng.int(0, 1) : 0;
    const latest = minDate(end, addDays(today, -1));
    for (let i = 0; i < outputCount; i++) {
      const kind = rng.weighted(OUTPUTS_BY_TYPE[type]);
      const earliest = minDate(addDays(start, 120), latest);
      const producedOn = addDays(earliest, rng.int(0, Math.max(0, daysBetween(earliest, latest))));
      let doi: string | null = null;
      if (kind === "PUBLICATION") {
        doiSerial++;
        doi = `10.5555/minka.${spec.slug}.${producedOn.getUTCFullYear()}.${String(doiSerial).padStart(4, "0")}`;
      }
      demo.rows.outputs.push({
        id: uuidv7(),
        regionId: demo.regionId,
        projectId,
        kind,
        title: outputTitle(rng, kind, t, participants),
        producedOn,
        doi,
        url: null,
      });
    }

    // Project row, areas and provinces.
    const provinceNames = provinces.map((code) => demo.provinceName(code));
    demo.rows.projects.push({
      id: projectId,
      regionId: demo.regionId,
      code: `${P.codePrefix}-${startYear}-${String(serial).padStart(3, "0")}`,
      title: t.title,
      summary:
        t.summary ??
        `Proyecto de ${TYPE_LABEL[type]} coordinado por ${coordinator.acronym ?? coordinator.name}, ejecutado en ${listEs(provinceNames)}. ` +
          (participants.length === 1 ? "Participa 1 institución." : `Participan ${participants.length} instituciones.`) +
          " Datos de demostración.",
      type,
      status,
      startsOn: start,
      endsOn: end,
      trl,
      fordCode: t.ford,
      ciiuCode: t.ciiu ?? null,
    });
    if (t.area) {
      const priorityAreaId = demo.priorityAreaIds.get(t.area);
      if (!priorityAreaId) throw new Error(`${spec.slug}: project "${t.title}" names unknown area ${t.area}`);
      demo.rows.projectAreas.push({ regionId: demo.regionId, projectId, priorityAreaId });
    }
    for (const code of provinces) {
      demo.rows.projectProvinces.push({ regionId: demo.regionId, projectId, provinceId: demo.provinceId(code) });
    }
  });
}

function pickProvinces(rng: Rng, areaProvinces: readonly string[] | undefined, capital: string): string[] {
  if (!areaProvinces || areaProvinces.length === 0) return [capital];
  const n = Math.min(areaProvinces.length, rng.chance(0.35) ? 2 : 1);
  return rng.sample(areaProvinces, n);
}

function listEs(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} y ${items[items.length - 1]}`;
}

function shortName(a: ActorRef | ExternalActor): string {
  return a.acronym ?? a.name;
}

function outputTitle(
  rng: Rng,
  kind: OutputKind,
  t: ProjectTemplate,
  participants: readonly { actor: ActorRef | ExternalActor; role: ParticipantRole }[],
): string {
  const subject = t.title.charAt(0).toLowerCase() + t.title.slice(1);
  let title: string;
  switch (kind) {
    case "PUBLICATION":
      title = `${rng.pick(["Artículo", "Comunicación en congreso", "Informe técnico"])}: resultados sobre ${subject}`;
      break;
    case "PROTOTYPE":
      title = `Prototipo validado en campo: ${subject}`;
      break;
    case "TRAINING":
      title = `${rng.pick(["Taller de capacitación", "Curso de especialización", "Jornada de difusión de resultados"])}: ${subject}`;
      break;
    case "TECHNOLOGY_TRANSFER": {
      const receiver = participants.find((p) => p.role === "BENEFICIARY" || ("type" in p.actor && p.actor.type === "FIRM"));
      title = `Transferencia tecnológica${receiver ? ` a ${shortName(receiver.actor)}` : ""}: ${subject}`;
      break;
    }
    case "PATENT":
      title = `Solicitud de patente de modelo de utilidad: ${subject}`;
      break;
  }
  return title.length > 300 ? `${title.slice(0, 297)}...` : title;
}
