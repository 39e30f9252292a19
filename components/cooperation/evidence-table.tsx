import { getFormatter, getTranslations } from "next-intl/server";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import type { EvidenceListItem } from "@/lib/cooperation/data";
import { PartyNames } from "./party-names";

/** Calendar dates (stored as dates) shown as the date they are, whatever the server's zone. */
export const DAY = { dateStyle: "medium", timeZone: "UTC" } as const;

export async function EvidenceTable({ items, regionSlug, caption }: { items: EvidenceListItem[]; regionSlug: string; caption: string }) {
  const [t, tEnums, format] = await Promise.all([getTranslations("cooperation"), getTranslations("enums.evidenceKind"), getFormatter()]);
  if (items.length === 0) return <p className="text-slate-700">{t("empty")}</p>;
  return (
    <Table caption={caption}>
      <THead>
        <Tr>
          <Th scope="col">{t("titleLabel")}</Th>
          <Th scope="col">{t("kindLabel")}</Th>
          <Th scope="col">{t("occurredOnLabel")}</Th>
          <Th scope="col">{t("partiesLabel")}</Th>
        </Tr>
      </THead>
      <TBody>
        {items.map((e) => (
          <Tr key={e.id}>
            <Th scope="row">
              <TextLink href={`/r/${regionSlug}/cooperation/${e.id}`}>{e.title}</TextLink>
            </Th>
            <Td>{tEnums(e.kind)}</Td>
            <Td className="whitespace-nowrap">{format.dateTime(e.occurredOn, DAY)}</Td>
            <Td>
              <PartyNames parties={e.parties} regionSlug={regionSlug} otherRegionLabel={t("otherRegion")} />
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
