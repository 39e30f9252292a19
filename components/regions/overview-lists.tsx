import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { DATE } from "@/lib/i18n/format";
import type { RegionOverview } from "@/lib/regions/data";

export async function CouncilSummary({ council }: { council: RegionOverview["council"] }) {
  const [t, tEnums, format] = await Promise.all([
    getTranslations("region"),
    getTranslations("enums"),
    getFormatter(),
  ]);
  if (!council) return <p className="text-slate-700">{t("noCouncil")}</p>;
  const ordinance = council.ordinanceNumber
    ? council.ordinanceDate
      ? t("councilOrdinanceWithDate", {
          number: council.ordinanceNumber,
          date: format.dateTime(council.ordinanceDate, DATE),
        })
      : council.ordinanceNumber
    : t("councilNoOrdinance");
  return (
    <div className="space-y-3">
      <p className="font-semibold">
        {council.acronym ? t("councilNameWithAcronym", { name: council.name, acronym: council.acronym }) : council.name}
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="text-slate-700">{t("councilKind")}</dt>
        <dd>{tEnums(`councilKind.${council.kind}`)}</dd>
        <dt className="text-slate-700">{t("councilStatus")}</dt>
        <dd>{tEnums(`councilStatus.${council.status}`)}</dd>
        <dt className="text-slate-700">{t("councilSeats")}</dt>
        <dd className="tabular-nums">{format.number(council.activeSeats)}</dd>
        <dt className="text-slate-700">{t("councilOrdinance")}</dt>
        <dd>{ordinance}</dd>
      </dl>
    </div>
  );
}

export async function PlanList({ plans }: { plans: RegionOverview["plans"] }) {
  const [t, tEnums, format] = await Promise.all([
    getTranslations("region"),
    getTranslations("enums"),
    getFormatter(),
  ]);
  if (plans.length === 0) return <p className="text-slate-700">{t("noPlan")}</p>;
  const year = (value: number) => format.number(value, { useGrouping: false });
  return (
    <ul className="space-y-3">
      {plans.map((plan) => (
        <li key={plan.id} className="space-y-1">
          <p className="font-medium">{plan.title}</p>
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <span>{t("planPeriod", { start: year(plan.startYear), end: year(plan.endYear) })}</span>
            <Badge>{tEnums(`planStatus.${plan.status}`)}</Badge>
          </p>
        </li>
      ))}
    </ul>
  );
}

export async function RecentProjects({ projects }: { projects: RegionOverview["recentProjects"] }) {
  const [t, tEnums, format] = await Promise.all([
    getTranslations("region"),
    getTranslations("enums"),
    getFormatter(),
  ]);
  if (projects.length === 0) return <p className="text-slate-700">{t("noProjects")}</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {projects.map((project) => (
        <li key={project.id} className="space-y-1 py-3 first:pt-0 last:pb-0">
          <p className="font-medium">{project.title}</p>
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <Badge>{tEnums(`projectStatus.${project.status}`)}</Badge>
            <span>
              {project.startsOn
                ? t("projectStarts", { date: format.dateTime(project.startsOn, DATE) })
                : t("projectNoStart")}
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}

export async function RecentAgreements({ agreements }: { agreements: RegionOverview["recentAgreements"] }) {
  const [t, tEnums, format] = await Promise.all([
    getTranslations("region"),
    getTranslations("enums"),
    getFormatter(),
  ]);
  if (agreements.length === 0) return <p className="text-slate-700">{t("noAgreements")}</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {agreements.map((agreement) => (
        <li key={agreement.id} className="space-y-1 py-3 first:pt-0 last:pb-0">
          <p className="font-medium">
            {agreement.reference
              ? t("agreementWithReference", { reference: agreement.reference, text: agreement.text })
              : agreement.text}
          </p>
          <p className="text-sm text-slate-700">{t("agreementOwner", { owner: agreement.ownerName })}</p>
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <Badge>{tEnums(`agreementStatus.${agreement.status}`)}</Badge>
            <span>
              {agreement.dueOn
                ? t("agreementDue", { date: format.dateTime(agreement.dueOn, DATE) })
                : t("agreementNoDue")}
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
