import type { Question } from "../../schemas/quiz";
import type { Cue } from "../film/vtt";

/*
 * A module page's quizzes, as the browser fetches them when a quiz hydrates rather than as
 * props in the page's HTML (src/course/quiz-data.ts writes the files; islands/quiz/quiz-data.ts
 * reads them). The build renders each quiz from the same data, so the page's markup matches.
 */

/** What the module holds that every quiz on its page needs, once. */
export interface QuizModule {
  moduleId: string;
  moduleQuizIds: string[];
  /** Films the module requires to be watched: completing it takes them too. */
  moduleFilms?: { id: string; share: number }[];
  passMark: number;
}

/** One quiz's own part. */
export interface QuizOwn {
  title: string;
  questions: Question[];
  /** The quiz's default for "how sure are you?"; a question may say otherwise. */
  confidence?: boolean;
}

/** Everything a quiz renders from. */
export type QuizData = QuizModule & QuizOwn;

/** What a film's player needs beyond the page's markup: its spoken descriptions and checkpoints. */
export interface FilmData {
  descriptions: Cue[];
  checkpoints: { at: number; quiz: string }[];
}

/**
 * A module page's file: its module's part once, each of its quizzes (film checkpoints too), and
 * each film that plays on the page (islands/film/FilmPlayer.tsx).
 */
export interface ModuleQuizzes {
  module: QuizModule;
  quizzes: Record<string, QuizOwn>;
  films?: Record<string, FilmData>;
}
