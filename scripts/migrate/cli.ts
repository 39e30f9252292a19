// `npm run db:migrate -- <subcommand>`: scripts/run.ts finds the database and calls this.
import { relative } from "node:path";
import { checkDrift } from "./drift";
import { createMigration, deployMigrations, MigrationError, migrationStatus, resetDatabase } from "./engine";

const USAGE = "Usage: npm run db:migrate -- create <name> | deploy | status | reset | drift";

function say(line: string) {
  console.log(line);
}

function list(names: string[]): string {
  return names.length ? names.join(", ") : "none";
}

/** Runs one subcommand and returns the process exit code. Only `create` ignores the URL. */
export async function runMigrateCommand(args: string[], databaseUrl: string): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case "create": {
        const name = rest[0];
        if (!name || rest.length > 1) {
          console.error("Usage: npm run db:migrate -- create <name>   (name: a-z, 0-9, _ and -)");
          return 1;
        }
        const folder = await createMigration(name);
        say(folder ? `Created ${relative(process.cwd(), folder)}/migration.sql; review it before deploying.` : "No changes in prisma/schema.prisma since the latest migration: nothing created.");
        return 0;
      }
      case "deploy": {
        const { applied } = await deployMigrations(databaseUrl);
        say(applied.length ? `Applied: ${list(applied)}` : "No pending migrations.");
        return 0;
      }
      case "status": {
        const status = await migrationStatus(databaseUrl);
        say(`Applied: ${list(status.applied)}`);
        say(`Pending: ${list(status.pending)}`);
        say(`Edited after being applied: ${list(status.edited)}`);
        if (status.failed.length) say(`Failed: ${list(status.failed)}`);
        if (status.missingLocally.length) say(`Applied but missing from prisma/migrations: ${list(status.missingLocally)}`);
        let drift: string[] = [];
        // With migrations pending or failed the database is expected to differ from the schema.
        if (status.pending.length || status.failed.length) {
          say("Drift: not checked until the pending migrations are deployed.");
        } else {
          drift = await checkDrift(databaseUrl);
          printDrift(drift);
        }
        return status.edited.length || status.failed.length || drift.length ? 1 : 0;
      }
      case "reset": {
        say(`WARNING: resetting ${databaseName(databaseUrl)}: everything in its public schema is dropped (development only).`);
        const { applied } = await resetDatabase(databaseUrl);
        say(`Applied: ${list(applied)}`);
        return 0;
      }
      case "drift": {
        const drift = await checkDrift(databaseUrl);
        printDrift(drift);
        return drift.length ? 1 : 0;
      }
      default:
        console.error(command ? `Unknown subcommand "${command}". ${USAGE}` : USAGE);
        return 1;
    }
  } catch (error) {
    // MigrationError messages are written for people; anything else gets its first line.
    const message = error instanceof MigrationError ? error.message : String((error as Error)?.message ?? error).split("\n")[0];
    console.error(`db:migrate ${command}: ${message}`);
    return 1;
  }
}

function printDrift(drift: string[]) {
  if (!drift.length) {
    say("Drift: none (the database matches prisma/schema.prisma).");
    return;
  }
  say(`Drift: ${drift.length} difference(s) between the database and prisma/schema.prisma (a schema change without a migration, or a manual change):`);
  for (const line of drift) say(`  ${line}`);
}

function databaseName(url: string): string {
  try {
    const u = new URL(url);
    return `database "${decodeURIComponent(u.pathname.slice(1))}" on ${u.hostname}`;
  } catch {
    return "the database";
  }
}
