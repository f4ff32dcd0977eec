import { useState } from "preact/hooks";
import {
  agenda,
  breakChoices,
  clock,
  parseClock,
  type AgendaModule,
  type Breaks,
} from "../../lib/agenda";
import { useHydrated } from "../useHydrated";
import { runSheetWords as words } from "./words";

interface Props {
  modules: AgendaModule[];
  /** Minutes since midnight. */
  start: number;
  breaks: Breaks;
}

/**
 * The day's agenda with its start time and breaks as controls. The page's HTML holds the
 * default agenda, rendered from the same props; once hydrated, changes recompute the times.
 */
export default function AgendaPlanner(props: Props) {
  const hydrated = useHydrated();
  const [start, setStart] = useState(props.start);
  const [breaks, setBreaks] = useState<Breaks>(props.breaks);
  const items = agenda(props.modules, start, breaks);
  const end = items.at(-1)?.end ?? start;

  return (
    <div class="agenda">
      <form class="agenda-controls" onSubmit={(event) => event.preventDefault()}>
        <label for="agenda-start">{words.startLabel}</label>
        <input
          id="agenda-start"
          type="time"
          step={300}
          value={clock(start)}
          disabled={!hydrated}
          onInput={(event) => {
            const minutes = parseClock((event.currentTarget as HTMLInputElement).value);
            if (minutes !== undefined) setStart(minutes);
          }}
        />
        <fieldset>
          <legend>{words.breaksLegend}</legend>
          {props.modules.slice(0, -1).map((module) => (
            <div class="agenda-break" key={module.id}>
              <label for={`break-${module.id}`}>{words.breakAfter(module.title)}</label>
              <select
                id={`break-${module.id}`}
                value={String(breaks[module.id] ?? 0)}
                disabled={!hydrated}
                onChange={(event) =>
                  setBreaks({
                    ...breaks,
                    [module.id]: Number((event.currentTarget as HTMLSelectElement).value),
                  })
                }
              >
                {breakChoices.map((minutes) => (
                  <option key={minutes} value={String(minutes)}>
                    {words.breakChoice(minutes)}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
        <div class="button-row">
          <button type="button" class="button" disabled={!hydrated} onClick={() => print()}>
            {words.print}
          </button>
        </div>
      </form>
      <table class="agenda-table">
        <thead>
          <tr>
            <th scope="col">{words.time}</th>
            <th scope="col">{words.what}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={`${item.kind}-${item.moduleId}`} data-kind={item.kind}>
              <td class="agenda-time">
                {clock(item.start)}–{clock(item.end)}
              </td>
              <td>
                {item.kind === "module" ? (
                  <a href={`#module-${item.moduleId}`}>{item.title}</a>
                ) : item.kind === "activity" ? (
                  words.activity(item.title)
                ) : (
                  words.break(item.end - item.start)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="agenda-end" role="status">
        {words.dayEnds(clock(end), words.hours(end - start))}
      </p>
    </div>
  );
}
