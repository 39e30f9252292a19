import "server-only";
// Runs computeYears on a worker thread (lib/metrics/worker.ts), one per app process, started on
// first use and kept: a large region's graph work is seconds of CPU (Lima at benchmark scale 10:
// about 10 s), and on the thread that serves requests it held every request of the instance —
// the page that had started it too, even when that page had given up waiting and answered with
// the previous figures (lib/metrics/index.ts). Here the serving thread only posts the region's
// data and gets the years back. Jobs are independent; the worker takes them in turn.
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ComputedYear, RegionData } from "@/lib/metrics/compute";

type Reply = { id: number; years: ComputedYear[]; error?: undefined } | { id: number; error: string };
type Job = { resolve: (years: ComputedYear[]) => void; reject: (error: Error) => void };

/** The worker and the jobs posted to it: a worker that fails takes only its own jobs with it. */
let current: { worker: Worker; jobs: Map<number, Job> } | null = null;
let nextId = 1;

function started(): NonNullable<typeof current> {
  if (current) return current;
  // The entry is plain JavaScript read from the checkout at run time, never bundled by Next.
  const entry = path.join(/* turbopackIgnore: true */ process.cwd(), "lib", "metrics", "worker-entry.mjs");
  const worker = new Worker(/* turbopackIgnore: true */ entry, { name: "minka-metrics" });
  const jobs = new Map<number, Job>();
  const self = { worker, jobs };
  worker.on("message", (reply: Reply) => {
    const job = jobs.get(reply.id);
    if (!job) return;
    jobs.delete(reply.id);
    if (reply.error !== undefined) job.reject(new Error(`metrics worker: ${reply.error}`));
    else job.resolve(reply.years);
    if (jobs.size === 0) worker.unref();
  });
  // A worker that failed or exited is replaced on the next job; its jobs fail (the recomputation's
  // transaction rolls back, and the next reader tries again).
  const fail = (error: Error) => {
    if (current === self) current = null;
    for (const job of jobs.values()) job.reject(error);
    jobs.clear();
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`metrics worker exited with code ${code}`)));
  current = self;
  return self;
}

/** computeYears(data, today) on the metrics worker thread. */
export function computeYearsOffThread(data: RegionData, today: Date): Promise<ComputedYear[]> {
  const { worker, jobs } = started();
  const id = nextId++;
  return new Promise<ComputedYear[]>((resolve, reject) => {
    // Posted first: data that cannot be copied to the thread throws here (the promise rejects)
    // before anything is pending. The reply cannot come before the job is registered below: it
    // arrives on a later turn of the event loop.
    worker.postMessage({ id, data, today: today.toISOString() });
    jobs.set(id, { resolve, reject });
    // Held while a job is pending, so a script waiting for it does not exit; let go when idle.
    worker.ref();
  });
}
