import { getTranslations } from "next-intl/server";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import type { RegionAdminRow } from "@/lib/platform/data";

export async function RegionsTable({ regions }: { regions: RegionAdminRow[] }) {
  const t = await getTranslations("platform");
  return (
    <Table caption={t("regionsCaption", { count: regions.length })}>
      <THead>
        <Tr>
          <Th scope="col">{t("colName")}</Th>
          <Th scope="col">{t("colCode")}</Th>
          <Th scope="col">{t("colReniec")}</Th>
          <Th scope="col">{t("colIso")}</Th>
          <Th scope="col">{t("colSlug")}</Th>
          <Th scope="col">{t("colCapital")}</Th>
          <Th scope="col" numeric>
            {t("colMembers")}
          </Th>
          <Th scope="col" numeric>
            {t("colAdmins")}
          </Th>
          <Th scope="col">
            <span className="sr-only">{t("colActions")}</span>
          </Th>
        </Tr>
      </THead>
      <TBody>
        {regions.map((region) => (
          <Tr key={region.id}>
            <Th scope="row">
              <TextLink href={`/r/${region.slug}`}>{region.name}</TextLink>
            </Th>
            <Td className="font-mono">{region.code}</Td>
            <Td className="font-mono">{region.reniecCode}</Td>
            <Td className="font-mono">{region.isoCode}</Td>
            <Td className="font-mono">{region.slug}</Td>
            <Td>{region.capital}</Td>
            <Td numeric>{region.members}</Td>
            <Td numeric>{region.regionalAdmins}</Td>
            <Td>
              <TextLink href={`/r/${region.slug}/admin/members`} aria-label={t("manageMembersLabel", { region: region.name })}>
                {t("manageMembers")}
              </TextLink>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
