import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AdminHeader } from "@/components/councils/admin-header";
import { LinkButton } from "@/components/ui/link-button";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import { listCouncilSeats } from "@/lib/councils/admin";
import type { SeatRole } from "@/lib/generated/prisma/enums";
import { DATE } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string; region: string; council: string }> };

export const generateMetadata = privatePageMetadata("council", "seatsAdminMetaTitle");

/** Every seat of the council, ended ones included: where any seat can be opened and edited. */
export default async function CouncilSeatsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region, council: councilId } = await params;
  const { ctx, data } = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "council.write");
    return { ctx, data: await listCouncilSeats(ctx, councilId) };
  });
  const [t, tEnums, format] = await Promise.all([getTranslations("council"), getTranslations("enums"), getFormatter()]);
  const base = `/r/${ctx.regionSlug}/council`;
  return (
    <div className="space-y-8">
      <AdminHeader back={base} backLabel={t("backToCouncil")} regionName={ctx.regionName} heading={t("seatsAdminHeading", { name: data.council.name })} />
      <LinkButton href={`${base}/${data.council.id}/seats/new`}>{t("addSeatLink")}</LinkButton>
      {data.seats.length === 0 ? (
        <p className="text-slate-700">{t("noSeatsEver")}</p>
      ) : (
        <Table caption={t("seatsAdminCaption", { name: data.council.name })}>
          <THead>
            <Tr>
              <Th scope="col">{t("colInstitution")}</Th>
              <Th scope="col">{t("colRole")}</Th>
              <Th scope="col">{t("colVoting")}</Th>
              <Th scope="col">{t("fields.startsOn")}</Th>
              <Th scope="col">{t("fields.endsOn")}</Th>
            </Tr>
          </THead>
          <TBody>
            {data.seats.map((seat) => (
              <Tr key={seat.id}>
                <Th scope="row">
                  <TextLink href={`${base}/seats/${seat.id}`}>{seat.actorName}</TextLink>
                </Th>
                <Td>{tEnums(`seatRole.${seat.role as SeatRole}`)}</Td>
                <Td>{seat.voting ? t("votingYes") : t("votingNo")}</Td>
                <Td className="tabular-nums">{format.dateTime(seat.startsOn, DATE)}</Td>
                <Td className="tabular-nums">{seat.endsOn ? format.dateTime(seat.endsOn, DATE) : t("seatOngoing")}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
