import { TextLink } from "@/components/ui/text-link";
import type { EvidenceParty } from "@/lib/cooperation/data";

/**
 * An evidence's parties, each linked to its actor page. A party from another region (possible in
 * the demo data) is named without a link: its page is not this region's to show.
 */
export function PartyNames({ parties, regionSlug, otherRegionLabel }: { parties: EvidenceParty[]; regionSlug: string; otherRegionLabel: string }) {
  return (
    <ul className="space-y-1">
      {parties.map((p) => {
        const name = p.acronym ? `${p.name} (${p.acronym})` : p.name;
        return (
          <li key={p.id}>
            {p.ownRegion ? <TextLink href={`/r/${regionSlug}/actors/${p.id}`}>{name}</TextLink> : `${name} — ${otherRegionLabel}`}
          </li>
        );
      })}
    </ul>
  );
}
