import { getFormatter, getTranslations } from "next-intl/server";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import type { MemberDto } from "@/lib/members/data";
import { MOMENT } from "./format";
import { MemberStatusBadge } from "./member-status-badge";

export async function MembersTable({ members, regionSlug, regionName }: { members: MemberDto[]; regionSlug: string; regionName: string }) {
  const [t, tRole, format] = await Promise.all([getTranslations("members"), getTranslations("enums.regionRole"), getFormatter()]);
  if (members.length === 0) return <p className="text-slate-700">{t("noMembers")}</p>;
  return (
    <Table caption={t("tableCaption", { region: regionName, count: members.length })}>
      <THead>
        <Tr>
          <Th scope="col">{t("colName")}</Th>
          <Th scope="col">{t("colEmail")}</Th>
          <Th scope="col">{t("colRole")}</Th>
          <Th scope="col">{t("colInstitution")}</Th>
          <Th scope="col">{t("colStatus")}</Th>
          <Th scope="col">{t("colLastSignIn")}</Th>
          <Th scope="col">
            <span className="sr-only">{t("colActions")}</span>
          </Th>
        </Tr>
      </THead>
      <TBody>
        {members.map((member) => (
          <Tr key={member.id}>
            <Th scope="row">
              {member.name}
              {member.isSelf ? <span className="ml-1 text-slate-600">{t("you")}</span> : null}
            </Th>
            <Td className="break-all">{member.email}</Td>
            <Td>{tRole(member.role)}</Td>
            <Td>{member.actorName ?? <span className="text-slate-600">{t("noInstitution")}</span>}</Td>
            <Td>
              <MemberStatusBadge status={member.status} />
            </Td>
            <Td>
              {member.lastSignInAt ? (
                <time dateTime={member.lastSignInAt.toISOString()}>
                  {format.dateTime(member.lastSignInAt, MOMENT)}
                </time>
              ) : (
                <span className="text-slate-600">{t("neverSignedIn")}</span>
              )}
            </Td>
            <Td>
              <TextLink href={`/r/${regionSlug}/admin/members/${member.id}`} aria-label={t("manageLabel", { name: member.name })}>
                {t("manage")}
              </TextLink>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
