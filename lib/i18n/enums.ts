import type * as Enums from "@/lib/generated/prisma/enums";
import type messages from "./messages/es.json";

// Every enum of the schema has a label namespace under `enums` (camelCase of the enum's name), and
// each namespace has exactly the enum's values as keys. Use them as
// `t(\`enums.helix.${actor.helix}\`)` or `useTranslations("enums.helix")`.
// The checks below make `tsc` fail when the schema gains or loses a value the messages do not.

type Labels = (typeof messages)["enums"];
type SameKeys<E extends string, L> = [E] extends [keyof L] ? ([keyof L] extends [E] ? true : false) : false;

type Coverage = {
  helix: SameKeys<Enums.Helix, Labels["helix"]>;
  actorType: SameKeys<Enums.ActorType, Labels["actorType"]>;
  firmSize: SameKeys<Enums.FirmSize, Labels["firmSize"]>;
  formality: SameKeys<Enums.Formality, Labels["formality"]>;
  ictAdoption: SameKeys<Enums.IctAdoption, Labels["ictAdoption"]>;
  currency: SameKeys<Enums.Currency, Labels["currency"]>;
  councilKind: SameKeys<Enums.CouncilKind, Labels["councilKind"]>;
  councilStatus: SameKeys<Enums.CouncilStatus, Labels["councilStatus"]>;
  seatRole: SameKeys<Enums.SeatRole, Labels["seatRole"]>;
  meetingStatus: SameKeys<Enums.MeetingStatus, Labels["meetingStatus"]>;
  agreementStatus: SameKeys<Enums.AgreementStatus, Labels["agreementStatus"]>;
  planStatus: SameKeys<Enums.PlanStatus, Labels["planStatus"]>;
  indicatorDirection: SameKeys<Enums.IndicatorDirection, Labels["indicatorDirection"]>;
  measurementFrequency: SameKeys<Enums.MeasurementFrequency, Labels["measurementFrequency"]>;
  projectType: SameKeys<Enums.ProjectType, Labels["projectType"]>;
  projectStatus: SameKeys<Enums.ProjectStatus, Labels["projectStatus"]>;
  participantRole: SameKeys<Enums.ParticipantRole, Labels["participantRole"]>;
  teamRole: SameKeys<Enums.TeamRole, Labels["teamRole"]>;
  fundingSource: SameKeys<Enums.FundingSource, Labels["fundingSource"]>;
  outputKind: SameKeys<Enums.OutputKind, Labels["outputKind"]>;
  evidenceKind: SameKeys<Enums.EvidenceKind, Labels["evidenceKind"]>;
  recommendationStatus: SameKeys<Enums.RecommendationStatus, Labels["recommendationStatus"]>;
  surveyWaveStatus: SameKeys<Enums.SurveyWaveStatus, Labels["surveyWaveStatus"]>;
  innovationObstacle: SameKeys<Enums.InnovationObstacle, Labels["innovationObstacle"]>;
  globalRole: SameKeys<Enums.GlobalRole, Labels["globalRole"]>;
  regionRole: SameKeys<Enums.RegionRole, Labels["regionRole"]>;
  authTokenKind: SameKeys<Enums.AuthTokenKind, Labels["authTokenKind"]>;
  auditAction: SameKeys<Enums.AuditAction, Labels["auditAction"]>;
};

// Fails to compile if any entry above is `false`, or if a namespace has no entry here.
type AllTrue<T> = { [K in keyof T]: T[K] extends true ? true : never };
type NoExtraNamespaces = [keyof Labels] extends [keyof Coverage] ? true : never;
export const enumLabelCoverage: AllTrue<Coverage> & { namespaces: NoExtraNamespaces } = {
  helix: true,
  actorType: true,
  firmSize: true,
  formality: true,
  ictAdoption: true,
  currency: true,
  councilKind: true,
  councilStatus: true,
  seatRole: true,
  meetingStatus: true,
  agreementStatus: true,
  planStatus: true,
  indicatorDirection: true,
  measurementFrequency: true,
  projectType: true,
  projectStatus: true,
  participantRole: true,
  teamRole: true,
  fundingSource: true,
  outputKind: true,
  evidenceKind: true,
  recommendationStatus: true,
  surveyWaveStatus: true,
  innovationObstacle: true,
  globalRole: true,
  regionRole: true,
  authTokenKind: true,
  auditAction: true,
  namespaces: true,
};
