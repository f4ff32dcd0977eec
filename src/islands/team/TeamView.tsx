import { useEffect, useRef, useState } from "preact/hooks";
import type { IntakeItem } from "../../lib/team/intake";
import { addCode, addSummary, emptyTeam, type Team } from "../../lib/team/team";
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
import { percent } from "../../lib/labels";
import { forgetStoredTeam, readTeam, writeTeam, TEAM_KEY, type TeamState } from "../../stores/team";
import { BarChart } from "../charts/BarChart";
import { formatDay } from "../review/dates";
import { useHydrated } from "../useHydrated";
import { csvCell, teamWords as words } from "./words";

interface Props {
  tracks: TeamTrack[];
  defaultTrack: string;
}

/** The reader of pastes and files, and the stored team's check: loaded when first needed. */
const loadIntake = () => import("../../lib/team/intake");
const loadSchema = () => import("../../lib/team/schema");

function cellText(cell: TeamCell): string {
  const score = cell.score === undefined ? undefined : percent(cell.score / 100);
  if (cell.status === "done") return words.cellDone(score, cell.day && formatDay(cell.day));
  return cell.status === "started" ? words.cellStarted(score) : words.cellNotStarted;
}

/** The team with what was read added, one item at a time, and the lines that say what happened. */
function applyItems(team: Team, items: IntakeItem[]): { team: Team; lines: string[] } {
  const lines: string[] = [];
  const now = new Date();
  let next = team;
  for (const item of items) {
    if (item.kind === "refused") {
      lines.push(words.refused(item.where, words.refusal(item.reason, item.detail)));
      continue;
    }
    const result =
      item.kind === "summary"
        ? addSummary(next, item.summary, now)
        : addCode(next, item.code, item.name, now);
    next = result.team;
    const who = item.kind === "summary" ? item.summary.name : (item.name ?? item.code);
    lines.push(words.outcome(who, result.outcome));
  }
  return { team: next, lines };
}

/**
 * The team page: add people from their summaries and codes, see a track as a table of people
 * by modules with a bar per module, sort it, export it as CSV, or forget the team.
 */
export default function TeamView({ tracks, defaultTrack }: Props) {
  const hydrated = useHydrated();
  const [team, setTeam] = useState<Team>(emptyTeam);
  const [state, setState] = useState<TeamState>("ready");
  // The latest team and state, for changes made after an await.
  const latest = useRef({ team, state });
  latest.current = { team, state };
  const [trackId, setTrackId] = useState(defaultTrack);
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: { by: "name" },
    direction: "ascending",
  });
  const [results, setResults] = useState<string[] | undefined>(undefined);
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  const [dragging, setDragging] = useState(false);
  const pasteRef = useRef<HTMLTextAreaElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  const forgetRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const read = () =>
      readTeam(() => loadSchema().then((schema) => schema.readStoredTeam))
        .then((stored) => {
          setTeam(stored.team);
          setState(stored.state);
        })
        .catch(() => setState("not-kept"));
    read();
    // Another tab changed the team: show it as stored now.
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

  const show = (lines: string[]) => {
    setResults(lines);
    setMessage(undefined);
    requestAnimationFrame(() => resultsRef.current?.focus());
  };
  /** Read input with the intake, add what it holds; true when nothing in it was refused. */
  const read = async (
    reading: (intake: Awaited<ReturnType<typeof loadIntake>>) => Promise<IntakeItem[]>,
  ): Promise<boolean> => {
    const intake = await loadIntake().catch(() => undefined);
    if (!intake) {
      show([words.loadFailed]);
      return false;
    }
    try {
      const items = await reading(intake);
      if (items.length === 0) {
        show([words.nothingFound]);
        return false;
      }
      const added = applyItems(latest.current.team, items);
      // Nothing is written unless something was added: refused input leaves storage as it was.
      if (added.team !== latest.current.team) {
        setTeam(added.team);
        setState(writeTeam(added.team, latest.current.state));
      }
      show(added.lines);
      return items.every((item) => item.kind !== "refused");
    } catch {
      show([words.loadFailed]);
      return false;
    }
  };
  const addPasted = (event: Event) => {
    event.preventDefault();
    const box = pasteRef.current!;
    // What was pasted stays in the box if any of it was refused, to be fixed rather than lost.
    read((intake) => intake.readPasted(box.value)).then((allAdded) => {
      if (allAdded) box.value = "";
    });
  };
  const addFiles = (files: FileList | null | undefined) => {
    const list = [...(files ?? [])].slice(0, 100);
    if (list.length === 0) return;
    read(async (intake) => (await Promise.all(list.map(intake.readDropped))).flat()).then(() => {
      if (fileRef.current) fileRef.current.value = "";
    });
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
  const header = (key: SortKey, label: string, reactKey: string = key.by) => (
    <th key={reactKey} scope="col" aria-sort={ariaSort(key)}>
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
    setState(forgetStoredTeam(state));
    setTeam(emptyTeam());
    setConfirming(false);
    setResults(undefined);
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
          addFiles(event.dataTransfer?.files);
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
          maxLength={200_000}
          aria-describedby="team-paste-hint"
        />
        <div class="button-row">
          <button type="submit" class="button" disabled={!hydrated}>
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
          disabled={!hydrated}
          onChange={(event) => addFiles((event.currentTarget as HTMLInputElement).files)}
        />
      </form>
      <div ref={resultsRef} tabIndex={-1} role="status" class="team-results">
        {results && (
          <>
            <h3>{words.results}</h3>
            <ul>
              {results.map((line, index) => (
                <li key={`${index}-${line}`}>{line}</li>
              ))}
            </ul>
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
          <p class="team-summary-line">{words.summaryLine(rows.length, certified, notStarted)}</p>
          <section class="team-bars" aria-labelledby="team-bars-heading">
            <h3 id="team-bars-heading">{words.barsHeading}</h3>
            <BarChart
              label={words.barsHeading}
              bars={shares.map((module) => ({
                key: module.id,
                text: `${words.barLabel(module.title, module.done, rows.length)} (${percent(module.share)})`,
                share: module.share,
              }))}
            />
          </section>
          <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="team-table-caption">
            <table class="team-table">
              <caption id="team-table-caption">
                {words.tableCaption(track.name, rows.length)}
              </caption>
              <thead>
                <tr>
                  {header({ by: "name" }, words.name)}
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
                    <th scope="row">
                      {row.name}
                      {row.notStarted && (
                        <span class="team-not-started"> ({words.notStartedBadge})</span>
                      )}
                    </th>
                    {row.cells.map((cell, index) => (
                      <td key={track.modules[index]!.id} data-status={cell.status}>
                        {cellText(cell)}
                      </td>
                    ))}
                    <td>{words.doneOf(row.done, track.modules.length)}</td>
                    <td>
                      {row.certificateDay ? (
                        <>
                          {words.hasCertificate(formatDay(row.certificateDay))}{" "}
                          <code>{row.certificateCode}</code>
                        </>
                      ) : (
                        words.noCertificate
                      )}
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
              <p id="forget-question">{words.forgetQuestion(rows.length)}</p>
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
