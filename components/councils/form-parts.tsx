"use client";

import { useLocale, useTranslations } from "next-intl";
import { ConflictPanel } from "@/components/ui/conflict-panel";

/** The shared conflict panel with the council's texts; `reloadPath` is without the locale. */
export function ConflictNotice({ id, rows, reloadPath }: { id: string; rows: { label: string; value: unknown }[]; reloadPath: string }) {
  const t = useTranslations("council");
  const locale = useLocale();
  return (
    <ConflictPanel
      id={id}
      heading={t("conflictHeading")}
      intro={t("conflictIntro")}
      rows={rows}
      reloadHref={`/${locale}${reloadPath}`}
      reloadLabel={t("conflictReload")}
    />
  );
}

/** A labelled checkbox (the Field shell is for text inputs and selects). */
export function CheckboxField({ id, name, label, defaultChecked }: { id: string; name: string; label: string; defaultChecked: boolean }) {
  return (
    <div className="flex items-center gap-2 self-end py-2">
      <input id={id} type="checkbox" name={name} value="on" defaultChecked={defaultChecked} className="size-4" />
      <label htmlFor={id} className="text-sm font-semibold text-slate-900">
        {label}
      </label>
    </div>
  );
}
