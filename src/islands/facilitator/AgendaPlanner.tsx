import { useEffect, useState } from "preact/hooks";
import {
  agenda,
  breakChoices,
  clock,
  moduleSlots,
  parseClock,
  type AgendaModule,
  type Breaks,
} from "../../lib/agenda";
import { lang, t, useStrings, type IslandStrings } from "../../i18n/browser/client";
import { fill, plural } from "../../i18n/format";
import { useHydrated } from "../useHydrated";

interface Props {
  modules: AgendaModule[];
  /** Minutes since midnight. */
  start: number;
  breaks: Breaks;
  /** The "runSheet" group, in the page's language. */
  strings: IslandStrings;
}

/** "7 h" or "7 h 05 min", in the page's language. */
const hours = (minutes: number) => {
  const whole = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0
    ? fill(t.runSheet.hours, { hours: whole })
    : fill(t.runSheet.hoursMinutes, { hours: whole, minutes: String(rest).padStart(2, "0") });
};

/**
 * The day's agenda with its start time and breaks as controls. The page's HTML holds the
 * default agenda, rendered from the same props; once hydrated, changes recompute the times, and
 * the modules' time slots further down the page (the elements marked data-slot) follow.
 */
export default function AgendaPlanner(props: Props) {
  useStrings(props.strings);
  const words = t.runSheet;
  const hydrated = useHydrated();
  const [start, setStart] = useState(props.start);
  const [breaks, setBreaks] = useState<Breaks>(props.breaks);
  const [changed, setChanged] = useState(false);
  const items = agenda(props.modules, start, breaks);
  const first = items[0]?.start ?? start;
  const end = items.at(-1)?.end ?? start;

  useEffect(() => {
    // The page's HTML already shows the default day: only a change needs writing.
    if (!changed) return;
    const slots = moduleSlots(items);
    for (const element of document.querySelectorAll<HTMLElement>("[data-slot]")) {
      const slot = slots.get(element.dataset["slot"] ?? "");
      if (slot) element.textContent = `${clock(slot.start)}–${clock(slot.end)}`;
    }
    const line = document.querySelector<HTMLElement>("[data-day-line]");
    if (line) {
      line.textContent = fill(words.printLead, {
        count: props.modules.length,
        start: clock(first),
        end: clock(end),
      });
    }
  }, [changed, start, breaks]);

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
            if (minutes !== undefined) {
              setStart(minutes);
              setChanged(true);
            }
          }}
        />
        <fieldset>
          <legend>{words.breaksLegend}</legend>
          {props.modules.slice(0, -1).map((module) => (
            <div class="agenda-break" key={module.id}>
              <label for={`break-${module.id}`}>
                {fill(words.breakAfter, { title: module.title })}
              </label>
              <select
                id={`break-${module.id}`}
                value={String(breaks[module.id] ?? 0)}
                disabled={!hydrated}
                onChange={(event) => {
                  setBreaks({
                    ...breaks,
                    [module.id]: Number((event.currentTarget as HTMLSelectElement).value),
                  });
                  setChanged(true);
                }}
              >
                {breakChoices.map((minutes) => (
                  <option key={minutes} value={String(minutes)}>
                    {minutes === 0 ? words.noBreak : plural(lang(), words.breakChoice, minutes)}
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
                  fill(words.activity, { title: item.title })
                ) : (
                  plural(
                    lang(),
                    item.end - item.start >= 45 ? words.lunch : words.break,
                    item.end - item.start,
                  )
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="agenda-end" role="status">
        {fill(words.dayEnds, { end: clock(end), length: hours(end - first) })}
      </p>
    </div>
  );
}
