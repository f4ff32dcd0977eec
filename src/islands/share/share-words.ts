import { lang, t } from "../../i18n/browser/client";
import { fill, plural } from "../../i18n/format";

/*
 * The words of "Share with my manager" on My progress, from the page's strings (the "share"
 * group of src/i18n/<lang>.ts), which the page gives the island.
 */

const word = (key: keyof typeof t.share) => () => t.share[key] as string;

export const shareWords = {
  get nameLabel() {
    return word("nameLabel")();
  },
  get nameHint() {
    return word("nameHint")();
  },
  get nameNeeded() {
    return word("nameNeeded")();
  },
  get previewHeading() {
    return word("previewHeading")();
  },
  get never() {
    return word("never")();
  },
  trackLine: (track: string, done: number, total: number) =>
    plural(lang(), t.share.trackLine, total, { track, done }),
  moduleDone: (title: string, day: string, score: string | undefined) =>
    fill(score ? t.share.moduleDoneScore : t.share.moduleDone, { title, day, score: score ?? "" }),
  moduleStarted: (title: string, score: string | undefined) =>
    fill(score ? t.share.moduleStartedScore : t.share.moduleStarted, { title, score: score ?? "" }),
  get noModules() {
    return word("noModules")();
  },
  get certificatesHeading() {
    return word("certificatesHeading")();
  },
  certificate: (title: string, code: string) => fill(t.share.certificate, { title, code }),
  get noneCertified() {
    return word("noneCertified")();
  },
  reviewLine: (learned: number, waiting: number, due: number) =>
    plural(lang(), t.share.reviewLine, learned, { waiting, due }),
  commitmentsLine: (made: number, checkIns: number) =>
    plural(lang(), t.share.commitmentsLine, checkIns, { made }),
  get download() {
    return word("download")();
  },
  get makeText() {
    return word("makeText")();
  },
  get textLabel() {
    return word("textLabel")();
  },
  get copy() {
    return word("copy")();
  },
  get copied() {
    return word("copied")();
  },
  get copyFailed() {
    return word("copyFailed")();
  },
  get downloaded() {
    return word("downloaded")();
  },
  textMade: (length: number) => fill(t.share.textMade, { length }),
};
