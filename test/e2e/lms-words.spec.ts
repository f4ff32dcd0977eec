import { expect, test } from "@playwright/test";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { outDir, readQuiz } from "./helpers";
import { packagePath, unzipPackage } from "./lms/server";

/*
 * True words in every context (issue 27): the web site says progress stays in the browser and
 * nothing is sent; inside an LMS package that is false, since the LMS records the progress.
 * Every page of a package, in both languages, says none of the web's words; the web still
 * says them. Content says one thing or the other with <OnTheWeb> and <InThePackage>.
 */

/** Sentences true only on the web: each claims the progress stays local or nothing is sent. */
const webOnly = {
  en: [
    "progress lives in this browser",
    "progress stays in this browser",
    "progress kept in this browser",
    "reflections are kept in this browser",
    "record kept in this browser",
    "kept only in this browser on this device",
    "nothing is sent anywhere",
    "No account, no tracking",
    "There is no account",
    "In this browser, on this device",
    "Your words stay in this browser",
    "reads your progress from this browser",
    "it lives in this browser",
    "your name included, is sent anywhere",
  ],
  fr: [
    "gardée dans ce navigateur",
    "progression est enregistrée dans ce navigateur",
    "progression reste dans ce navigateur",
    "réflexions sont conservés dans ce navigateur",
    "historique conservé dans ce navigateur",
    "conservées uniquement dans ce navigateur, sur cet appareil",
    "rien n’est envoyé nulle part",
    "Pas de compte, pas de suivi",
    "Il n’y a pas de compte",
    "Dans ce navigateur, sur cet appareil",
    "Vos mots restent dans ce navigateur",
    "progression dans ce navigateur",
    "elle est enregistrée dans ce navigateur",
    "pas même votre nom, n’est envoyé nulle part",
  ],
};
const allWebOnly = [...webOnly.en, ...webOnly.fr];

/** The web-only sentences `html` says, case aside. */
const webOnlyIn = (html: string) => {
  const text = html.toLowerCase();
  return allWebOnly.filter((phrase) => text.includes(phrase.toLowerCase()));
};

/** Every HTML page of a built site, by path. */
function pagesIn(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const path = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(dir, path)).isDirectory()) return pagesIn(dir, path);
    return path.endsWith(".html") ? [path] : [];
  });
}

const site = unzipPackage(packagePath("orientation", "scorm12"));
const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const packagePages = [...site.keys()].filter((file) => file.endsWith(".html"));
const module = "modules/how-this-course-works/index.html";

test("no page of a package, in either language, says the web's words about this browser", () => {
  expect(packagePages).toContain(module);
  expect(packagePages).toContain(`fr/${module}`);
  expect(packagePages.length).toBeGreaterThan(40);
  const said = packagePages.flatMap((file) =>
    webOnlyIn(decode(site.get(file))).map((phrase) => `${file}: "${phrase}"`),
  );
  expect(said).toEqual([]);
});

test("the web site still says them, and none of the package's", () => {
  const web = (file: string) => readFileSync(join(outDir, file), "utf8");
  const pages = pagesIn(outDir);
  for (const lang of ["en", "fr"] as const) {
    const prefix = lang === "en" ? "" : "fr/";
    const said = new Set(
      pages.filter((file) => file.startsWith(prefix)).flatMap((file) => webOnlyIn(web(file))),
    );
    // Every English sentence on some English page, every French one on some French page.
    expect(webOnly[lang].filter((phrase) => !said.has(phrase))).toEqual([]);
  }
  expect(web(module)).not.toContain("the LMS records your progress");
  expect(web(`fr/${module}`)).not.toContain("c’est le LMS qui enregistre votre progression");
});

test("inside a package, the first module says where the LMS keeps the progress and where reflections stay", () => {
  const english = decode(site.get(module));
  expect(english).toContain("the LMS records your progress");
  expect(english).toContain("stay on this device and are never sent, not even to your LMS");
  const french = decode(site.get(`fr/${module}`));
  expect(french).toContain("c’est le LMS qui enregistre votre progression");
  expect(french).toContain("ne sont jamais envoyés, pas même à votre LMS");
});

test("the practice quiz's right answer is a true statement inside a package, in both languages", () => {
  for (const lang of ["en", "fr"] as const) {
    const question = readQuiz("how-this-course-works", lang).questions.find(
      (candidate) => candidate.id === "where-progress-lives",
    )!;
    const right = question.options!.find((option) => option.correct)!;
    // The package carries the question as written, and what it marks right says nothing false there.
    const page = decode(site.get(lang === "en" ? module : `fr/${module}`));
    expect(page).toContain(right.text);
    expect(webOnlyIn([question.prompt, right.text, right.feedback].join(" "))).toEqual([]);
    expect(right.text).toMatch(lang === "en" ? /this device/ : /cet appareil/);
  }
});
