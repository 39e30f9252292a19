import type { Metadata } from "next";
import type { Messages, NamespaceKeys, NestedKeyOf } from "next-intl";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "./locale";

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
type KeyOf<N extends Namespace> = Parameters<Awaited<ReturnType<typeof getTranslations<N>>>>[0];

/**
 * The `generateMetadata` of a page that must stay out of search engines (everything behind a
 * sign-in, and the sign-in pages themselves): its translated title and `noindex`. The key is
 * checked against the namespace, so a wrong key fails the type check.
 */
export function privatePageMetadata<N extends Namespace>(namespace: N, key: KeyOf<N>) {
  return async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
    const locale = await resolveLocale(params);
    // The key was checked at the call site; inside this generic body TypeScript cannot tell
    // whether the message takes arguments, so the translator is called untyped (titles take none).
    const t = (await getTranslations({ locale, namespace })) as unknown as (key: string) => string;
    return { title: t(key as string), robots: { index: false } };
  };
}
