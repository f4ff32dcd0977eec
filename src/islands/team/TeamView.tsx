import { useEffect, useRef, useState } from "preact/hooks";
import type { IntakeItem } from "../../lib/team/intake";
import {
  addCode,
  addSummary,
  emptyTeam,
  isInFuture,
  TEAM_MAX_MEMBERS,
  type AddOutcome,
  type Team,
} from "../../lib/team/team";
import {
  moduleShares,
  sortRows,
  teamRows,
  type SortDirection,
  type SortKey,
  type TeamCell,
  type TeamTrack,
} from "../../lib/team/table";
import { teamCsv } from "../../lib/team/csv";
import { percent } from "../labels";
import { lang, t, useStrings, type IslandStrings } from "../../i18n/browser/client";
import { fill, plural } from "../../i18n/format";
import { hasStoredTeam, TEAM_KEY, TeamSync, type TeamState } from "../../stores/team";
import { BarChart } from "../charts/BarChart";
import { codeProblemText } from "../certificate/code-words";
import { formatDay } from "../review/dates";
import { useHydrated } from "../useHydrated";

interface Props {
  tracks: TeamTrack[];
  defaultTrack: string;
  /** The "team", "verify", "common" and "dashboard" groups, in the page's language. */
  strings: IslandStrings;
}

/** The reader of pastes and files, and the stored team's check: loaded when first needed. */
const loadIntake = () => import("../../lib/team/intake");
const loadSchema = () => import("../../lib/team/schema");

/** The most files one choice or drop reads; past it, the page says so. */
const MAX_FILES = 500;

const marks = { done: "✓", started: "◐", "not-started": "○" } as const;

/** A cell's state in words, with its score and day: what the mark means. */
function cellWords(cell: TeamCell): string {
  const words = t.team;
  const status =
    cell.status === "done"
      ? words.done
      : cell.status === "started"
        ? words.started
        : words.notStarted;
  return [
    status,
    cell.score === undefined ? "" : fill(words.score, { score: percent(cell.score / 100) }),
    cell.day === undefined ? "" : formatDay(cell.day),
  ]
    .filter(Boolean)
    .join(", ");
}

/** A cell as CSV text: "done 80% 2026-11-24", "started" or "". */
function csvCell(cell: TeamCell): string {
  if (cell.status === "not-started") return "";
  const score = cell.score === undefined ? "" : ` ${cell.score}%`;
  return cell.status === "done"
    ? `done${score}${cell.day ? ` ${cell.day}` : ""}`
    : `started${score}`;
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase(lang()) + text.slice(1);

/** Why an item was refused, in words a manager can act on. */
function reasonText(item: Extract<IntakeItem, { kind: "refused" }>): string {
  const words = t.team;
  switch (item.reason) {
    case "not-a-summary":
      return words.refusalNotSummary;
    case "cut-short":
      return words.refusalCutShort;
    case "changed":
      return words.refusalChanged;
    case "newer-version":
      return fill(words.refusalNewer, { version: item.detail ?? "?" });
    case "too-large":
      return words.refusalTooLarge;
    case "unreadable":
      return words.refusalUnreadable;
    case "invalid":
      return fill(words.refusalInvalid, { detail: item.detail ?? "?" });
    case "nothing":
      return words.refusalNothing;
    case "future":
      return fill(words.refusalFuture, { day: item.detail ? formatDay(item.detail) : "?" });
    case "not-a-code":
      return item.problem ? lowerFirst(codeProblemText(item.problem)) : words.refusalNothing;
  }
}

/** Where an item was, and why it was refused: "Line 3: the check character does not match". */
function refusalLine(item: Extract<IntakeItem, { kind: "refused" }>): string {
  const { file, line } = item.source;
  const reason = reasonText(item);
  if (file === undefined) return fill(t.team.line, { line, reason });
  return line === 0
    ? fill(t.team.file, { file, reason })
    : fill(t.team.fileLine, { file, line, reason });
}

const outcomeWords: Record<AddOutcome, () => string> = {
  added: () => t.team.outcomeAdded,
  updated: () => t.team.outcomeUpdated,
  "kept-newer": () => t.team.outcomeKeptNewer,
  unchanged: () => t.team.outcomeUnchanged,
  "team-full": () => t.team.outcomeTeamFull,
};

/** What one addition did, per item; items dated in the future are refused before they count. */
type Outcome = { item: IntakeItem; outcome?: AddOutcome; name?: string };

/** The team with what was read added, one item at a time, and what happened to each. */
function applyItems(team: Team, items: readonly IntakeItem[], now: Date) {
  const report: Outcome[] = [];
  let next = team;
  for (const item of items) {
    if (item.kind === "refused") {
      report.push({ item });
      continue;
    }
    const dated = item.kind === "summary" ? item.summary.madeAt : /\d{8}/.exec(item.code)?.[0];
    const day =
      dated && dated.length === 8
        ? `${dated.slice(0, 4)}-${dated.slice(4, 6)}-${dated.slice(6)}`
        : dated;
    if (day && isInFuture(day, now)) {
      report.push({
        item: { kind: "refused", reason: "future", detail: day.slice(0, 10), source: item.source },
      });
      continue;
    }
    const result =
      item.kind === "summary"
        ? addSummary(next, item.summary, now)
        : addCode(next, item.code, item.name, now);
    next = result.team;
    const name = item.kind === "summary" ? item.summary.name : (item.name ?? item.code);
    report.push({ item, outcome: result.outcome, name });
  }
  return { team: next, report };
}

/** The results panel's lines: the counts, the refusals by line, and each person's outcome. */
interface Results {
  counts: string[];
  refusals: string[];
  people: string[];
}

function resultsOf(report: readonly Outcome[]): Results {
  const words = t.team;
  const count = (outcome: AddOutcome) => report.filter((each) => each.outcome === outcome).length;
  const refused = report.flatMap((each) => (each.item.kind === "refused" ? [each.item] : []));
  const pastedLines = new Set(
    report
      .filter((each) => each.item.kind === "refused" || each.outcome === "team-full")
      .filter((each) => each.item.source.file === undefined)
      .flatMap((each) => each.item.source.lines.map((_, at) => each.item.source.line + at)),
  );
  const files = new Set(
    refused.filter((item) => item.source.file !== undefined).map((item) => item.source.file),
  );
  const counts = [
    plural(lang(), words.added, count("added")),
    ...(count("updated") > 0 ? [plural(lang(), words.updated, count("updated"))] : []),
    ...(count("unchanged") + count("kept-newer") > 0
      ? [plural(lang(), words.unchanged, count("unchanged") + count("kept-newer"))]
      : []),
    ...(pastedLines.size > 0 ? [plural(lang(), words.refusedCount, pastedLines.size)] : []),
    ...(files.size > 0 ? [plural(lang(), words.refusedFiles, files.size)] : []),
  ];
  // Lines with nothing on them (a greeting, a signature) are named together, once.
  const nothing = refused.filter((item) => item.reason === "nothing" && !item.source.file);
  const byLine = (item: IntakeItem) => item.source.line;
  const refusals = [
    ...refused
      .filter((item) => !nothing.includes(item) || nothing.length === 1)
      .sort((a, b) => byLine(a) - byLine(b))
      .map(refusalLine),
    ...(nothing.length > 1
      ? [
          fill(words.lines, {
            lines: new Intl.ListFormat(lang(), { type: "conjunction" }).format(
              nothing.map((item) => String(item.source.line)),
            ),
            reason: words.refusalNothing,
          }),
        ]
      : []),
  ];
  const people = report.flatMap((each) =>
    each.outcome
      ? [fill(outcomeWords[each.outcome](), { name: each.name ?? "", max: TEAM_MAX_MEMBERS })]
      : [],
  );
  return { counts, refusals, people };
}

/**
 * The team page: add people from their summaries and codes, see a track as a table of people
 * by modules with a bar per module, sort it, export it as CSV, or forget the team.
 */
export default function TeamView({ tracks, defaultTrack, strings }: Props) {
  useStrings(strings);
  const words = t.team;
  const hydrated = useHydrated();
  const [team, setTeam] = useState<Team>(emptyTeam);
  const [state, setState] = useState<TeamState>("ready");
  const sync = useRef<TeamSync | undefined>(undefined);
  const [trackId, setTrackId] = useState(defaultTrack);
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: { by: "name" },
    direction: "ascending",
  });
  const [details, setDetails] = useState(false);
  const [results, setResults] = useState<Results | undefined>(undefined);
  /** A word on the last addition (a failure, a paste too long), shown with its results. */
  const [note, setNote] = useState<string | undefined>(undefined);
  /** A word on the last action on the table (export, forget). */
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const pasteRef = useRef<HTMLTextAreaElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  const forgetRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  /** The team's keeper, with its checker loaded; made once. */
  const keeper = async () => {
    if (!sync.current) sync.current = new TeamSync((await loadSchema()).readStoredTeam);
    return sync.current;
  };
  const showStored = (keeping: TeamSync) => {
    setTeam(keeping.team);
    setState(keeping.state);
  };

  useEffect(() => {
    const read = () =>
      keeper()
        .then(async (keeping) => {
          await keeping.stored();
          showStored(keeping);
        })
        .catch(() => setState("not-kept"));
    // The checker and the keeper load only when there is a team to read.
    const held = hasStoredTeam();
    if (held === undefined) setState("not-kept");
    else if (held) read();
    // Another tab changed the team: show it as stored now, with this tab's recent additions.
    const onStorage = (event: StorageEvent) => {
      if (event.key === TEAM_KEY || event.key === null) read();
    };
    addEventListener("storage", onStorage);
    return () => removeEventListener("storage", onStorage);
  }, []);

  const track = tracks.find((candidate) => candidate.id === trackId) ?? tracks[0]!;
  const rows = sortRows(teamRows(team, track), sort.key, sort.direction);
  const shares = moduleShares(rows, track);
  const certified = rows.filter((row) => row.certificateDay).length;
  const notStarted = rows.filter((row) => row.notStarted).length;

  const show = (next: Results | undefined, text?: string) => {
    setResults(next);
    setNote(text);
    setMessage(undefined);
    requestAnimationFrame(() => resultsRef.current?.focus());
  };

  /** Add what `reading` finds; what could not be added comes back for the box. */
  const add = async (
    reading: (
      intake: Awaited<ReturnType<typeof loadIntake>>,
    ) => Promise<{ items: IntakeItem[]; note?: string }>,
  ): Promise<{ items: IntakeItem[]; report: Outcome[] } | undefined> => {
    const intake = await loadIntake().catch(() => undefined);
    const keeping = await keeper().catch(() => undefined);
    if (!intake || !keeping) {
      show(undefined, words.loadFailed);
      return undefined;
    }
    const { items, note } = await reading(intake);
    if (items.length === 0) {
      show(undefined, note ?? words.nothingFound);
      return { items, report: [] };
    }
    const now = new Date();
    const report = await keeping.change((current) => {
      const applied = applyItems(current, items, now);
      return { team: applied.team, report: applied.report };
    });
    showStored(keeping);
    show(resultsOf(report), note);
    return { items, report };
  };

  const addPasted = async (event: Event) => {
    event.preventDefault();
    const box = pasteRef.current!;
    setBusy(true);
    try {
      let unread = "";
      const done = await add(async (intake) => {
        const read = await intake.readPasted(box.value);
        unread = read.unread;
        return {
          items: read.items,
          ...(unread
            ? {
                note: fill(words.unread, {
                  count: (box.value.length - unread.length).toLocaleString(lang()),
                }),
              }
            : {}),
        };
      });
      if (!done) return;
      const intake = await loadIntake();
      // The box keeps what was not added, line for line, and what was not read.
      const kept = done.report
        .filter((each) => each.item.kind === "refused" || each.outcome === "team-full")
        .map((each) => each.item);
      box.value = intake.linesToKeep(kept, unread);
    } finally {
      setBusy(false);
    }
  };

  const addFiles = async (files: FileList | null | undefined) => {
    const all = [...(files ?? [])];
    if (all.length === 0) return;
    const list = all.slice(0, MAX_FILES);
    setBusy(true);
    try {
      await add(async (intake) => ({
        items: (await Promise.all(list.map(intake.readDropped))).flat(),
        ...(all.length > list.length
          ? { note: fill(words.tooManyFiles, { count: MAX_FILES }) }
          : {}),
      }));
      if (fileRef.current) fileRef.current.value = "";
    } finally {
      setBusy(false);
    }
  };

  const sortBy = (key: SortKey) => {
    const same = JSON.stringify(key) === JSON.stringify(sort.key);
    setSort({
      key,
      direction: same && sort.direction === "ascending" ? "descending" : "ascending",
    });
  };
  const ariaSort = (key: SortKey) =>
    JSON.stringify(key) === JSON.stringify(sort.key) ? sort.direction : "none";
  const header = (key: SortKey, label: string, reactKey: string = key.by, className = "") => (
    <th key={reactKey} scope="col" aria-sort={ariaSort(key)} class={className || undefined}>
      <button type="button" class="sort-button" onClick={() => sortBy(key)}>
        {label}
        <span aria-hidden="true" class="sort-mark">
          {ariaSort(key) === "ascending" ? " ▲" : ariaSort(key) === "descending" ? " ▼" : " ↕"}
        </span>
      </button>
    </th>
  );

  const exportCsv = () => {
    const text = teamCsv(rows, track, {
      name: words.name,
      modulesDone: words.modulesDone,
      certificate: words.certificate,
      code: words.code,
      cell: csvCell,
    });
    const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `team-${track.id}-${new Date().toISOString().slice(0, 10)}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage(words.exported);
  };

  const forget = () => {
    sync.current?.forget();
    if (sync.current) showStored(sync.current);
    else setTeam(emptyTeam());
    setConfirming(false);
    setResults(undefined);
    setNote(undefined);
    setMessage(words.forgotten);
    requestAnimationFrame(() => pasteRef.current?.focus());
  };

  return (
    <div class="team-view">
      <p class="team-kept">
        {state === "not-kept"
          ? words.notKept
          : state === "unreadable"
            ? words.unreadable
            : words.keptHere}
      </p>
      <h2>{words.addHeading}</h2>
      <form
        class={`team-intake${dragging ? " team-intake-dragging" : ""}`}
        onSubmit={addPasted}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void addFiles(event.dataTransfer?.files);
        }}
      >
        <label for="team-paste">{words.pasteLabel}</label>
        <p class="team-hint" id="team-paste-hint">
          {words.pasteHint}
        </p>
        <textarea
          class="code-box"
          id="team-paste"
          ref={pasteRef}
          rows={5}
          spellcheck={false}
          aria-describedby="team-paste-hint"
        />
        <div class="button-row">
          <button type="submit" class="button" disabled={!hydrated || busy}>
            {words.add}
          </button>
        </div>
        <label for="team-files">{words.fileLabel}</label>
        <p class="team-hint" id="team-files-hint">
          {words.dropHint}
        </p>
        <input
          id="team-files"
          ref={fileRef}
          type="file"
          multiple
          accept=".json,.txt,application/json,text/plain"
          aria-describedby="team-files-hint"
          disabled={!hydrated || busy}
          onChange={(event) => void addFiles((event.currentTarget as HTMLInputElement).files)}
        />
      </form>
      <div ref={resultsRef} tabIndex={-1} role="status" class="team-results">
        {(results || note) && (
          <>
            <h3>{words.results}</h3>
            {note && <p>{note}</p>}
            {results && (
              <>
                <p>{results.counts.join(" ")}</p>
                {results.refusals.length > 0 && (
                  <ul class="team-refusals">
                    {results.refusals.map((line, index) => (
                      <li key={`${index}-${line}`}>{line}</li>
                    ))}
                  </ul>
                )}
                {results.people.length > 0 && (
                  <details>
                    <summary>{words.eachPerson}</summary>
                    <ul>
                      {results.people.map((line, index) => (
                        <li key={`${index}-${line}`}>{line}</li>
                      ))}
                    </ul>
                  </details>
                )}
              </>
            )}
          </>
        )}
      </div>

      <h2>{words.teamHeading}</h2>
      <div class="team-track">
        <label for="team-track">{words.trackLabel}</label>
        <select
          id="team-track"
          value={track.id}
          disabled={!hydrated}
          onChange={(event) => setTrackId((event.currentTarget as HTMLSelectElement).value)}
        >
          {tracks.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </select>
      </div>

      {rows.length === 0 ? (
        <p>{words.empty}</p>
      ) : (
        <>
          <p class="team-summary-line">
            {plural(lang(), words.summaryLine, rows.length, { certified, notStarted })}
          </p>
          <section class="team-bars" aria-labelledby="team-bars-heading">
            <h3 id="team-bars-heading">{words.barsHeading}</h3>
            <BarChart
              label={words.barsHeading}
              bars={shares.map((module) => ({
                key: module.id,
                text: fill(words.barLabel, {
                  title: module.title,
                  done: module.done,
                  count: rows.length,
                  share: percent(module.share),
                }),
                share: module.share,
              }))}
            />
          </section>
          <div class="team-table-tools">
            <p class="team-legend" aria-hidden="true">
              {words.legend}
            </p>
            <label class="team-details-toggle">
              <input
                type="checkbox"
                checked={details}
                onChange={(event) => setDetails((event.currentTarget as HTMLInputElement).checked)}
              />{" "}
              {words.showDetails}
            </label>
          </div>
          <div
            class="table-scroll team-table-scroll"
            tabIndex={0}
            role="region"
            aria-labelledby="team-table-caption"
          >
            <table class={`team-table${details ? " team-table-details" : ""}`}>
              <caption id="team-table-caption">
                {plural(lang(), words.tableCaption, rows.length, { track: track.name })}
              </caption>
              <thead>
                <tr>
                  {header({ by: "name" }, words.name, "name", "team-name-column")}
                  {track.modules.map((module, index) =>
                    header({ by: "module", index }, module.title, module.id),
                  )}
                  {header({ by: "done" }, words.modulesDone)}
                  {header({ by: "certificate" }, words.certificate)}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.name} data-person={row.name}>
                    <th scope="row" class="team-name-column">
                      {row.name}
                      {row.notStarted && (
                        <span class="team-not-started"> ({words.notStartedBadge})</span>
                      )}
                    </th>
                    {row.cells.map((cell, index) => (
                      <td
                        key={track.modules[index]!.id}
                        data-status={cell.status}
                        data-label={track.modules[index]!.title}
                      >
                        <span class="team-mark" aria-hidden="true">
                          {marks[cell.status]}
                        </span>
                        <span class={details ? "team-cell-words" : "visually-hidden"}>
                          {" "}
                          {cellWords(cell)}
                        </span>
                      </td>
                    ))}
                    <td data-label={words.modulesDone}>
                      <span class="team-cell-value">
                        {fill(words.doneOf, { done: row.done, count: track.modules.length })}
                      </span>
                    </td>
                    <td data-label={words.certificate}>
                      <span class="team-cell-value">
                        {row.certificateDay ? (
                          <>
                            {fill(words.hasCertificate, { day: formatDay(row.certificateDay) })}{" "}
                            <code>{row.certificateCode}</code>
                          </>
                        ) : row.otherModulesCode ? (
                          <>
                            {fill(words.otherModules, { day: formatDay(row.otherModulesCode.day) })}{" "}
                            <code>{row.otherModulesCode.code}</code>
                          </>
                        ) : (
                          words.noCertificate
                        )}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div class="button-row">
            <button type="button" class="button" onClick={exportCsv}>
              {words.exportCsv}
            </button>
            {!confirming && (
              <button
                type="button"
                class="button button-secondary"
                ref={forgetRef}
                onClick={() => {
                  setConfirming(true);
                  requestAnimationFrame(() => confirmRef.current?.focus());
                }}
              >
                {words.forget}
              </button>
            )}
          </div>
          {confirming && (
            <div class="confirm-panel" role="group" aria-labelledby="forget-question">
              <p id="forget-question">{plural(lang(), words.forgetQuestion, rows.length)}</p>
              <div class="button-row">
                <button
                  type="button"
                  class="button button-danger"
                  ref={confirmRef}
                  onClick={forget}
                >
                  {words.forgetYes}
                </button>
                <button
                  type="button"
                  class="button button-secondary"
                  onClick={() => {
                    setConfirming(false);
                    requestAnimationFrame(() => forgetRef.current?.focus());
                  }}
                >
                  {words.cancel}
                </button>
              </div>
            </div>
          )}
        </>
      )}
      <p role="status" class="progress-message">
        {message}
      </p>
    </div>
  );
}
