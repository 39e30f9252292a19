import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/card";
import { textLinkClasses } from "@/components/ui/text-link";
import type { MailDto, PageOf } from "@/lib/audit-trail/data";
import { MOMENT } from "./format";
import { Pager, type Href } from "./pager";

// Web addresses in a mail's text become links, so an administrator can open or copy an
// invitation link. Only http(s) addresses: nothing else in a text can turn into a script URL.
const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

function withLinks(text: string): ReactNode[] {
  return text.split(URL_PATTERN).map((part, index) =>
    index % 2 === 1 ? (
      <a key={index} href={part} className={`${textLinkClasses} break-all`}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}

/** Outgoing mail, newest first: to, subject, when, sent or waiting, and the text with its links. */
export async function OutboxList({
  page,
  showRegion,
  hrefFor,
}: {
  page: PageOf<MailDto>;
  showRegion: boolean;
  hrefFor: (page: number) => Href;
}) {
  const [t, format] = await Promise.all([getTranslations("admin.outbox"), getFormatter()]);
  if (page.items.length === 0) return <p className="text-slate-700">{t("empty")}</p>;
  return (
    <div className="space-y-4">
      <ol className="space-y-4" aria-label={t("listLabel")}>
        {page.items.map((mail) => (
          <li key={mail.id}>
            <article aria-labelledby={`mail-${mail.id}`} className="space-y-3 rounded-lg border border-slate-300 bg-white p-5 shadow-sm">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h2 id={`mail-${mail.id}`} className="text-lg font-semibold text-slate-900">
                  {mail.subject}
                </h2>
                {mail.sentAt ? (
                  <Badge>{t("sent")}</Badge>
                ) : (
                  <Badge className="border-amber-700/40 bg-amber-50 text-amber-900">{t("pending")}</Badge>
                )}
              </div>
              <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                <dt className="font-semibold text-slate-900">{t("to")}</dt>
                <dd className="break-all text-slate-800">{mail.to}</dd>
                {showRegion ? (
                  <>
                    <dt className="font-semibold text-slate-900">{t("region")}</dt>
                    <dd className="text-slate-800">{mail.region?.name ?? t("noRegion")}</dd>
                  </>
                ) : null}
                <dt className="font-semibold text-slate-900">{t("created")}</dt>
                <dd className="text-slate-800">
                  <time dateTime={mail.createdAt.toISOString()}>{format.dateTime(mail.createdAt, MOMENT)}</time>
                </dd>
                <dt className="font-semibold text-slate-900">{t("status")}</dt>
                <dd className="text-slate-800">
                  {mail.sentAt ? (
                    t("sentAt", { when: format.dateTime(mail.sentAt, MOMENT) })
                  ) : mail.lastError ? (
                    t("pendingWithError", { attempts: mail.attempts, error: mail.lastError })
                  ) : (
                    t("pendingExplained")
                  )}
                </dd>
              </dl>
              <div className="rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-sm whitespace-pre-wrap text-slate-900">
                {withLinks(mail.text)}
              </div>
            </article>
          </li>
        ))}
      </ol>
      <Pager label={t("paginationLabel")} page={page.page} pageCount={page.pageCount} total={page.total} hrefFor={hrefFor} />
    </div>
  );
}
