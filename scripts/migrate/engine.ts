// Offline migrations on Prisma's WebAssembly schema engine. See
// docs/decisions/0002-offline-migrations.md for why the Prisma CLI is not used for this.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

// The package's entry imports the .wasm file as an ES module, which only bundlers understand;
// in plain Node we instantiate the same WebAssembly module by hand with its JS glue.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Bindings = any;
let bindings: Promise<Bindings> | undefined;

export function loadSchemaEngineBindings(): Promise<Bindings> {
  bindings ??= (async () => {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve("@prisma/schema-engine-wasm"));
    const glue: Bindings = await import(pathToFileURL(join(dir, "schema_engine_bg.js")).href);
    const module = await WebAssembly.compile(readFileSync(join(dir, "schema_engine_bg.wasm")));
    const instance = await WebAssembly.instantiate(module, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return glue;
  })();
  return bindings;
}

export function migrationAwareAdapter(connectionString: string) {
  return bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }));
}
