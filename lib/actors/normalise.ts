// Actor names compared as people mean them: "Agroindustrias Inca S.A.C." and "AGROINDUSTRIAS
// INCA SAC" are the same firm. Pure, so the form and the data layer agree.

/** Legal-form suffixes ignored when comparing names (written without dots or spaces). */
const LEGAL_SUFFIXES = ["sac", "saa", "sa", "eirl", "srl", "scrl", "sc", "sociedad anonima cerrada", "sociedad anonima"];

export function normaliseActorName(name: string): string {
  let s = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    // "S.A.C." → "sac": dots between letters are dropped before other punctuation becomes space.
    .replace(/\./g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of LEGAL_SUFFIXES) {
      if (s.endsWith(` ${suffix}`)) {
        s = s.slice(0, -suffix.length - 1).trim();
        changed = true;
      }
    }
  }
  return s;
}
