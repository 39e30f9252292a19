import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActorForm } from "@/components/actors/actor-form";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { getActorForEdit, listProvinces, listUnitIds } from "@/lib/actors/data";
import { actorOptionsByIds } from "@/lib/actors/options";
import { resolveLocale } from "@/lib/i18n/locale";
import { privatePageMetadata } from "@/lib/i18n/metadata";
import { gateRegionFor, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string; region: string; actor: string }> };

export const generateMetadata = privatePageMetadata("actors", "editMetaTitle");

export default async function EditActorPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { region, actor: actorId } = await params;
  // Not editable by this caller (another institution, another region, archived) → not found.
  const { ctx, actor } = await pageGate(locale, async () => {
    const ctx = await gateRegionFor(region, "region.read");
    return { ctx, actor: await getActorForEdit(ctx, actorId) };
  });
  const [t, provinces, [parent], units] = await Promise.all([
    getTranslations("actors"),
    listProvinces(ctx),
    actorOptionsByIds(ctx, actor.parentId ? [actor.parentId] : []),
    listUnitIds(ctx, actor.id),
  ]);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <TextLink href={`/r/${ctx.regionSlug}/actors/${actor.id}`}>{t("backToActor")}</TextLink>
        <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{ctx.regionName}</p>
        <h1 className="text-3xl font-bold tracking-tight">{t("editHeading", { name: actor.name })}</h1>
      </div>
      <Card aria-labelledby="actor-form-heading">
        <h2 id="actor-form-heading" className="mb-4 text-lg font-semibold text-slate-900">
          {t("formHeading")}
        </h2>
        <ActorForm
          key={actor.version}
          regionSlug={ctx.regionSlug}
          actor={actor}
          provinces={provinces}
          parent={parent ?? null}
          notParents={[actor.id, ...units]}
        />
      </Card>
    </div>
  );
}
