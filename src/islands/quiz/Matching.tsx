import type { QuestionOf } from "../../schemas/quiz";
import { seededScramble } from "../../lib/quiz/shuffle";
import { fieldValue } from "./dom";
import { ScoredQuestion } from "./ScoredQuestion";
import { questionDomId, type QuestionProps, recordValue } from "./types";
import { dropTargetAt, useDrag } from "./drag";
import { useAttemptState } from "./useAttemptState";
import { feedbackCode } from "./ScoredQuestion";
import { useOnDemand } from "../on-demand";
import { t } from "../../i18n/browser/client";
import { fill } from "../../i18n/format";

type Pair = QuestionOf<"matching">["pairs"][number];

/**
 * Pair each item on the left with one from the right-hand list, offered in every item's menu in
 * a scrambled order. A native select works with keyboard, touch and screen readers alike; the
 * same answers, as cards above the items, can be dragged onto one (hidden from screen readers,
 * which have the menus).
 */
export function Matching(props: QuestionProps<QuestionOf<"matching">>) {
  const { quizId, question, answer, attempt } = props;
  const domId = questionDomId(quizId, question.id);
  const selectId = (pair: Pair) => `${domId}-${pair.id}`;
  // Two pairs may share a right-hand text; offer it once, since either counts.
  const seen = new Set<string>();
  const choices = seededScramble(question.pairs, `${domId}/${attempt}`).filter((pair) => {
    if (seen.has(pair.right)) return false;
    seen.add(pair.right);
    return true;
  });
  const stored = recordValue(answer);
  const rightTextOf = (id: unknown) => question.pairs.find((pair) => pair.id === id)?.right;
  // The rows' marks come with the feedback (./feedback.tsx), as the answer does.
  const code = useOnDemand(feedbackCode, stored !== undefined);
  const showMarks = stored !== undefined && code && answer?.confidence !== "unknown";
  const [announcement, setAnnouncement] = useAttemptState(attempt, () => "");
  // A card dropped on an item chooses it in that item's menu, which stays the one answer read.
  const [dragging, startDrag] = useDrag(
    (_, event) => dropTargetAt(event),
    (id, over) => {
      const pair = question.pairs.find((candidate) => candidate.id === over);
      const menu = pair && document.getElementById(selectId(pair));
      if (!menu) return;
      (menu as HTMLSelectElement).value = id;
      setAnnouncement(fill(t.quiz.dropped, { left: pair.left, right: rightTextOf(id)! }));
    },
  );

  return (
    <ScoredQuestion
      {...props}
      hint={t.quiz.matchingHint}
      collect={(fieldset) => {
        const matches: Record<string, string> = {};
        for (const pair of question.pairs) {
          const chosen = fieldValue(fieldset, selectId(pair));
          if (!chosen) return t.quiz.matchEvery;
          matches[pair.id] = chosen;
        }
        return { value: matches, score: (code) => code.scoreMatching(question, matches) };
      }}
      feedback={(code, stored) => code.matchingFeedback(question, stored)}
    >
      {!answer && (
        <ul class="match-bank" aria-hidden="true">
          {choices.map((choice) => (
            <li
              key={choice.id}
              class="match-card"
              data-dragging={dragging?.id === choice.id ? "" : undefined}
              style={
                dragging?.id === choice.id
                  ? `transform:translate(${dragging.dx}px,${dragging.dy}px)`
                  : undefined
              }
              onPointerDown={startDrag(choice.id)}
            >
              {choice.right}
            </li>
          ))}
        </ul>
      )}
      <ul class="matching">
        {question.pairs.map((pair) => {
          const chosen = stored?.[pair.id];
          const right = rightTextOf(chosen) === pair.right;
          return (
            <li
              class="matching-row"
              key={pair.id}
              data-drop={pair.id}
              data-over={dragging?.over === pair.id ? "" : undefined}
              data-mark={showMarks ? (right ? "correct" : "incorrect") : undefined}
            >
              <label for={selectId(pair)}>{pair.left}</label>
              <select
                key={attempt}
                id={selectId(pair)}
                disabled={Boolean(answer)}
                value={answer ? String(chosen ?? "") : undefined}
              >
                <option value="">{t.quiz.chooseMatch}</option>
                {choices.map((choice) => (
                  <option key={choice.id} value={choice.id}>
                    {choice.right}
                  </option>
                ))}
              </select>
              {showMarks && (
                <code.Mark
                  mark={right ? "correct" : "incorrect"}
                  words={right ? t.quiz.rightMatch : t.quiz.notAMatch}
                />
              )}
            </li>
          );
        })}
      </ul>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </ScoredQuestion>
  );
}
