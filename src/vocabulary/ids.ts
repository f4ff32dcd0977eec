/*
 * Ids: the one pattern every id in the course follows (modules, quizzes, questions, tracks,
 * principles, glossary terms, team activities), and the longest a track id may be.
 */

/** Lower-case words joined by hyphens, such as why-customer-focus. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `value` is an id. */
export const isId = (value: unknown): value is string =>
  typeof value === "string" && idPattern.test(value);

/** The longest track id a stored record keeps. */
export const TRACK_ID_MAX_LENGTH = 60;

/** The key a question's reflection and review entry are kept under: "<quiz id>/<question id>". */
export const questionKey = (quizId: string, questionId: string) => `${quizId}/${questionId}`;
