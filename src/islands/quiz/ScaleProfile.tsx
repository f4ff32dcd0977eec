import type { QuestionOf } from "../../schemas/quiz";
import { scaleProfile } from "../../lib/quiz/scale";
import { lang, t } from "../../i18n/browser/client";
import { fill } from "../../i18n/format";

/**
 * A self-assessment's profile from the learner's ratings: the mean per dimension, as a meter
 * and in words. Loaded by Scale.tsx once there are ratings to show.
 */
export function ScaleProfile({
  question,
  ratings,
}: {
  question: QuestionOf<"scale">;
  ratings: Readonly<Record<string, number | string>>;
}) {
  const profile = scaleProfile(question, ratings);
  return (
    <>
      <p>
        <strong>{t.quiz.yourProfile}</strong>{" "}
        {fill(t.quiz.profileScale, {
          lowest: question.labels[0] ?? "",
          count: question.labels.length,
          highest: question.labels.at(-1) ?? "",
        })}
      </p>
      <dl class="profile">
        {profile.map((dimension) => (
          <div key={dimension.id}>
            <dt>{dimension.name}</dt>
            <dd>
              <meter
                aria-hidden="true"
                min={1}
                max={question.labels.length}
                value={dimension.average}
              />{" "}
              {fill(t.quiz.dimensionScore, {
                average: dimension.average.toLocaleString(lang(), {
                  minimumFractionDigits: 1,
                  maximumFractionDigits: 1,
                }),
                count: question.labels.length,
                label: dimension.label,
              })}{" "}
              {dimension.description}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
