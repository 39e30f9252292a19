"use client";

import Graph from "graphology";
import { useEffect, useRef, useState } from "react";
import Sigma from "sigma";
import { useRouter } from "@/lib/i18n/navigation";
import { helixSectorLayout } from "@/lib/dashboards/network-layout";
import type { Helix } from "@/lib/generated/prisma/enums";

export interface DrawnNode {
  id: string;
  label: string;
  helix: Helix;
  degree: number;
  /** Where clicking the node leads (the actor's page); null for nodes that are not actors. */
  href: string | null;
}

export interface DrawnEdge {
  source: string;
  target: string;
  weight: number;
}

/**
 * The cooperation network drawn with sigma (WebGL). Loaded only in the browser, through
 * network-explorer.tsx, so sigma and graphology stay out of every server render and out of
 * the dashboard's first load. The node and edge tables next to it carry the same data for the
 * keyboard and screen readers.
 */
export default function NetworkGraph({
  nodes,
  edges,
  colors,
  unavailableText,
}: {
  nodes: DrawnNode[];
  edges: DrawnEdge[];
  colors: Record<Helix, string>;
  unavailableText: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const router = useRouter();
  // This component only ever renders in the browser (ssr: false), so the check can run at once.
  const [webgl] = useState(hasWebGl);

  useEffect(() => {
    if (!container.current || !webgl) return;
    const graph = new Graph({ type: "undirected" });
    const positions = helixSectorLayout(nodes);
    const maxDegree = Math.max(1, ...nodes.map((n) => n.degree));
    const maxWeight = Math.max(1e-9, ...edges.map((e) => e.weight));
    for (const node of nodes) {
      const p = positions.get(node.id) ?? { x: 0, y: 0 };
      graph.addNode(node.id, {
        ...p,
        label: node.label,
        color: colors[node.helix],
        size: 4 + 12 * Math.sqrt(node.degree / maxDegree),
      });
    }
    for (const edge of edges) {
      if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || graph.hasEdge(edge.source, edge.target)) continue;
      graph.addEdge(edge.source, edge.target, { size: 0.5 + 3 * (edge.weight / maxWeight), color: "#94a3b8" });
    }

    let renderer: Sigma | null = null;
    try {
      // Sizes in screen pixels (sigma 4 defaults to graph units, which our unit-circle layout
      // would turn into nodes covering the whole drawing).
      renderer = new Sigma(graph, container.current, { settings: { itemSizesReference: "screen" } });
    } catch {
      // A WebGL context that exists but cannot draw: the tables next to the drawing still work.
      return;
    }
    const hrefs = new Map(nodes.map((n) => [n.id, n.href]));
    const el = container.current;
    renderer.on("clickNode", ({ node }) => {
      const href = hrefs.get(node);
      if (href) router.push(href);
    });
    renderer.on("enterNode", ({ node }) => {
      el.style.cursor = hrefs.get(node) ? "pointer" : "default";
    });
    renderer.on("leaveNode", () => {
      el.style.cursor = "default";
    });
    return () => renderer?.kill();
  }, [nodes, edges, colors, router, webgl]);

  if (!webgl) return <p className="rounded-md border border-slate-300 bg-slate-50 p-4 text-slate-800">{unavailableText}</p>;
  return <div ref={container} className="h-[28rem] w-full rounded-md border border-slate-300 bg-white" />;
}

function hasWebGl(): boolean {
  const canvas = document.createElement("canvas");
  return !!(canvas.getContext("webgl2") ?? canvas.getContext("webgl"));
}
