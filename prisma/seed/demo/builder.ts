// Collects one pilot region's demo rows in memory, then writes them with one createMany per table,
// parents before children, inside the caller's transaction. Ids are made here (UUIDv7) so rows can
// point at each other before anything is inserted.
import { normaliseActorName } from "@/lib/actors/normalise";
import type { ActorType, Helix, Prisma } from "@/lib/generated/prisma/client";
import { uuidv7 } from "../util";

export interface ActorSpec {
  key: string;
  name: string;
  acronym?: string;
  helix: Helix;
  type: ActorType;
  /** INEI province code ("0801"); null for actors outside the region's provinces. */
  province: string | null;
  parent?: string;
  description?: string;
  fictional?: boolean;
  firmSize?: Prisma.ActorCreateManyInput["firmSize"];
  formality?: Prisma.ActorCreateManyInput["formality"];
  ciiuCode?: string;
  ictAdoption?: Prisma.ActorCreateManyInput["ictAdoption"];
  ruc?: string;
  /** Priority area this actor mostly works in (a key of the region's priority areas). */
  area?: string;
}

export interface ActorRef {
  key: string;
  id: string;
  name: string;
  acronym: string | null;
  helix: Helix;
  type: ActorType;
  province: string | null;
  parent: string | null;
  fictional: boolean;
  area: string | null;
  ciiuCode: string | null;
  firmSize: Prisma.ActorCreateManyInput["firmSize"] | null;
  formality: Prisma.ActorCreateManyInput["formality"] | null;
  ictAdoption: Prisma.ActorCreateManyInput["ictAdoption"] | null;
}

export interface PersonRef {
  id: string;
  name: string;
  /** Key of the actor of the person's current affiliation. */
  actorKey: string;
}

export class RegionDemo {
  readonly actors = new Map<string, ActorRef>();
  /** People by the key of the actor they are currently affiliated with. */
  readonly peopleByActor = new Map<string, PersonRef[]>();
  readonly priorityAreaIds = new Map<string, string>();

  readonly rows = {
    actors: [] as Prisma.ActorCreateManyInput[],
    people: [] as Prisma.PersonCreateManyInput[],
    affiliations: [] as Prisma.AffiliationCreateManyInput[],
    councils: [] as Prisma.CouncilCreateManyInput[],
    seats: [] as Prisma.SeatCreateManyInput[],
    delegations: [] as Prisma.DelegationCreateManyInput[],
    meetings: [] as Prisma.MeetingCreateManyInput[],
    attendances: [] as Prisma.AttendanceCreateManyInput[],
    agreements: [] as Prisma.AgreementCreateManyInput[],
    agreementNotes: [] as Prisma.AgreementNoteCreateManyInput[],
    priorityAreas: [] as Prisma.PriorityAreaCreateManyInput[],
    plans: [] as Prisma.PlanCreateManyInput[],
    objectives: [] as Prisma.ObjectiveCreateManyInput[],
    objectiveAreas: [] as Prisma.ObjectivePriorityAreaCreateManyInput[],
    indicators: [] as Prisma.IndicatorCreateManyInput[],
    measurements: [] as Prisma.MeasurementCreateManyInput[],
    projects: [] as Prisma.ProjectCreateManyInput[],
    projectAreas: [] as Prisma.ProjectPriorityAreaCreateManyInput[],
    projectProvinces: [] as Prisma.ProjectProvinceCreateManyInput[],
    participants: [] as Prisma.ProjectParticipantCreateManyInput[],
    members: [] as Prisma.ProjectMemberCreateManyInput[],
    fundingLines: [] as Prisma.FundingLineCreateManyInput[],
    outputs: [] as Prisma.ProjectOutputCreateManyInput[],
    evidence: [] as Prisma.CooperationEvidenceCreateManyInput[],
    parties: [] as Prisma.CooperationPartyCreateManyInput[],
    followUps: [] as Prisma.RecommendationFollowUpCreateManyInput[],
    surveyWaves: [] as Prisma.SurveyWaveCreateManyInput[],
    surveyResponses: [] as Prisma.SurveyResponseCreateManyInput[],
  };

  constructor(
    readonly regionId: string,
    readonly regionSlug: string,
    /** The region's provinces by INEI code. */
    readonly provinces: ReadonlyMap<string, { id: string; name: string }>,
    readonly today: Date,
  ) {}

  provinceId(code: string): string {
    const province = this.provinces.get(code);
    if (!province) throw new Error(`${this.regionSlug}: unknown province ${code}`);
    return province.id;
  }

  provinceName(code: string): string {
    return this.provinces.get(code)?.name ?? code;
  }

  addActor(spec: ActorSpec): ActorRef {
    if (this.actors.has(spec.key)) throw new Error(`${this.regionSlug}: duplicate actor key ${spec.key}`);
    const parent = spec.parent ? this.actor(spec.parent) : null;
    const ref: ActorRef = {
      key: spec.key,
      id: uuidv7(),
      name: spec.name,
      acronym: spec.acronym ?? null,
      helix: spec.helix,
      type: spec.type,
      province: spec.province,
      parent: parent?.key ?? null,
      fictional: spec.fictional ?? false,
      area: spec.area ?? null,
      ciiuCode: spec.ciiuCode ?? null,
      firmSize: spec.firmSize ?? null,
      formality: spec.formality ?? null,
      ictAdoption: spec.ictAdoption ?? null,
    };
    if (!ref.fictional && spec.ruc) throw new Error(`${spec.name}: a real institution never gets an invented RUC`);
    this.actors.set(spec.key, ref);
    this.rows.actors.push({
      id: ref.id,
      regionId: this.regionId,
      name: spec.name,
      nameKey: normaliseActorName(spec.name),
      acronym: spec.acronym ?? null,
      helix: spec.helix,
      type: spec.type,
      provinceId: spec.province ? this.provinceId(spec.province) : null,
      parentId: parent?.id ?? null,
      ruc: spec.ruc ?? null,
      ror: null,
      description: spec.description ?? null,
      firmSize: spec.firmSize ?? null,
      formality: spec.formality ?? null,
      ciiuCode: spec.ciiuCode ?? null,
      ictAdoption: spec.ictAdoption ?? null,
      fictional: ref.fictional,
    });
    return ref;
  }

  actor(key: string): ActorRef {
    const ref = this.actors.get(key);
    if (!ref) throw new Error(`${this.regionSlug}: unknown actor key ${key}`);
    return ref;
  }

  actorsWhere(predicate: (a: ActorRef) => boolean): ActorRef[] {
    return [...this.actors.values()].filter(predicate);
  }

  /** A fictional person with a current affiliation (and, sometimes, a past one). */
  addPerson(p: {
    givenNames: string;
    familyNames: string;
    actorKey: string;
    position: string;
    since: Date;
    email?: string | null;
    previous?: { actorKey: string; position: string; from: Date };
  }): PersonRef {
    const id = uuidv7();
    this.rows.people.push({
      id,
      regionId: this.regionId,
      givenNames: p.givenNames,
      familyNames: p.familyNames,
      email: p.email ?? null,
      orcid: null,
      fictional: true,
    });
    if (p.previous) {
      this.rows.affiliations.push({
        id: uuidv7(),
        regionId: this.regionId,
        personId: id,
        actorId: this.actor(p.previous.actorKey).id,
        position: p.previous.position,
        startsOn: p.previous.from,
        endsOn: new Date(p.since.getTime() - 86_400_000),
      });
    }
    this.rows.affiliations.push({
      id: uuidv7(),
      regionId: this.regionId,
      personId: id,
      actorId: this.actor(p.actorKey).id,
      position: p.position,
      startsOn: p.since,
      endsOn: null,
    });
    const ref: PersonRef = { id, name: `${p.givenNames} ${p.familyNames}`, actorKey: p.actorKey };
    const list = this.peopleByActor.get(p.actorKey) ?? [];
    list.push(ref);
    this.peopleByActor.set(p.actorKey, list);
    return ref;
  }

  people(actorKey: string): PersonRef[] {
    return this.peopleByActor.get(actorKey) ?? [];
  }

  /** Row counts by table, for the log. */
  counts(): Record<string, number> {
    return Object.fromEntries(Object.entries(this.rows).map(([k, v]) => [k, v.length]));
  }

  /** Inserts everything, parents first. */
  async write(tx: Prisma.TransactionClient): Promise<void> {
    const r = this.rows;
    // Actors point at their parent: insert the roots first, then the children.
    const roots = r.actors.filter((a) => !a.parentId);
    const children = r.actors.filter((a) => a.parentId);
    await tx.actor.createMany({ data: roots });
    if (children.length) await tx.actor.createMany({ data: children });
    await tx.person.createMany({ data: r.people });
    await tx.affiliation.createMany({ data: r.affiliations });

    await tx.council.createMany({ data: r.councils });
    await tx.seat.createMany({ data: r.seats });
    await tx.delegation.createMany({ data: r.delegations });
    await tx.meeting.createMany({ data: r.meetings });
    await tx.attendance.createMany({ data: r.attendances });
    await tx.agreement.createMany({ data: r.agreements });
    await tx.agreementNote.createMany({ data: r.agreementNotes });

    await tx.priorityArea.createMany({ data: r.priorityAreas });
    await tx.plan.createMany({ data: r.plans });
    await tx.objective.createMany({ data: r.objectives });
    await tx.objectivePriorityArea.createMany({ data: r.objectiveAreas });
    await tx.indicator.createMany({ data: r.indicators });
    await tx.measurement.createMany({ data: r.measurements });

    await tx.project.createMany({ data: r.projects });
    await tx.projectPriorityArea.createMany({ data: r.projectAreas });
    await tx.projectProvince.createMany({ data: r.projectProvinces });
    await tx.projectParticipant.createMany({ data: r.participants });
    await tx.projectMember.createMany({ data: r.members });
    await tx.fundingLine.createMany({ data: r.fundingLines });
    await tx.projectOutput.createMany({ data: r.outputs });

    await tx.cooperationEvidence.createMany({ data: r.evidence });
    await tx.cooperationParty.createMany({ data: r.parties });

    await tx.recommendationFollowUp.createMany({ data: r.followUps });
    await tx.surveyWave.createMany({ data: r.surveyWaves });
    await tx.surveyResponse.createMany({ data: r.surveyResponses });
  }
}
