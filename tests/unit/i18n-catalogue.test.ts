import { createTranslator, type IntlError } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import es from "@/lib/i18n/messages/es.json";
import shellEn from "@/lib/i18n/messages/shell/en.json";
import shellEs from "@/lib/i18n/messages/shell/es.json";

// A message that is not valid ICU only fails when it is shown with values (a plain message is
// returned as written), so a broken one can sit unnoticed until a rare page or a development
// build shows its key instead. Here every message is compiled once, in both languages.

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [prefix + key] : keysOf(value, `${prefix}${key}.`)));
}

function invalidMessages(locale: "es" | "en", messages: Tree): string[] {
  const invalid: string[] = [];
  const t = createTranslator({
    locale,
    messages,
    onError: (error: IntlError) => {
      if (error.code === "INVALID_MESSAGE") invalid.push(error.message);
    },
  });
  // Passing values (even none) makes the translator compile the message instead of returning it.
  for (const key of keysOf(messages)) t.rich(key as never, {} as never);
  return invalid;
}

/** Keys one catalogue has and the other lacks: a lacking key shows as its name on the page. */
function keyDifference(a: Tree, b: Tree): { onlyInFirst: string[]; onlyInSecond: string[] } {
  const [ka, kb] = [new Set(keysOf(a)), new Set(keysOf(b))];
  return { onlyInFirst: [...ka].filter((k) => !kb.has(k)), onlyInSecond: [...kb].filter((k) => !ka.has(k)) };
}

describe("translation catalogues", () => {
  it("Spanish and English have the same keys", () => {
    expect(keyDifference(es as Tree, en as Tree)).toEqual({ onlyInFirst: [], onlyInSecond: [] });
    expect(keyDifference(shellEs as Tree, shellEn as Tree)).toEqual({ onlyInFirst: [], onlyInSecond: [] });
    // And a difference is found where it is.
    expect(keyDifference({ a: { b: "x", c: "y" } }, { a: { b: "x" }, d: "z" })).toEqual({ onlyInFirst: ["a.c"], onlyInSecond: ["d"] });
  });

  it.each([
    ["es", { ...es, shell: shellEs }],
    ["en", { ...en, shell: shellEn }],
  ] as const)("every %s message is valid ICU", (locale, messages) => {
    expect(keysOf(messages as Tree).length).toBeGreaterThan(500);
    expect(invalidMessages(locale, messages as Tree)).toEqual([]);
  });

  it("reports a message that is not valid ICU", () => {
    expect(invalidMessages("es", { broken: "Authorization: Bearer <secreto>." })).toHaveLength(1);
  });
});
