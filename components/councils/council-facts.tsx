import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import type { CouncilInfo } from "@/lib/councils/data";
import { requiredForQuorum } from "@/lib/councils/quorum";
import { DATE } from "@/lib/i18n/format";

/**
 * The council's kind, status, legal basis, resources and quorum rule, as a description list.
 * The legal-basis link is shown only for http(s) addresses: it is typed in by people.
 */
export async function CouncilFacts({
  council,
  votingSeats,
  showResources = true,
}: {
  council: CouncilInfo;
  votingSeats: number;
  showResources?: boolean;
}) {
  const [t, tEnums, tCommon, format] = await Promise.all([
    getTranslations("council"),
    getTranslations("enums"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const majority = council.quorumNumerator * 2 === council.quorumDenominator;
  const rule = majority
    ? t("quorumMajority")
    : t("quorumFraction", { numerator: council.quorumNumerator, denominator: council.quorumDenominator });
  const required = requiredForQuorum(votingSeats, { numerator: council.quorumNumerator, denominator: council.quorumDenominator });

  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
      <dt className="font-semibold text-slate-700">{t("kind")}</dt>
      <dd>{tEnums(`councilKind.${council.kind}`)}</dd>
      <dt className="font-semibold text-slate-700">{t("status")}</dt>
      <dd>
        <Badge>{tEnums(`councilStatus.${council.status}`)}</Badge>
      </dd>
      <dt className="font-semibold text-slate-700">{t("legalBasis")}</dt>
      <dd>
        {council.ordinanceNumber ? (
          <>
            {council.ordinanceDate
              ? t("ordinanceWithDate", { number: council.ordinanceNumber, date: format.dateTime(council.ordinanceDate, DATE) })
              : council.ordinanceNumber}
            {council.legalBasisUrl && /^https?:\/\//i.test(council.legalBasisUrl) ? (
              <>
                {" "}
                <a
                  href={council.legalBasisUrl}
                  rel="noopener noreferrer"
                  className="font-medium text-teal-800 underline underline-offset-4"
                >
                  {t("legalBasisLink")}
                </a>
              </>
            ) : null}
          </>
        ) : (
          t("noOrdinance")
        )}
      </dd>
      <dt className="font-semibold text-slate-700">{t("establishedOn")}</dt>
      <dd>{council.establishedOn ? format.dateTime(council.establishedOn, DATE) : tCommon("notRecorded")}</dd>
      {showResources ? (
        <>
          <dt className="font-semibold text-slate-700">{t("budget")}</dt>
          <dd className="tabular-nums">
            {council.annualBudget === null
              ? tCommon("notRecorded")
              : format.number(Number(council.annualBudget), { style: "currency", currency: council.budgetCurrency })}
          </dd>
          <dt className="font-semibold text-slate-700">{t("staff")}</dt>
          <dd className="tabular-nums">{council.staffCount === null ? tCommon("notRecorded") : format.number(council.staffCount)}</dd>
        </>
      ) : null}
      <dt className="font-semibold text-slate-700">{t("quorum")}</dt>
      <dd>
        {rule}{" "}
        {required === null ? t("quorumNoVotingSeats") : t("quorumRequired", { required, votingSeats })}
      </dd>
    </dl>
  );
}
