import { getFormatter, getTranslations } from "next-intl/server";
import type { CouncilComposition, SeatOnDate } from "@/lib/councils/data";
import { DATE } from "@/lib/i18n/format";

const name = (seat: SeatOnDate) => (seat.actorAcronym ? `${seat.actorName} (${seat.actorAcronym})` : seat.actorName);

/** Vacant seats and terms ending within 60 days of the composition date. */
export async function CouncilWarnings({ composition, headingId }: { composition: CouncilComposition; headingId: string }) {
  const [t, tEnums, format] = await Promise.all([getTranslations("council"), getTranslations("enums"), getFormatter()]);
  const { vacantSeats, endingTerms } = composition;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h3 id={headingId} className="text-lg font-semibold">
        {t("warningsHeading")}
      </h3>
      {vacantSeats.length === 0 && endingTerms.length === 0 ? (
        <p className="text-slate-700">{t("noWarnings")}</p>
      ) : (
        <ul className="space-y-2">
          {vacantSeats.map((seat) => (
            <li key={`vacant-${seat.id}`} className="rounded-md border border-amber-700 bg-amber-50 px-4 py-2 text-sm text-amber-950">
              <strong>{t("warningVacantLabel")}</strong>{" "}
              {t("warningVacant", { institution: name(seat), role: tEnums(`seatRole.${seat.role}`) })}
            </li>
          ))}
          {endingTerms.map((seat) => (
            <li key={`ending-${seat.id}`} className="rounded-md border border-amber-700 bg-amber-50 px-4 py-2 text-sm text-amber-950">
              <strong>{t("warningEndingLabel")}</strong>{" "}
              {t("warningEnding", {
                institution: name(seat),
                date: format.dateTime(seat.delegate!.termEndsOn, DATE),
                days: seat.delegate!.daysLeft,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
