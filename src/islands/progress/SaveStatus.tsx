import { useStore } from "@nanostores/preact";
import { $saveState, type SaveState } from "../../stores/progress";
import { useHydrated } from "../useHydrated";

const dateTime = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(iso),
  );

/** One sentence on whether and when progress was saved on this device. */
function describe(state: SaveState) {
  switch (state.kind) {
    case "waiting":
      return null;
    case "saved":
      if (state.at === undefined || Number.isNaN(Date.parse(state.at))) {
        return <>Nothing saved on this device yet.</>;
      }
      return (
        <>
          Progress last saved on this device: <time dateTime={state.at}>{dateTime(state.at)}</time>.
          {state.kept && " Your browser has agreed to keep it."}
        </>
      );
    case "not-saved":
      if (state.reason === "newer-version") {
        return <>Progress from a newer version of this site is shown here but not changed.</>;
      }
      return state.reason === "full" ? (
        <>Progress could not be saved: this browser's storage for the site is full.</>
      ) : (
        <>Progress cannot be saved on this device; it lasts until you close this tab.</>
      );
  }
}

/** The footer line saying when progress was last saved here, or that it could not be. */
export default function SaveStatus() {
  const hydrated = useHydrated();
  const state = useStore($saveState);
  return (
    <p class="save-status" data-save-state={hydrated ? state.kind : "waiting"}>
      {hydrated ? describe(state) : null}
    </p>
  );
}
