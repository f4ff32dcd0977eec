import { useStore } from "../useStore";
import { useState } from "preact/hooks";
import { entryOf } from "../../lib/record/record";
import { $progress } from "../../stores/progress";
import { COMMITMENT_MAX_LENGTH } from "../../vocabulary/record";
import { useHydrated } from "../useHydrated";
import { onDemand, useOnDemand } from "../on-demand";
import { t, useStrings, type IslandStrings } from "../../i18n/browser/client";
import { stringsWith } from "../../i18n/browser/page-strings";

// Its words come from a file of their own as it hydrates, not with the page (src/i18n/build,
// ownFileStrings).
if (!import.meta.env.SSR) await stringsWith("commitment");

const OWN = "own";

/** What saves a commitment: loaded on the first focus in the picker. */
const commitments = onDemand(() => import("../../stores/commitments"));
/** The commitment's view, with its date (./CommitmentSaved.tsx): only once there is one. */
const savedCode = onDemand(() => import("./CommitmentSaved"));

/** Pick a suggested commitment or write one; once made, show it with a way to change it. */
export default function CommitmentPicker(props: {
  moduleId: string;
  suggestions: string[];
  strings: IslandStrings;
}) {
  useStrings(props.strings);
  const { moduleId, suggestions } = props;
  const hydrated = useHydrated();
  const progress = useStore($progress);
  const stored = hydrated ? entryOf(progress.commitments ?? {}, moduleId) : undefined;
  // A commitment shows with its date: once the code that shows it is there.
  const code = useOnDemand(savedCode, Boolean(stored));
  const saved = code && stored;
  const [changing, setChanging] = useState(false);
  const [choice, setChoice] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState("");
  const [message, setMessage] = useState("");
  const name = `commitment-${moduleId}`;

  const focusLater = (id: string) =>
    requestAnimationFrame(() => document.getElementById(id)?.focus());

  const save = () => {
    const own = (document.getElementById(`${name}-own-text`) as HTMLInputElement | null)?.value;
    const text = choice === OWN ? (own ?? "").trim() : choice;
    if (!text) {
      setProblem(choice === OWN ? t.commitment.writeOwn : t.commitment.chooseOne);
      return;
    }
    setProblem("");
    // The saved view, where focus goes, shows with its date: both loaded first.
    savedCode.use(() =>
      commitments.use(({ commit }) => {
        commit(moduleId, text);
        setChanging(false);
        setMessage(t.commitment.saved);
        focusLater(`${name}-change`);
      }),
    );
  };

  const remove = () =>
    commitments.use(({ uncommit }) => {
      uncommit(moduleId);
      setMessage(t.commitment.removed);
      focusLater(`${name}-0`);
    });

  const prepare = () => {
    commitments.use(() => {});
    savedCode.use(() => {});
  };

  // One status region for both views, so a message set while switching views is announced.
  return (
    <div class="commitment-picker" onFocusIn={prepare}>
      {saved && !changing ? (
        <code.CommitmentSaved
          saved={saved}
          changeId={`${name}-change`}
          onChange={() => {
            setChanging(true);
            setMessage("");
            focusLater(`${name}-0`);
          }}
          onRemove={remove}
        />
      ) : (
        <div class="commitment-form">
          <fieldset>
            <legend>{t.commitment.question}</legend>
            {suggestions.map((suggestion, index) => (
              <label class="choice" key={suggestion}>
                <input
                  type="radio"
                  name={name}
                  id={`${name}-${index}`}
                  value={suggestion}

                  checked={choice === suggestion}
                  onChange={() => setChoice(suggestion)}
                />
                <span>{suggestion}</span>
              </label>
            ))}
            <label class="choice">
              <input
                type="radio"
                name={name}
                id={`${name}-${suggestions.length}`}
                value={OWN}

                checked={choice === OWN}
                onChange={() => {
                  setChoice(OWN);
                  focusLater(`${name}-own-text`);
                }}
              />
              <span>{t.commitment.own}</span>
            </label>
            {choice === OWN && (
              <div class="commitment-own">
                <label for={`${name}-own-text`}>{t.commitment.ownLabel}</label>
                <input type="text" id={`${name}-own-text`} maxLength={COMMITMENT_MAX_LENGTH} />
              </div>
            )}
          </fieldset>
          <div class="button-row">
            <button type="button" class="button" onClick={save}>
              {t.commitment.commit}
            </button>
            {changing && (
              <button
                type="button"
                class="button button-secondary"
                onClick={() => {
                  setChanging(false);
                  focusLater(`${name}-change`);
                }}
              >
                {t.commitment.keep}
              </button>
            )}
          </div>
        </div>
      )}
      <p role="status" class="commitment-message">
        {problem || message}
      </p>
    </div>
  );
}
