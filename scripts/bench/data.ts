// `npm run bench:data -- --scale N`: fills minka_bench_s<N> with the synthetic national dataset
// described in scripts/bench/generate.ts.
import { generateBenchData } from "./generate";
import { openBenchServer, parseArgs, scaleArg } from "./server";

const log = (line: string) => console.log(line);

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const scale = scaleArg(args, 1);
  const server = await openBenchServer(log);
  try {
    const started = Date.now();
    log(`[bench:data] Generating scale ${scale} …`);
    const { database, counts } = await generateBenchData(server.serverUrl, scale);
    log(`[bench:data] ${database} ready in ${((Date.now() - started) / 1000).toFixed(0)} s:`);
    for (const [table, n] of Object.entries(counts)) log(`[bench:data]   ${table.padEnd(20)} ${n.toLocaleString("en")}`);
    return 0;
  } finally {
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[bench:data] ${(error as Error).message}`);
    process.exit(1);
  },
);
