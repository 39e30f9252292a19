// Minka's own copy of the UBIGEO facts the seed needs: every department (plus Lima Metropolitana)
// and the provinces of the two pilot regions. Derived from the reference tables
// "ubigeo-peru-aumentado" by Jesus M. Castagnetto (departments and provinces with INEI and RENIEC
// codes, ISO 3166-2 codes, capitals, coordinates, HDI 2019 and total poverty rate), MIT License,
// Copyright (c) 2021 Jesus M. Castagnetto: the full notice is in LICENSE-ubigeo.txt beside this file.
//
// Names are in proper Spanish capitalisation with accents (the tables spell them in capitals
// without accents); province codes are the first four digits of the six-digit codes
// ("080100" -> "0801"). Decimals are strings so they reach the database exactly: coordinates
// rounded to 6 decimals, HDI to 4, poverty rate to 2. The seed never reads the original tables.
//
// Known simplification inherited from the tables: the Lima department row ("15") carries Lima's
// capital and coordinates, although the Regional Government of Lima sits in Huacho.

export interface DepartmentRow {
  /** INEI UBIGEO code: 2 digits, or "1501" for Lima Metropolitana. */
  code: string;
  reniecCode: string;
  isoCode: string;
  slug: string;
  name: string;
  capital: string;
  latitude: string;
  longitude: string;
  /** idh_2019 */
  hdi2019: string;
  /** pct_pobreza_total */
  povertyRate: string;
}

export interface ProvinceRow {
  /** INEI code of the region the province belongs to. */
  regionCode: string;
  code: string;
  reniecCode: string;
  name: string;
  capital: string;
  /** Holds the regional capital. */
  isCapital: boolean;
}

/** The 25 departments and Lima Metropolitana: Minka's 26 possible tenants. */
export const DEPARTMENTS: readonly DepartmentRow[] = [
  { code: "01", reniecCode: "01", isoCode: "PE-AMA", slug: "amazonas", name: "Amazonas", capital: "Chachapoyas", latitude: "-6.229444", longitude: "-77.872778", hdi2019: "0.4177", povertyRate: "32.95" },
  { code: "02", reniecCode: "02", isoCode: "PE-ANC", slug: "ancash", name: "Áncash", capital: "Huaraz", latitude: "-9.529722", longitude: "-77.529167", hdi2019: "0.5159", povertyRate: "32.95" },
  { code: "03", reniecCode: "03", isoCode: "PE-APU", slug: "apurimac", name: "Apurímac", capital: "Abancay", latitude: "-13.628889", longitude: "-72.886111", hdi2019: "0.4109", povertyRate: "32.95" },
  { code: "04", reniecCode: "04", isoCode: "PE-ARE", slug: "arequipa", name: "Arequipa", capital: "Arequipa", latitude: "-16.393333", longitude: "-71.528889", hdi2019: "0.6425", povertyRate: "17.3" },
  { code: "05", reniecCode: "05", isoCode: "PE-AYA", slug: "ayacucho", name: "Ayacucho", capital: "Ayacucho", latitude: "-13.160278", longitude: "-74.225278", hdi2019: "0.4327", povertyRate: "43.65" },
  { code: "06", reniecCode: "06", isoCode: "PE-CAJ", slug: "cajamarca", name: "Cajamarca", capital: "Cajamarca", latitude: "-7.154722", longitude: "-78.510833", hdi2019: "0.4251", povertyRate: "43.65" },
  { code: "07", reniecCode: "24", isoCode: "PE-CAL", slug: "callao", name: "Callao", capital: "Callao", latitude: "-12.063056", longitude: "-77.146944", hdi2019: "0.6402", povertyRate: "32.95" },
  { code: "08", reniecCode: "07", isoCode: "PE-CUS", slug: "cusco", name: "Cusco", capital: "Cusco", latitude: "-13.519167", longitude: "-71.976667", hdi2019: "0.5121", povertyRate: "32.95" },
  { code: "09", reniecCode: "08", isoCode: "PE-HUV", slug: "huancavelica", name: "Huancavelica", capital: "Huancavelica", latitude: "-12.786944", longitude: "-74.971389", hdi2019: "0.3838", povertyRate: "43.65" },
  { code: "10", reniecCode: "09", isoCode: "PE-HUC", slug: "huanuco", name: "Huánuco", capital: "Huánuco", latitude: "-9.93", longitude: "-76.239722", hdi2019: "0.4537", povertyRate: "43.65" },
  { code: "11", reniecCode: "10", isoCode: "PE-ICA", slug: "ica", name: "Ica", capital: "Ica", latitude: "-14.063611", longitude: "-75.729167", hdi2019: "0.6", povertyRate: "8.95" },
  { code: "12", reniecCode: "11", isoCode: "PE-JUN", slug: "junin", name: "Junín", capital: "Huancayo", latitude: "-12.070833", longitude: "-75.208889", hdi2019: "0.5107", povertyRate: "32.95" },
  { code: "13", reniecCode: "12", isoCode: "PE-LAL", slug: "la-libertad", name: "La Libertad", capital: "Trujillo", latitude: "-8.1", longitude: "-79.030556", hdi2019: "0.5482", povertyRate: "32.95" },
  { code: "14", reniecCode: "13", isoCode: "PE-LAM", slug: "lambayeque", name: "Lambayeque", capital: "Chiclayo", latitude: "-6.766944", longitude: "-79.850556", hdi2019: "0.5343", povertyRate: "17.3" },
  { code: "15", reniecCode: "14", isoCode: "PE-LIM", slug: "lima", name: "Lima", capital: "Lima", latitude: "-12.045278", longitude: "-77.030833", hdi2019: "0.7073", povertyRate: "26.25" },
  { code: "16", reniecCode: "15", isoCode: "PE-LOR", slug: "loreto", name: "Loreto", capital: "Iquitos", latitude: "-3.748056", longitude: "-73.244167", hdi2019: "0.4834", povertyRate: "32.95" },
  { code: "17", reniecCode: "16", isoCode: "PE-MDD", slug: "madre-de-dios", name: "Madre de Dios", capital: "Puerto Maldonado", latitude: "-12.593611", longitude: "-69.176667", hdi2019: "0.6136", povertyRate: "8.95" },
  { code: "18", reniecCode: "17", isoCode: "PE-MOQ", slug: "moquegua", name: "Moquegua", capital: "Moquegua", latitude: "-17.194167", longitude: "-70.933333", hdi2019: "0.6589", povertyRate: "17.3" },
  { code: "19", reniecCode: "18", isoCode: "PE-PAS", slug: "pasco", name: "Pasco", capital: "Cerro de Pasco", latitude: "-10.6825", longitude: "-76.256944", hdi2019: "0.4785", povertyRate: "43.65" },
  { code: "20", reniecCode: "19", isoCode: "PE-PIU", slug: "piura", name: "Piura", capital: "Piura", latitude: "-5.1525", longitude: "-80.657778", hdi2019: "0.513", povertyRate: "32.95" },
  { code: "21", reniecCode: "20", isoCode: "PE-PUN", slug: "puno", name: "Puno", capital: "Puno", latitude: "-15.840278", longitude: "-70.028056", hdi2019: "0.4656", povertyRate: "43.65" },
  { code: "22", reniecCode: "21", isoCode: "PE-SAM", slug: "san-martin", name: "San Martín", capital: "Moyobamba", latitude: "-6.034722", longitude: "-76.974167", hdi2019: "0.4832", povertyRate: "26.25" },
  { code: "23", reniecCode: "22", isoCode: "PE-TAC", slug: "tacna", name: "Tacna", capital: "Tacna", latitude: "-18.001944", longitude: "-70.251944", hdi2019: "0.59", povertyRate: "26.25" },
  { code: "24", reniecCode: "23", isoCode: "PE-TUM", slug: "tumbes", name: "Tumbes", capital: "Tumbes", latitude: "-3.571111", longitude: "-80.459167", hdi2019: "0.5552", povertyRate: "32.95" },
  { code: "25", reniecCode: "25", isoCode: "PE-UCA", slug: "ucayali", name: "Ucayali", capital: "Pucallpa", latitude: "-8.368056", longitude: "-74.543333", hdi2019: "0.4835", povertyRate: "26.25" },
  // Lima Metropolitana has its own regime: INEI 1501 and RENIEC 1401 (the province of Lima).
  { code: "1501", reniecCode: "1401", isoCode: "PE-LMA", slug: "lima-metropolitana", name: "Lima Metropolitana", capital: "Lima", latitude: "-12.045278", longitude: "-77.030833", hdi2019: "0.7255", povertyRate: "26.25" },
];

/** Provinces of the pilot regions: Cusco (13) and Tacna (4). */
export const PROVINCES: readonly ProvinceRow[] = [
  { regionCode: "08", code: "0801", reniecCode: "0701", name: "Cusco", capital: "Cusco", isCapital: true },
  { regionCode: "08", code: "0802", reniecCode: "0702", name: "Acomayo", capital: "Acomayo", isCapital: false },
  { regionCode: "08", code: "0803", reniecCode: "0703", name: "Anta", capital: "Anta", isCapital: false },
  { regionCode: "08", code: "0804", reniecCode: "0704", name: "Calca", capital: "Calca", isCapital: false },
  { regionCode: "08", code: "0805", reniecCode: "0705", name: "Canas", capital: "Yanaoca", isCapital: false },
  { regionCode: "08", code: "0806", reniecCode: "0706", name: "Canchis", capital: "Sicuani", isCapital: false },
  { regionCode: "08", code: "0807", reniecCode: "0707", name: "Chumbivilcas", capital: "Santo Tomás", isCapital: false },
  { regionCode: "08", code: "0808", reniecCode: "0708", name: "Espinar", capital: "Yauri", isCapital: false },
  { regionCode: "08", code: "0809", reniecCode: "0709", name: "La Convención", capital: "Quillabamba", isCapital: false },
  { regionCode: "08", code: "0810", reniecCode: "0710", name: "Paruro", capital: "Paruro", isCapital: false },
  { regionCode: "08", code: "0811", reniecCode: "0711", name: "Paucartambo", capital: "Paucartambo", isCapital: false },
  { regionCode: "08", code: "0812", reniecCode: "0712", name: "Quispicanchi", capital: "Urcos", isCapital: false },
  { regionCode: "08", code: "0813", reniecCode: "0713", name: "Urubamba", capital: "Urubamba", isCapital: false },
  { regionCode: "23", code: "2301", reniecCode: "2201", name: "Tacna", capital: "Tacna", isCapital: true },
  { regionCode: "23", code: "2302", reniecCode: "2204", name: "Candarave", capital: "Candarave", isCapital: false },
  { regionCode: "23", code: "2303", reniecCode: "2203", name: "Jorge Basadre", capital: "Locumba", isCapital: false },
  { regionCode: "23", code: "2304", reniecCode: "2202", name: "Tarata", capital: "Tarata", isCapital: false },
];
