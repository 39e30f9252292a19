import { getFormatter, getTranslations } from "next-intl/server";
import type { RegionProfile } from "@/lib/regions/data";

export async function RegionFacts({ region }: { region: RegionProfile }) {
  const [t, format] = await Promise.all([getTranslations("region"), getFormatter()]);
  const facts = [
    { label: t("capital"), value: region.capital },
    { label: t("isoCode"), value: region.isoCode },
    { label: t("ubigeoCode"), value: region.code },
    { label: t("reniecCode"), value: region.reniecCode },
    { label: t("provinces"), value: format.number(region.provinceCount) },
  ];
  return (
    <section aria-labelledby="facts-heading">
      <h2 id="facts-heading" className="sr-only">
        {t("factsHeading")}
      </h2>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-3 rounded-lg border border-slate-300 bg-white p-5 sm:grid-cols-3 lg:grid-cols-5">
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt className="text-sm text-slate-700">{fact.label}</dt>
            <dd className="font-semibold text-slate-900 tabular-nums">{fact.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
