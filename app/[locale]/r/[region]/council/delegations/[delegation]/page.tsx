import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminHeader } from "@/components/councils/admin-header";
import { DelegationForm } from "@/components/councils/delegation-form";
import { EndForm } from "@/components/councils/end-form";
import { Card } from "@/components/ui/card";
import { endDelegationAction } from "@/lib/councils/actions";
import { getDelegationDetail, listPersonOptions } from "@/lib/councils/admin";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string; region: string; delegation: string }> };

export const generateMetadata = privatePageMetadata("council", "delegationMetaTitle");

/** One accreditation: edit it, or end the term early. */
export default async function DelegationPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region, delegation: delegationId } = await params;
  const { ctx, detail } = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "council.write");
    return { ctx, detail: await getDelegationDetail(ctx, delegationId) };
  });
  const [t, people] = await Promise.all([getTranslations("council"), listPersonOptions(ctx)]);
  const { delegation, seat } = detail;
  const base = `/r/${ctx.regionSlug}/council`;
  return (
    <div className="space-y-8">
      <AdminHeader
        back={`${base}/seats/${seat.id}`}
        backLabel={t("backToSeat")}
        regionName={ctx.regionName}
        heading={t("delegationHeading", { name: delegation.personName, institution: seat.actorName })}
      />
      <Card title={t("editDelegationHeading")}>
        <DelegationForm key={delegation.version} regionSlug={ctx.regionSlug} seatId={seat.id} delegation={delegation} people={people} />
      </Card>
      <Card title={t("endDelegationHeading")}>
        <EndForm
          key={delegation.version}
          id="delegation-end"
          action={endDelegationAction.bind(null, ctx.regionSlug)}
          hidden={{ delegationId: delegation.id, version: delegation.version }}
          dateName="termEndsOn"
          label={t("endDelegationLabel")}
          hint={t("endDelegationHint")}
          submit={t("endDelegationSubmit")}
          reloadPath={`${base}/delegations/${delegation.id}`}
        />
      </Card>
    </div>
  );
}
