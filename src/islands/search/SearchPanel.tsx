import type { RefObject, TargetedKeyboardEvent } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { excerptParts, toSearchHits, type SearchHit } from "./hits";
import { loadPagefind } from "./pagefind";
import { trackName, tracks } from "../../lib/tracks";
import { siteHref } from "../../lib/site-url";

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
    outcome.status === "done" && outcome.track ? ` in the ${trackName(outcome.track)} track` : "";
  return (
    <div class="search-panel" role="search">
      <label class="search-label" for={`${idPrefix}-input`}>
        Search modules and the glossary
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
        Try a phrase you remember, such as “empathy map” or “Kudos”. Press ↓ to reach the results.
      </p>
      <fieldset class="search-tracks">
        <legend>Track</legend>
        {[["", "All"], ...tracks.map((track) => [track.id, track.name])].map(([id, label]) => (
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
        ))}
      </fieldset>
      <p class="search-status" role="status">
        {outcome.status === "searching" && "Searching…"}
        {outcome.status === "failed" &&
          "Search could not load. Reload the page, or use the learning map or the glossary."}
        {outcome.status === "done" &&
          (outcome.hits.length === 0
            ? `No results for “${outcome.term}”${trackWords}.`
            : `${countWords(outcome.hits.length)} for “${outcome.term}”${trackWords}` +
              (outcome.pages > pageLimit ? ", best first. Add a word to narrow them." : "."))}
      </p>
      {outcome.status === "done" && outcome.hits.length === 0 && (
        <p class="search-empty">
          Try fewer or different words
          {track ? ", or all tracks" : ""}. You can also browse the{" "}
          <a href={siteHref("/")}>learning map</a> or the{" "}
          <a href={siteHref("/glossary/")}>glossary</a>.
        </p>
      )}
      {outcome.status === "done" && outcome.hits.length > 0 && (
        <ol class="search-results" ref={list} onKeyDown={onListKeyDown} aria-label="Results">
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
                  ? "Glossary"
                  : `${hit.tracks.length === 1 ? "Track" : "Tracks"}: ${hit.tracks.map(trackName).join(", ")}`}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function countWords(count: number): string {
  return `${count} ${count === 1 ? "result" : "results"}`;
}
