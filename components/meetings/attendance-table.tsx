import { getTranslations } from "next-intl/server";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { AttendanceSheetRow } from "@/lib/meetings/data";

/** Attendance as recorded, read-only (for callers who may not record it). */
export async function AttendanceTable({ rows, caption }: { rows: AttendanceSheetRow[]; caption: string }) {
  const [t, tRole] = await Promise.all([getTranslations("meetings"), getTranslations("enums.seatRole")]);
  const label = (row: AttendanceSheetRow) => {
    switch (row.choice) {
      case null:
        return t("notRecorded");
      case "absent":
        return t("choiceAbsent");
      case "delegate":
        return row.seat.delegate?.name ? t("choiceDelegateNamed", { name: row.seat.delegate.name }) : t("choiceDelegate");
      case "substitute":
        return row.seat.delegate?.substituteName ? t("choiceSubstituteNamed", { name: row.seat.delegate.substituteName }) : t("choiceSubstitute");
      default:
        return t("choicePresent");
    }
  };
  return (
    <Table caption={caption}>
      <THead>
        <Tr>
          <Th scope="col">{t("colInstitution")}</Th>
          <Th scope="col">{t("colRole")}</Th>
          <Th scope="col">{t("colVoting")}</Th>
          <Th scope="col">{t("colAttendance")}</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.seat.id}>
            <Th scope="row">{row.seat.actorAcronym ? `${row.seat.actorName} (${row.seat.actorAcronym})` : row.seat.actorName}</Th>
            <Td>{tRole(row.seat.role)}</Td>
            <Td>{row.seat.voting ? t("yes") : t("no")}</Td>
            <Td>{label(row)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
