import { getFormatter, getTranslations } from "next-intl/server";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import type { ProjectListItem } from "@/lib/projects/data";
import { ProjectFlags } from "./project-flags";

/** One page of the registry: the title links to the detail; flags in words. */
export async function ProjectsTable({ items, regionSlug, caption }: { items: ProjectListItem[]; regionSlug: string; caption: string }) {
  const [t, tStatus, format] = await Promise.all([getTranslations("projects"), getTranslations("enums.projectStatus"), getFormatter()]);
  if (items.length === 0) return <p className="text-slate-700">{t("noResults")}</p>;
  const year = (d: Date | null) => (d ? format.dateTime(d, { year: "numeric", timeZone: "UTC" }) : "…");
  return (
    <Table caption={caption}>
      <THead>
        <Tr>
          <Th scope="col">{t("titleLabel")}</Th>
          <Th scope="col">{t("coordinatorLabel")}</Th>
          <Th scope="col">{t("statusLabel")}</Th>
          <Th scope="col">{t("periodLabel")}</Th>
          <Th scope="col">{t("flagsLabel")}</Th>
        </Tr>
      </THead>
      <TBody>
        {items.map((p) => (
          <Tr key={p.id}>
            <Th scope="row">
              <TextLink href={`/r/${regionSlug}/projects/${p.id}`}>{p.title}</TextLink>
              {p.code ? <span className="text-slate-700"> ({p.code})</span> : null}
            </Th>
            <Td>{p.coordinatorName ?? "—"}</Td>
            <Td>{tStatus(p.status)}</Td>
            <Td className="tabular-nums">{p.startsOn ? `${year(p.startsOn)}–${year(p.endsOn)}` : "—"}</Td>
            <Td>
              <ProjectFlags flags={p} />
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
