import type { RefObject, TargetedKeyboardEvent } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { excerptParts, toSearchHits, type SearchHit } from "./hits";
import { loadPagefind } from "./pagefind";
import { trackName, tracks } from "../tracks";
import { lang, t } from "../../i18n/browser/client";
import { fill, plural } from "../../i18n/format";
import { siteHref } from "../../lib/site-url";
import { pageHref } from "../page-href";

/** How many matching pages to load and show; a learner refines rather than scrolls. */
const pageLimit = 10;

type Outcome =
  | { status: "idle" }
  | { status: "searching" }
  | { status: "failed" }
  | { status: "done"; term: string; track: string; hits: SearchHit[]; pages: number };

interface Props {
  /** Prefix for element ids, so two panels could share a page. */
  idPrefix: string;
  /** Receives the search field, for a dialog that focuses it on open. */
  inputRef?: RefObject<HTMLInputElement>;
  /** Called as the learner follows a result, before the browser navigates. */
  onNavigate?: () => void;
  /** What the field holds when the panel first appears. */
  initialQuery?: string;
}

/**
 * A search field, a track filter and live results from Pagefind. Arrow keys move between the
 * field and the results; each result is an ordinary link. Pagefind loads with the first search,
 * so showing the panel costs no download.
 */
export function SearchPanel({ idPrefix, inputRef, onNavigate, initialQuery = "" }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const [track, setTrack] = useState("");
  const [outcome, setOutcome] = useState<Outcome>({ status: "idle" });
  const latest = useRef(0);
  const ownInput = useRef<HTMLInputElement>(null);
  const input = inputRef ?? ownInput;
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const term = query.trim();
    const request = ++latest.current;
    if (!term) {
      setOutcome({ status: "idle" });
      return;
    }
    setOutcome({ status: "searching" });
    (async () => {
      const pagefind = await loadPagefind();
      const search = await pagefind.debouncedSearch(term, { filters: track ? { track } : {} }, 150);
      if (search === null || request !== latest.current) return;
      const pages = await Promise.all(search.results.slice(0, pageLimit).map((hit) => hit.data()));
      if (request !== latest.current) return;
      setOutcome({
        status: "done",
        term,
        track,
        hits: pages.flatMap(toSearchHits),
        pages: search.results.length,
      });
    })().catch(() => {
      if (request === latest.current) setOutcome({ status: "failed" });
    });
  }, [query, track]);

  const links = () => [...(list.current?.querySelectorAll<HTMLAnchorElement>("a") ?? [])];

  const onInputKeyDown = (event: TargetedKeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" && links().length > 0) {
      event.preventDefault();
      links()[0]!.focus();
    } else if (event.key === "Enter" && links().length > 0) {
      event.preventDefault();
      links()[0]!.click();
    }
  };

  const onListKeyDown = (event: TargetedKeyboardEvent<HTMLOListElement>) => {
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) return;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      all[Math.min(index + 1, all.length - 1)]!.focus();
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (index === 0) input.current?.focus();
      else all[index - 1]!.focus();
    }
  };

  const trackWords =
    outcome.status === "done" && outcome.track
      ? fill(t.search.inTrack, { track: trackName(outcome.track) })
      : "";
  return (
    <div class="search-panel" role="search">
      <label class="search-label" for={`${idPrefix}-input`}>
        {t.search.label}
      </label>
      <input
        ref={input}
        id={`${idPrefix}-input`}
        class="search-input"
        type="search"
        autoComplete="off"
        spellcheck={false}
        aria-describedby={`${idPrefix}-hint`}
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={onInputKeyDown}
      />
      <p id={`${idPrefix}-hint`} class="search-hint">
        {t.search.hint}
      </p>
      <fieldset class="search-tracks">
        <legend>{t.search.track}</legend>
        {[["", t.search.all], ...tracks.map((track) => [track.id, trackName(track.id)])].map(
          ([id, label]) => (
            <label key={id || "all"} class="search-track">
              <input
                type="radio"
                name={`${idPrefix}-track`}
                value={id}
                checked={track === id}
                onChange={() => setTrack(id!)}
              />
              {label}
            </label>
          ),
        )}
      </fieldset>
      <p class="search-status" role="status">
        {outcome.status === "searching" && t.search.searching}
        {outcome.status === "failed" && t.search.failed}
        {outcome.status === "done" &&
          (outcome.hits.length === 0
            ? fill(t.search.none, { term: outcome.term, inTrack: trackWords })
            : plural(lang(), t.search.results, outcome.hits.length, {
                term: outcome.term,
                inTrack: trackWords,
              }) + (outcome.pages > pageLimit ? t.search.narrow : "."))}
      </p>
      {outcome.status === "done" && outcome.hits.length === 0 && (
        <p class="search-empty">
          {t.search.tryOther}
          {track ? t.search.orAllTracks : ""}
          {t.search.browseBefore} <a href={pageHref("/")}>{t.search.mapLink}</a> {t.search.or}{" "}
          <a href={pageHref("/glossary/")}>{t.search.glossaryLink}</a>.
        </p>
      )}
      {outcome.status === "done" && outcome.hits.length > 0 && (
        <ol
          class="search-results"
          ref={list}
          onKeyDown={onListKeyDown}
          aria-label={t.search.resultsLabel}
        >
          {outcome.hits.map((hit, index) => (
            <li key={hit.url} class="search-hit">
              <a
                href={siteHref(hit.url)}
                onClick={onNavigate}
                aria-describedby={`${idPrefix}-hit-${index}-excerpt ${idPrefix}-hit-${index}-where`}
              >
                <span class="search-hit-title">{hit.title}</span>
                {hit.section && <span class="search-hit-section"> › {hit.section}</span>}
              </a>
              <p class="search-hit-excerpt" id={`${idPrefix}-hit-${index}-excerpt`}>
                {excerptParts(hit.excerpt).map((part, partIndex) =>
                  part.marked ? <mark key={partIndex}>{part.text}</mark> : part.text,
                )}
              </p>
              <p class="search-hit-where" id={`${idPrefix}-hit-${index}-where`}>
                {hit.kind === "glossary"
                  ? t.search.glossary
                  : plural(lang(), t.search.tracks, hit.tracks.length, {
                      names: hit.tracks.map(trackName).join(", "),
                    })}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
