// The metrics' graph work, on a worker thread (lib/metrics/thread.ts starts it). A large region's
// recomputation is seconds of CPU (Lima at benchmark scale 10: about 10 s); on the thread that
// serves requests it would hold every other request of the instance, and the page that started
// it, for as long. Messages in: { id, data: RegionData, today: ISO string }; out: { id, years }
// or { id, error }.
import { parentPort } from "node:worker_threads";
import { computeYears, type RegionData } from "./compute";

parentPort!.on("message", async ({ id, data, today }: { id: number; data: RegionData; today: string }) => {
  try {
    parentPort!.postMessage({ id, years: await computeYears(data, new Date(today)) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
