import { getFormatter, getTranslations } from "next-intl/server";
import { TBody, TFoot, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import { PEN, PERCENT } from "@/lib/i18n/format";
import type { RegionOverview } from "@/lib/regions/data";

/** A labelled count per category with a total: actors by helix, projects by status. */
async function CountTable({
  caption,
  categoryHeading,
  rows,
  total,
}: {
  caption: string;
  categoryHeading: string;
  rows: { key: string; label: string; count: number }[];
  total: number;
}) {
  const [t, tCommon, format] = await Promise.all([getTranslations("region"), getTranslations("common"), getFormatter()]);
  return (
    <Table caption={caption} captionHidden>
      <THead>
        <Tr>
          <Th scope="col">{categoryHeading}</Th>
          <Th scope="col" numeric>
            {t("colCount")}
          </Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.key}>
            <Th scope="row">{row.label}</Th>
            <Td numeric>{format.number(row.count)}</Td>
          </Tr>
        ))}
      </TBody>
      <TFoot>
        <Tr>
          <Th scope="row">{tCommon("total")}</Th>
          <Td numeric>{format.number(total)}</Td>
        </Tr>
      </TFoot>
    </Table>
  );
}

export async function ActorsByHelixTable({
  regionName,
  rows,
  total,
}: {
  regionName: string;
  rows: RegionOverview["actorsByHelix"];
  total: number;
}) {
  const [t, tEnums] = await Promise.all([getTranslations("region"), getTranslations("enums")]);
  return (
    <CountTable
      caption={t("actorsCaption", { region: regionName })}
      categoryHeading={t("colHelix")}
      rows={rows.map((row) => ({ key: row.helix, label: tEnums(`helix.${row.helix}`), count: row.count }))}
      total={total}
    />
  );
}

export async function ProjectsByStatusTable({
  regionName,
  rows,
  total,
}: {
  regionName: string;
  rows: RegionOverview["projectsByStatus"];
  total: number;
}) {
  const [t, tEnums] = await Promise.all([getTranslations("region"), getTranslations("enums")]);
  return (
    <CountTable
      caption={t("projectsCaption", { region: regionName })}
      categoryHeading={t("colStatus")}
      rows={rows.map((row) => ({ key: row.status, label: tEnums(`projectStatus.${row.status}`), count: row.count }))}
      total={total}
    />
  );
}

export async function FundingBySourceTable({
  regionName,
  rows,
  totals,
  otherCurrencyLines,
}: {
  regionName: string;
  rows: RegionOverview["fundingBySource"];
  totals: RegionOverview["fundingTotals"];
  otherCurrencyLines: number;
}) {
  const [t, tEnums, tCommon, format] = await Promise.all([
    getTranslations("region"),
    getTranslations("enums"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const rate = (executed: number, awarded: number) =>
    awarded > 0 ? format.number(executed / awarded, PERCENT) : tCommon("notApplicable");

  return (
    <div className="space-y-2">
      {rows.length === 0 ? (
        <p className="text-slate-700">{t("noFunding")}</p>
      ) : (
        <Table caption={t("fundingCaption", { region: regionName })}>
          <THead>
            <Tr>
              <Th scope="col">{t("colSource")}</Th>
              <Th scope="col" numeric>
                {t("colAwarded")}
              </Th>
              <Th scope="col" numeric>
                {t("colExecuted")}
              </Th>
              <Th scope="col" numeric>
                {t("colExecutionRate")}
              </Th>
            </Tr>
          </THead>
          <TBody>
            {rows.map((row) => (
              <Tr key={row.source}>
                <Th scope="row">{tEnums(`fundingSource.${row.source}`)}</Th>
                <Td numeric>{format.number(row.awarded, PEN)}</Td>
                <Td numeric>{format.number(row.executed, PEN)}</Td>
                <Td numeric>{rate(row.executed, row.awarded)}</Td>
              </Tr>
            ))}
          </TBody>
          <TFoot>
            <Tr>
              <Th scope="row">{tCommon("total")}</Th>
              <Td numeric>{format.number(totals.awarded, PEN)}</Td>
              <Td numeric>{format.number(totals.executed, PEN)}</Td>
              <Td numeric>{rate(totals.executed, totals.awarded)}</Td>
            </Tr>
          </TFoot>
        </Table>
      )}
      {otherCurrencyLines > 0 ? (
        <p className="text-sm text-slate-700">{t("fundingOtherCurrencies", { count: otherCurrencyLines })}</p>
      ) : null}
    </div>
  );
}

export async function EvidenceByYearTable({
  regionName,
  rows,
  years,
}: {
  regionName: string;
  rows: RegionOverview["evidenceByYear"];
  years: RegionOverview["evidenceYears"];
}) {
  const [t, tEnums, tCommon, format] = await Promise.all([
    getTranslations("region"),
    getTranslations("enums"),
    getTranslations("common"),
    getFormatter(),
  ]);
  // Years are labels, not quantities: no thousands separator ("2025", never "2.025").
  const year = (value: number) => format.number(value, { useGrouping: false });
  return (
    <Table caption={t("evidenceCaption", { region: regionName, from: year(years.from), to: year(years.to) })}>
      <THead>
        <Tr>
          <Th scope="col">{t("colYear")}</Th>
          <Th scope="col" numeric>
            {tEnums("evidenceKind.CONVENIO")}
          </Th>
          <Th scope="col" numeric>
            {tEnums("evidenceKind.JOINT_EVENT")}
          </Th>
          <Th scope="col" numeric>
            {tCommon("total")}
          </Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.year}>
            <Th scope="row">{year(row.year)}</Th>
            <Td numeric>{format.number(row.convenios)}</Td>
            <Td numeric>{format.number(row.jointEvents)}</Td>
            <Td numeric>{format.number(row.total)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
