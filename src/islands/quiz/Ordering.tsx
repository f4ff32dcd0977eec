import { useLayoutEffect, useRef } from "preact/hooks";
import type { QuestionOf } from "../../schemas/quiz";
import { moveItem, type Direction } from "../../lib/quiz/ordering";
import { seededScramble } from "../../lib/quiz/shuffle";
import { ScoredQuestion } from "./ScoredQuestion";
import { useAttemptState } from "./useAttemptState";
import { questionDomId, type QuestionProps } from "./types";
import { useDrag } from "./drag";
import { t } from "../../i18n/browser/client";
import { fill } from "../../i18n/format";

/**
 * Put items in order by dragging a card by its handle (mouse, pen or finger), or with "Move up"
 * and "Move down" buttons (keyboard and tap); each move is announced. The authored order is the
 * answer, so learners start from a scramble.
 */
export function Ordering(props: QuestionProps<QuestionOf<"ordering">>) {
  const { quizId, question, answer, attempt } = props;
  const domId = questionDomId(quizId, question.id);
  const [order, setOrder] = useAttemptState(attempt, () =>
    seededScramble(question.items, `${domId}/${attempt}`).map((item) => item.id),
  );
  const [announcement, setAnnouncement] = useAttemptState(attempt, () => "");
  const buttons = useRef<Record<string, HTMLButtonElement | null>>({});
  const [focusAfterMove, setFocusAfterMove] = useAttemptState<string | null>(attempt, () => null);
  const textOf = new Map(question.items.map((item) => [item.id, item.text]));
  const stored = Array.isArray(answer?.value) ? answer.value : undefined;
  const shown = stored ?? order;

  // Moving a list item in the DOM drops focus in some browsers: put it back on the same button.
  useLayoutEffect(() => {
    if (focusAfterMove) buttons.current[focusAfterMove]?.focus();
  }, [focusAfterMove, order]);

  const listRef = useRef<HTMLOListElement>(null);
  const moved = (id: string, position: number) =>
    fill(t.quiz.moved, { text: textOf.get(id) ?? id, position, total: order.length });

  // A drag called off (Escape) puts every card back where it was when the card was lifted.
  const orderWhenLifted = useRef(order);
  // Dragging: the lifted card takes the place it is over as it goes, so where it is shows
  // where it will land. Counting the midlines above the pointer keeps a tall card from
  // swapping back and forth with a short one.
  const [dragging, startDrag] = useDrag(
    (id, event) => {
      const target = [...listRef.current!.children].filter((item) => {
        const box = item.getBoundingClientRect();
        return (
          (item as HTMLElement).dataset["id"] !== id && event.clientY > box.top + box.height / 2
        );
      }).length;
      if (order.indexOf(id) !== target) {
        const next = order.filter((other) => other !== id);
        next.splice(target, 0, id);
        setOrder(next);
      }
      return undefined;
    },
    (id) => setAnnouncement(moved(id, order.indexOf(id) + 1)),
    () => setOrder(orderWhenLifted.current),
  );

  const move = (index: number, direction: Direction) => {
    const id = order[index]!;
    const next = moveItem(order, index, direction);
    const position = next.indexOf(id) + 1;
    setOrder(next);
    setFocusAfterMove(`${id}-${direction}`);
    setAnnouncement(
      position === index + 1
        ? fill(direction === "up" ? t.quiz.alreadyFirst : t.quiz.alreadyLast, {
            text: textOf.get(id) ?? id,
          })
        : moved(id, position),
    );
  };

  return (
    <ScoredQuestion
      {...props}
      hint={t.quiz.orderingHint}
      collect={() => ({ value: order, score: (code) => code.scoreOrdering(question, order) })}
      feedback={(code, stored) => code.orderingFeedback(question, stored)}
    >
      <ol class="ordering" id={`${domId}-list`} ref={listRef}>
        {shown.map((id, index) => {
          const text = textOf.get(id) ?? id;
          const inPlace = question.items[index]?.id === id;
          const mark = stored && answer?.confidence !== "unknown";
          return (
            <li
              class="ordering-item"
              key={id}
              data-id={id}
              data-mark={mark ? (inPlace ? "correct" : "incorrect") : undefined}
              data-dragging={dragging?.id === id ? "" : undefined}
            >
              {!answer && (
                <span
                  class="ordering-grip"
                  aria-hidden="true"
                  title={t.quiz.dragToMove}
                  onPointerDown={(event) => {
                    orderWhenLifted.current = order;
                    startDrag(id)(event);
                  }}
                >
                  ⋮⋮
                </span>
              )}
              <span class="ordering-position" aria-hidden="true">
                {index + 1}
              </span>
              <span class="ordering-text">
                {text}
                {mark && (
                  <>
                    <span class="visually-hidden"> — </span>
                    <span class="option-mark" data-mark={inPlace ? "correct" : "incorrect"}>
                      <span aria-hidden="true">{inPlace ? "✓" : "✗"}</span>{" "}
                      {inPlace
                        ? t.quiz.inPlace
                        : fill(t.quiz.belongsAt, {
                            position: question.items.findIndex((item) => item.id === id) + 1,
                          })}
                    </span>
                  </>
                )}
              </span>
              {!answer && (
                <span class="ordering-buttons">
                  {(["up", "down"] as const).map((direction) => {
                    const atEdge = direction === "up" ? index === 0 : index === shown.length - 1;
                    return (
                      <button
                        key={direction}
                        type="button"
                        class="move-button"
                        aria-label={fill(
                          direction === "up" ? t.quiz.moveUpLabel : t.quiz.moveDownLabel,
                          { text },
                        )}
                        title={direction === "up" ? t.quiz.moveUp : t.quiz.moveDown}
                        aria-disabled={atEdge ? "true" : undefined}
                        ref={(element) => {
                          buttons.current[`${id}-${direction}`] = element;
                        }}
                        onClick={() => move(index, direction)}
                      >
                        <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span>
                      </button>
                    );
                  })}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </ScoredQuestion>
  );
}
