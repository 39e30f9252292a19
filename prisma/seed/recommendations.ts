// The study's recommendations A–G (§19 of "Strengthening Regional Innovation Systems in Peru:
// Policy Lessons", 2013). They are shared by every region (regionId null). The English bodies are
// the study's own words; the Spanish ones translate them as closely as possible.
//
// Natural key: (regionId null, code). PostgreSQL treats NULLs as distinct in the unique index
// (regionId, code), so the database alone cannot stop a duplicate shared recommendation: the seed
// looks each one up by code and writes it only when it is missing or differs, under an advisory
// lock taken by the caller's transaction.
import type { Prisma } from "@/lib/generated/prisma/client";

export interface RecommendationText {
  code: string;
  titleEs: string;
  titleEn: string;
  bodyEs: string;
  bodyEn: string;
}

export const STUDY_RECOMMENDATIONS: readonly RecommendationText[] = [
  {
    code: "A",
    titleEs: "Fortalecimiento institucional y de capacidades de gestión e innovación",
    titleEn: "Institutional strengthening and management and innovation capacities",
    bodyEs:
      "Trabajar intensamente en el fortalecimiento de las instituciones y en la creación de capacidades de gestión e innovación, a fin de asegurar la sostenibilidad en la construcción de los Sistemas Regionales de Innovación de Cusco y Tacna.",
    bodyEn:
      "Working intensively to strengthen institutions and to build management and innovation capacities in order to ensure sustainability in the construction of Regional Innovation Systems of Cusco and Tacna.",
  },
  {
    code: "B",
    titleEs: "Agendas y políticas regionales de innovación a mediano y largo plazo",
    titleEn: "Medium- and long-term regional innovation agendas and policies",
    bodyEs:
      "Desarrollar las capacidades regionales del gobierno, la academia y el sector empresarial para elaborar e impulsar agendas y políticas regionales de innovación a mediano y largo plazo que no estén a merced de los cambios políticos.",
    bodyEn:
      "Developing the regional capacities of government, academia and business sector to produce and promote regional innovation agendas and policies in the medium and long term that are not at the mercy of political change.",
  },
  {
    code: "C",
    titleEs: "Formación de capital humano calificado para la innovación",
    titleEn: "Training qualified human capital for innovation",
    bodyEs:
      "Invertir en la formación y el desarrollo de capital humano calificado que pueda nutrir las capacidades del sector privado regional y local en tecnología, organización, gestión y promoción de la innovación, etc.",
    bodyEn:
      "Investing in the training and development of qualified human capital that can nourish the regional and local private sector's skills in technology, organization, management and promotion of innovation, etc.",
  },
  {
    code: "D",
    titleEs: "Capacidades de las entidades que gestionan recursos para I+D+i",
    titleEn: "Capacity of the agencies that manage R&D&I resources",
    bodyEs:
      "Fortalecer las capacidades de las entidades regionales y locales encargadas de gestionar recursos —propios o descentralizados— destinados a programas de I+D+i.",
    bodyEn:
      "Building capacity of the regional and local agencies charged with managing resources—either their own or decentralized—applied to R&D&I programs.",
  },
  {
    code: "E",
    titleEs: "Vinculación entre la academia y la empresa mediante la investigación aplicada",
    titleEn: "Linking academia and business through applied research",
    bodyEs:
      "Fomentar decididamente la vinculación entre la academia y la empresa, con énfasis en la investigación aplicada que contribuya a resolver los problemas de mediano y largo plazo de las empresas locales. Las políticas públicas pueden servir como catalizador de proyectos colaborativos de innovación, así como de herramienta para identificar y expresar las demandas de las empresas.",
    bodyEn:
      "Strongly encouraging linkages between academia and business, with emphasis on applied research to contribute to resolving local businesses' medium to long-term problems. Public policies can serve as catalyst for collaborative projects of innovation, as well as being a tool for identifying and expressing businesses' demands.",
  },
  {
    code: "F",
    titleEs: "Incentivos públicos al financiamiento privado de la I+D+i",
    titleEn: "Public incentives for private financing of R&D&I",
    bodyEs:
      "Aumentar los incentivos públicos para el financiamiento privado de inversiones en I+D+i a nivel nacional y regional.",
    bodyEn: "Increasing public incentives for private financing of investments in R&D&I at a national and regional level.",
  },
  {
    code: "G",
    titleEs: "Cooperación con la Unión Europea en innovación",
    titleEn: "Cooperation with the European Union in innovation",
    bodyEs:
      "Fortalecer la cooperación con la UE en materia de innovación, ya que —dadas las buenas prácticas y experiencias de las regiones europeas— puede contribuir al desarrollo de estrategias regionales de innovación, apoyar el diseño de políticas públicas y abrir canales de cooperación entre regiones europeas y peruanas, así como entre los principales actores regionales (universidades, centros de investigación y empresas).",
    bodyEn:
      "Strengthening EU cooperation in innovation, as—given the good practices and experiences in European regions—it can contribute to the development of regional innovation strategies, support the design of public policies, and open channels of cooperation between European and Peruvian regions, as well as between the main regional stakeholders (universities, research centers and companies).",
  },
];

/** Creates or corrects the shared recommendations; returns their ids by code. */
export async function seedRecommendations(
  tx: Prisma.TransactionClient,
): Promise<{ ids: Map<string, string>; created: number; updated: number }> {
  const existing = await tx.recommendation.findMany({ where: { regionId: null } });
  const byCode = new Map(existing.map((r) => [r.code, r]));
  let created = 0;
  let updated = 0;
  for (const rec of STUDY_RECOMMENDATIONS) {
    const row = byCode.get(rec.code);
    if (!row) {
      const createdRow = await tx.recommendation.create({ data: { ...rec, regionId: null } });
      byCode.set(rec.code, createdRow);
      created++;
    } else if (
      row.titleEs !== rec.titleEs ||
      row.titleEn !== rec.titleEn ||
      row.bodyEs !== rec.bodyEs ||
      row.bodyEn !== rec.bodyEn
    ) {
      await tx.recommendation.update({ where: { id: row.id }, data: rec });
      updated++;
    }
  }
  return { ids: new Map([...byCode].map(([code, r]) => [code, r.id])), created, updated };
}

/** How a pilot region follows one recommendation (demo content, written by the region's seed). */
export interface FollowUpSpec {
  code: string;
  status: "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED" | "STALLED";
  /** Key of the responsible actor in the region's registry. */
  responsible: string | null;
  actionsTaken: string | null;
}
