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

/**
 * Sends what is due. Safe on several instances at once: each message is claimed with
 * FOR UPDATE SKIP LOCKED inside the transaction that records its result. Returns how many
 * were sent. Does nothing without SMTP_URL.
 */
export async function deliverPendingMail(limit = 20): Promise<number> {
  const smtpUrl = process.env.SMTP_URL;
  if (!smtpUrl) return 0;
  const transport = nodemailer.createTransport(smtpUrl);
  const from = process.env.MAIL_FROM ?? "Minka <no-reply@minka.invalid>";
  let sent = 0;
  for (let i = 0; i < limit; i++) {
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
    });
    if (done === null) break;
    if (done) sent++;
  }
  return sent;
}
