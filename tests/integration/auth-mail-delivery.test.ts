// The mail outbox (lib/mail/outbox.ts) against a real PostgreSQL and a small fake SMTP server:
// nothing is sent without SMTP_URL, a failed attempt is recorded and retried later, the periodic
// sweep picks up what is due, and two instances delivering at once send each message once.
import net from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { setUpAuthDatabase, tearDownAuthDatabase, uniqueEmail, type AuthTestContext } from "./auth-helpers";

let ctx: AuthTestContext;
let outbox: typeof import("@/lib/mail/outbox");

interface Received {
  from: string;
  to: string[];
  data: string;
}

/** Just enough SMTP for nodemailer: greeting, EHLO, MAIL, RCPT, DATA, QUIT. */
function startFakeSmtp(): Promise<{ port: number; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    let buffer = "";
    let inData = false;
    let current: Received = { from: "", to: [], data: "" };
    socket.write("220 fake.smtp ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end === -1) return;
          current.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          received.push(current);
          current = { from: "", to: [], data: "" };
          socket.write("250 2.0.0 queued\r\n");
          continue;
        }
        const newline = buffer.indexOf("\r\n");
        if (newline === -1) return;
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO") socket.write("250-fake.smtp\r\n250 8BITMIME\r\n");
        else if (verb === "HELO") socket.write("250 fake.smtp\r\n");
        else if (verb === "MAIL") {
          current.from = line;
          socket.write("250 2.1.0 ok\r\n");
        } else if (verb === "RCPT") {
          current.to.push(line);
          socket.write("250 2.1.5 ok\r\n");
        } else if (verb === "DATA") {
          inData = true;
          socket.write("354 go ahead\r\n");
        } else if (verb === "QUIT") {
          socket.end("221 bye\r\n");
        } else socket.write("250 ok\r\n");
      }
    });
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as net.AddressInfo).port;
      resolve({
        port,
        received,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function queue(subject: string): Promise<string> {
  return ctx.db.$transaction((tx) => outbox.enqueueMail(tx, { regionId: null, to: uniqueEmail("mail"), subject, text: `Body of ${subject}` }));
}

beforeAll(async () => {
  ctx = await setUpAuthDatabase();
  outbox = await import("@/lib/mail/outbox");
});

afterAll(async () => {
  await tearDownAuthDatabase(ctx);
});

afterEach(async () => {
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
  // Leave no message due for the next test.
  await ctx.db.mailMessage.updateMany({ where: { sentAt: null }, data: { sentAt: new Date() } });
});

describe("mail delivery", () => {
  it("without SMTP_URL nothing is sent: the outbox keeps the message for administrators", async () => {
    const id = await queue("no smtp");
    expect(await outbox.deliverPendingMail()).toBe(0);
    expect(await ctx.db.mailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ sentAt: null, attempts: 0, lastError: null });
  });

  it("a failed attempt is recorded and retried once due, then the message is sent once", async () => {
    const id = await queue("retry me");
    process.env.SMTP_URL = `smtp://127.0.0.1:${await closedPort()}`;
    expect(await outbox.deliverPendingMail()).toBe(0);
    const failed = await ctx.db.mailMessage.findUniqueOrThrow({ where: { id } });
    expect(failed.sentAt).toBeNull();
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toBeTruthy();
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    const smtp = await startFakeSmtp();
    try {
      process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
      process.env.MAIL_FROM = "Minka <minka@test.example>";
      // Not due yet: the back-off is respected.
      expect(await outbox.deliverPendingMail()).toBe(0);
      expect(smtp.received).toHaveLength(0);
      // Time passes (the back-off ends).
      await ctx.db.mailMessage.update({ where: { id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
      expect(await outbox.deliverPendingMail()).toBe(1);
      const sent = await ctx.db.mailMessage.findUniqueOrThrow({ where: { id } });
      expect(sent.sentAt).not.toBeNull();
      expect(sent.attempts).toBe(2);
      expect(sent.lastError).toBeNull();
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]!.from).toContain("minka@test.example");
      expect(smtp.received[0]!.to[0]).toContain(sent.toEmail);
      expect(smtp.received[0]!.data).toContain("Subject: retry me");
      // Sent is sent: another run sends nothing more.
      expect(await outbox.deliverPendingMail()).toBe(0);
      expect(smtp.received).toHaveLength(1);
    } finally {
      await smtp.close();
    }
  });

  it("the periodic sweep delivers what is due without anyone calling it", async () => {
    const smtp = await startFakeSmtp();
    const stop = (() => {
      process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
      return outbox.startMailSweep(200);
    })();
    try {
      const id = await queue("swept");
      const deadline = Date.now() + 15_000;
      let sentAt: Date | null = null;
      while (!sentAt && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        sentAt = (await ctx.db.mailMessage.findUniqueOrThrow({ where: { id }, select: { sentAt: true } })).sentAt;
      }
      expect(sentAt).not.toBeNull();
      expect(smtp.received.some((m) => m.data.includes("Subject: swept"))).toBe(true);
    } finally {
      stop();
      await smtp.close();
    }
  });

  it("two instances delivering at once send each message exactly once (SKIP LOCKED)", async () => {
    const subjects = Array.from({ length: 8 }, (_, i) => `parallel ${i}`);
    for (const subject of subjects) await queue(subject);
    const smtp = await startFakeSmtp();
    try {
      process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
      const [a, b] = await Promise.all([outbox.deliverPendingMail(), outbox.deliverPendingMail()]);
      expect(a + b).toBe(subjects.length);
      const delivered = smtp.received.map((m) => /Subject: (parallel \d)/.exec(m.data)?.[1]).sort();
      expect(delivered).toEqual([...subjects].sort());
    } finally {
      await smtp.close();
    }
  });
});
