import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ProjectFlags } from "@/components/projects/project-flags";
import { Card } from "@/components/ui/card";
import { DetailRow } from "@/components/ui/detail-row";
import { LinkButton } from "@/components/ui/link-button";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { canEditProject, getProject } from "@/lib/projects/data";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = {
  params: Promise<{ locale: string; region: string; project: string }>;
  searchParams: Promise<{ saved?: string | string[] }>;
};

export const generateMetadata = privatePageMetadata("projects", "detailMetaTitle");

/** Calendar dates (stored as dates) shown as the date they are, whatever the server's zone. */
const DAY = { dateStyle: "medium", timeZone: "UTC" } as const;

export default async function ProjectPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region, project: projectId } = await params;
  // Another region's project is "not found", exactly like an id that never existed.
  const { ctx, project } = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "region.read");
    return { ctx, project: await getProject(ctx, projectId) };
  });
  const [t, tEnums, format, { saved }, editable] = await Promise.all([
    getTranslations("projects"),
    getTranslations("enums"),
    getFormatter(),
    searchParams,
    canEditProject(ctx, project.id),
  ]);
  const day = (d: Date | null) => (d ? format.dateTime(d, DAY) : "—");
  const money = (amount: { toNumber(): number } | null, currency: string) =>
    amount === null ? "—" : format.number(amount.toNumber(), { style: "currency", currency, maximumFractionDigits: 2 });

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <TextLink href={`/r/${ctx.regionSlug}/projects`}>{t("backToList")}</TextLink>
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
        <h1 className="text-3xl font-bold tracking-tight">{project.title}</h1>
        <div role="status" aria-live="polite">
          {saved ? <p className="rounded-md border border-teal-800 bg-teal-50 px-4 py-3 text-sm font-medium text-teal-900">{t("savedMessage")}</p> : null}
        </div>
        {editable ? <LinkButton href={`/r/${ctx.regionSlug}/projects/${project.id}/edit`}>{t("editLink")}</LinkButton> : null}
      </div>

      <Card title={t("coreHeading")}>
        <dl className="space-y-3">
          <DetailRow label={t("codeLabel")}>{project.code}</DetailRow>
          <DetailRow label={t("typeLabel")}>{tEnums(`projectType.${project.type}`)}</DetailRow>
          <DetailRow label={t("statusLabel")}>{tEnums(`projectStatus.${project.status}`)}</DetailRow>
          <DetailRow label={t("startsOnLabel")}>{day(project.startsOn)}</DetailRow>
          <DetailRow label={t("endsOnLabel")}>{day(project.endsOn)}</DetailRow>
          <DetailRow label={t("trlLabel")}>{project.trl}</DetailRow>
          <DetailRow label={t("fordLabel")}>{project.fordCode}</DetailRow>
          <DetailRow label={t("ciiuLabel")}>{project.ciiuCode}</DetailRow>
          <DetailRow label={t("areasLabel")}>{project.priorityAreas.length ? project.priorityAreas.map((a) => a.priorityArea.name).join(", ") : null}</DetailRow>
          <DetailRow label={t("provincesLabel")}>{project.provinces.length ? project.provinces.map((a) => a.province.name).join(", ") : null}</DetailRow>
          <DetailRow label={t("flagsLabel")}>
            <ProjectFlags flags={project} />
          </DetailRow>
          <DetailRow label={t("summaryLabel")}>{project.summary ? <span className="whitespace-pre-line">{project.summary}</span> : null}</DetailRow>
        </dl>
      </Card>

      <Card title={t("participantsHeading")}>
        <Table caption={t("participantsHeading")} captionHidden>
          <THead>
            <Tr>
              <Th scope="col">{t("organisationLabel")}</Th>
              <Th scope="col">{t("participantRoleLabel")}</Th>
              <Th scope="col">{t("helixLabel")}</Th>
              <Th scope="col">{t("regionLabel")}</Th>
            </Tr>
          </THead>
          <TBody>
            {project.participants.map((p) => (
              <Tr key={`${p.actor.id}-${p.role}`}>
                <Th scope="row">
                  {p.actor.regionId === ctx.regionId ? <TextLink href={`/r/${ctx.regionSlug}/actors/${p.actor.id}`}>{p.actor.name}</TextLink> : p.actor.name}
                </Th>
                <Td>{tEnums(`participantRole.${p.role}`)}</Td>
                <Td>{tEnums(`helix.${p.actor.helix}`)}</Td>
                <Td>{p.actor.region.name}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </Card>

      <Card title={t("teamHeading")}>
        {!project.teamVisible ? (
          <p className="text-slate-700">{t("teamHidden", { count: project.teamSize })}</p>
        ) : project.members.length ? (
          <Table caption={t("teamHeading")} captionHidden>
            <THead>
              <Tr>
                <Th scope="col">{t("personLabel")}</Th>
                <Th scope="col">{t("teamRoleLabel")}</Th>
                <Th scope="col">{t("orcidLabel")}</Th>
              </Tr>
            </THead>
            <TBody>
              {project.members.map((m) => (
                <Tr key={`${m.person.id}-${m.role}`}>
                  <Th scope="row">{`${m.person.givenNames} ${m.person.familyNames}`}</Th>
                  <Td>{tEnums(`teamRole.${m.role}`)}</Td>
                  <Td>
                    {m.person.orcid ? (
                      <a className="font-medium text-teal-800 underline underline-offset-4" href={`https://orcid.org/${m.person.orcid}`} rel="noopener noreferrer">
                        {m.person.orcid}
                      </a>
                    ) : (
                      "—"
                    )}
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        ) : (
          <p className="text-slate-700">{t("none")}</p>
        )}
      </Card>

      <Card title={t("fundingHeading")}>
        {project.fundingLines.length ? (
          <Table caption={t("fundingHeading")} captionHidden>
            <THead>
              <Tr>
                <Th scope="col">{t("sourceLabel")}</Th>
                <Th scope="col">{t("programmeLabel")}</Th>
                <Th scope="col">{t("funderLabel")}</Th>
                <Th scope="col" numeric>
                  {t("awardedAmountLabel")}
                </Th>
                <Th scope="col">{t("awardedOnLabel")}</Th>
                <Th scope="col" numeric>
                  {t("executedAmountLabel")}
                </Th>
                <Th scope="col">{t("executedOnLabel")}</Th>
              </Tr>
            </THead>
            <TBody>
              {project.fundingLines.map((f) => (
                <Tr key={f.id}>
                  <Th scope="row">{tEnums(`fundingSource.${f.source}`)}</Th>
                  <Td>{f.programme ?? "—"}</Td>
                  <Td>{f.funder?.name ?? "—"}</Td>
                  <Td numeric>{money(f.awardedAmount, f.currency)}</Td>
                  <Td>{day(f.awardedOn)}</Td>
                  <Td numeric>{money(f.executedAmount, f.currency)}</Td>
                  <Td>{day(f.executedOn)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        ) : (
          <p className="text-slate-700">{t("none")}</p>
        )}
      </Card>

      <Card title={t("outputsHeading")}>
        {project.outputs.length ? (
          <Table caption={t("outputsHeading")} captionHidden>
            <THead>
              <Tr>
                <Th scope="col">{t("outputTitleLabel")}</Th>
                <Th scope="col">{t("outputKindLabel")}</Th>
                <Th scope="col">{t("producedOnLabel")}</Th>
                <Th scope="col">{t("doiLabel")}</Th>
              </Tr>
            </THead>
            <TBody>
              {project.outputs.map((o) => (
                <Tr key={o.id}>
                  <Th scope="row">
                    {o.url ? (
                      <a className="font-medium text-teal-800 underline underline-offset-4" href={o.url} rel="noopener noreferrer nofollow">
                        {o.title}
                      </a>
                    ) : (
                      o.title
                    )}
                  </Th>
                  <Td>{tEnums(`outputKind.${o.kind}`)}</Td>
                  <Td>{day(o.producedOn)}</Td>
                  <Td>
                    {o.doi ? (
                      <a className="font-medium text-teal-800 underline underline-offset-4" href={`https://doi.org/${o.doi}`} rel="noopener noreferrer">
                        {o.doi}
                      </a>
                    ) : (
                      "—"
                    )}
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        ) : (
          <p className="text-slate-700">{t("none")}</p>
        )}
      </Card>
    </div>
  );
}
