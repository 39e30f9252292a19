import type { Helix } from "@/lib/generated/prisma/enums";

// One colour per helix, from the Okabe–Ito palette (told apart with the common kinds of colour
// blindness). Colour is never the only cue: the legend, the tables and the tooltips name the helix.
export const HELIX_COLORS: Readonly<Record<Helix, string>> = {
  GOVERNMENT: "#0072B2",
  ACADEMIA: "#E69F00",
  RESEARCH: "#CC79A7",
  BUSINESS: "#009E73",
  CIVIL_SOCIETY: "#D55E00",
  INTERNATIONAL: "#56B4E9",
};
