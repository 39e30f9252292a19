import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { AgreementNoteForm } from "@/components/agreements/note-form";
import { Card } from "@/components/ui/card";
import { DetailRow } from "@/components/ui/detail-row";
import { TextLink } from "@/components/ui/text-link";
import { actorOptionsByIds } from "@/lib/actors/options";
import { getAgreement } from "@/lib/agreements/data";
import { formatIsoDay } from "@/lib/dates";
import { DATE } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { canWriteCouncil } from "@/lib/meetings/data";
import { MEETING_TIME } from "@/lib/meetings/format";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = {
  params: Promise<{ locale: string; region: string; agreement: string }>;
  searchParams: Promise<{ saved?: string | string[] }>;
};

export const generateMetadata = privatePageMetadata("agreements", "detailMetaTitle");

export default async function AgreementPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region, agreement: agreementId } = await params;
  // Another region's agreement is "not found", exactly like an id that never existed.
  const { ctx, agreement } = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "region.read");
    return { ctx, agreement: await getAgreement(ctx, agreementId) };
  });
  const writer = canWriteCouncil(ctx);
  const [t, tStatus, format, { saved }, [owner]] = await Promise.all([
    getTranslations("agreements"),
    getTranslations("enums.agreementStatus"),
    getFormatter(),
    searchParams,
    // The current owner, named even if it was archived since (it stays the owner until changed).
    writer ? actorOptionsByIds(ctx, [agreement.owner.id]) : Promise.resolve([]),
  ]);
  const base = `/r/${ctx.regionSlug}/council`;
  const day = (d: Date | null) => (d ? format.dateTime(d, DATE) : null);
  const title = agreement.reference ? t("detailHeading", { reference: agreement.reference }) : t("detailHeadingNoReference");

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <TextLink href={`${base}/agreements`}>{t("backToList")}</TextLink>
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
        <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
        <div role="status" aria-live="polite">
          {saved ? <p className="rounded-md border border-teal-800 bg-teal-50 px-4 py-3 text-sm font-medium text-teal-900">{t("savedMessage")}</p> : null}
        </div>
        {agreement.overdue ? (
          <p className="rounded-md border border-red-700 bg-red-50 px-4 py-3 text-sm font-semibold text-red-900">{t("overdueNotice")}</p>
        ) : null}
      </div>

      <Card title={t("factsHeading")}>
        <dl className="space-y-3">
          <DetailRow label={t("fields.text")}>
            <span className="whitespace-pre-line">{agreement.text}</span>
          </DetailRow>
          <DetailRow label={t("fields.owner")}>
            <TextLink href={`/r/${ctx.regionSlug}/actors/${agreement.owner.id}`}>{agreement.owner.name}</TextLink>
          </DetailRow>
          <DetailRow label={t("fields.meeting")}>
            <TextLink href={`${base}/meetings/${agreement.meeting.id}`}>{agreement.meeting.title}</TextLink>
            {` — ${format.dateTime(agreement.meeting.scheduledAt, MEETING_TIME)}`}
          </DetailRow>
          <DetailRow label={t("fields.dueOn")}>{day(agreement.dueOn)}</DetailRow>
          <DetailRow label={t("fields.status")}>{tStatus(agreement.status)}</DetailRow>
          <DetailRow label={t("fields.completedOn")}>{day(agreement.completedOn)}</DetailRow>
        </dl>
      </Card>

      <section aria-labelledby="agreement-notes" className="space-y-3">
        <h2 id="agreement-notes" className="text-xl font-semibold">
          {t("notesHeading")}
        </h2>
        {agreement.notes.length ? (
          <ol className="space-y-3">
            {agreement.notes.map((n) => (
              <li key={n.id} className="rounded-md border border-slate-300 bg-white p-4">
                <p className="text-sm text-slate-700">
                  {n.authorName
                    ? t("noteBy", { author: n.authorName, date: format.dateTime(n.createdAt, MEETING_TIME) })
                    : format.dateTime(n.createdAt, MEETING_TIME)}
                </p>
                <p className="mt-1 whitespace-pre-line text-slate-900">{n.body}</p>
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-slate-700">{t("noNotes")}</p>
        )}
        {writer ? (
          <Card title={t("noteHeading")} headingLevel={3}>
            <AgreementNoteForm regionSlug={ctx.regionSlug} agreementId={agreement.id} />
          </Card>
        ) : null}
      </section>

      {writer ? (
        <Card title={t("editHeading")}>
          <AgreementForm
            key={agreement.version}
            regionSlug={ctx.regionSlug}
            owner={owner ?? null}
            agreement={{
              id: agreement.id,
              version: agreement.version,
              reference: agreement.reference,
              text: agreement.text,
              dueOn: agreement.dueOn ? formatIsoDay(agreement.dueOn) : "",
              status: agreement.status,
              completedOn: agreement.completedOn ? formatIsoDay(agreement.completedOn) : "",
            }}
          />
        </Card>
      ) : null}
    </div>
  );
}
