import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AdminHeader } from "@/components/councils/admin-header";
import { DelegationForm } from "@/components/councils/delegation-form";
import { EndForm } from "@/components/councils/end-form";
import { SeatForm } from "@/components/councils/seat-form";
import { Card } from "@/components/ui/card";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import { endSeatAction } from "@/lib/councils/actions";
import { getSeatDetail, listPersonOptions } from "@/lib/councils/admin";
import { parseIsoDay } from "@/lib/dates";
import type { SeatRole } from "@/lib/generated/prisma/enums";
import { DATE } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = {
  params: Promise<{ locale: string; region: string; seat: string }>;
  searchParams: Promise<{ saved?: string | string[] }>;
};

export const generateMetadata = privatePageMetadata("council", "seatMetaTitle");

/** One seat: edit it, end it, its delegates' terms (history kept) and a new accreditation. */
export default async function SeatPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region, seat: seatId } = await params;
  const { ctx, detail } = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "council.write");
    return { ctx, detail: await getSeatDetail(ctx, seatId) };
  });
  const [t, tEnums, format, people, { saved }] = await Promise.all([
    getTranslations("council"),
    getTranslations("enums"),
    getFormatter(),
    listPersonOptions(ctx),
    searchParams,
  ]);
  const { seat, delegations } = detail;
  const base = `/r/${ctx.regionSlug}/council`;
  const day = (iso: string) => format.dateTime(parseIsoDay(iso)!, DATE);

  return (
    <div className="space-y-8">
      <AdminHeader
        back={`${base}/${seat.councilId}/seats`}
        backLabel={t("backToSeats")}
        regionName={ctx.regionName}
        heading={t("seatHeading", { institution: seat.actorName })}
        saved={saved !== undefined}
      />
      <p className="text-slate-700">
        {t("seatSummary", { council: seat.councilName, role: tEnums(`seatRole.${seat.role as SeatRole}`), since: day(seat.startsOn) })}
        {seat.endsOn ? ` ${t("seatEndedOn", { date: day(seat.endsOn) })}` : null}
      </p>

      <Card title={t("editSeatHeading")}>
        <SeatForm key={seat.version} regionSlug={ctx.regionSlug} councilId={seat.councilId} seat={seat} />
      </Card>

      <Card title={t("endSeatHeading")}>
        <EndForm
          key={seat.version}
          id="seat-end"
          action={endSeatAction.bind(null, ctx.regionSlug)}
          hidden={{ seatId: seat.id, version: seat.version }}
          dateName="endsOn"
          label={t("endSeatLabel")}
          hint={t("endSeatHint")}
          submit={t("endSeatSubmit")}
          reloadPath={`${base}/seats/${seat.id}`}
        />
      </Card>

      <section aria-labelledby="delegations-heading" className="space-y-3">
        <h2 id="delegations-heading" className="text-lg font-semibold">
          {t("delegationsHeading")}
        </h2>
        {delegations.length === 0 ? (
          <p className="text-slate-700">{t("noDelegations")}</p>
        ) : (
          <Table caption={t("delegationsCaption", { institution: seat.actorName })} captionHidden>
            <THead>
              <Tr>
                <Th scope="col">{t("colDelegate")}</Th>
                <Th scope="col">{t("colSubstitute")}</Th>
                <Th scope="col">{t("fields.termStartsOn")}</Th>
                <Th scope="col">{t("fields.termEndsOn")}</Th>
                <Th scope="col">{t("fields.accreditation")}</Th>
                <Th scope="col">
                  <span className="sr-only">{t("colActions")}</span>
                </Th>
              </Tr>
            </THead>
            <TBody>
              {delegations.map((d) => (
                <Tr key={d.id}>
                  <Th scope="row">{d.personName}</Th>
                  <Td>{d.substituteName ?? t("noSubstitute")}</Td>
                  <Td className="tabular-nums">{day(d.termStartsOn)}</Td>
                  <Td className="tabular-nums">{day(d.termEndsOn)}</Td>
                  <Td>{d.accreditation ?? "—"}</Td>
                  <Td>
                    <TextLink href={`${base}/delegations/${d.id}`} aria-label={t("editDelegationLabel", { name: d.personName })}>
                      {t("editLink")}
                    </TextLink>
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </section>

      <Card title={t("newDelegationHeading")}>
        <DelegationForm key={`new-${delegations.length}-${seat.version}`} regionSlug={ctx.regionSlug} seatId={seat.id} delegation={null} people={people} />
      </Card>
    </div>
  );
}
