import { getFormatter, getTranslations } from "next-intl/server";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import type { ApiTokenRow } from "@/lib/api/tokens";
import { ApiTokenRevoke } from "./api-token-revoke";
import { MOMENT } from "./format";

/** The issued API tokens: never their secret, only its first characters. */
export async function ApiTokensTable({ tokens }: { tokens: ApiTokenRow[] }) {
  const [t, format] = await Promise.all([getTranslations("apiTokens"), getFormatter()]);
  if (tokens.length === 0) return <p className="text-sm text-slate-700">{t("empty")}</p>;
  return (
    <Table caption={t("listCaption", { count: tokens.length })}>
      <THead>
        <Tr>
          <Th scope="col">{t("colName")}</Th>
          <Th scope="col">{t("colPrefix")}</Th>
          <Th scope="col">{t("colScope")}</Th>
          <Th scope="col">{t("colExpires")}</Th>
          <Th scope="col">{t("colLastUsed")}</Th>
          <Th scope="col">{t("colStatus")}</Th>
          <Th scope="col">
            <span className="sr-only">{t("colActions")}</span>
          </Th>
        </Tr>
      </THead>
      <TBody>
        {tokens.map((token) => {
          const status = { ACTIVE: t("statusActive"), REVOKED: t("statusRevoked"), EXPIRED: t("statusExpired") }[token.status];
          return (
            <Tr key={token.id}>
              <Th scope="row">{token.name}</Th>
              <Td className="font-mono">{token.prefix}…</Td>
              <Td>
                {token.scope === "NATIONAL" ? t("scope.NATIONAL") : `${t("scope.REGIONS")}: ${token.regions.map((r) => r.name).join(", ")}`}
              </Td>
              <Td>{token.expiresAt ? format.dateTime(token.expiresAt, MOMENT) : t("noExpiry")}</Td>
              <Td>{token.lastUsedAt ? format.dateTime(token.lastUsedAt, MOMENT) : t("never")}</Td>
              <Td>{status}</Td>
              <Td>{token.status === "REVOKED" ? null : <ApiTokenRevoke tokenId={token.id} name={token.name} />}</Td>
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
