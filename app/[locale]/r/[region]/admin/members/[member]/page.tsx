import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { MOMENT } from "@/components/admin/format";
import { ChangeRoleForm, MemberStatusForm, RemoveMemberForm } from "@/components/admin/member-forms";
import { MemberStatusBadge } from "@/components/admin/member-status-badge";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { actorOptionsByIds } from "@/lib/actors/options";
import { getMember } from "@/lib/members/data";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string; region: string; member: string }> };

export const generateMetadata = privatePageMetadata("members", "memberMetaTitle");

export default async function MemberPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region, member: memberId } = await params;
  // Another region's membership is "not found", exactly like an id that never existed.
  const { ctx, member } = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "members.manage");
    return { ctx, member: await getMember(ctx, memberId) };
  });
  const [t, tRole, format, actors] = await Promise.all([
    getTranslations("members"),
    getTranslations("enums.regionRole"),
    getFormatter(),
    actorOptionsByIds(ctx, member.actorId ? [member.actorId] : []),
  ]);
  const ref = {
    id: member.id,
    version: member.version,
    name: member.name,
    role: member.role,
    actorId: member.actorId,
    disabled: member.status === "DISABLED",
  };

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <TextLink href={`/r/${ctx.regionSlug}/admin/members`}>{t("backToList")}</TextLink>
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
        <h1 className="text-3xl font-bold tracking-tight">{member.name}</h1>
      </div>

      <Card title={t("detailsHeading")}>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold text-slate-900">{t("colEmail")}</dt>
          <dd className="break-all text-slate-800">{member.email}</dd>
          <dt className="font-semibold text-slate-900">{t("colRole")}</dt>
          <dd className="text-slate-800">{tRole(member.role)}</dd>
          <dt className="font-semibold text-slate-900">{t("colInstitution")}</dt>
          <dd className="text-slate-800">{member.actorName ?? t("noInstitution")}</dd>
          <dt className="font-semibold text-slate-900">{t("colStatus")}</dt>
          <dd>
            <MemberStatusBadge status={member.status} />
          </dd>
          <dt className="font-semibold text-slate-900">{t("colLastSignIn")}</dt>
          <dd className="text-slate-800">
            {member.lastSignInAt ? (
              <time dateTime={member.lastSignInAt.toISOString()}>{format.dateTime(member.lastSignInAt, MOMENT)}</time>
            ) : (
              t("neverSignedIn")
            )}
          </dd>
          <dt className="font-semibold text-slate-900">{t("memberSince")}</dt>
          <dd className="text-slate-800">
            <time dateTime={member.createdAt.toISOString()}>{format.dateTime(member.createdAt, MOMENT)}</time>
          </dd>
        </dl>
      </Card>

      <Card aria-labelledby="role-heading">
        <h2 id="role-heading" className="mb-3 text-lg font-semibold text-slate-900">
          {t("roleHeading")}
        </h2>
        <ChangeRoleForm regionSlug={ctx.regionSlug} member={ref} actor={actors[0] ?? null} />
      </Card>

      <Card aria-labelledby="status-heading">
        <h2 id="status-heading" className="mb-3 text-lg font-semibold text-slate-900">
          {member.status === "DISABLED" ? t("enableHeading") : t("disableHeading")}
        </h2>
        <MemberStatusForm regionSlug={ctx.regionSlug} member={ref} />
      </Card>

      <Card aria-labelledby="remove-heading">
        <h2 id="remove-heading" className="mb-3 text-lg font-semibold text-slate-900">
          {t("removeHeading")}
        </h2>
        <RemoveMemberForm regionSlug={ctx.regionSlug} member={ref} regionName={ctx.regionName} />
      </Card>
    </div>
  );
}
