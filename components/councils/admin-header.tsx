import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";

/** The head of a council administration page: a way back, the region, the title, "saved". */
export async function AdminHeader({
  back,
  backLabel,
  regionName,
  heading,
  saved = false,
}: {
  back: string;
  backLabel: string;
  regionName: string;
  heading: string;
  saved?: boolean;
}) {
  const t = await getTranslations("council");
  return (
    <div className="space-y-2">
      <TextLink href={back}>{backLabel}</TextLink>
      <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{regionName}</p>
      <h1 className="text-3xl font-bold tracking-tight">{heading}</h1>
      <SavedNotice saved={saved} message={t("savedMessage")} />
    </div>
  );
}

/** "Saved" after a redirect from a form (?saved=1), announced politely. */
export function SavedNotice({ saved, message }: { saved: boolean; message: string }) {
  return (
    <div role="status" aria-live="polite">
      {saved ? <p className="rounded-md border border-teal-800 bg-teal-50 px-4 py-3 text-sm font-medium text-teal-900">{message}</p> : null}
    </div>
  );
}
