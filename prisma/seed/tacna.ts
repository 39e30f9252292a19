// Tacna's demo content, as the study describes the region (2013): no council yet, only an emerging
// R&D&I forum convened by the Universidad Nacional Jorge Basadre Grohmann with the Chamber of
// Commerce and the regional government; Plan Basadre still a draft in which research plays a
// secondary role; less cooperation than in Cusco; the oregano-for-export pilot.
//
// Real institutions appear by name only, with no RUC, ROR or website. Every firm and every person
// is fictional (flagged `fictional`, firms carry "Demo" in their name), and so are the
// organisations marked the same way. Projects, meetings, agreements, plan figures and survey
// answers are illustrative demo data, not records of what these institutions did.
import type { ActorSpec } from "./demo/builder";
import type { RegionSpec } from "./demo/spec";
import { day } from "./util";

const P = {
  tacna: "2301",
  candarave: "2302",
  jorgeBasadre: "2303",
  tarata: "2304",
} as const;

const institutions: ActorSpec[] = [
  // Government
  { key: "gore", name: "Gobierno Regional Tacna", acronym: "GORE Tacna", helix: "GOVERNMENT", type: "REGIONAL_GOVERNMENT", province: P.tacna, description: "Estructura frágil, sin recursos humanos ni financieros para la I+D+i (estudio, §7)." },
  { key: "grde", name: "Gerencia Regional de Desarrollo Económico", acronym: "GRDE Tacna", helix: "GOVERNMENT", type: "GOVERNMENT_BUREAU", province: P.tacna, parent: "gore" },
  { key: "dra", name: "Dirección Regional de Agricultura Tacna", acronym: "DRA Tacna", helix: "GOVERNMENT", type: "GOVERNMENT_BUREAU", province: P.tacna, parent: "gore" },
  { key: "dircetur", name: "Dirección Regional de Comercio Exterior y Turismo Tacna", acronym: "DIRCETUR Tacna", helix: "GOVERNMENT", type: "GOVERNMENT_BUREAU", province: P.tacna, parent: "gore" },
  { key: "pet", name: "Proyecto Especial Tacna", acronym: "PET", helix: "GOVERNMENT", type: "GOVERNMENT_BUREAU", province: P.tacna, parent: "gore" },
  { key: "zofratacna", name: "Zona Franca de Tacna", acronym: "ZOFRATACNA", helix: "GOVERNMENT", type: "OTHER", province: P.tacna },
  { key: "muni-tacna", name: "Municipalidad Provincial de Tacna", helix: "GOVERNMENT", type: "LOCAL_GOVERNMENT", province: P.tacna },
  { key: "muni-candarave", name: "Municipalidad Provincial de Candarave", helix: "GOVERNMENT", type: "LOCAL_GOVERNMENT", province: P.candarave },
  { key: "muni-jb", name: "Municipalidad Provincial de Jorge Basadre", helix: "GOVERNMENT", type: "LOCAL_GOVERNMENT", province: P.jorgeBasadre },
  { key: "muni-tarata", name: "Municipalidad Provincial de Tarata", helix: "GOVERNMENT", type: "LOCAL_GOVERNMENT", province: P.tarata },

  // Academia
  { key: "unjbg", name: "Universidad Nacional Jorge Basadre Grohmann", acronym: "UNJBG", helix: "ACADEMIA", type: "UNIVERSITY", province: P.tacna, description: "Universidad pública; convoca el foro regional de I+D+i (estudio, §4) y recibe recursos del canon (§16)." },
  { key: "unjbg-vri", name: "Vicerrectorado de Investigación – UNJBG", helix: "ACADEMIA", type: "UNIVERSITY_UNIT", province: P.tacna, parent: "unjbg" },
  { key: "unjbg-fcag", name: "Facultad de Ciencias Agropecuarias – UNJBG", helix: "ACADEMIA", type: "UNIVERSITY_UNIT", province: P.tacna, parent: "unjbg" },
  { key: "unjbg-fing", name: "Facultad de Ingeniería – UNJBG", helix: "ACADEMIA", type: "UNIVERSITY_UNIT", province: P.tacna, parent: "unjbg" },
  { key: "unjbg-fcs", name: "Facultad de Ciencias de la Salud – UNJBG", helix: "ACADEMIA", type: "UNIVERSITY_UNIT", province: P.tacna, parent: "unjbg" },
  { key: "unjbg-face", name: "Facultad de Ciencias Empresariales – UNJBG", helix: "ACADEMIA", type: "UNIVERSITY_UNIT", province: P.tacna, parent: "unjbg" },
  { key: "upt", name: "Universidad Privada de Tacna", acronym: "UPT", helix: "ACADEMIA", type: "UNIVERSITY", province: P.tacna },
  { key: "upt-fing", name: "Facultad de Ingeniería – UPT", helix: "ACADEMIA", type: "UNIVERSITY_UNIT", province: P.tacna, parent: "upt" },
  { key: "upt-fcs", name: "Facultad de Ciencias de la Salud – UPT", helix: "ACADEMIA", type: "UNIVERSITY_UNIT", province: P.tacna, parent: "upt" },
  { key: "iestp-vigil", name: "Instituto de Educación Superior Tecnológico Público Francisco de Paula González Vigil", acronym: "IESTP Vigil", helix: "ACADEMIA", type: "TECHNOLOGICAL_INSTITUTE", province: P.tacna },
  { key: "instituto-demo", name: "Instituto Tecnológico Agropecuario Demo de Candarave", helix: "ACADEMIA", type: "TECHNOLOGICAL_INSTITUTE", province: P.candarave, fictional: true, description: "Instituto ficticio de demostración." },

  // Research
  { key: "research-oregano", name: "Centro de Investigación Agroexportadora Demo del Sur", helix: "RESEARCH", type: "RESEARCH_CENTRE", province: P.tacna, fictional: true, description: "Centro ficticio de demostración." },
  { key: "lab-calidad", name: "Laboratorio Regional Demo de Calidad Agroalimentaria", helix: "RESEARCH", type: "RESEARCH_CENTRE", province: P.tacna, fictional: true, description: "Laboratorio ficticio de demostración." },
  { key: "olivo-demo", name: "Centro Experimental Demo del Olivo de La Yarada", helix: "RESEARCH", type: "RESEARCH_CENTRE", province: P.tacna, fictional: true, description: "Centro ficticio de demostración." },

  // Business organisations
  { key: "camara", name: "Cámara de Comercio de Tacna", helix: "BUSINESS", type: "CHAMBER_OF_COMMERCE", province: P.tacna },
  { key: "prod-oregano-candarave", name: "Asociación de Productores de Orégano Demo de Candarave", helix: "BUSINESS", type: "PRODUCER_ORGANISATION", province: P.candarave, fictional: true, area: "oregano-export", firmSize: "MICRO", formality: "INFORMAL", ciiuCode: "0128", ictAdoption: "NONE" },
  { key: "prod-oregano-tarata", name: "Asociación de Productores de Orégano Demo de Tarata", helix: "BUSINESS", type: "PRODUCER_ORGANISATION", province: P.tarata, fictional: true, area: "oregano-export", firmSize: "MICRO", formality: "FORMAL", ciiuCode: "0128", ictAdoption: "BASIC" },
  { key: "coop-locumba", name: "Cooperativa Agraria Demo Valle de Locumba", helix: "BUSINESS", type: "COOPERATIVE", province: P.jorgeBasadre, fictional: true, area: "agri-food", firmSize: "SMALL", formality: "FORMAL", ciiuCode: "0121", ictAdoption: "BASIC" },
  { key: "olivicultores", name: "Asociación de Olivicultores Demo de La Yarada", helix: "BUSINESS", type: "PRODUCER_ORGANISATION", province: P.tacna, fictional: true, area: "agri-food", firmSize: "MICRO", formality: "INFORMAL", ciiuCode: "0126", ictAdoption: "NONE" },
  { key: "clinicas-demo", name: "Asociación de Clínicas y Consultorios Demo de Tacna", helix: "BUSINESS", type: "BUSINESS_ASSOCIATION", province: P.tacna, fictional: true, area: "health" },

  // Civil society
  { key: "ngo-rural", name: "Centro de Promoción Rural Demo de Tacna", helix: "CIVIL_SOCIETY", type: "NGO", province: P.tacna, fictional: true, description: "Organización ficticia de demostración." },
  { key: "ngo-mujeres", name: "Asociación Demo de Mujeres Emprendedoras del Sur", helix: "CIVIL_SOCIETY", type: "NGO", province: P.tacna, fictional: true, description: "Organización ficticia de demostración." },

  // International
  { key: "eu-delegation", name: "Delegación de la Unión Europea en el Perú", acronym: "UE", helix: "INTERNATIONAL", type: "INTERNATIONAL_ORGANISATION", province: null },
  { key: "cideal", name: "Fundación CIDEAL", acronym: "CIDEAL", helix: "INTERNATIONAL", type: "NGO", province: null, description: "Fundación española que realizó el estudio de 2013 con financiamiento de la Comisión Europea." },
  { key: "red-especias-demo", name: "Red Europea Demo de Especias y Hierbas Aromáticas", helix: "INTERNATIONAL", type: "INTERNATIONAL_ORGANISATION", province: null, fictional: true, description: "Red ficticia de demostración." },
];

export const TACNA: RegionSpec = {
  code: "23",
  slug: "tacna",
  seed: "minka-demo-tacna-v1",
  emailDomain: "demo-tacna.example",
  capitalProvince: P.tacna,
  regionalGovernmentName: "Gobierno Regional Tacna",
  institutions,
  firmWords: [
    "Jallalla", "Wara", "Uma", "Qhana", "Suma", "Laka", "Jiwasa", "Wayna", "Mallku", "Kusi",
    "Thaya", "Phaxsi", "Willka", "Quri", "Samiri", "Yatiri", "Inti", "Chaska",
  ],
  rucSerialBase: 20_000,
  firmSectors: [
    {
      area: "oregano-export",
      label: "orégano y hierbas aromáticas",
      kinds: [["Orégano", "0128"], ["Hierbas Aromáticas", "0128"], ["Especias", "1079"], ["Agroexportadora", "4630"]],
      count: 11,
      provinces: [[P.tacna, 5], [P.candarave, 3], [P.tarata, 3]],
    },
    {
      area: "agri-food",
      label: "agroalimentario (olivo, vid y lácteos)",
      kinds: [["Olivos", "0126"], ["Agroindustrias", "1030"], ["Aceites", "1040"], ["Lácteos", "1050"], ["Bodega", "1102"]],
      count: 10,
      provinces: [[P.tacna, 6], [P.jorgeBasadre, 3], [P.candarave, 1]],
    },
    {
      area: "tourism",
      label: "turismo",
      kinds: [["Hotel", "5510"], ["Restaurante", "5610"], ["Viajes", "7911"], ["Turismo", "7912"]],
      count: 7,
      provinces: [[P.tacna, 6], [P.tarata, 1]],
    },
    {
      area: "health",
      label: "servicios de salud y turismo de salud",
      kinds: [["Clínica Dental", "8620"], ["Centro Médico", "8620"], ["Laboratorio Clínico", "8690"], ["Laboratorio Óptico", "3250"]],
      count: 4,
      provinces: [[P.tacna, 1]],
    },
    {
      area: "ict",
      label: "tecnologías de la información",
      kinds: [["Software", "6201"], ["Soluciones Digitales", "6201"], ["Sistemas", "6202"]],
      count: 3,
      provinces: [[P.tacna, 1]],
      sizes: [["MICRO", 60], ["SMALL", 40]],
    },
    {
      area: null,
      label: "comercio y logística",
      kinds: [["Comercial", "4690"], ["Importaciones", "4690"], ["Bazar", "4719"], ["Almacenes", "5210"]],
      count: 3,
      provinces: [[P.tacna, 1]],
    },
  ],
  priorityAreas: [
    { key: "oregano-export", name: "Orégano para exportación", description: "Producción y transformación de orégano para los mercados europeos; experiencia piloto propuesta por el estudio (§18)." },
    { key: "tourism", name: "Turismo", description: "Turismo de compras, de salud y cultural; el estudio lo señala como sector a impulsar en ambas regiones (§18)." },
    { key: "agri-food", name: "Agroalimentario", description: "Olivo, vid y pisco, lácteos y agricultura de valles; investigación con poco vínculo con las empresas (§17)." },
    { key: "health", name: "Salud humana", description: "Investigación en salud humana y servicios de salud (§17)." },
    { key: "ict", name: "Tecnologías de la información y la comunicación", description: "Las TIC como pilar transversal de la competitividad y la innovación (§14)." },
  ],
  staff: [
    { actor: "unjbg-vri", count: 2, positions: ["Director del Instituto General de Investigación", "Especialista en gestión de proyectos"] },
    { actor: "unjbg-fcag", count: 6, positions: ["Docente investigador", "Docente principal", "Docente asociado", "Jefe de laboratorio"] },
    { actor: "unjbg-fing", count: 4, positions: ["Docente investigador", "Docente principal"] },
    { actor: "unjbg-fcs", count: 4, positions: ["Docente investigador", "Docente principal"] },
    { actor: "unjbg-face", count: 2, positions: ["Docente investigador"] },
    { actor: "upt-fing", count: 3, positions: ["Docente investigador"] },
    { actor: "upt-fcs", count: 3, positions: ["Docente investigador"] },
    { actor: "iestp-vigil", count: 2, positions: ["Docente"] },
    { actor: "instituto-demo", count: 1, positions: ["Docente"] },
    { actor: "research-oregano", count: 3, positions: ["Investigador", "Especialista en poscosecha"] },
    { actor: "lab-calidad", count: 2, positions: ["Analista", "Jefe de laboratorio"] },
    { actor: "olivo-demo", count: 2, positions: ["Investigador"] },
  ],
  council: {
    name: "Foro Regional de Investigación, Desarrollo e Innovación de Tacna",
    acronym: "Foro I+D+i Tacna",
    kind: "FORUM",
    status: "INFORMAL",
    ordinanceNumber: null,
    ordinanceDate: null,
    establishedOn: day(2014, 6, 1),
    annualBudget: null,
    staffCount: 0,
    termYears: 2,
    seats: [
      { actor: "unjbg", role: "PRESIDENT", startsOn: day(2014, 6, 1) },
      { actor: "camara", role: "VICE_PRESIDENT", startsOn: day(2014, 6, 1) },
      { actor: "unjbg-vri", role: "TECHNICAL_SECRETARY", startsOn: day(2014, 6, 1) },
      { actor: "gore", role: "MEMBER", startsOn: day(2014, 6, 1), currentTermEndsInDays: 25 },
      { actor: "upt", role: "MEMBER", startsOn: day(2015, 3, 1) },
      { actor: "dra", role: "MEMBER", startsOn: day(2016, 1, 15), currentTermEndsInDays: 52 },
      { actor: "iestp-vigil", role: "MEMBER", startsOn: day(2017, 1, 15) },
      { actor: "zofratacna", role: "OBSERVER", voting: false, startsOn: day(2018, 5, 1) },
    ],
    meetingsPerYear: { 2014: 2, 2015: 2, 2016: 1, 2017: 2, 2018: 1, 2019: 2, 2020: 1, 2021: 1, 2022: 1, 2023: 2, 2024: 1, 2025: 2, 2026: 2 },
    cancelRate: 0.2,
    attendanceRate: 0.66,
    locations: [
      "Auditorio de la UNJBG",
      "Sala de reuniones de la Cámara de Comercio de Tacna",
      "Sede del Gobierno Regional Tacna",
    ],
    agendaTopics: [
      "Propuesta de ordenanza para institucionalizar el CORCYTEC Tacna",
      "Cadena de valor del orégano: demandas tecnológicas de los exportadores",
      "Aportes de la I+D+i al Plan Basadre",
      "Coordinación con el Grupo de Trabajo Multisectorial",
      "Feria de innovación y emprendimiento {year}",
      "Uso de los recursos del canon para investigación",
      "Turismo de salud: oportunidades de investigación",
      "Directorio regional de investigadores y laboratorios",
    ],
    agreementTexts: [
      "Presentar al Consejo Regional la propuesta de ordenanza para institucionalizar el CORCYTEC Tacna.",
      "Elaborar el diagnóstico de demandas tecnológicas de los productores de orégano.",
      "Remitir los aportes de I+D+i al equipo que elabora el Plan Basadre.",
      "Organizar la feria regional de innovación {year}.",
      "Solicitar a la Cámara de Comercio la relación de empresas interesadas en proyectos con universidades.",
      "Formular con empresas exportadoras un proyecto conjunto para fondos de innovación.",
      "Designar enlaces institucionales ante el foro.",
      "Difundir los servicios de laboratorio de la UNJBG entre las empresas agroexportadoras.",
    ],
    notes: [
      "Se remitió un oficio a la institución responsable solicitando información de avance.",
      "Avance parcial informado en la sesión; se revisará en la próxima reunión.",
      "Sin avance: la institución responsable no designó a un encargado.",
      "Se elaboró un primer borrador, circulado entre los miembros del foro.",
    ],
    plannedInDays: 26,
  },
  plans: [
    {
      title: "Plan Basadre (borrador)",
      status: "DRAFT",
      startYear: 2025,
      endYear: 2035,
      legalBasis: null,
      description:
        "Plan de desarrollo regional en elaboración, en el que la investigación y la innovación tienen un papel secundario (estudio, §5). " +
        "Objetivos e indicadores ilustrativos (datos de demostración).",
      objectives: [
        {
          code: "OE1",
          title: "Posicionar el orégano de Tacna en los mercados europeos",
          areas: ["oregano-export"],
          indicators: [
            { code: "I1.1", name: "Volumen anual de orégano seco exportado", unit: "t", targetYear: 2035 },
            { code: "I1.2", name: "Productores de orégano con buenas prácticas agrícolas certificadas", unit: "productores", targetYear: 2035 },
          ],
        },
        {
          code: "OE2",
          title: "Consolidar Tacna como destino de turismo de salud, de compras y cultural",
          areas: ["tourism", "health"],
          indicators: [
            { code: "I2.1", name: "Visitantes extranjeros por año", unit: "miles de visitantes", targetYear: 2035 },
            { code: "I2.2", name: "Establecimientos de salud privados con certificación de calidad", unit: "establecimientos", targetYear: 2035 },
          ],
        },
        {
          code: "OE3",
          title: "Diversificar la agroindustria regional: olivo, vid y lácteos",
          areas: ["agri-food"],
          indicators: [{ code: "I3.1", name: "Valor de las exportaciones agroindustriales no tradicionales", unit: "millones de US$", targetYear: 2035 }],
        },
        {
          code: "OE4",
          title: "Promover la investigación aplicada y la transferencia tecnológica",
          areas: ["agri-food", "ict"],
          indicators: [{ code: "I4.1", name: "Proyectos de I+D+i con participación de empresas", unit: "proyectos", targetYear: 2035 }],
        },
      ],
    },
  ],
  projects: {
    codePrefix: "TAC",
    academicCoordinators: [["unjbg-fing", 4], ["upt-fing", 2], ["unjbg", 2], ["iestp-vigil", 1]],
    areaCoordinators: {
      "oregano-export": [["unjbg-fcag", 5], ["research-oregano", 3], ["unjbg", 1], ["lab-calidad", 1]],
      "agri-food": [["unjbg-fcag", 4], ["olivo-demo", 2], ["unjbg-fing", 2], ["upt-fing", 1]],
      tourism: [["upt", 3], ["unjbg-face", 2], ["unjbg", 1]],
      health: [["unjbg-fcs", 4], ["upt-fcs", 3]],
      ict: [["unjbg-fing", 3], ["upt-fing", 3]],
    },
    academicPartners: ["unjbg-fcag", "unjbg-fing", "unjbg-fcs", "upt", "upt-fing", "upt-fcs", "iestp-vigil", "research-oregano", "lab-calidad", "olivo-demo", "instituto-demo"],
    beneficiaries: ["prod-oregano-candarave", "prod-oregano-tarata", "coop-locumba", "olivicultores", "clinicas-demo", "muni-candarave", "muni-tarata", "muni-jb", "ngo-rural", "ngo-mujeres"],
    regionalGovernment: "gore",
    canonHolders: ["unjbg"],
    international: ["eu-delegation", "cideal", "red-especias-demo"],
    areaProvinces: {
      "oregano-export": [P.candarave, P.tarata, P.tacna],
      tourism: [P.tacna, P.tarata],
      "agri-food": [P.tacna, P.jorgeBasadre, P.candarave],
      health: [P.tacna],
      ict: [P.tacna],
    },
    templates: [
      // Oregano for export: the pilot (§18) and the research around it.
      {
        title: "Producción de orégano para exportación a mercados europeos",
        area: "oregano-export",
        kind: "linked",
        type: "EXPERIMENTAL_DEVELOPMENT",
        status: "COMPLETED",
        start: day(2015, 5, 1),
        end: day(2018, 4, 30),
        trl: 6,
        coordinator: "unjbg",
        partners: ["unjbg-fcag"],
        firms: 3,
        beneficiaries: ["prod-oregano-candarave", "prod-oregano-tarata"],
        provinces: [P.candarave, P.tarata],
        ford: "4.01",
        ciiu: "0128",
        summary:
          "Experiencia piloto propuesta por el estudio (§18): buenas prácticas de cultivo, secado y selección del orégano con productores de Candarave y Tarata, " +
          "y validación de lotes de exportación con empresas exportadoras de la región. Datos de demostración.",
      },
      {
        title: "Certificación orgánica y trazabilidad del orégano para la Unión Europea (segunda fase del piloto)",
        area: "oregano-export",
        kind: "linked",
        type: "INNOVATION",
        status: "ACTIVE",
        start: day(2023, 3, 1),
        end: day(2027, 2, 28),
        trl: 7,
        coordinator: "unjbg-fcag",
        firms: 2,
        beneficiaries: ["prod-oregano-candarave", "prod-oregano-tarata"],
        provinces: [P.candarave, P.tarata, P.tacna],
        international: true,
        ford: "4.05",
        ciiu: "0128",
      },
      { title: "Contenido de aceites esenciales del orégano según la altitud en Candarave", area: "oregano-export", kind: "academic", coordinator: "unjbg-fcag", ford: "1.04", provinces: [P.candarave] },
      { title: "Riego por goteo en orégano cultivado en laderas de Tarata", area: "oregano-export", kind: "academic", ford: "4.01", provinces: [P.tarata] },
      { title: "Control orgánico de plagas y enfermedades del orégano", area: "oregano-export", kind: "academic", coordinator: "research-oregano", ford: "4.01" },
      { title: "Secado solar de orégano para pequeños productores", area: "oregano-export", kind: "linked", coordinator: "unjbg-fing", firms: 1, ford: "2.11", ciiu: "0128" },
      { title: "Método analítico de residuos de plaguicidas en orégano de exportación", area: "oregano-export", kind: "academic", coordinator: "lab-calidad", ford: "1.04", provinces: [P.tacna] },
      { title: "Planta de selección y envasado de orégano con estándares europeos", area: "oregano-export", kind: "business", ford: "2.11", ciiu: "1079", provinces: [P.tacna] },
      { title: "Intercambio de germoplasma de especies aromáticas andinas entre Tacna y Cusco", area: "oregano-export", kind: "academic", crossRegion: true, ford: "4.04" },
      { title: "Requisitos y barreras de los mercados europeos para el orégano peruano", area: "oregano-export", kind: "academic", coordinator: "unjbg-face", ford: "5.02", provinces: [P.tacna] },

      // Agri-food
      { title: "Manejo de la salinidad de los suelos en olivares de La Yarada", area: "agri-food", kind: "academic", coordinator: "olivo-demo", ford: "4.01", provinces: [P.tacna] },
      { title: "Calidad y diferenciación del aceite de oliva extra virgen de Tacna", area: "agri-food", kind: "linked", coordinator: "unjbg-fcag", firms: 1, ford: "2.11", ciiu: "1040", provinces: [P.tacna] },
      { title: "Aprovechamiento del alperujo y otros residuos del olivo", area: "agri-food", kind: "academic", coordinator: "unjbg-fing", ford: "2.09", provinces: [P.tacna] },
      { title: "Uso eficiente del agua en el valle de Locumba", area: "agri-food", kind: "academic", ford: "1.05", provinces: [P.jorgeBasadre] },
      { title: "Control de la fermentación en pisco y vinos del valle de Locumba", area: "agri-food", kind: "linked", coordinator: "upt-fing", firms: 1, beneficiaries: ["coop-locumba"], ford: "2.11", ciiu: "1102", provinces: [P.jorgeBasadre] },
      { title: "Alfalfa y forrajes para la ganadería lechera", area: "agri-food", kind: "academic", ford: "4.02" },
      { title: "Alerta temprana de heladas para la agricultura de Candarave", area: "agri-food", kind: "academic", ford: "1.05", provinces: [P.candarave] },
      { title: "Yogur y quesos madurados con leche de la región", area: "agri-food", kind: "business", ford: "2.11", ciiu: "1050" },
      { title: "Variedades de ají para la agroexportación", area: "agri-food", kind: "academic", ford: "4.01" },
      { title: "Papas nativas y maíces del sur andino: comparación de colecciones de Tacna y Cusco", area: "agri-food", kind: "academic", crossRegion: true, ford: "4.04", provinces: [P.candarave] },
      { title: "Recarga de acuíferos y aguas subterráneas en La Yarada", area: "agri-food", kind: "academic", coordinator: "unjbg-fing", ford: "1.05", provinces: [P.tacna] },
      { title: "Aceitunas de mesa deshidratadas para la exportación", area: "agri-food", kind: "business", ford: "2.11", ciiu: "1030", provinces: [P.tacna] },
      { title: "Tuna y cochinilla en zonas áridas de Jorge Basadre", area: "agri-food", kind: "academic", ford: "4.01", provinces: [P.jorgeBasadre] },

      // Tourism
      { title: "Perfil del turista de salud y de compras que llega desde el norte de Chile", area: "tourism", kind: "academic", coordinator: "upt", ford: "5.02", provinces: [P.tacna] },
      { title: "Puesta en valor del patrimonio de Tarata y su circuito turístico", area: "tourism", kind: "academic", ford: "5.07", provinces: [P.tarata] },
      { title: "Plataforma de información turística de la región", area: "tourism", kind: "linked", coordinator: "upt-fing", firms: 1, ford: "1.02", ciiu: "7912", provinces: [P.tacna] },
      { title: "Ruta gastronómica y del pisco de Tacna", area: "tourism", kind: "business", ford: "5.02", ciiu: "5610" },
      { title: "Conservación y uso turístico de los petroglifos de Miculla", area: "tourism", kind: "academic", ford: "6.01", provinces: [P.tacna] },
      { title: "Turismo transfronterizo: flujos y oportunidades para la región", area: "tourism", kind: "academic", international: true, ford: "5.02", provinces: [P.tacna] },

      // Health
      { title: "Prevalencia de diabetes y factores de riesgo en la población de Tacna", area: "health", kind: "academic", coordinator: "unjbg-fcs", ford: "3.03" },
      { title: "Arsénico en el agua de consumo de Candarave y sus efectos en la salud", area: "health", kind: "academic", coordinator: "unjbg-fcs", ford: "3.03", provinces: [P.candarave] },
      { title: "Calidad de los servicios odontológicos ofrecidos a pacientes extranjeros", area: "health", kind: "academic", coordinator: "upt-fcs", ford: "3.02" },
      { title: "Dispositivo de bajo costo para el monitoreo de pacientes crónicos", area: "health", kind: "linked", coordinator: "upt-fing", firms: 1, ford: "2.06", ciiu: "3250" },
      { title: "Anemia en gestantes de zonas altoandinas de Tarata", area: "health", kind: "academic", ford: "3.03", provinces: [P.tarata] },
      { title: "Actividad antioxidante de plantas medicinales del altiplano tacneño", area: "health", kind: "academic", type: "BASIC_RESEARCH", ford: "1.06" },
      { title: "Red de investigación en salud de altura del sur del Perú", area: "health", kind: "academic", crossRegion: true, ford: "3.03" },

      // ICT
      { title: "Gobierno digital en las municipalidades provinciales de Tacna", area: "ict", kind: "academic", coordinator: "upt-fing", ford: "1.02", provinces: [P.tacna, P.tarata] },
      { title: "Comercio electrónico para importadores de la zona franca", area: "ict", kind: "business", ford: "1.02", ciiu: "6201" },
      { title: "Internet de las cosas para el riego de pequeñas parcelas", area: "ict", kind: "academic", coordinator: "unjbg-fing", ford: "2.02", provinces: [P.tacna, P.jorgeBasadre] },
      { title: "Competencias digitales de los trabajadores de las MYPE", area: "ict", kind: "academic", coordinator: "upt", ford: "5.03" },

      // Other fields
      { title: "Energía solar fotovoltaica para comunidades rurales de Candarave", area: null, kind: "academic", ford: "2.07", provinces: [P.candarave] },
      { title: "Relaves mineros y calidad del suelo en la cuenca del río Locumba", area: null, kind: "academic", ford: "2.07", provinces: [P.jorgeBasadre] },
      { title: "Desalinización solar de agua para zonas costeras", area: null, kind: "academic", ford: "2.07", provinces: [P.tacna] },
      { title: "Gestión integrada de recursos hídricos con experiencias europeas", area: null, kind: "academic", international: true, coordinator: "unjbg-fing", ford: "1.05", provinces: [P.tacna, P.tarata] },
      { title: "Logística de almacenes para el comercio de la zona franca", area: null, kind: "business", ford: "5.02", ciiu: "5210", provinces: [P.tacna] },
      { title: "Historia y memoria regional de la reincorporación de Tacna", area: null, kind: "academic", type: "BASIC_RESEARCH", coordinator: "unjbg", ford: "6.01", provinces: [P.tacna] },
      { title: "Envases biodegradables a partir de residuos agroindustriales", area: null, kind: "linked", coordinator: "unjbg-fing", firms: 1, ford: "2.05", provinces: [P.tacna] },
    ],
  },
  cooperation: {
    base: 1,
    slope: 0.22,
    core: [
      "gore", "grde", "unjbg", "unjbg-vri", "upt", "camara", "iestp-vigil", "dra", "dircetur", "zofratacna",
      "muni-tacna", "prod-oregano-candarave", "olivicultores", "eu-delegation", "ngo-rural",
    ],
    firmShare: 0.1,
    events: [
      "Foro regional de I+D+i {year}",
      "Feria de innovación y emprendimiento de Tacna {year}",
      "Rueda de negocios de orégano y productos agroexportables",
      "Taller de formulación de proyectos para fondos concursables",
      "Seminario de turismo de salud",
      "Jornada de puertas abiertas de los laboratorios universitarios",
    ],
    convenioPurposes: [
      "prácticas preprofesionales y pasantías",
      "uso compartido de laboratorios",
      "asistencia técnica a productores de orégano",
      "formulación conjunta de proyectos",
      "capacitación de MYPE en gestión de la innovación",
    ],
  },
  followUps: [
    { code: "A", status: "IN_PROGRESS", responsible: "unjbg", actionsTaken: "El foro de I+D+i, convocado por la UNJBG con la Cámara de Comercio y el Gobierno Regional, se reúne de forma irregular; la propuesta de ordenanza para institucionalizar el CORCYTEC sigue en trámite." },
    { code: "B", status: "STALLED", responsible: "gore", actionsTaken: "El Plan Basadre sigue en borrador; los aportes de I+D+i del foro aún no se han incorporado." },
    { code: "C", status: "IN_PROGRESS", responsible: "upt", actionsTaken: "Cursos de gestión de la innovación para MYPE con la Cámara de Comercio de Tacna." },
    { code: "D", status: "NOT_STARTED", responsible: "gore", actionsTaken: null },
    { code: "E", status: "IN_PROGRESS", responsible: "unjbg-vri", actionsTaken: "Piloto de orégano para exportación con empresas exportadoras y productores de Candarave y Tarata." },
    { code: "F", status: "NOT_STARTED", responsible: "camara", actionsTaken: null },
    { code: "G", status: "IN_PROGRESS", responsible: "unjbg", actionsTaken: "Proyecto de certificación del orégano con un socio europeo; participación en seminarios con la Delegación de la Unión Europea." },
  ],
  survey: {
    name: "Encuesta regional de innovación empresarial Tacna 2025",
    year: 2025,
    opensOn: day(2025, 9, 1),
    closesOn: day(2025, 11, 15),
    respondents: 24,
  },
  crossRegion: {
    regionCode: "08",
    actorNames: [
      "Universidad Nacional de San Antonio Abad del Cusco",
      "Universidad Andina del Cusco",
      "Estación Experimental Agraria Andenes (INIA)",
    ],
  },
};
