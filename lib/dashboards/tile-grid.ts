// The national tile map: a grid cartogram of Peru, one equal tile per region (INEI UBIGEO code),
// placed roughly where the region lies (north at the top, the coast on the left, the Amazon on
// the right). Equal tiles keep small regions such as Callao or Tumbes as visible as Loreto, and
// no external map service is needed. Plain data, safe in client and server code.

export interface TilePosition {
  /** 0 = the northernmost row. */
  row: number;
  /** 0 = the westernmost column (the Pacific coast). */
  col: number;
}

export const TILE_GRID: Readonly<Record<string, TilePosition>> = {
  "24": { row: 0, col: 0 }, // Tumbes
  "16": { row: 0, col: 3 }, // Loreto
  "20": { row: 1, col: 0 }, // Piura
  "01": { row: 1, col: 2 }, // Amazonas
  "14": { row: 2, col: 0 }, // Lambayeque
  "06": { row: 2, col: 1 }, // Cajamarca
  "22": { row: 2, col: 2 }, // San Martín
  "13": { row: 3, col: 1 }, // La Libertad
  "10": { row: 3, col: 2 }, // Huánuco
  "02": { row: 4, col: 1 }, // Áncash
  "19": { row: 4, col: 2 }, // Pasco
  "25": { row: 4, col: 3 }, // Ucayali
  "07": { row: 5, col: 0 }, // Callao
  "1501": { row: 5, col: 1 }, // Lima Metropolitana
  "15": { row: 5, col: 2 }, // Lima (the regional government of the department)
  "12": { row: 5, col: 3 }, // Junín
  "17": { row: 5, col: 5 }, // Madre de Dios
  "11": { row: 6, col: 1 }, // Ica
  "09": { row: 6, col: 2 }, // Huancavelica
  "05": { row: 6, col: 3 }, // Ayacucho
  "08": { row: 6, col: 4 }, // Cusco
  "04": { row: 7, col: 2 }, // Arequipa
  "03": { row: 7, col: 3 }, // Apurímac
  "21": { row: 7, col: 4 }, // Puno
  "18": { row: 8, col: 3 }, // Moquegua
  "23": { row: 9, col: 4 }, // Tacna
};

export const TILE_ROWS = Math.max(...Object.values(TILE_GRID).map((p) => p.row)) + 1;
export const TILE_COLS = Math.max(...Object.values(TILE_GRID).map((p) => p.col)) + 1;

/** The tile of a region; null for a code the grid does not know (it is listed below the map). */
export function tileOf(code: string): TilePosition | null {
  return Object.prototype.hasOwnProperty.call(TILE_GRID, code) ? TILE_GRID[code]! : null;
}

/** Equal-width classes between the smallest and the largest value of the regions with data. */
export function classBreaks(values: readonly number[], steps: number): { min: number; max: number; step: (v: number) => number } {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const width = (max - min) / steps;
  return { min, max, step: (v) => (width === 0 ? steps - 1 : Math.min(steps - 1, Math.floor((v - min) / width))) };
}

/**
 * The legend's steps as text, lowest first: the metric's own precision, with up to three more
 * decimals where it takes that for no two steps to read alike (every region near 5 % would
 * otherwise give "from 5 % to 5 %" five times). All values equal: one step, the darkest.
 */
export function legendSteps(
  breaks: { min: number; max: number },
  steps: number,
  format: (value: number, extraDigits: number) => string,
): { step: number; from: string; to: string }[] {
  const width = (breaks.max - breaks.min) / steps;
  if (width === 0) return [{ step: steps - 1, from: format(breaks.min, 0), to: format(breaks.max, 0) }];
  const bounds = Array.from({ length: steps + 1 }, (_, i) => breaks.min + i * width);
  let texts: string[] = [];
  for (let extra = 0; extra <= 3; extra++) {
    texts = bounds.map((b) => format(b, extra));
    if (new Set(texts).size === texts.length) break;
  }
  return texts.slice(0, -1).map((from, step) => ({ step, from, to: texts[step + 1]! }));
}

// Five steps of teal, light to dark. Text on the three light steps is dark, on the two dark ones
// white: every pair keeps a contrast of at least 4.5:1.
export const TILE_STEPS = [
  { fill: "#ccfbf1", text: "#0f172a" },
  { fill: "#5eead4", text: "#0f172a" },
  { fill: "#14b8a6", text: "#0f172a" },
  { fill: "#0f766e", text: "#ffffff" },
  { fill: "#134e4a", text: "#ffffff" },
] as const;

export const NO_DATA_FILL = "repeating-linear-gradient(45deg, #e2e8f0 0 6px, #f8fafc 6px 12px)";
