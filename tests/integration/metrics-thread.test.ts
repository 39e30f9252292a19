// The metrics' graph work runs on a worker thread (lib/metrics/thread.ts): the same figures as on
// the calling thread, that thread free meanwhile, and a failed job that neither hangs nor takes
// the worker down.
import { Worker } from "node:worker_threads";
import { describe, expect, it, vi } from "vitest";
import { computeYears, type RegionData } from "@/lib/metrics/compute";
import type { ActorRow, PairRow } from "@/lib/metrics/graph";
import { computeYearsOffThread } from "@/lib/metrics/thread";

const TODAY = new Date("2026-06-30T12:00:00Z");
const HELIX_TYPES = [
  ["GOVERNMENT", "REGIONAL_GOVERNMENT"],
  ["ACADEMIA", "UNIVERSITY"],
  ["RESEARCH", "RESEARCH_CENTRE"],
  ["BUSINESS", "FIRM"],
] as const;

/** A region of `actors` organisations, each tied to a few others by projects and convenios over 2020–2026. */
function syntheticRegion(actors: number): RegionData {
  const rows: ActorRow[] = Array.from({ length: actors }, (_, i) => {
    const [helix, type] = HELIX_TYPES[i % HELIX_TYPES.length]!;
    return { id: `a${String(i).padStart(5, "0")}`, label: `Actor ${i}`, helix, type, firmSize: null, formality: null, archivedYear: null, inCapital: i % 3 === 0 };
  });
  const pairs: PairRow[] = [];
  for (let i = 0; i < actors; i++) {
    for (const step of [1, 7, 31, 101]) {
      const j = (i * 13 + step * 17) % actors;
      if (j === i) continue;
      const [a, b] = i < j ? [rows[i]!.id, rows[j]!.id] : [rows[j]!.id, rows[i]!.id];
      pairs.push({ kind: step % 2 ? "PROJECT" : "CONVENIO", a, b, fromYear: 2020 + (i % 5), toYear: 2026, count: 1 + (i % 3) });
    }
  }
  return {
    dataVersion: 1,
    firstYear: 2020,
    lastDataAt: TODAY.toISOString(),
    actors: rows,
    pairs,
    seats: [],
    projectYears: [],
    evidenceYears: [],
    meetingYears: [],
    agreementYears: [],
    indicators: [],
  };
}

/** The calling thread's longest pause (probed every 5 ms) while `work` runs. */
async function longestPause<T>(work: () => Promise<T>): Promise<{ value: T; longestMs: number }> {
  let last = performance.now();
  let longestMs = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    longestMs = Math.max(longestMs, now - last);
    last = now;
  }, 5);
  try {
    return { value: await work(), longestMs };
  } finally {
    clearInterval(probe);
  }
}

describe("computeYearsOffThread", () => {
  it("gives the figures computeYears gives, while the calling thread stays free", async () => {
    const data = syntheticRegion(5000);
    const offThread = await longestPause(() => computeYearsOffThread(data, TODAY));
    const onThread = await longestPause(() => computeYears(data, TODAY));
    expect(offThread.value).toEqual(onThread.value);
    expect(offThread.value.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(offThread.value.at(-1)!.values.actors).toBe(5000);
    // On the calling thread a year's graph work pauses it (the work is long enough to show it);
    // on the worker the calling thread only waits, and keeps ticking.
    expect(onThread.longestMs).toBeGreaterThan(150);
    expect(offThread.longestMs).toBeLessThan(onThread.longestMs / 3);
  }, 60_000);

  it("rejects a job that fails, and takes the next one", async () => {
    const broken = { ...syntheticRegion(10), actors: null } as unknown as RegionData;
    await expect(computeYearsOffThread(broken, TODAY)).rejects.toThrow(/metrics worker/);
    const years = await computeYearsOffThread(syntheticRegion(10), TODAY);
    expect(years.at(-1)!.values.actors).toBe(10);
  });

  it("rejects data that cannot reach the thread, and takes the next job", async () => {
    const uncopyable = { ...syntheticRegion(10), lastDataAt: () => null } as unknown as RegionData;
    await expect(computeYearsOffThread(uncopyable, TODAY)).rejects.toThrow(/could not be cloned/);
    expect((await computeYearsOffThread(syntheticRegion(12), TODAY)).at(-1)!.values.actors).toBe(12);
  });

  it("fails the jobs of a worker that dies mid-job, and starts a new worker for the next", async () => {
    // The worker is the module's own; the test finds it by watching what a job is posted to, and
    // ends it while that job runs (as an out-of-memory end or a crash would).
    const posted = vi.spyOn(Worker.prototype, "postMessage");
    try {
      const running = computeYearsOffThread(syntheticRegion(5000), TODAY);
      const dying = posted.mock.contexts.at(-1) as Worker;
      await dying.terminate();
      await expect(running).rejects.toThrow(/metrics worker exited/);

      const years = await computeYearsOffThread(syntheticRegion(14), TODAY);
      expect(years.at(-1)!.values.actors).toBe(14);
      expect(posted.mock.contexts.at(-1)).not.toBe(dying);
    } finally {
      posted.mockRestore();
    }
  }, 60_000);
});
