import { getFormatter, getTranslations } from "next-intl/server";
import { TBody, TFoot, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import type { HelixShare } from "@/lib/councils/data";
import { PERCENT } from "@/lib/i18n/format";

/** Seats per helix: the table carries the figures; the bar only echoes the share. */
export async function HelixBalance({ rows, caption }: { rows: HelixShare[]; caption: string }) {
  const [t, tEnums, tCommon, format] = await Promise.all([
    getTranslations("council"),
    getTranslations("enums"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const total = rows.reduce((n, r) => n + r.seats, 0);
  const voting = rows.reduce((n, r) => n + r.votingSeats, 0);
  return (
    <Table caption={caption} captionHidden>
      <THead>
        <Tr>
          <Th scope="col">{t("colHelix")}</Th>
          <Th scope="col" numeric>
            {t("colSeats")}
          </Th>
          <Th scope="col" numeric>
            {t("colVotingSeats")}
          </Th>
          <Th scope="col" numeric>
            {t("colShare")}
          </Th>
          <Th scope="col">
            <span className="sr-only">{t("colBar")}</span>
          </Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.helix}>
            <Th scope="row">{tEnums(`helix.${row.helix}`)}</Th>
            <Td numeric>{format.number(row.seats)}</Td>
            <Td numeric>{format.number(row.votingSeats)}</Td>
            <Td numeric>{format.number(row.share, PERCENT)}</Td>
            <Td className="w-1/3" aria-hidden="true">
              <div className="h-3 w-full rounded bg-slate-100">
                <div className="h-3 rounded bg-teal-700" style={{ width: `${Math.round(row.share * 100)}%` }} />
              </div>
            </Td>
          </Tr>
        ))}
      </TBody>
      <TFoot>
        <Tr>
          <Th scope="row">{tCommon("total")}</Th>
          <Td numeric>{format.number(total)}</Td>
          <Td numeric>{format.number(voting)}</Td>
          <Td numeric>{format.number(total === 0 ? 0 : 1, PERCENT)}</Td>
          <Td />
        </Tr>
      </TFoot>
    </Table>
  );
}
