import type { ScoredQuestion } from "../../lib/quiz/scoring";
import { Matching } from "./Matching";
import { MultipleSelect } from "./MultipleSelect";
import { Ordering } from "./Ordering";
import { Scenario } from "./Scenario";
import { SingleChoice } from "./SingleChoice";
import { TrueFalse } from "./TrueFalse";
import type { QuestionProps } from "./types";

/** The component for a scored question's type: quizzes and the review page both show them. */
export function ScoredQuestionOfType(props: QuestionProps<ScoredQuestion>) {
  const { question, ...common } = props;
  switch (question.type) {
    case "single":
      return <SingleChoice {...common} question={question} />;
    case "multiple":
      return <MultipleSelect {...common} question={question} />;
    case "true-false":
      return <TrueFalse {...common} question={question} />;
    case "ordering":
      return <Ordering {...common} question={question} />;
    case "matching":
      return <Matching {...common} question={question} />;
    case "scenario":
      return <Scenario {...common} question={question} />;
  }
}
