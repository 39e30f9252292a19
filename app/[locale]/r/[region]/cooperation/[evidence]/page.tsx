import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { DeleteEvidenceForm } from "@/components/cooperation/delete-evidence-form";
import { DAY } from "@/components/cooperation/evidence-table";
import { PartyNames } from "@/components/cooperation/party-names";
import { Card } from "@/components/ui/card";
import { DetailRow } from "@/components/ui/detail-row";
import { LinkButton } from "@/components/ui/link-button";
import { TextLink } from "@/components/ui/text-link";
import { canWriteCooperation, getEvidence } from "@/lib/cooperation/data";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = {
  params: Promise<{ locale: string; region: string; evidence: string }>;
  searchParams: Promise<{ saved?: string | string[] }>;
};

export const generateMetadata = privatePageMetadata("cooperation", "detailMetaTitle");

export default async function EvidencePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region, evidence: evidenceId } = await params;
  // Another region's evidence is "not found", exactly like an id that never existed.
  const { ctx, evidence } = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "region.read");
    return { ctx, evidence: await getEvidence(ctx, evidenceId) };
  });
  const [t, tKind, format, { saved }] = await Promise.all([getTranslations("cooperation"), getTranslations("enums.evidenceKind"), getFormatter(), searchParams]);
  const base = `/r/${ctx.regionSlug}/cooperation`;
  const writer = canWriteCooperation(ctx);

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <TextLink href={base}>{t("backToList")}</TextLink>
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
        <h1 className="text-3xl font-bold tracking-tight">{evidence.title}</h1>
        <div role="status" aria-live="polite">
          {saved ? <p className="rounded-md border border-teal-800 bg-teal-50 px-4 py-3 text-sm font-medium text-teal-900">{t("savedMessage")}</p> : null}
        </div>
        {writer ? <LinkButton href={`${base}/${evidence.id}/edit`}>{t("editLink")}</LinkButton> : null}
      </div>

      <Card title={t("detailsHeading")}>
        <dl className="space-y-3">
          <DetailRow label={t("kindLabel")}>{tKind(evidence.kind)}</DetailRow>
          <DetailRow label={evidence.kind === "CONVENIO" ? t("signedOnLabel") : t("heldOnLabel")}>{format.dateTime(evidence.occurredOn, DAY)}</DetailRow>
          {evidence.kind === "CONVENIO" ? <DetailRow label={t("validUntilLabel")}>{evidence.validUntil ? format.dateTime(evidence.validUntil, DAY) : null}</DetailRow> : null}
          <DetailRow label={t("documentUrlLabel")}>
            {evidence.documentUrl ? (
              <a className="font-medium break-all text-teal-800 underline underline-offset-4" href={evidence.documentUrl} rel="noopener noreferrer nofollow">
                {evidence.documentUrl}
              </a>
            ) : null}
          </DetailRow>
          <DetailRow label={t("descriptionLabel")}>{evidence.description ? <span className="whitespace-pre-line">{evidence.description}</span> : null}</DetailRow>
          <DetailRow label={t("lastChangeLabel")}>{format.dateTime(evidence.updatedAt, { dateStyle: "medium", timeStyle: "short" })}</DetailRow>
        </dl>
      </Card>

      <Card title={t("partiesLabel")}>
        <PartyNames parties={evidence.parties} regionSlug={ctx.regionSlug} otherRegionLabel={t("otherRegion")} />
      </Card>

      {writer ? (
        <Card title={t("deleteHeading")}>
          <DeleteEvidenceForm regionSlug={ctx.regionSlug} evidenceId={evidence.id} version={evidence.version} />
        </Card>
      ) : null}
    </div>
  );
}
