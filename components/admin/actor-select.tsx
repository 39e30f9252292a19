"use client";

import { useTranslations } from "next-intl";
import type { ActorOption } from "@/lib/members/data";
import { Helix } from "@/lib/generated/prisma/enums";
import { SelectField } from "@/components/ui/field";

/** The institution an institution editor is bound to: the region's actors, grouped by helix. */
export function ActorSelect({
  id,
  actors,
  defaultValue,
  error,
}: {
  id: string;
  actors: ActorOption[];
  defaultValue?: string | null;
  error?: string;
}) {
  const t = useTranslations("members");
  const tHelix = useTranslations("enums.helix");
  return (
    <SelectField
      id={id}
      name="actorId"
      label={t("actorLabel")}
      hint={t("actorHint")}
      defaultValue={defaultValue ?? ""}
      error={error}
      required
      aria-required="true"
    >
      <option value="">{t("actorPlaceholder")}</option>
      {Object.values(Helix).map((helix) => {
        const group = actors.filter((a) => a.helix === helix);
        if (group.length === 0) return null;
        return (
          <optgroup key={helix} label={tHelix(helix)}>
            {group.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.acronym ? `${actor.name} (${actor.acronym})` : actor.name}
              </option>
            ))}
          </optgroup>
        );
      })}
    </SelectField>
  );
}
