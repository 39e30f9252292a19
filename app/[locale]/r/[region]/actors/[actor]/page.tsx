import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ArchiveActorForm } from "@/components/actors/archive-actor-form";
import { Card } from "@/components/ui/card";
import { DetailRow } from "@/components/ui/detail-row";
import { LinkButton } from "@/components/ui/link-button";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import { canEditActor, canWriteAny, getActor } from "@/lib/actors/data";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = {
  params: Promise<{ locale: string; region: string; actor: string }>;
  searchParams: Promise<{ saved?: string | string[] }>;
};

export const generateMetadata = privatePageMetadata("actors", "detailMetaTitle");

/** Calendar dates (stored as dates) shown as the date they are, whatever the server's zone. */
const DAY = { dateStyle: "medium", timeZone: "UTC" } as const;

export default async function ActorPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region, actor: actorId } = await params;
  // Another region's actor is "not found", exactly like an id that never existed.
  const { ctx, actor } = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "region.read");
    return { ctx, actor: await getActor(ctx, actorId) };
  });
  const [t, tEnums, format, { saved }] = await Promise.all([getTranslations("actors"), getTranslations("enums"), getFormatter(), searchParams]);
  const base = `/r/${ctx.regionSlug}/actors`;
  const day = (d: Date | null) => (d ? format.dateTime(d, DAY) : "—");

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <TextLink href={base}>{t("backToList")}</TextLink>
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
        <h1 className="text-3xl font-bold tracking-tight">
          {actor.name}
          {actor.acronym ? <span className="text-slate-700"> ({actor.acronym})</span> : null}
        </h1>
        {actor.archivedAt ? (
          <p className="rounded-md border border-slate-500 bg-slate-100 px-4 py-3 text-sm font-medium text-slate-900">
            {t("archivedNotice", { date: format.dateTime(actor.archivedAt, { dateStyle: "medium" }) })}
          </p>
        ) : null}
        <div role="status" aria-live="polite">
          {saved ? <p className="rounded-md border border-teal-800 bg-teal-50 px-4 py-3 text-sm font-medium text-teal-900">{t("savedMessage")}</p> : null}
        </div>
        {!actor.archivedAt && canEditActor(ctx, actor.id) ? <LinkButton href={`${base}/${actor.id}/edit`}>{t("editLink")}</LinkButton> : null}
      </div>

      <Card title={t("identityHeading")}>
        <dl className="space-y-3">
          <DetailRow label={t("helixLabel")}>{tEnums(`helix.${actor.helix}`)}</DetailRow>
          <DetailRow label={t("typeLabel")}>{tEnums(`actorType.${actor.type}`)}</DetailRow>
          <DetailRow label={t("provinceLabel")}>{actor.province?.name}</DetailRow>
          <DetailRow label={t("parentLabel")}>{actor.parent ? <TextLink href={`${base}/${actor.parent.id}`}>{actor.parent.name}</TextLink> : null}</DetailRow>
          <DetailRow label={t("rucLabel")}>{actor.ruc}</DetailRow>
          <DetailRow label={t("rorLabel")}>
            {actor.ror ? (
              <a className="font-medium text-teal-800 underline underline-offset-4" href={`https://ror.org/${actor.ror}`} rel="noopener noreferrer">
                {actor.ror}
              </a>
            ) : null}
          </DetailRow>
          <DetailRow label={t("websiteLabel")}>
            {actor.website ? (
              <a className="font-medium text-teal-800 underline underline-offset-4" href={actor.website} rel="noopener noreferrer nofollow">
                {actor.website}
              </a>
            ) : null}
          </DetailRow>
          <DetailRow label={t("descriptionLabel")}>{actor.description ? <span className="whitespace-pre-line">{actor.description}</span> : null}</DetailRow>
        </dl>
      </Card>

      {actor.helix === "BUSINESS" ? (
        <Card title={t("firmHeading")}>
          <dl className="space-y-3">
            <DetailRow label={t("firmSizeLabel")}>{actor.firmSize ? tEnums(`firmSize.${actor.firmSize}`) : null}</DetailRow>
            <DetailRow label={t("formalityLabel")}>{actor.formality ? tEnums(`formality.${actor.formality}`) : null}</DetailRow>
            <DetailRow label={t("ciiuLabel")}>{actor.ciiuCode}</DetailRow>
            <DetailRow label={t("ictLabel")}>{actor.ictAdoption ? tEnums(`ictAdoption.${actor.ictAdoption}`) : null}</DetailRow>
          </dl>
        </Card>
      ) : null}

      <Card title={t("childrenHeading")}>
        {actor.children.length ? (
          <ul className="list-disc space-y-1 pl-5">
            {actor.children.map((c) => (
              <li key={c.id}>
                <TextLink href={`${base}/${c.id}`}>{c.name}</TextLink>
                {c.archivedAt ? <span className="text-slate-700"> ({t("archivedBadge")})</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-700">{t("none")}</p>
        )}
      </Card>

      <Card title={t("seatsHeading")}>
        {actor.seats.length ? (
          <Table caption={t("seatsHeading")} captionHidden>
            <THead>
              <Tr>
                <Th scope="col">{t("councilLabel")}</Th>
                <Th scope="col">{t("seatRoleLabel")}</Th>
                <Th scope="col">{t("votingLabel")}</Th>
                <Th scope="col">{t("startsOnLabel")}</Th>
                <Th scope="col">{t("endsOnLabel")}</Th>
              </Tr>
            </THead>
            <TBody>
              {actor.seats.map((s) => (
                <Tr key={s.id}>
                  <Th scope="row">{s.councilName}</Th>
                  <Td>{tEnums(`seatRole.${s.role}`)}</Td>
                  <Td>{s.voting ? t("yes") : t("no")}</Td>
                  <Td>{day(s.startsOn)}</Td>
                  <Td>{day(s.endsOn)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        ) : (
          <p className="text-slate-700">{t("none")}</p>
        )}
      </Card>

      <Card title={t("projectsHeading")}>
        {actor.projects.length ? (
          <Table caption={t("projectsHeading")} captionHidden>
            <THead>
              <Tr>
                <Th scope="col">{t("projectLabel")}</Th>
                <Th scope="col">{t("participantRoleLabel")}</Th>
              </Tr>
            </THead>
            <TBody>
              {actor.projects.map((p) => (
                <Tr key={`${p.id}-${p.role}`}>
                  <Th scope="row">{p.title}</Th>
                  <Td>{tEnums(`participantRole.${p.role}`)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        ) : (
          <p className="text-slate-700">{t("none")}</p>
        )}
      </Card>

      <Card title={t("agreementsHeading")}>
        {actor.agreements.length ? (
          <Table caption={t("agreementsHeading")} captionHidden>
            <THead>
              <Tr>
                <Th scope="col">{t("agreementLabel")}</Th>
                <Th scope="col">{t("dueOnLabel")}</Th>
                <Th scope="col">{t("statusLabel")}</Th>
              </Tr>
            </THead>
            <TBody>
              {actor.agreements.map((a) => (
                <Tr key={a.id}>
                  <Th scope="row">
                    {a.reference ? <span className="font-semibold">{a.reference}: </span> : null}
                    {a.text}
                  </Th>
                  <Td>{day(a.dueOn)}</Td>
                  <Td>{tEnums(`agreementStatus.${a.status}`)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        ) : (
          <p className="text-slate-700">{t("none")}</p>
        )}
      </Card>

      <Card title={t("cooperationHeading")}>
        {actor.cooperation.length ? (
          <Table caption={t("cooperationHeading")} captionHidden>
            <THead>
              <Tr>
                <Th scope="col">{t("evidenceLabel")}</Th>
                <Th scope="col">{t("evidenceKindLabel")}</Th>
                <Th scope="col">{t("occurredOnLabel")}</Th>
              </Tr>
            </THead>
            <TBody>
              {actor.cooperation.map((c) => (
                <Tr key={c.id}>
                  <Th scope="row">
                    {/* The evidence's own page has its parties and its document link. */}
                    <TextLink href={`/r/${ctx.regionSlug}/cooperation/${c.id}`}>{c.title}</TextLink>
                  </Th>
                  <Td>{tEnums(`evidenceKind.${c.kind}`)}</Td>
                  <Td>{day(c.occurredOn)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        ) : (
          <p className="text-slate-700">{t("none")}</p>
        )}
      </Card>

      {canWriteAny(ctx) ? (
        <Card title={actor.archivedAt ? t("restoreHeading") : t("archiveHeading")}>
          <ArchiveActorForm regionSlug={ctx.regionSlug} actorId={actor.id} version={actor.version} archived={!!actor.archivedAt} />
        </Card>
      ) : null}
    </div>
  );
}
