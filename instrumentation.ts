// Next's instrumentation hook: `register` runs once when a server process starts.
//
// The mail sweep retries what an earlier delivery attempt could not send (the outbox,
// lib/mail/outbox.ts). Mail is also delivered right after each commit that queues it; the sweep
// is the safety net. Node.js runtime only (the edge runtime has no SMTP), and only when SMTP_URL
// is set: without it the outbox is read by administrators in the UI. Several app instances may
// sweep at once; each message is claimed with FOR UPDATE SKIP LOCKED.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.SMTP_URL) return;
  const { startMailSweep } = await import("./lib/mail/outbox");
  startMailSweep();
}
