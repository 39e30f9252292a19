"use client";

import { useTranslations } from "next-intl";
import type { ChangeEvent } from "react";
import { RegionRole } from "@/lib/generated/prisma/enums";
import { SelectField } from "@/components/ui/field";

/** The four roles of a region, with what each may do as the hint. */
export function RoleSelect({
  id,
  defaultValue,
  error,
  onChange,
}: {
  id: string;
  defaultValue: RegionRole;
  error?: string;
  onChange?: (role: RegionRole) => void;
}) {
  const t = useTranslations("members");
  const tRole = useTranslations("enums.regionRole");
  return (
    <SelectField
      id={id}
      name="role"
      label={t("roleLabel")}
      hint={t("roleHint")}
      defaultValue={defaultValue}
      error={error}
      required
      onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange?.(event.target.value as RegionRole)}
    >
      {Object.values(RegionRole).map((role) => (
        <option key={role} value={role}>
          {tRole(role)}
        </option>
      ))}
    </SelectField>
  );
}
