import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { unzipSync } from "fflate";
import xapiValidation from "xapi-validation";
import type { Page } from "@playwright/test";

/*
 * The LMS side of the package tests, all on one loopback server (on a free port the system
 * picks, so checkouts never clash): the package unzipped and served from a deep random path,
 * as an LMS's file store does; a harness page that plays a SCORM 1.2 or 2004 LMS with
 * scorm-again's real run-time and does what Moodle 4.5 does around it; and a small LRS for
 * cmi5 that checks every statement with xapi-validation and the cmi5 rules the package must
 * keep.
 *
 * What the harness does as Moodle does, with a new activity's defaults:
 * - it keeps the learner's record between launches (lms.record), as Moodle's tracks table;
 * - it empties the origin's localStorage at each launch, as Moodle's storage wrapper can at
 *   any login (core/storagewrapper calls localStorage.clear());
 * - "Mastery score overrides status": at LMSFinish, with a mastery score and a score.raw, the
 *   status becomes passed or failed (scorm-again's mastery_override, on);
 * - after a finished attempt it opens the next launch in review mode, and stores nothing;
 * - completion: completionMet() applies "Require status: Completed" (or Passed).
 */

/** The title of the test LMS's frame that opens the package's launch page. */
export const courseFrameTitle = "Course";

/** Where `npm run package` puts the zips. */
export const packagesDir = process.env.CX_PACKAGES_DIR ?? "packages";
export type Standard = "scorm12" | "scorm2004" | "cmi5";
/** Where `npm run package:answers` puts the zips of the course with results per question on. */
export const answersPackagesDir = ".tmp/answers-packages";
export const packagePath = (track: string, standard: Standard, dir = packagesDir) =>
  `${dir}/cx-learning-map-${track}-${standard}.zip`;

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".wasm": "application/wasm",
};

/** The package's files, by path inside the zip. */
export function unzipPackage(zipPath: string): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(readFileSync(zipPath))));
}

/** A cmi5 statement as the LRS received it, with what was wrong with it. */
export interface ReceivedStatement {
  statement: Record<string, any>;
  problems: string[];
}

export interface LmsFaults {
  /** The LRS answers 500 to this many statement or state requests before it recovers. */
  lrsFailures?: number;
}

/** The learner's record as the SCORM LMS keeps it between launches (element: value). */
export type ScormRecord = Record<string, string | Record<string, string>[]>;

/** How the SCORM LMS behaves, Moodle's defaults unless a test says otherwise. */
export interface MoodleSettings {
  /** Open a finished attempt in review mode (Moodle does, unless a new attempt is forced). */
  review: boolean;
  /** Empty localStorage at each launch. */
  clearLocalStorage: boolean;
  /** The mastery score the LMS hands the package; the manifest's by default. */
  masteryScore?: string;
  /** The learner's language in the LMS (cmi.student_preference.language). */
  language?: string;
}

export interface TestLms {
  origin: string;
  /** The deep path the package is served from, ending in "/". */
  base: string;
  /** Requests for files the package does not have, or outside its path. */
  missing: string[];
  statements: ReceivedStatement[];
  /** The state documents the package saved, by state id. */
  state: Map<string, string>;
  sessionId: string;
  registration: string;
  /** The address an LMS would launch the cmi5 AU at. */
  cmi5LaunchUrl(
    launch: string,
    options?: { masteryScore?: number; returnURL?: string; endpoint?: string },
  ): string;
  /** The address of the SCORM LMS's page that launches the package's SCO. */
  scormLaunchUrl(query?: Record<string, string>): string;
  faults: LmsFaults;
  /** The SCORM learner's record as the LMS stored it at the last commit; empty at first. */
  record: ScormRecord;
  moodle: MoodleSettings;
  /** Changes the launch page's plan as it is served, as a package built with other settings. */
  patchPlan?: (plan: Record<string, unknown>) => Record<string, unknown>;
  close(): Promise<void>;
}

// A CommonJS module: its function is its default export's default.
const validateStatement = ((xapiValidation as { default?: unknown }).default ?? xapiValidation) as (
  statement: unknown,
) => { message?: string }[];

const CMI5_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
const SESSION_EXTENSION = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
const PUBLISHER_ID = "https://lms.example/course/cx-learning-map";
const activityId = "https://lms.example/au/cx-learning-map";
const actor = {
  objectType: "Agent",
  account: { homePage: "https://lms.example", name: "learner-1" },
};

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });

/** The cmi5 rules (section 9) a statement from this AU breaks, as the LRS sees it. */
function cmi5Problems(statement: Record<string, any>, lms: TestLms, earlier: ReceivedStatement[]) {
  const problems: string[] = [];
  const context = statement["context"] ?? {};
  if (context.registration !== lms.registration) problems.push("wrong registration");
  if (context.extensions?.[SESSION_EXTENSION] !== lms.sessionId) problems.push("wrong session id");
  const grouping = context.contextActivities?.grouping ?? [];
  if (!grouping.some((activity: { id: string }) => activity.id === PUBLISHER_ID)) {
    problems.push("context template's grouping lost");
  }
  const verbOf0 = String(statement["verb"]?.id ?? "");
  const cmi5Defined = /\/(initialized|completed|passed|failed|terminated)$/.test(verbOf0);
  if (cmi5Defined && statement["object"]?.id !== activityId) problems.push("object is not the AU");
  if (JSON.stringify(statement["actor"]) !== JSON.stringify(actor)) problems.push("wrong actor");
  const verbOf = (received: Record<string, any>) =>
    String(received["verb"]?.id ?? "")
      .split("/")
      .pop() ?? "";
  const verb = verbOf(statement);
  const verbs = earlier.map((entry) => verbOf(entry.statement));
  const category = context.contextActivities?.category ?? [];
  const hasCategory = category.some((activity: { id: string }) => activity.id === CMI5_CATEGORY);
  // cmi5 9.6.2: its own verbs carry the cmi5 category; "allowed" statements must not.
  if (cmi5Defined && !hasCategory) problems.push("cmi5 category missing");
  if (!cmi5Defined && hasCategory) problems.push("cmi5 category on an allowed statement");
  if (verb === "answered") {
    if (!String(statement["object"]?.id ?? "").startsWith(`${activityId}/`)) {
      problems.push("answered: the question is not under the AU");
    }
    if (statement["result"]?.response !== undefined) problems.push("answered: carries a response");
    if (typeof statement["result"]?.success !== "boolean") problems.push("answered: no success");
  }
  if (verbs.length === 0 && verb !== "initialized")
    problems.push("first statement is not initialized");
  if (verbs.includes("terminated")) problems.push(`${verb} after terminated`);
  if (verb === "initialized" && verbs.length > 0) problems.push("initialized twice");
  if (["completed", "passed", "failed"].includes(verb) && verbs.includes(verb)) {
    problems.push(`${verb} twice`);
  }
  if (verb === "failed" && verbs.includes("passed")) problems.push("failed after passed");
  return problems;
}

/** One call the package made to the SCORM LMS's API, with what it answered. */
export interface LmsCall {
  name: string;
  args: string[];
  result: string | null;
}

/** Every call the package made to the SCORM LMS's API on `page`, in order. */
export const lmsCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { lmsCalls: LmsCall[] }).lmsCalls);

/** Moodle's "Require status" completion rule, on what the LMS recorded. */
export function completionMet(record: ScormRecord, require: "completed" | "passed"): boolean {
  return [
    record["cmi.core.lesson_status"],
    record["cmi.completion_status"],
    record["cmi.success_status"],
  ].includes(require);
}

const unescapeHtml = (text: string) =>
  text
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
const escapeHtml = (text: string) =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll('"', "&quot;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;");

/** Start the test LMS with `zipPath` served under a deep random path. */
export async function startTestLms(zipPath: string, faults: LmsFaults = {}): Promise<TestLms> {
  const files = unzipPackage(zipPath);
  const base = `/pluginfile.php/${randomBytes(4).toString("hex")}/mod_scorm/content/3/`;
  const standard: Standard = zipPath.endsWith("-scorm2004.zip")
    ? "scorm2004"
    : zipPath.endsWith("-cmi5.zip")
      ? "cmi5"
      : "scorm12";
  const scormAgain = readFileSync(
    `node_modules/scorm-again/dist/${standard === "scorm2004" ? "scorm2004" : "scorm12"}.min.js`,
  );
  const manifest = new TextDecoder().decode(files.get("imsmanifest.xml") ?? new Uint8Array());
  const manifestMastery = /<adlcp:masteryscore>([\d.]+)</.exec(manifest)?.[1];
  const launchFile = /<resource [^>]*href="([^"]+)"/.exec(manifest)?.[1] ?? "";
  const token = randomBytes(12).toString("base64");
  let server: Server;

  const lms: TestLms = {
    origin: "",
    base,
    missing: [],
    statements: [],
    state: new Map(),
    sessionId: randomUUID(),
    registration: randomUUID(),
    faults,
    record: {},
    moodle: { review: true, clearLocalStorage: true },
    scormLaunchUrl(query = {}) {
      const params = new URLSearchParams({ launch: base + launchFile, ...query });
      return `${lms.origin}/lms/harness.html?${params}`;
    },
    cmi5LaunchUrl(launch, options = {}) {
      launchData = {
        contextTemplate: {
          contextActivities: { grouping: [{ objectType: "Activity", id: PUBLISHER_ID }] },
          extensions: { [SESSION_EXTENSION]: lms.sessionId },
        },
        launchMode: "Normal",
        moveOn: "CompletedAndPassed",
        ...(options.masteryScore === undefined ? {} : { masteryScore: options.masteryScore }),
        ...(options.returnURL === undefined ? {} : { returnURL: options.returnURL }),
      };
      const query = new URLSearchParams({
        endpoint: options.endpoint ?? `${lms.origin}/lrs/xapi/`,
        fetch: `${lms.origin}/lrs/fetch/${randomUUID()}`,
        actor: JSON.stringify(actor),
        registration: lms.registration,
        activityId,
      });
      return `${lms.origin}${base}${launch}?${query}`;
    },
    // Connections the package still holds open (the page outlives the test's own hooks) are
    // cut: waiting for them once hung a test's teardown past its timeout on a busy machine.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  let launchData: Record<string, unknown> = {};

  const send = (response: ServerResponse, status: number, body = "", type = "text/plain") => {
    response.writeHead(status, { "content-type": type, "x-experience-api-version": "1.0.3" });
    response.end(body);
  };

  const lrs = async (request: IncomingMessage, response: ServerResponse, url: URL) => {
    const path = url.pathname.slice("/lrs/".length);
    if (path.startsWith("fetch/") && request.method === "POST") {
      return send(response, 200, JSON.stringify({ "auth-token": token }), "application/json");
    }
    if (request.headers.authorization !== `Basic ${token}`) return send(response, 401);
    const failing = () => {
      if ((lms.faults.lrsFailures ?? 0) <= 0) return false;
      lms.faults.lrsFailures!--;
      send(response, 500, "the LRS is down for a moment");
      return true;
    };
    if (path === "xapi/activities/state") {
      const stateId = url.searchParams.get("stateId")!;
      if (stateId === "LMS.LaunchData") {
        return send(response, 200, JSON.stringify(launchData), "application/json");
      }
      if (url.searchParams.get("registration") !== lms.registration) return send(response, 400);
      if (failing()) return;
      if (request.method === "GET") {
        const saved = lms.state.get(stateId);
        return saved === undefined ? send(response, 404) : send(response, 200, saved);
      }
      lms.state.set(stateId, await readBody(request));
      return send(response, 204);
    }
    if (path === "xapi/agents/profile") return send(response, 404);
    if (path === "xapi/statements" && (request.method === "POST" || request.method === "PUT")) {
      if (failing()) return;
      const body = JSON.parse(await readBody(request));
      const received = Array.isArray(body) ? body : [body];
      for (const statement of received) {
        const problems = [
          ...validateStatement(statement).map(
            (warning) => `xAPI: ${warning.message ?? JSON.stringify(warning)}`,
          ),
          ...cmi5Problems(statement, lms, lms.statements),
        ];
        lms.statements.push({ statement, problems });
      }
      return send(response, 200, JSON.stringify(received.map((s) => s.id)), "application/json");
    }
    return send(response, 404);
  };

  server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (url.pathname.startsWith("/lrs/")) return lrs(request, response, url);
    if (url.pathname === "/lms/scorm-again.js")
      return send(response, 200, scormAgain.toString(), types[".js"]);
    if (url.pathname === "/lms/harness.html") {
      const settings = {
        standard,
        record: lms.record,
        review: lms.moodle.review,
        clear: lms.moodle.clearLocalStorage,
        mastery: lms.moodle.masteryScore ?? manifestMastery ?? "",
        language: lms.moodle.language ?? "",
      };
      return send(response, 200, harnessPage(settings), types[".html"]);
    }
    if (url.pathname === "/lms/record" && request.method === "POST") {
      lms.record = JSON.parse(await readBody(request)) as ScormRecord;
      return send(response, 204);
    }
    if (url.pathname === "/lms/return.html")
      return send(
        response,
        200,
        "<title>Back in the LMS</title><h1>Back in the LMS</h1>",
        types[".html"],
      );
    if (url.pathname.startsWith(base)) {
      const file = decodeURIComponent(url.pathname.slice(base.length));
      let body = files.get(file);
      if (body && file.startsWith("lms/") && file.endsWith(".html") && lms.patchPlan) {
        const patch = lms.patchPlan;
        const html = new TextDecoder()
          .decode(body)
          .replace(/data-plan="([^"]*)"/, (_, plan: string) => {
            const patched = patch(JSON.parse(unescapeHtml(plan)) as Record<string, unknown>);
            return `data-plan="${escapeHtml(JSON.stringify(patched))}"`;
          });
        body = new TextEncoder().encode(html);
      }
      if (body) {
        response.writeHead(200, {
          "content-type": types[extname(file)] ?? "application/octet-stream",
        });
        return response.end(body);
      }
    }
    if (url.pathname !== "/favicon.ico") lms.missing.push(url.pathname);
    send(response, 404, "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const address = server.address();
  lms.origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  return lms;
}

/**
 * The SCORM LMS's page: scorm-again's API on window (API for 1.2, API_1484_11 for 2004), every
 * call recorded in window.lmsCalls, the package's launch page framed. What the LMS kept from
 * earlier launches is loaded first; after each commit the record goes back to the server,
 * except in review mode. Faults by query: ?fault=throw (the setter throws), ?fault=false (it
 * answers "false") for the first ?times= calls; ?fault=getnull (the suspend data is read as
 * null); ?fault=missing (no API at all).
 */
function harnessPage(settings: {
  standard: Standard;
  record: ScormRecord;
  review: boolean;
  clear: boolean;
  mastery: string;
  language: string;
}) {
  const json = JSON.stringify(settings).replaceAll("<", "\\u003c");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/lms/scorm-again.js"></script>
<script>
  const settings = ${json};
  const params = new URLSearchParams(location.search);
  const fault = params.get("fault");
  let faultsLeft = Number(params.get("times") ?? "1000000");
  window.lmsCalls = [];
  if (settings.clear) localStorage.clear();
  const v12 = settings.standard === "scorm12";
  const record = settings.record;
  const finished = v12
    ? ["passed", "completed", "failed"].includes(record["cmi.core.lesson_status"])
    : record["cmi.completion_status"] === "completed";
  const review = settings.review && finished;
  window.lmsMode = review ? "review" : "normal";
  const pick = (names) => Object.fromEntries(names.filter((name) => typeof record[name] === "string" && record[name] !== "").map((name) => [name, record[name]]));
  const nest = (flat) => {
    const root = {};
    for (const [path, value] of Object.entries(flat)) {
      const parts = path.split(".");
      let at = root;
      for (const part of parts.slice(0, -1)) at = at[part] ??= {};
      at[parts.at(-1)] = value;
    }
    return root;
  };
  if (fault !== "missing") {
    const api = v12
      ? new Scorm12API({ autocommit: false, logLevel: 5, mastery_override: true })
      : new Scorm2004API({ autocommit: false, logLevel: 5 });
    const resume = (record[v12 ? "cmi.core.exit" : "cmi.exit"] === "suspend") ? "resume" : "";
    const start = v12
      ? {
          ...pick(["cmi.core.lesson_status", "cmi.core.score.raw", "cmi.core.score.min", "cmi.core.score.max", "cmi.core.lesson_location", "cmi.suspend_data"]),
          "cmi.core.entry": resume,
          "cmi.core.lesson_mode": review ? "review" : "normal",
          "cmi.core.credit": review ? "no-credit" : "credit",
          "cmi.student_data.mastery_score": settings.mastery,
          "cmi.student_preference.language": settings.language,
        }
      : {
          ...pick(["cmi.completion_status", "cmi.success_status", "cmi.score.scaled", "cmi.score.raw", "cmi.score.min", "cmi.score.max", "cmi.location", "cmi.suspend_data"]),
          "cmi.entry": resume,
          "cmi.mode": review ? "review" : "normal",
          "cmi.credit": review ? "no-credit" : "credit",
          "cmi.learner_preference.language": settings.language,
        };
    for (const key of Object.keys(start)) if (start[key] === "") delete start[key];
    api.loadFromJSON(nest(start));
    const keep = v12
      ? ["core.lesson_status", "core.score.raw", "core.score.min", "core.score.max", "core.lesson_location", "core.exit", "suspend_data"]
      : ["completion_status", "success_status", "score.scaled", "score.raw", "score.min", "score.max", "location", "exit", "suspend_data", "progress_measure"];
    /** What Moodle stores at a commit: the elements, and the interactions. */
    // Like Moodle, the LMS stores what the SCO set and what the LMS itself changed (the
    // mastery override); every other element keeps what it held.
    const changed = new Set();
    const store = () => {
      if (review) return;
      const cmi = api.renderCMIToJSONObject().cmi;
      const saved = { ...record };
      for (const path of keep) {
        const value = path.split(".").reduce((at, part) => at?.[part], cmi);
        const name = "cmi." + path;
        if (typeof value !== "string") continue;
        // cmi.exit is write-only: the run-time never holds the stored value to compare.
        const exit = /\.exit$/.test(name);
        if (changed.has(name) || (!exit && value !== (record[name] ?? ""))) saved[name] = value;
      }
      saved["cmi.interactions"] = [...(record["cmi.interactions"] ?? []), ...Object.values(cmi.interactions ?? {}).map((entry) =>
        Object.fromEntries(Object.entries(entry).filter(([, value]) => typeof value === "string" && value !== "")))];
      const request = new XMLHttpRequest();
      request.open("POST", "/lms/record", false);
      request.send(JSON.stringify(saved));
    };
    const names = v12
      ? ["LMSInitialize", "LMSFinish", "LMSGetValue", "LMSSetValue", "LMSCommit", "LMSGetLastError", "LMSGetErrorString"]
      : ["Initialize", "Terminate", "GetValue", "SetValue", "Commit", "GetLastError", "GetErrorString", "GetDiagnostic"];
    const recorded = {};
    // The LMS ending the session itself, as Moodle does when its page moves on: from then
    // on every call fails with 301, "not initialized" (scorm-again alone would accept them).
    let ended = false;
    window.lmsEndSession = () => {
      api[v12 ? "LMSFinish" : "Terminate"]("");
      store();
      ended = true;
    };
    for (const name of names) {
      const original = api[name].bind(api);
      recorded[name] = (...args) => {
        if (ended) {
          const result = /GetLastError$/.test(name) ? (v12 ? "301" : "143") : "false";
          window.lmsCalls.push({ name, args, result });
          return result;
        }
        if (/SetValue$/.test(name) && fault && fault !== "getnull" && faultsLeft > 0) {
          faultsLeft--;
          window.lmsCalls.push({ name, args, result: fault === "throw" ? "threw" : "false" });
          if (fault === "throw") throw new Error("the LMS is having a bad day");
          return "false";
        }
        if (/GetValue$/.test(name) && fault === "getnull" && args[0] === "cmi.suspend_data") {
          window.lmsCalls.push({ name, args, result: null });
          return null;
        }
        const result = String(original(...args));
        window.lmsCalls.push({ name, args, result });
        if (/SetValue$/.test(name) && result === "true") changed.add(args[0]);
        if (/^(LMSCommit|LMSFinish|Commit|Terminate)$/.test(name) && result === "true") store();
        return result;
      };
    }
    window[v12 ? "API" : "API_1484_11"] = recorded;
    window.scormApi = api;
  }
</script></head>
<body><main aria-label="Test LMS"><h1 style="font-size:1rem;margin:0">Test LMS</h1><iframe id="sco" title="${courseFrameTitle}" style="width:100%;height:90vh;border:0"></iframe></main>
<script>document.getElementById("sco").src = params.get("launch");</script>
</body></html>`;
}
