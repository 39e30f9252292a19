import { HELICES, type NetworkNode } from "@/lib/metrics/types";

// Where each node of the cooperation network is drawn. No force-directed layout package is
// installed, and a deterministic picture is easier to read and to compare year to year: each
// helix gets a sector of a circle, and inside it the best-connected actors sit nearest the
// centre. Pure, so it can run in the browser next to sigma.

export interface Point {
  x: number;
  y: number;
}

export function helixSectorLayout(nodes: readonly Pick<NetworkNode, "id" | "helix" | "degree" | "label">[]): Map<string, Point> {
  const positions = new Map<string, Point>();
  const present = HELICES.filter((h) => nodes.some((n) => n.helix === h));
  const sector = (2 * Math.PI) / Math.max(present.length, 1);
  const maxDegree = Math.max(1, ...nodes.map((n) => n.degree));
  present.forEach((helix, h) => {
    const group = nodes
      .filter((n) => n.helix === helix)
      .sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label));
    group.forEach((node, i) => {
      // Spread the group across 80% of its sector; the centre is kept for the best connected.
      const angle = h * sector + sector * 0.1 + (sector * 0.8 * (i + 0.5)) / group.length;
      const radius = 0.3 + 0.7 * (1 - node.degree / maxDegree);
      positions.set(node.id, { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius });
    });
  });
  return positions;
}
