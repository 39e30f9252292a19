import { getTranslations, setRequestLocale } from "next-intl/server";
import { EvidenceForm } from "@/components/cooperation/evidence-form";
import { TextLink } from "@/components/ui/text-link";
import { actorOptionsByIds } from "@/lib/actors/options";
import { getEvidence } from "@/lib/cooperation/data";
import { formatIsoDay } from "@/lib/dates";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string; region: string; evidence: string }> };

export const generateMetadata = privatePageMetadata("cooperation", "editMetaTitle");

export default async function EditEvidencePage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region, evidence: evidenceId } = await params;
  const { ctx, evidence } = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "cooperation.write");
    return { ctx, evidence: await getEvidence(ctx, evidenceId) };
  });
  // The parties on the record, archived or another region's ones too: an edit keeps them.
  const [t, knownActors] = await Promise.all([getTranslations("cooperation"), actorOptionsByIds(ctx, evidence.parties.map((p) => p.id))]);

  return (
    <div className="max-w-3xl space-y-6">
      <div className="space-y-2">
        <TextLink href={`/r/${ctx.regionSlug}/cooperation/${evidence.id}`}>{t("backToDetail")}</TextLink>
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
        <h1 className="text-3xl font-bold tracking-tight">{t("editHeading", { title: evidence.title })}</h1>
      </div>
      <EvidenceForm
        regionSlug={ctx.regionSlug}
        knownActors={knownActors}
        evidence={{
          id: evidence.id,
          version: evidence.version,
          kind: evidence.kind,
          title: evidence.title,
          occurredOn: formatIsoDay(evidence.occurredOn),
          validUntil: formatIsoDay(evidence.validUntil),
          documentUrl: evidence.documentUrl,
          description: evidence.description,
          actorIds: evidence.parties.map((p) => p.id),
        }}
      />
    </div>
  );
}
