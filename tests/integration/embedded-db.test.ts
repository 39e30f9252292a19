// The embedded PostgreSQL supervisor behind `npm run dev` when DATABASE_URL is unset.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedDbError, startEmbeddedPostgres, type EmbeddedServer } from "@/scripts/db/embedded";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "minka-embedded-test-"));
fs.chmodSync(root, 0o755);
const dataDir = path.join(root, "postgres");
const started: EmbeddedServer[] = [];

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const s of started) await s.stop();
  fs.rmSync(root, { recursive: true, force: true });
});

describe("embedded PostgreSQL", () => {
  it("starts, keeps its data across restarts, and stops cleanly", async () => {
    const first = await startEmbeddedPostgres({ dataDir });
    started.push(first);
    await query(first.url, "create table kept (v text); insert into kept values ('survives')");
    await first.stop();
    await expect(query(first.url, "select 1")).rejects.toThrow();

    const second = await startEmbeddedPostgres({ dataDir });
    started.push(second);
    expect(await query(second.url, "select v from kept")).toEqual([{ v: "survives" }]);
  });

  it("refuses a second server on the same data folder with a clear message", async () => {
    await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(EmbeddedDbError);
    await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(/already using the database/);
  });

  it("picks another free port when the preferred one is taken, and says so", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const taken = (blocker.address() as net.AddressInfo).port;
    try {
      const other = await startEmbeddedPostgres({ dataDir: path.join(root, "other"), preferredPort: taken });
      started.push(other);
      expect(other.portChanged).toBe(true);
      expect(other.port).not.toBe(taken);
      expect(await query(other.url, "select 1 as one")).toEqual([{ one: 1 }]);
    } finally {
      blocker.close();
    }
  });

  it("replaces a server whose owner died instead of refusing to start", async () => {
    const dir = path.join(root, "orphan");
    const ownerPidFile = path.join(root, "orphan-owner.pid");
    const first = await startEmbeddedPostgres({ dataDir: dir, ownerPidFile });
    started.push(first);
    expect(fs.readFileSync(ownerPidFile, "utf8")).toBe(String(process.pid));
    // A live owner: refused.
    await expect(startEmbeddedPostgres({ dataDir: dir, ownerPidFile })).rejects.toThrow(/already using/);
    // The owner is gone (a launcher killed with SIGKILL): the next start stops the orphan.
    fs.writeFileSync(ownerPidFile, "2147483646");
    const lines: string[] = [];
    const second = await startEmbeddedPostgres({ dataDir: dir, ownerPidFile, log: (l) => lines.push(l) });
    started.push(second);
    expect(lines.join("\n")).toMatch(/left running/);
    expect(await query(second.url, "select 1 as one")).toEqual([{ one: 1 }]);
  });

  it("listens on loopback only and requires its password", async () => {
    const running = started[1]!;
    const u = new URL(running.url);
    u.password = "wrong";
    await expect(query(u.toString(), "select 1")).rejects.toThrow(/password/);
    expect(await query(running.url, "show listen_addresses")).toEqual([{ listen_addresses: "127.0.0.1" }]);
  });
});
