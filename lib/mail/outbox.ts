import "server-only";
import nodemailer from "nodemailer";
import type { Tx } from "@/lib/audit";
import { db } from "@/lib/db";

// Mail goes through a table. Whoever queues a message does so in the same transaction as the
// change it announces (an invitation is never lost half-way); delivery happens after commit, by
// SMTP when SMTP_URL is set. Without SMTP the messages stay in the table and administrators read
// them in the UI (the links inside are what they pass on).

export interface MailInput {
  regionId: string | null;
  to: string;
  subject: string;
  text: string;
}

export async function enqueueMail(tx: Tx, mail: MailInput): Promise<string> {
  const row = await tx.mailMessage.create({
    data: { regionId: mail.regionId, toEmail: mail.to, subject: mail.subject, textBody: mail.text },
    select: { id: true },
  });
  return row.id;
}

const MAX_ATTEMPTS = 8;
/** Every wait of the SMTP conversation; well inside the claiming transaction's time limit. */
const SMTP_TIMEOUT_MS = 20_000;
const CLAIM_TRANSACTION_TIMEOUT_MS = 3 * SMTP_TIMEOUT_MS + 10_000;

/**
 * Sends what is due. Safe on several instances at once: each message is claimed with
 * FOR UPDATE SKIP LOCKED inside the transaction that records its result. Returns how many
 * were sent. Does nothing without SMTP_URL.
 */
export async function deliverPendingMail(limit = 20): Promise<number> {
  const smtpUrl = process.env.SMTP_URL;
  if (!smtpUrl) return 0;
  const transport = nodemailer.createTransport(smtpUrl, {
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
  const from = process.env.MAIL_FROM ?? "Minka <no-reply@minka.invalid>";
  let sent = 0;
  try {
    for (let i = 0; i < limit; i++) {
      // The time limit is raised from Prisma's 5 s: under a slow SMTP server the transaction would
      // end after the mail left but before its row said so, and the next sweep would send it again.
      const done = await db.$transaction(async (tx) => {
        const [row] = await tx.$queryRaw<{ id: string; toEmail: string; subject: string; textBody: string; attempts: number }[]>`
          select id, "toEmail", subject, "textBody", attempts from "MailMessage"
          where "sentAt" is null and "nextAttemptAt" <= now() and attempts < ${MAX_ATTEMPTS}
          order by "createdAt" limit 1 for update skip locked`;
        if (!row) return null;
        try {
          await transport.sendMail({ from, to: row.toEmail, subject: row.subject, text: row.textBody });
          await tx.mailMessage.update({ where: { id: row.id }, data: { sentAt: new Date(), attempts: row.attempts + 1, lastError: null } });
          return true;
        } catch (error) {
          // Back off exponentially: a mail server that is down is not hammered.
          const delayMs = 60_000 * 2 ** row.attempts;
          await tx.mailMessage.update({
            where: { id: row.id },
            data: { attempts: row.attempts + 1, lastError: String((error as Error).message).slice(0, 500), nextAttemptAt: new Date(Date.now() + delayMs) },
          });
          return false;
        }
      }, { timeout: CLAIM_TRANSACTION_TIMEOUT_MS, maxWait: 10_000 });
      if (done === null) break;
      if (done) sent++;
    }
  } finally {
    transport.close();
  }
  return sent;
}

/**
 * Delivers what is due without making the caller wait or fail: call it after the commit that
 * queued a mail. A failure stays in the row (attempts, lastError) for the periodic sweep.
 */
export function deliverInBackground(): void {
  if (!process.env.SMTP_URL) return;
  deliverPendingMail().catch((error: unknown) => console.error("[minka] mail delivery failed:", (error as Error).message));
}

export const SWEEP_INTERVAL_MS = 60_000;
const globalForSweep = globalThis as unknown as { minkaMailSweep?: ReturnType<typeof setInterval> };

/**
 * Retries what an earlier attempt could not send, once a minute. Started once per server process
 * (instrumentation.ts); several instances sweeping at once is safe thanks to SKIP LOCKED.
 * Returns a function that stops it.
 */
export function startMailSweep(intervalMs = SWEEP_INTERVAL_MS): () => void {
  if (!globalForSweep.minkaMailSweep) {
    let running = false;
    const sweep = async () => {
      if (running) return; // a slow SMTP server must not stack sweeps
      running = true;
      try {
        await deliverPendingMail();
      } catch (error) {
        console.error("[minka] mail sweep failed:", (error as Error).message);
      } finally {
        running = false;
      }
    };
    const timer = setInterval(() => void sweep(), intervalMs);
    timer.unref();
    globalForSweep.minkaMailSweep = timer;
    void sweep();
  }
  return () => {
    if (globalForSweep.minkaMailSweep) clearInterval(globalForSweep.minkaMailSweep);
    globalForSweep.minkaMailSweep = undefined;
  };
}
