import { SavedNotice } from "@/components/councils/admin-header";
import { TextLink } from "@/components/ui/text-link";

/** The head of a plans page: a way back, the region, the title, and "saved"/"deleted" after a form. */
export function PlansHeader({
  back,
  backLabel,
  regionName,
  heading,
  notice,
  children,
}: {
  back: string;
  backLabel: string;
  regionName: string;
  heading: string;
  /** The message after a redirect from a form (?saved=1, ?deleted=1), or null. */
  notice?: string | null;
  children?: React.ReactNode;
}) {
  return (
    <div className="space-y-2">
      <TextLink href={back}>{backLabel}</TextLink>
      <p className="text-sm font-semibold tracking-wide text-teal-900 uppercase">{regionName}</p>
      <h1 className="text-3xl font-bold tracking-tight">{heading}</h1>
      <SavedNotice saved={!!notice} message={notice ?? ""} />
      {children}
    </div>
  );
}
