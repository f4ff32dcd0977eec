/*
 * The words of "Share with my manager" on My progress, in one place for translation.
 */

export const shareWords = {
  nameLabel: "Your name, as your manager will see it",
  nameHint:
    "Only for this summary. It is filled in from your certificate name if you gave one; change it as you like.",
  nameNeeded: "Type your name first: your manager needs to know whose summary it is.",
  previewHeading: "What the summary holds",
  never:
    "It never holds your answers, your reflections, or what your commitments and check-ins say: only the counts below.",
  trackLine: (track: string, done: number, total: number) =>
    `${track}: ${done} of ${total} modules done`,
  moduleDone: (title: string, day: string, score: string | undefined) =>
    `${title}: done on ${day}${score ? `, best score ${score}` : ""}`,
  moduleStarted: (title: string, score: string | undefined) =>
    `${title}: started${score ? `, best score so far ${score}` : ""}`,
  noModules: "No modules started yet.",
  certificatesHeading: "Certificates",
  certificate: (title: string, code: string) => `${title}, completion code ${code}`,
  noCertificates: "None yet.",
  reviewLine: (learned: number, waiting: number, due: number) =>
    `Review: ${learned} ${learned === 1 ? "question" : "questions"} learned, ${waiting} waiting, ${due} due today.`,
  commitmentsLine: (made: number, checkIns: number) =>
    `Commitments: ${made} made, ${checkIns} ${checkIns === 1 ? "check-in" : "check-ins"}.`,
  download: "Download the summary file",
  makeText: "Make a text to paste",
  textLabel: "Your summary as text: copy it into a chat or an email to your manager",
  copy: "Copy the text",
  copied: "Copied. Paste it into a message to your manager.",
  copyFailed: "Select the text and copy it yourself: this browser did not let the page copy it.",
  downloaded: "The summary file is downloading. Send it to your manager as you would any file.",
  textMade: (length: number) =>
    `Your summary is ready below, ${length} characters. If a part goes missing on the way, the team page says so rather than show it wrong.`,
} as const;
