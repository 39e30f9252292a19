import { getTranslations, setRequestLocale } from "next-intl/server";
import { InviteMemberForm } from "@/components/admin/invite-member-form";
import { MembersTable } from "@/components/admin/members-table";
import { Card } from "@/components/ui/card";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { listMembers } from "@/lib/members/data";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = {
  params: Promise<{ locale: string; region: string }>;
  searchParams: Promise<{ removed?: string | string[] }>;
};

// The title names no region: metadata runs without the gate, and must not tell a stranger
// whether a region exists.
export const generateMetadata = privatePageMetadata("members", "metaTitle");

export default async function MembersPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region } = await params;
  const ctx = await pageGate(locale, () => gateRegionFor(region, "members.manage"));
  const [t, members, { removed }] = await Promise.all([getTranslations("members"), listMembers(ctx), searchParams]);

  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
        <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </div>

      <div role="status" aria-live="polite">
        {removed ? (
          <p className="rounded-md border border-teal-800 bg-teal-50 px-4 py-3 text-sm font-medium text-teal-900">{t("removedMessage")}</p>
        ) : null}
      </div>

      <section aria-labelledby="members-heading" className="space-y-3">
        <h2 id="members-heading" className="text-xl font-semibold">
          {t("listHeading")}
        </h2>
        <MembersTable members={members} regionSlug={ctx.regionSlug} regionName={ctx.regionName} />
      </section>

      <Card aria-labelledby="invite-heading">
        <h2 id="invite-heading" className="mb-3 text-lg font-semibold text-slate-900">
          {t("inviteHeading")}
        </h2>
        <p className="mb-4 text-sm text-slate-700">{t("inviteIntro")}</p>
        <InviteMemberForm regionSlug={ctx.regionSlug} />
      </Card>
    </div>
  );
}
