// The health check of GET /api/health against real servers: the test database answers; a server
// that refuses connections, and one that accepts them and never answers, both count as down
// within the time limit.
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db-client";
import { createTestDatabase, type TestDatabase } from "../support/database";

let tdb: TestDatabase;
let createDbClient: typeof import("@/lib/db-client").createDbClient;
let databaseReady: typeof import("@/lib/health").databaseReady;
const clients: PrismaClient[] = [];
let silent: net.Server;
const sockets: net.Socket[] = [];

beforeAll(async () => {
  tdb = await createTestDatabase({ migrate: false });
  process.env.DATABASE_URL = tdb.url;
  ({ createDbClient } = await import("@/lib/db-client"));
  ({ databaseReady } = await import("@/lib/health"));
  // Accepts TCP connections and never says a word: a database that hangs.
  silent = net.createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
}, 60_000);

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  silent?.close();
  await Promise.all(clients.map((c) => c.$disconnect().catch(() => {})));
  const app = await import("@/lib/db");
  await app.db.$disconnect();
  await tdb?.drop();
});

function clientFor(url: string): PrismaClient {
  const client = createDbClient(url, 1);
  clients.push(client);
  return client;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("databaseReady", () => {
  it("is true for the app's own database (the default client)", async () => {
    expect(await databaseReady()).toBe(true);
  });

  it("is false when the server refuses connections", async () => {
    const port = await freePort();
    expect(await databaseReady(clientFor(`postgresql://postgres@127.0.0.1:${port}/none`))).toBe(false);
  });

  it("is false within its time limit when the server never answers", async () => {
    const { port } = silent.address() as net.AddressInfo;
    const started = Date.now();
    expect(await databaseReady(clientFor(`postgresql://postgres@127.0.0.1:${port}/none`), 300)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
