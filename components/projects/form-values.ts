import { formatIsoDay } from "@/lib/dates";
import type { ProjectRecord } from "@/lib/projects/data";

// The project as the form shows it: plain strings only (dates as YYYY-MM-DD, amounts as decimal
// strings), so it crosses from the server page to the client form without Date/Decimal objects.

export interface ProjectFormValues {
  id: string;
  version: number;
  code: string;
  title: string;
  summary: string;
  type: string;
  status: string;
  startsOn: string;
  endsOn: string;
  trl: string;
  fordCode: string;
  ciiuCode: string;
  priorityAreaIds: string[];
  provinceIds: string[];
  participants: { actorId: string; role: string }[];
  members: { personId: string; role: string }[];
  funding: {
    source: string;
    programme: string;
    funderActorId: string;
    currency: string;
    awardedAmount: string;
    awardedOn: string;
    executedAmount: string;
    executedOn: string;
  }[];
  outputs: { kind: string; title: string; producedOn: string; doi: string; url: string }[];
}

// Date inputs take "" for no date.
const day = (d: Date | null) => formatIsoDay(d) ?? "";

export function formValuesOf(p: ProjectRecord): ProjectFormValues {
  return {
    id: p.id,
    version: p.version,
    code: p.code ?? "",
    title: p.title,
    summary: p.summary ?? "",
    type: p.type,
    status: p.status,
    startsOn: day(p.startsOn),
    endsOn: day(p.endsOn),
    trl: p.trl === null ? "" : String(p.trl),
    fordCode: p.fordCode ?? "",
    ciiuCode: p.ciiuCode ?? "",
    priorityAreaIds: p.priorityAreas.map((a) => a.priorityArea.id),
    provinceIds: p.provinces.map((a) => a.province.id),
    participants: p.participants.map((x) => ({ actorId: x.actor.id, role: x.role })),
    members: p.members.map((x) => ({ personId: x.person.id, role: x.role })),
    funding: p.fundingLines.map((f) => ({
      source: f.source,
      programme: f.programme ?? "",
      funderActorId: f.funderActorId ?? "",
      currency: f.currency,
      awardedAmount: f.awardedAmount.toFixed(2),
      awardedOn: day(f.awardedOn),
      executedAmount: f.executedAmount?.toFixed(2) ?? "",
      executedOn: day(f.executedOn),
    })),
    outputs: p.outputs.map((o) => ({ kind: o.kind, title: o.title, producedOn: day(o.producedOn), doi: o.doi ?? "", url: o.url ?? "" })),
  };
}
