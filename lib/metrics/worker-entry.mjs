// Entry of the metrics worker thread (lib/metrics/thread.ts): plain JavaScript, so Node loads it
// as it is, outside Next's bundles; tsx then loads the TypeScript of lib/metrics/worker.ts (tsx
// is a runtime dependency: `npm start` runs through it).
import { tsImport } from "tsx/esm/api";

await tsImport("./worker.ts", import.meta.url);
