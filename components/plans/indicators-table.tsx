"use client";

import { useTranslations } from "next-intl";
import { StatusBadge } from "@/components/plans/status-badge";
import { StatusReason } from "@/components/plans/status-reason";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import type { StatusResult } from "@/lib/plans/status";

// An objective's indicators on the plan page, drawn from plain rows (decision 0010): as a server
// component each row was a tree of elements written twice (HTML and RSC payload), 225 kB of the
// payload of a 342 kB page of five objectives. The page formats the figures; this lays them out.

export interface IndicatorRow {
  id: string;
  code: string;
  name: string;
  unit: string;
  href: string;
  /** The link's accessible name ("indicator code — name"). */
  linkLabel: string;
  baseline: string;
  target: string;
  latest: string;
  result: StatusResult;
}

export function IndicatorsTable({ caption, rows }: { caption: string; rows: IndicatorRow[] }) {
  const t = useTranslations("plans");
  return (
    <Table caption={caption} captionHidden>
      <THead>
        <Tr>
          <Th scope="col">{t("fields.code")}</Th>
          <Th scope="col">{t("fields.name")}</Th>
          <Th scope="col">{t("fields.unit")}</Th>
          <Th scope="col">{t("baselineColumn")}</Th>
          <Th scope="col">{t("targetColumn")}</Th>
          <Th scope="col">{t("latestColumn")}</Th>
          <Th scope="col">{t("statusColumn")}</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.id}>
            <Th scope="row">
              <TextLink href={row.href} aria-label={row.linkLabel}>
                {row.code}
              </TextLink>
            </Th>
            <Td>{row.name}</Td>
            <Td>{row.unit}</Td>
            <Td>{row.baseline}</Td>
            <Td>{row.target}</Td>
            <Td>{row.latest}</Td>
            <Td>
              <StatusBadge status={row.result.status} />
              <StatusReason result={row.result} />
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
