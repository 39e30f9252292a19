"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { FieldShell } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import type { ActorOption, ActorScope } from "@/lib/actors/options";

/** Must match ACTOR_SEARCH_MIN in lib/actors/options.ts (the server ignores shorter searches). */
const MIN_CHARS = 2;
/** Wait for a pause in typing before asking the server. */
const DEBOUNCE_MS = 200;

export const actorOptionLabel = (a: ActorOption) => (a.acronym ? `${a.name} (${a.acronym})` : a.name);

type Results = { query: string } & ({ failed: true } | { failed: false; options: ActorOption[] });

/**
 * An organisation found by typing part of its name, acronym or RUC (ARIA 1.2 combobox with a list
 * box), of the region or of every region (`scope`): a region has thousands of organisations at
 * national scale and the country tens of thousands, too many for a select. The chosen id travels
 * in a hidden input named `name` (in a GET form too); leaving the field without choosing puts back
 * the last choice, so what the field shows is always what will be saved. Empty text = none.
 * Resetting the form (as a form that empties after each save does) puts back `initial`.
 */
export function ActorPicker({
  id,
  name,
  label,
  regionSlug,
  scope,
  initial,
  error,
  hint,
  required,
  invalid,
  exclude,
}: {
  id: string;
  name: string;
  label: string;
  regionSlug: string;
  scope: ActorScope;
  initial: ActorOption | null;
  error?: string;
  hint?: string;
  required?: boolean;
  /** Marked invalid without a message of its own (the group's message says why). */
  invalid?: boolean;
  /** Ids never offered, filtered here: the search API stays one query shared by every form. */
  exclude?: readonly string[];
}) {
  const t = useTranslations("actors.picker");
  const locale = useLocale();
  const [chosen, setChosen] = useState<ActorOption | null>(initial);
  const [text, setText] = useState(initial ? actorOptionLabel(initial) : "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [results, setResults] = useState<Results | null>(null);
  const query = text.trim();
  const searching = open && query.length >= MIN_CHARS;
  const hiddenRef = useRef<HTMLInputElement>(null);

  // form.reset() does not reach React state: follow the form's reset event instead.
  useEffect(() => {
    const form = hiddenRef.current?.form;
    if (!form) return;
    const onReset = () => {
      setChosen(initial);
      setText(initial ? actorOptionLabel(initial) : "");
      setOpen(false);
      setActive(-1);
    };
    form.addEventListener("reset", onReset);
    return () => form.removeEventListener("reset", onReset);
  }, [initial]);

  useEffect(() => {
    if (!searching) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/regions/${encodeURIComponent(regionSlug)}/actors/options?${new URLSearchParams({ q: query, scope, locale })}`, {
        signal: controller.signal,
        credentials: "same-origin",
      })
        .then(async (response) => {
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          const body = (await response.json()) as { options: ActorOption[] };
          setResults({ query, failed: false, options: body.options });
        })
        .catch(() => {
          if (!controller.signal.aborted) setResults({ query, failed: true });
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [searching, query, scope, regionSlug, locale]);

  const current = searching && results?.query === query ? results : null;
  const options = current && !current.failed ? current.options.filter((o) => !exclude?.includes(o.id)) : [];
  const listId = `${id}-options`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const expanded = searching && options.length > 0;

  const status = !open
    ? ""
    : query.length < MIN_CHARS
      ? t("hint", { min: MIN_CHARS })
      : !current
        ? t("searching")
        : current.failed
          ? t("failed")
          : options.length === 0
            ? t("noMatch", { text: query })
            : t("matches", { count: options.length });

  const choose = (option: ActorOption) => {
    setChosen(option);
    setText(actorOptionLabel(option));
    setOpen(false);
    setActive(-1);
  };
  const close = () => {
    setOpen(false);
    setActive(-1);
    // Nothing chosen from the list: the field goes back to what will be saved.
    setText(chosen ? actorOptionLabel(chosen) : "");
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      if (options.length > 0) setActive((i) => (i + 1) % options.length);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (options.length > 0) setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
    } else if (event.key === "Enter" && expanded) {
      // Enter picks the highlighted organisation instead of submitting the form.
      event.preventDefault();
      if (active >= 0 && options[active]) choose(options[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      close();
    }
  };

  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      {(aria) => (
        <div className="relative">
          <input ref={hiddenRef} type="hidden" name={name} value={chosen?.id ?? ""} />
          <input
            id={id}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-required={required || undefined}
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            autoComplete="off"
            spellCheck={false}
            value={text}
            placeholder={t("placeholder")}
            onChange={(event) => {
              setText(event.target.value);
              // Typing starts a new choice; the old one is kept only if nothing else is picked.
              setOpen(true);
              setActive(-1);
              if (event.target.value.trim() === "") setChosen(null);
            }}
            onFocus={() => setOpen(true)}
            onBlur={close}
            onKeyDown={onKeyDown}
            {...aria}
            aria-invalid={aria["aria-invalid"] ?? (invalid ? true : undefined)}
            className={cn(aria.className, "w-full")}
          />
          <ul
            id={listId}
            role="listbox"
            aria-label={t("results")}
            hidden={!expanded}
            className="absolute z-20 mt-1 max-h-72 w-full min-w-64 overflow-y-auto rounded-md border border-slate-500 bg-white shadow-lg"
          >
            {options.map((option, i) => (
              <li
                key={option.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                // Keeps the focus in the input, so its blur does not close the list first.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(option)}
                className={cn("cursor-pointer px-3 py-2 text-sm", i === active ? "bg-teal-800 text-white" : "text-slate-900 hover:bg-slate-100")}
              >
                <span className="block font-medium">{actorOptionLabel(option)}</span>
                <span className={cn("block text-xs", i === active ? "text-teal-50" : "text-slate-700")}>{option.regionName}</span>
              </li>
            ))}
          </ul>
          <p role="status" className={cn("mt-1 text-sm text-slate-700", status === "" && "sr-only")}>
            {status}
          </p>
        </div>
      )}
    </FieldShell>
  );
}
