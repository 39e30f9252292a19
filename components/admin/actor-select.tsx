"use client";

import { useTranslations } from "next-intl";
import { ActorPicker } from "@/components/actors/actor-picker";
import type { ActorOption } from "@/lib/actors/options";

/** The institution an institution editor is bound to: one of the region's, searched by name. */
export function ActorSelect({
  id,
  regionSlug,
  initial,
  error,
}: {
  id: string;
  regionSlug: string;
  /** The member's current institution, if any. */
  initial?: ActorOption | null;
  error?: string;
}) {
  const t = useTranslations("members");
  return (
    <ActorPicker
      id={id}
      name="actorId"
      label={t("actorLabel")}
      hint={t("actorHint")}
      regionSlug={regionSlug}
      scope="region"
      initial={initial ?? null}
      required
      error={error}
    />
  );
}
