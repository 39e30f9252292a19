import { getFormatter, getTranslations } from "next-intl/server";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import type { SeatOnDate } from "@/lib/councils/data";
import type { PublicSeat } from "@/lib/councils/public";
import { DATE } from "@/lib/i18n/format";

function institution(seat: PublicSeat): string {
  return seat.actorAcronym ? `${seat.actorName} (${seat.actorAcronym})` : seat.actorName;
}

/**
 * The seats active on a date. With `seats` of the signed-in page, the delegate columns show the
 * delegate and substitute (names only when the data layer read them); the public page passes
 * seats without delegates and gets no such columns.
 */
export async function SeatsTable({
  caption,
  regionSlug,
  seats,
  manage = false,
}: {
  caption: string;
  /** Link institutions to the region's actor pages (signed-in page only). */
  regionSlug?: string;
  seats: SeatOnDate[] | PublicSeat[];
  /** A link to each seat's administration page (callers who may write the council). */
  manage?: boolean;
}) {
  const [t, tEnums, format] = await Promise.all([getTranslations("council"), getTranslations("enums"), getFormatter()]);
  const withDelegates = seats.some((s) => "delegate" in s);
  if (seats.length === 0) return <p className="text-slate-700">{t("noSeats")}</p>;
  return (
    <Table caption={caption} captionHidden>
      <THead>
        <Tr>
          <Th scope="col">{t("colInstitution")}</Th>
          <Th scope="col">{t("colHelix")}</Th>
          <Th scope="col">{t("colRole")}</Th>
          <Th scope="col">{t("colVoting")}</Th>
          {withDelegates ? (
            <>
              <Th scope="col">{t("colDelegate")}</Th>
              <Th scope="col">{t("colSubstitute")}</Th>
              <Th scope="col">{t("colTermEnds")}</Th>
            </>
          ) : null}
          {manage ? (
            <Th scope="col">
              <span className="sr-only">{t("colActions")}</span>
            </Th>
          ) : null}
        </Tr>
      </THead>
      <TBody>
        {seats.map((seat) => {
          const delegate = "delegate" in seat ? seat.delegate : undefined;
          return (
            <Tr key={seat.id}>
              <Th scope="row">
                {regionSlug ? (
                  <TextLink href={`/r/${regionSlug}/actors/${seat.actorId}`}>{institution(seat)}</TextLink>
                ) : (
                  institution(seat)
                )}
              </Th>
              <Td>{tEnums(`helix.${seat.helix}`)}</Td>
              <Td>{tEnums(`seatRole.${seat.role}`)}</Td>
              <Td>{seat.voting ? t("votingYes") : t("votingNo")}</Td>
              {withDelegates ? (
                delegate ? (
                  <>
                    <Td>{delegate.name ?? t("delegateAccredited")}</Td>
                    <Td>
                      {delegate.hasSubstitute ? (delegate.substituteName ?? t("substituteAccredited")) : t("noSubstitute")}
                    </Td>
                    <Td className="tabular-nums">{format.dateTime(delegate.termEndsOn, DATE)}</Td>
                  </>
                ) : (
                  <>
                    <Td className="font-semibold text-amber-900">{t("vacant")}</Td>
                    <Td>—</Td>
                    <Td>—</Td>
                  </>
                )
              ) : null}
              {manage && regionSlug ? (
                <Td>
                  <TextLink href={`/r/${regionSlug}/council/seats/${seat.id}`} aria-label={t("manageSeatLabel", { institution: institution(seat) })}>
                    {t("manageSeatLink")}
                  </TextLink>
                </Td>
              ) : null}
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
