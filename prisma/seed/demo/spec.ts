// The shape of a pilot region's demo content. cusco.ts and tacna.ts fill it in; the generators in
// this folder turn it into rows, drawing every "random" choice from the region's seeded PRNG.
import type {
  CouncilKind,
  CouncilStatus,
  FirmSize,
  IndicatorDirection,
  MeasurementFrequency,
  PlanStatus,
  ProjectStatus,
  ProjectType,
  SeatRole,
} from "@/lib/generated/prisma/client";
import type { FollowUpSpec } from "../recommendations";
import type { ActorSpec } from "./builder";

export interface FirmSectorSpec {
  /** Priority area key, or null for sectors outside the region's priorities. */
  area: string | null;
  label: string;
  /** What the sector's firms do: the noun that starts a firm's name and its CIIU Rev. 4 class. */
  kinds: readonly (readonly [noun: string, ciiu: string])[];
  count: number;
  /** Province codes with weights: most firms sit in the capital province. */
  provinces: readonly (readonly [string, number])[];
  sizes?: readonly (readonly [FirmSize, number])[];
}

export interface StaffSpec {
  actor: string;
  count: number;
  positions: readonly string[];
}

export interface SeatSpec {
  actor: string;
  role: SeatRole;
  voting?: boolean;
  startsOn: Date;
  /** The institution left the council on this date. */
  endsOn?: Date;
  /** The current delegate's term ends this many days from today (defaults to a later date). */
  currentTermEndsInDays?: number;
  /** The seat's last term ended this many days ago and nobody has been accredited since. */
  vacantSinceDaysAgo?: number;
}

export interface CouncilSpec {
  name: string;
  acronym: string;
  kind: CouncilKind;
  status: CouncilStatus;
  ordinanceNumber: string | null;
  ordinanceDate: Date | null;
  establishedOn: Date | null;
  annualBudget: string | null;
  staffCount: number | null;
  termYears: number;
  seats: readonly SeatSpec[];
  /** Meetings per calendar year, from the first year on (the current year counts only past dates). */
  meetingsPerYear: Readonly<Record<number, number>>;
  cancelRate: number;
  attendanceRate: number;
  locations: readonly string[];
  agendaTopics: readonly string[];
  agreementTexts: readonly string[];
  notes: readonly string[];
  /** The next meeting, planned this many days from today. */
  plannedInDays: number;
}

export interface IndicatorSpec {
  code: string;
  name: string;
  unit: string;
  baselineValue?: string;
  baselineYear?: number;
  targetValue?: string;
  targetYear?: number;
  direction?: IndicatorDirection;
  frequency?: MeasurementFrequency;
  source?: string;
  /** [ISO date, value, note?]: the plan's sparse monitoring. */
  measurements?: readonly (readonly [string, string, string?])[];
}

export interface ObjectiveSpec {
  code: string;
  title: string;
  description?: string;
  areas: readonly string[];
  indicators: readonly IndicatorSpec[];
}

export interface PlanSpec {
  title: string;
  status: PlanStatus;
  startYear: number;
  endYear: number;
  legalBasis: string | null;
  description: string;
  objectives: readonly ObjectiveSpec[];
}

export type ProjectKind = "academic" | "linked" | "business";

export interface ProjectTemplate {
  title: string;
  area: string | null;
  kind: ProjectKind;
  /** OECD FORD code. */
  ford: string;
  ciiu?: string;
  type?: ProjectType;
  status?: ProjectStatus;
  start?: Date;
  end?: Date;
  trl?: number;
  provinces?: readonly string[];
  coordinator?: string;
  partners?: readonly string[];
  beneficiaries?: readonly string[];
  /** Keys of firms, or how many firms of the project's area to draw. */
  firms?: readonly string[] | number;
  /** Adds an international partner (and international funding). */
  international?: boolean;
  /** Adds a partner from the other pilot region, if it is already seeded. */
  crossRegion?: boolean;
  summary?: string;
}

export interface ProjectsSpec {
  codePrefix: string;
  templates: readonly ProjectTemplate[];
  /** Coordinators of academic projects outside the priority areas, weighted. */
  academicCoordinators: readonly (readonly [string, number])[];
  /** Coordinators of academic projects by priority area, weighted. */
  areaCoordinators: Readonly<Record<string, readonly (readonly [string, number])[]>>;
  /** Academic or research partners to draw from. */
  academicPartners: readonly string[];
  /** Producer organisations, cooperatives, NGOs that may benefit. */
  beneficiaries: readonly string[];
  regionalGovernment: string;
  /** Public universities: they hold Canon and royalty funds. */
  canonHolders: readonly string[];
  international: readonly string[];
  /** Default provinces of a priority area's projects. */
  areaProvinces: Readonly<Record<string, readonly string[]>>;
}

export interface CooperationSpec {
  /** Expected evidence per year = base + slope * (year - 2014). */
  base: number;
  slope: number;
  /** Actors that sign convenios and go to events most. */
  core: readonly string[];
  /** Share of parties drawn from firms instead of the core. */
  firmShare: number;
  events: readonly string[];
  convenioPurposes: readonly string[];
}

export interface SurveySpec {
  name: string;
  year: number;
  opensOn: Date;
  closesOn: Date;
  respondents: number;
}

export interface CrossRegionSpec {
  /** INEI code of the other pilot region. */
  regionCode: string;
  /** Names of the actors there that may join this region's projects and events. */
  actorNames: readonly string[];
}

export interface RegionSpec {
  code: string;
  slug: string;
  seed: string;
  emailDomain: string;
  capitalProvince: string;
  /** Name of the regional government actor: its presence means the demo content is there. */
  regionalGovernmentName: string;
  institutions: readonly ActorSpec[];
  firmWords: readonly string[];
  firmSectors: readonly FirmSectorSpec[];
  /** RUC serials of this region's fictional firms start here (keeps regions apart). */
  rucSerialBase: number;
  priorityAreas: readonly { key: string; name: string; description: string }[];
  staff: readonly StaffSpec[];
  council: CouncilSpec;
  plans: readonly PlanSpec[];
  projects: ProjectsSpec;
  cooperation: CooperationSpec;
  followUps: readonly FollowUpSpec[];
  survey: SurveySpec;
  crossRegion?: CrossRegionSpec;
}
