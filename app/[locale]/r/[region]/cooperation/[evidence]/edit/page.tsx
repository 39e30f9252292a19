import { getTranslations, setRequestLocale } from "next-intl/server";
import { EvidenceForm } from "@/components/cooperation/evidence-form";
import { TextLink } from "@/components/ui/text-link";
import { getEvidence, listActorChoices } from "@/lib/cooperation/data";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string; region: string; evidence: string }> };

export const generateMetadata = privatePageMetadata("cooperation", "editMetaTitle");

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export default async function EditEvidencePage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region, evidence: evidenceId } = await params;
  const { ctx, evidence } = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "cooperation.write");
    return { ctx, evidence: await getEvidence(ctx, evidenceId) };
  });
  const [t, actors] = await Promise.all([getTranslations("cooperation"), listActorChoices(ctx)]);
  const offered = new Set(actors.map((a) => a.id));
  // Parties the form would not offer (archived, or another region's): kept as choices so an edit keeps them.
  const extraParties = evidence.parties
    .filter((p) => !offered.has(p.id))
    .map((p) => ({ id: p.id, name: p.ownRegion ? p.name : `${p.name} — ${t("otherRegion")}` }));

  return (
    <div className="max-w-3xl space-y-6">
      <div className="space-y-2">
        <TextLink href={`/r/${ctx.regionSlug}/cooperation/${evidence.id}`}>{t("backToDetail")}</TextLink>
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
        <h1 className="text-3xl font-bold tracking-tight">{t("editHeading", { title: evidence.title })}</h1>
      </div>
      <EvidenceForm
        regionSlug={ctx.regionSlug}
        actors={actors}
        extraParties={extraParties}
        evidence={{
          id: evidence.id,
          version: evidence.version,
          kind: evidence.kind,
          title: evidence.title,
          occurredOn: day(evidence.occurredOn)!,
          validUntil: day(evidence.validUntil),
          documentUrl: evidence.documentUrl,
          description: evidence.description,
          actorIds: evidence.parties.map((p) => p.id),
        }}
      />
    </div>
  );
}
