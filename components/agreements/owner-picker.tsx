"use client";

import { useTranslations } from "next-intl";
import { ActorPicker } from "@/components/actors/actor-picker";
import type { ActorOption } from "@/lib/actors/options";

/** The institution responsible for an agreement: one of the region's, searched by name. */
export function OwnerPicker({ id, regionSlug, initial, error }: { id: string; regionSlug: string; initial: ActorOption | null; error?: string }) {
  const t = useTranslations("agreements");
  return <ActorPicker id={id} name="ownerActorId" label={t("fields.owner")} regionSlug={regionSlug} scope="region" initial={initial} required error={error} />;
}
