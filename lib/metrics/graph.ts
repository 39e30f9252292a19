// The cooperation network of one region in one year, and the metrics that need the whole graph
// (docs/metrics.md, "Cooperation metrics" → "The network" and "Network metrics"). Pure: no
// database, no clock, so the unit tests check each figure on small graphs computed by hand.
import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import { density as graphDensity } from "graphology-metrics/graph/density";
import type { ActorType, FirmSize, Formality, Helix } from "@/lib/generated/prisma/enums";
import { EDGE_KINDS, HELICES, type EdgeKind, type HelixMatrix, type NetworkEdge, type NetworkNode, type RegionNetwork } from "@/lib/metrics/types";

/** How much one piece of evidence weighs, by kind: a joint project is the strongest tie. */
export const KIND_WEIGHTS: Record<EdgeKind, number> = { PROJECT: 1, CONVENIO: 0.8, JOINT_EVENT: 0.4, COUNCIL: 0.3 };
/** Evidence loses half its weight every HALF_LIFE_YEARS years after it ended… */
export const HALF_LIFE_YEARS = 2;
/** …and drops out of the network WINDOW_YEARS years after it ended (the window is Y−4 … Y). */
export const WINDOW_YEARS = 5;
/**
 * Betweenness is exact up to this many nodes; above, it is estimated from this many source nodes
 * drawn with a fixed seed (Brandes & Pich 2007, as networkx's `k`): a 800-actor region costs a
 * quarter of the exact figure, and the estimate is the same on every run.
 */
export const BETWEENNESS_SOURCES = 200;
/** Louvain is randomised; a fixed seed makes the communities the same on every run and instance. */
export const LOUVAIN_SEED = 20_260_701;

/** An actor of the region, as the network needs it. */
export interface ActorRow {
  id: string;
  label: string;
  helix: Helix;
  type: ActorType;
  firmSize: FirmSize | null;
  formality: Formality | null;
  /** Year the actor was archived, null if current: it is a node of every year before that one. */
  archivedYear: number | null;
  /** true: in the capital province; false: in another one; null: province unknown. */
  inCapital: boolean | null;
}

/** Evidence between two actors (a < b), grouped: `count` pieces of `kind` active from `fromYear` to `toYear`. */
export interface PairRow {
  kind: EdgeKind;
  a: string;
  b: string;
  fromYear: number;
  toYear: number;
  count: number;
}

/** A seat held by an actor on a council, active from `fromYear` to `toYear`. */
export interface SeatRow {
  councilId: string;
  actorId: string;
  fromYear: number;
  toYear: number;
}

/** The weight a piece of evidence active from `fromYear` to `toYear` has in the network of `year` (0: not in it). */
export function evidenceWeight(kind: EdgeKind, fromYear: number, toYear: number, year: number): number {
  if (fromYear > year) return 0;
  const age = Math.max(0, year - toYear);
  if (age >= WINDOW_YEARS) return 0;
  return KIND_WEIGHTS[kind] * 0.5 ** (age / HALF_LIFE_YEARS);
}

/** Is the actor a node of the network in `year`? */
export function isNodeIn(actor: Pick<ActorRow, "archivedYear">, year: number): boolean {
  return actor.archivedYear === null || actor.archivedYear > year;
}

interface NodeAttrs {
  helix: Helix | null;
}
interface EdgeAttrs {
  weight: number;
  /** The weight each kind of evidence brings (kinds absent: none of that kind). */
  byKind: Partial<Record<EdgeKind, number>>;
}
export type CooperationGraph = UndirectedGraph<NodeAttrs, EdgeAttrs>;

/**
 * The network of `year`: nodes are the region's actors of that year (sorted by id, so the graph —
 * and Louvain on it — is the same whatever order the rows came in); an edge joins two actors with
 * evidence in the window, its weight the sum over the evidence of kind weight × decay.
 */
export function buildNetwork(actors: readonly ActorRow[], pairs: readonly PairRow[], year: number): CooperationGraph {
  const graph: CooperationGraph = new UndirectedGraph();
  for (const actor of [...actors].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))) {
    if (isNodeIn(actor, year)) graph.addNode(actor.id, { helix: actor.helix });
  }
  const sorted = [...pairs].sort((x, y) => (x.a === y.a ? (x.b < y.b ? -1 : x.b > y.b ? 1 : 0) : x.a < y.a ? -1 : 1));
  for (const pair of sorted) {
    // Evidence with an actor of another region, or an archived one, is not an edge of this network.
    if (!graph.hasNode(pair.a) || !graph.hasNode(pair.b) || pair.a === pair.b) continue;
    const weight = pair.count * evidenceWeight(pair.kind, pair.fromYear, pair.toYear, year);
    if (weight <= 0) continue;
    graph.updateEdge(pair.a, pair.b, (attrs) => ({
      weight: (attrs.weight ?? 0) + weight,
      byKind: { ...attrs.byKind, [pair.kind]: (attrs.byKind?.[pair.kind] ?? 0) + weight },
    }));
  }
  return graph;
}

/** A deterministic PRNG (mulberry32): Louvain's random walk, the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Louvain communities (weighted), node → community index; {} for a graph without edges. */
export function communitiesOf(graph: CooperationGraph): Record<string, number> {
  if (graph.size === 0) return Object.fromEntries(graph.nodes().map((node, i) => [node, i]));
  return louvain(graph, { getEdgeWeight: "weight", rng: seededRandom(LOUVAIN_SEED) });
}

/**
 * Connected components (isolated actors count one each). No components package is installed, and
 * a breadth-first walk over graphology's neighbour iteration is all it takes.
 */
export function countComponents(graph: CooperationGraph): number {
  const seen = new Set<string>();
  let components = 0;
  for (const start of graph.nodes()) {
    if (seen.has(start)) continue;
    components += 1;
    seen.add(start);
    const queue = [start];
    while (queue.length > 0) {
      const node = queue.pop()!;
      graph.forEachNeighbor(node, (next) => {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      });
    }
  }
  return components;
}

export function emptyHelixMatrix(): HelixMatrix {
  return Object.fromEntries(HELICES.map((a) => [a, Object.fromEntries(HELICES.map((b) => [b, 0]))])) as HelixMatrix;
}

export interface NetworkMetrics {
  actors: number;
  density: number | null;
  averageDegree: number | null;
  isolatedShare: number | null;
  components: number | null;
  crossHelixShare: number | null;
  helixMatrix: HelixMatrix;
  communities: number | null;
  crossHelixCommunityShare: number | null;
  govBetweenness: number | null;
  councilBetweenness: number | null;
  /** Firms with at least one tie this year: how many, and how many are MSE / informal (of those known). */
  firms: { mse: number; sizeKnown: number; informal: number; formalityKnown: number };
  /** Actors with a known province, and of those outside the capital province. */
  provinces: { known: number; outside: number };
  /** The network itself, compact, for drawing (cached beside the figures). */
  network: StoredNetwork;
}

/**
 * A year's network as the cache keeps it: nodes [id, label, helix, community] and edges
 * [source index, target index, weight of PROJECT, CONVENIO, JOINT_EVENT, COUNCIL evidence].
 */
export interface StoredNetwork {
  nodes: [string, string, Helix, number][];
  edges: [number, number, number, number, number, number][];
}

/**
 * An undirected simple graph as compressed adjacency lists: node i (named keys[i]) has the
 * neighbours neighbours[offsets[i]] … neighbours[offsets[i + 1] − 1]. Betweenness runs a
 * breadth-first search per source over it, up to BETWEENNESS_SOURCES of them: on typed arrays that
 * costs a fraction of the same searches over graphology's per-edge objects (Lima at benchmark
 * scale 10: a copy of its network alone took 1.8 s of a 8 s recomputation).
 */
export interface Adjacency {
  keys: string[];
  offsets: Int32Array;
  neighbours: Int32Array;
}

/** The adjacency of `keys` and the undirected `edges` between them ([a, b] index pairs, each pair once). */
export function toAdjacency(keys: string[], edges: readonly (readonly [number, number])[]): Adjacency {
  const offsets = new Int32Array(keys.length + 1);
  for (const [a, b] of edges) {
    offsets[a + 1]! += 1;
    offsets[b + 1]! += 1;
  }
  for (let i = 0; i < keys.length; i++) offsets[i + 1]! += offsets[i]!;
  const next = offsets.slice(0, keys.length);
  const neighbours = new Int32Array(offsets[keys.length]!);
  for (const [a, b] of edges) {
    neighbours[next[a]!++] = b;
    neighbours[next[b]!++] = a;
  }
  return { keys, offsets, neighbours };
}

/**
 * Brokerage graph: the network without the council co-membership ties, plus one node per council
 * linked to the actors holding a seat on it that year. The council is then a broker like any
 * actor, and its betweenness says how much of the shortest paths between actors run through it.
 * Nodes: the network's, in its order, then the councils in the order of their seats.
 */
function brokerageGraph(network: CooperationGraph, seats: readonly SeatRow[], year: number): { graph: Adjacency; index: Map<string, number>; councils: number[] } {
  const keys = network.nodes();
  const index = new Map(keys.map((key, i) => [key, i]));
  const edges: [number, number][] = [];
  network.forEachEdge((_edge, attrs, source, target) => {
    const kinds = Object.keys(attrs.byKind);
    if (!(kinds.length === 1 && kinds[0] === "COUNCIL")) edges.push([index.get(source)!, index.get(target)!]);
  });
  const councils: number[] = [];
  const seated = new Set<string>();
  for (const seat of [...seats].sort((x, y) => (x.councilId + x.actorId < y.councilId + y.actorId ? -1 : 1))) {
    const holder = index.get(seat.actorId);
    if (seat.fromYear > year || seat.toYear < year || holder === undefined) continue;
    const hub = `council:${seat.councilId}`;
    let hubIndex = index.get(hub);
    if (hubIndex === undefined) {
      hubIndex = keys.push(hub) - 1;
      index.set(hub, hubIndex);
      councils.push(hubIndex);
    }
    // One tie per council and holder, however many seats the holder has on it.
    if (seated.has(`${hubIndex}:${holder}`)) continue;
    seated.add(`${hubIndex}:${holder}`);
    edges.push([hubIndex, holder]);
  }
  return { graph: toAdjacency(keys, edges), index, councils };
}

/**
 * Normalised betweenness of every node (by index), counting hops (weights are strengths, not
 * distances): Brandes' accumulation from every node up to BETWEENNESS_SOURCES nodes (exact);
 * above, from a seeded sample of that many sources, scaled by n/k (Brandes & Pich 2007). Normalised
 * as graphology does: ordered pairs over (n−1)(n−2).
 */
export function betweenness(graph: Adjacency): Float64Array {
  const n = graph.keys.length;
  const centrality = new Float64Array(n);
  if (n < 3) return centrality;
  const k = Math.min(n, BETWEENNESS_SOURCES);
  const sources = Int32Array.from({ length: n }, (_, i) => i);
  if (k < n) {
    const random = seededRandom(LOUVAIN_SEED);
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(random() * (n - i));
      [sources[i], sources[j]] = [sources[j]!, sources[i]!];
    }
  }
  const { offsets, neighbours } = graph;
  const distance = new Int32Array(n).fill(-1);
  const paths = new Float64Array(n);
  const dependency = new Float64Array(n);
  const queue = new Int32Array(n);
  for (let s = 0; s < k; s++) {
    const source = sources[s]!;
    // Breadth-first from the source: distances and the number of shortest paths to each node.
    distance[source] = 0;
    paths[source] = 1;
    queue[0] = source;
    let reached = 1;
    for (let head = 0; head < reached; head++) {
      const v = queue[head]!;
      const next = distance[v]! + 1;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = neighbours[e]!;
        if (distance[w]! < 0) {
          distance[w] = next;
          queue[reached++] = w;
        }
        if (distance[w] === next) paths[w]! += paths[v]!;
      }
    }
    // Back from the farthest: each node passes its dependency on to its predecessors.
    for (let i = reached - 1; i > 0; i--) {
      const w = queue[i]!;
      const coefficient = (1 + dependency[w]!) / paths[w]!;
      const previous = distance[w]! - 1;
      for (let e = offsets[w]!; e < offsets[w + 1]!; e++) {
        const v = neighbours[e]!;
        if (distance[v] === previous) dependency[v]! += paths[v]! * coefficient;
      }
      centrality[w]! += dependency[w]!;
    }
    for (let i = 0; i < reached; i++) {
      const v = queue[i]!;
      distance[v] = -1;
      paths[v] = 0;
      dependency[v] = 0;
    }
  }
  const scale = n / k / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) centrality[i]! *= scale;
  return centrality;
}

/** Every figure that needs the whole network of one year (docs/metrics.md, "Network metrics"). */
export function networkMetrics(actors: readonly ActorRow[], pairs: readonly PairRow[], seats: readonly SeatRow[], year: number): NetworkMetrics {
  const graph = buildNetwork(actors, pairs, year);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const n = graph.order;
  const m = graph.size;

  const helixMatrix = emptyHelixMatrix();
  let totalWeight = 0;
  let crossWeight = 0;
  graph.forEachEdge((_edge, attrs, source, target, sourceAttrs, targetAttrs) => {
    const a = sourceAttrs.helix!;
    const b = targetAttrs.helix!;
    helixMatrix[a][b] += attrs.weight;
    if (a !== b) {
      helixMatrix[b][a] += attrs.weight;
      crossWeight += attrs.weight;
    }
    totalWeight += attrs.weight;
  });

  let isolated = 0;
  const firms = { mse: 0, sizeKnown: 0, informal: 0, formalityKnown: 0 };
  const provinces = { known: 0, outside: 0 };
  graph.forEachNode((node) => {
    const actor = byId.get(node)!;
    const degree = graph.degree(node);
    if (degree === 0) isolated += 1;
    if (actor.inCapital !== null) {
      provinces.known += 1;
      if (!actor.inCapital) provinces.outside += 1;
    }
    if (actor.helix === "BUSINESS" && degree > 0) {
      if (actor.firmSize) {
        firms.sizeKnown += 1;
        if (actor.firmSize === "MICRO" || actor.firmSize === "SMALL") firms.mse += 1;
      }
      if (actor.formality) {
        firms.formalityKnown += 1;
        if (actor.formality === "INFORMAL") firms.informal += 1;
      }
    }
  });

  // Communities of two or more actors; a lone actor is not a community.
  const membership = communitiesOf(graph);
  let communities: number | null = null;
  let crossHelixCommunityShare: number | null = null;
  if (m > 0) {
    const helicesOf = new Map<number, { size: number; helices: Set<Helix> }>();
    for (const [node, community] of Object.entries(membership)) {
      const entry = helicesOf.get(community) ?? { size: 0, helices: new Set<Helix>() };
      entry.size += 1;
      entry.helices.add(graph.getNodeAttribute(node, "helix")!);
      helicesOf.set(community, entry);
    }
    const groups = [...helicesOf.values()].filter((g) => g.size >= 2);
    communities = groups.length;
    crossHelixCommunityShare = groups.length > 0 ? groups.filter((g) => g.helices.size >= 2).length / groups.length : null;
  }

  const brokerage = brokerageGraph(graph, seats, year);
  const governments = graph.filterNodes((node) => byId.get(node)!.type === "REGIONAL_GOVERNMENT").map((node) => brokerage.index.get(node)!);
  let govBetweenness: number | null = null;
  let councilBetweenness: number | null = null;
  if (governments.length > 0 || brokerage.councils.length > 0) {
    const centrality = betweenness(brokerage.graph);
    if (governments.length > 0) govBetweenness = Math.max(...governments.map((g) => centrality[g]!));
    if (brokerage.councils.length > 0) councilBetweenness = Math.max(...brokerage.councils.map((c) => centrality[c]!));
  }

  return {
    actors: n,
    density: n >= 2 ? graphDensity(graph) : null,
    averageDegree: n > 0 ? (2 * m) / n : null,
    isolatedShare: n > 0 ? isolated / n : null,
    components: n > 0 ? countComponents(graph) : null,
    crossHelixShare: totalWeight > 0 ? crossWeight / totalWeight : null,
    helixMatrix,
    communities,
    crossHelixCommunityShare,
    govBetweenness,
    councilBetweenness,
    firms,
    provinces,
    network: storeNetwork(graph, membership, byId),
  };
}

function storeNetwork(graph: CooperationGraph, community: Record<string, number>, byId: ReadonlyMap<string, ActorRow>): StoredNetwork {
  const position = new Map<string, number>();
  const nodes = graph.mapNodes((node, attrs): StoredNetwork["nodes"][number] => {
    position.set(node, position.size);
    return [node, byId.get(node)!.label, attrs.helix!, community[node] ?? 0];
  });
  const edges = graph.mapEdges((_edge, attrs, source, target): StoredNetwork["edges"][number] => [
    position.get(source)!,
    position.get(target)!,
    ...(EDGE_KINDS.map((kind) => round(attrs.byKind[kind] ?? 0)) as [number, number, number, number]),
  ]);
  return { nodes, edges };
}

/**
 * The drawable network (the dashboard) from the stored one, keeping only some kinds of evidence
 * if asked: an edge's weight is the sum of the kept kinds, degrees count the kept edges, and the
 * communities stay those of the whole network (colours do not jump when filtering).
 *
 * `top` keeps a readable core of a network with more than `top` actors: the `top` best-connected
 * actors, the `top` strongest links with the actors they join, and every link among the actors
 * kept. A large region's whole network (Lima at benchmark scale 10: 7,783 actors, 87,248 links,
 * 12.6 MB of JSON) cannot be drawn legibly and froze the browser for seconds; the core keeps what
 * the dashboard's drawing and tables show (the best connected, the strongest), and the degrees
 * stay those of the whole network. `totals` is the whole network's size either way.
 */
export function networkView(stored: StoredNetwork, opts: { kinds?: readonly EdgeKind[]; top?: number } = {}): Omit<RegionNetwork, "stale"> {
  const keep = EDGE_KINDS.map((kind) => !opts.kinds || opts.kinds.includes(kind));
  const degree = new Int32Array(stored.nodes.length);
  // One pass over the edges by position, without objects: each edge's weight with the kept kinds
  // (-1: none of its kinds kept). Objects are built only for the edges the view returns.
  const weight = new Float64Array(stored.edges.length);
  let edgeCount = 0;
  stored.edges.forEach((edge, e) => {
    let sum = 0;
    let kept = false;
    for (let k = 0; k < EDGE_KINDS.length; k++) {
      const w = edge[2 + k]!;
      if (keep[k] && w > 0) {
        sum += w;
        kept = true;
      }
    }
    weight[e] = kept ? round(sum) : -1;
    if (kept) {
      degree[edge[0]] = degree[edge[0]]! + 1;
      degree[edge[1]] = degree[edge[1]]! + 1;
      edgeCount++;
    }
  });

  let core: Uint8Array | null = null;
  const top = opts.top;
  if (top !== undefined && stored.nodes.length > top) {
    core = new Uint8Array(stored.nodes.length);
    // The best connected, then by name as the dashboard's table lists them; position breaks ties.
    const byDegree = stored.nodes.map((_node, i) => i);
    byDegree.sort((a, b) => degree[b]! - degree[a]! || byName.compare(stored.nodes[a]![1], stored.nodes[b]![1]) || a - b);
    for (const i of byDegree.slice(0, top)) core[i] = 1;
    // The strongest links (ties in stored order): every weight above the top-th largest, then
    // that weight's edges until there are `top`. A numeric sort of the weights, not of objects.
    const sorted = weight.filter((w) => w >= 0).sort();
    const threshold = sorted[Math.max(0, sorted.length - top)] ?? 0;
    let atThreshold = top - sorted.filter((w) => w > threshold).length;
    stored.edges.forEach(([i, j], e) => {
      if (weight[e]! > threshold || (weight[e] === threshold && atThreshold-- > 0)) core![i] = core![j] = 1;
    });
  }

  const nodes: NetworkNode[] = [];
  stored.nodes.forEach(([id, label, helix, community], i) => {
    if (core === null || core[i]) nodes.push({ id, label, helix, degree: degree[i]!, community });
  });
  const edges: NetworkEdge[] = [];
  stored.edges.forEach((edge, e) => {
    const [i, j] = edge;
    if (weight[e]! < 0 || (core !== null && !(core[i] && core[j]))) return;
    const kinds = EDGE_KINDS.filter((_kind, k) => keep[k] && edge[2 + k]! > 0);
    edges.push({ source: stored.nodes[i]![0], target: stored.nodes[j]![0], weight: weight[e]!, kinds });
  });
  return { nodes, edges, totals: { nodes: stored.nodes.length, edges: edgeCount } };
}

/** localeCompare's order, without building a collator for each comparison. */
const byName = new Intl.Collator();

/** Figures are stored and sent rounded: 6 decimals say more than the data knows. */
export function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
