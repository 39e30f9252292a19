import { getTranslations } from "next-intl/server";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import type { ActorListItem } from "@/lib/actors/data";

/** One page of the registry: name links to the detail; archived rows say so in words. */
export async function ActorsTable({ items, regionSlug, caption }: { items: ActorListItem[]; regionSlug: string; caption: string }) {
  const [t, tHelix, tType, tSize] = await Promise.all([
    getTranslations("actors"),
    getTranslations("enums.helix"),
    getTranslations("enums.actorType"),
    getTranslations("enums.firmSize"),
  ]);
  if (items.length === 0) return <p className="text-slate-700">{t("noResults")}</p>;
  return (
    <Table caption={caption}>
      <THead>
        <Tr>
          <Th scope="col">{t("nameLabel")}</Th>
          <Th scope="col">{t("helixLabel")}</Th>
          <Th scope="col">{t("typeLabel")}</Th>
          <Th scope="col">{t("provinceLabel")}</Th>
          <Th scope="col">{t("rucLabel")}</Th>
          <Th scope="col">{t("firmSizeLabel")}</Th>
        </Tr>
      </THead>
      <TBody>
        {items.map((a) => (
          <Tr key={a.id}>
            <Th scope="row">
              <TextLink href={`/r/${regionSlug}/actors/${a.id}`}>{a.name}</TextLink>
              {a.acronym ? <span className="text-slate-700"> ({a.acronym})</span> : null}
              {a.archivedAt ? <span className="ml-2 rounded bg-slate-200 px-2 py-0.5 text-xs font-semibold text-slate-900">{t("archivedBadge")}</span> : null}
            </Th>
            <Td>{tHelix(a.helix)}</Td>
            <Td>{tType(a.type)}</Td>
            <Td>{a.provinceName ?? "—"}</Td>
            <Td className="tabular-nums">{a.ruc ?? "—"}</Td>
            <Td>{a.firmSize ? tSize(a.firmSize) : "—"}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
