import { getTranslations } from "next-intl/server";
import type { ProjectFlags as Flags } from "@/lib/projects/data";

const FLAGS = ["linksAcademiaBusiness", "spansRegions", "international"] as const;

/**
 * The derived flags as words (never colour alone): computed from the participants on every
 * read, so they cannot disagree with them.
 */
export async function ProjectFlags({ flags }: { flags: Flags }) {
  const t = await getTranslations("projects.flags");
  const on = FLAGS.filter((f) => flags[f]);
  if (!on.length) return <span className="text-slate-700">—</span>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label={t("label")}>
      {on.map((f) => (
        <li key={f} className="rounded bg-teal-50 px-2 py-0.5 text-xs font-semibold text-teal-900 ring-1 ring-teal-800">
          {t(f)}
        </li>
      ))}
    </ul>
  );
}
