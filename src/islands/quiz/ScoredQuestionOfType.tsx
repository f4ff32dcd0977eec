import type { ScoredQuestion } from "../../lib/quiz/scored";
import { MultipleSelect } from "./MultipleSelect";
import { questionComponent } from "./question-types";
import { SingleChoice } from "./SingleChoice";
import { TrueFalse } from "./TrueFalse";
import type { QuestionProps } from "./types";

/**
 * The component for a scored question's type: quizzes and the review page both show them.
 * Ordering, matching and scenarios must have been loaded first (./question-types).
 */
export function ScoredQuestionOfType(props: QuestionProps<ScoredQuestion>) {
  const { question, ...common } = props;
  switch (question.type) {
    case "single":
      return <SingleChoice {...common} question={question} />;
    case "multiple":
      return <MultipleSelect {...common} question={question} />;
    case "true-false":
      return <TrueFalse {...common} question={question} />;
    case "ordering": {
      const Ordering = questionComponent("ordering");
      return <Ordering {...common} question={question} />;
    }
    case "matching": {
      const Matching = questionComponent("matching");
      return <Matching {...common} question={question} />;
    }
    case "scenario": {
      const Scenario = questionComponent("scenario");
      return <Scenario {...common} question={question} />;
    }
  }
}
