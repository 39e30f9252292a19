import { getFormatter, getTranslations } from "next-intl/server";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import type { MeetingListItem } from "@/lib/meetings/data";
import { MEETING_TIME } from "@/lib/meetings/format";

/** Meetings with their date (Lima time), council, place, status and agreements adopted. */
export async function MeetingsTable({
  rows,
  regionSlug,
  caption,
}: {
  rows: MeetingListItem[];
  regionSlug: string;
  caption: string;
}) {
  const [t, tStatus, format] = await Promise.all([getTranslations("meetings"), getTranslations("enums.meetingStatus"), getFormatter()]);
  return (
    <Table caption={caption}>
      <THead>
        <Tr>
          <Th scope="col">{t("colTitle")}</Th>
          <Th scope="col">{t("colDate")}</Th>
          <Th scope="col">{t("colCouncil")}</Th>
          <Th scope="col">{t("colLocation")}</Th>
          <Th scope="col">{t("colStatus")}</Th>
          <Th scope="col" numeric>
            {t("colAgreements")}
          </Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((m) => (
          <Tr key={m.id}>
            <Th scope="row">
              <TextLink href={`/r/${regionSlug}/council/meetings/${m.id}`}>{m.title}</TextLink>
            </Th>
            <Td>{format.dateTime(m.scheduledAt, MEETING_TIME)}</Td>
            <Td>{m.councilName}</Td>
            <Td>{m.location ?? "—"}</Td>
            <Td>{tStatus(m.status)}</Td>
            <Td numeric>{m.agreementCount}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
