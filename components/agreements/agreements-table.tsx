import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";
import { DATE } from "@/lib/i18n/format";

export interface AgreementRow {
  id: string;
  reference: string | null;
  text: string;
  status: AgreementStatus;
  dueOn: Date | null;
  ownerName: string;
  meetingTitle: string;
  meetingId?: string;
  overdue?: boolean;
}

/** Agreements with their owner, meeting, due date and status; each links to its page. */
export async function AgreementsTable({ rows, caption, regionSlug }: { rows: AgreementRow[]; caption: string; regionSlug: string }) {
  const [t, tStatus, format] = await Promise.all([getTranslations("agreements"), getTranslations("enums.agreementStatus"), getFormatter()]);
  const base = `/r/${regionSlug}/council`;
  return (
    <Table caption={caption}>
      <THead>
        <Tr>
          <Th scope="col">{t("colAgreement")}</Th>
          <Th scope="col">{t("colOwner")}</Th>
          <Th scope="col">{t("colMeeting")}</Th>
          <Th scope="col">{t("colDue")}</Th>
          <Th scope="col">{t("colStatus")}</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((a) => (
          <Tr key={a.id}>
            <Th scope="row">
              <TextLink href={`${base}/agreements/${a.id}`}>{a.reference ?? t("noReference")}</TextLink>
              <span className="mt-1 block font-normal text-slate-800">{a.text.length > 160 ? `${a.text.slice(0, 157)}…` : a.text}</span>
            </Th>
            <Td>{a.ownerName}</Td>
            <Td>{a.meetingId ? <TextLink href={`${base}/meetings/${a.meetingId}`}>{a.meetingTitle}</TextLink> : a.meetingTitle}</Td>
            <Td>{a.dueOn ? format.dateTime(a.dueOn, DATE) : "—"}</Td>
            <Td>
              {tStatus(a.status)}
              {a.overdue ? <Badge className="ml-2 border-red-800/40 bg-red-50 text-red-900">{t("overdueBadge")}</Badge> : null}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
