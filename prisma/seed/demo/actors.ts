// Actors (real institutions as the region spec lists them, with no identifiers; fictional firms
// drawn from the region's sector mix) and the fictional researchers and staff who work there.
import type { FirmSize, Formality, IctAdoption } from "@/lib/generated/prisma/client";
import { addDays, day, fictionalRuc, Rng } from "../util";
import type { RegionDemo } from "./builder";
import type { NameFactory } from "./names";
import type { RegionSpec } from "./spec";

/** n firm sizes: about 55% micro, 27% small, 12% medium, 6% large, at least one of each. */
function sizePlan(n: number): FirmSize[] {
  const large = Math.max(1, Math.round(n * 0.06));
  const medium = Math.max(1, Math.round(n * 0.12));
  const small = Math.max(1, Math.round(n * 0.27));
  const micro = Math.max(0, n - large - medium - small);
  return [
    ...Array<FirmSize>(micro).fill("MICRO"),
    ...Array<FirmSize>(small).fill("SMALL"),
    ...Array<FirmSize>(medium).fill("MEDIUM"),
    ...Array<FirmSize>(large).fill("LARGE"),
  ];
}

const ICT_BY_SIZE: Record<FirmSize, readonly (readonly [IctAdoption, number])[]> = {
  MICRO: [["NONE", 45], ["BASIC", 45], ["INTERMEDIATE", 10]],
  SMALL: [["NONE", 15], ["BASIC", 55], ["INTERMEDIATE", 25], ["ADVANCED", 5]],
  MEDIUM: [["BASIC", 35], ["INTERMEDIATE", 45], ["ADVANCED", 20]],
  LARGE: [["INTERMEDIATE", 50], ["ADVANCED", 50]],
};

const SIZE_LABEL: Record<FirmSize, string> = {
  MICRO: "Microempresa",
  SMALL: "Pequeña empresa",
  MEDIUM: "Mediana empresa",
  LARGE: "Gran empresa",
};

export function buildActors(demo: RegionDemo, spec: RegionSpec, names: NameFactory): void {
  for (const institution of spec.institutions) demo.addActor(institution);

  const rng = new Rng(`${spec.seed}:firms`);
  // Sizes for sectors without their own mix come from one shuffled list with the region's
  // proportions, so every region has micro to large firms (micro and small dominate, §9).
  const pooled = spec.firmSectors.filter((s) => !s.sizes).reduce((n, s) => n + s.count, 0);
  const sizeList = rng.shuffle(sizePlan(pooled));
  let companySerial = spec.rucSerialBase;
  let personSerial = Math.floor(spec.rucSerialBase / 100);
  let index = 0;
  for (const sector of spec.firmSectors) {
    for (let i = 0; i < sector.count; i++) {
      const size = sector.sizes ? rng.weighted(sector.sizes) : (sizeList.pop() ?? "MICRO");
      // Informality above 50% (§8): most micro firms and some small ones.
      const informalShare = size === "MICRO" ? 0.75 : size === "SMALL" ? 0.3 : 0;
      const formality: Formality = rng.chance(informalShare) ? "INFORMAL" : "FORMAL";
      let legalForm: string | null = null;
      let ruc: string | undefined;
      if (formality === "FORMAL") {
        const asPerson = size === "MICRO" && rng.chance(0.4);
        if (asPerson) {
          ruc = fictionalRuc("person", ++personSerial);
        } else {
          legalForm =
            size === "MICRO"
              ? rng.pick(["E.I.R.L.", "S.A.C."])
              : size === "SMALL"
                ? rng.pick(["S.R.L.", "S.A.C.", "E.I.R.L."])
                : rng.pick(["S.A.C.", "S.A."]);
          ruc = fictionalRuc("company", ++companySerial);
        }
      }
      let ict = rng.weighted(ICT_BY_SIZE[size]);
      if (sector.area === "ict" && (ict === "NONE" || ict === "BASIC")) ict = "INTERMEDIATE";
      const province = rng.weighted(sector.provinces);
      const [noun, ciiuCode] = rng.pick(sector.kinds);
      index++;
      demo.addActor({
        key: `firm-${index}`,
        name: names.firm(noun, spec.firmWords, legalForm),
        helix: "BUSINESS",
        type: "FIRM",
        province,
        fictional: true,
        firmSize: size,
        formality,
        ciiuCode,
        ictAdoption: ict,
        ruc,
        area: sector.area ?? undefined,
        description: `${SIZE_LABEL[size]} ${formality === "FORMAL" ? "formal" : "informal"} del sector ${sector.label}. Empresa ficticia de demostración.`,
      });
    }
  }
}

/** Researchers and staff of the region's institutions (fictional people). */
export function buildStaff(demo: RegionDemo, spec: RegionSpec, names: NameFactory): void {
  const rng = new Rng(`${spec.seed}:staff`);
  const academic = demo.actorsWhere((a) => a.helix === "ACADEMIA" || a.helix === "RESEARCH").map((a) => a.key);
  for (const s of spec.staff) {
    for (let i = 0; i < s.count; i++) {
      const n = names.person();
      const since = addDays(day(rng.int(2006, 2021), 1, 1), rng.int(0, 364));
      const others = academic.filter((k) => k !== s.actor);
      const previous =
        rng.chance(0.2) && others.length > 0
          ? { actorKey: rng.pick(others), position: "Docente contratado", from: addDays(since, -rng.int(700, 2500)) }
          : undefined;
      demo.addPerson({
        ...n,
        actorKey: s.actor,
        position: s.positions[i % s.positions.length]!,
        since,
        email: rng.chance(0.85) ? n.email : null,
        previous,
      });
    }
  }
}
