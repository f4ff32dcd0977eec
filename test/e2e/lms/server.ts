import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { unzipSync } from "fflate";
import xapiValidation from "xapi-validation";

/*
 * The LMS side of the package tests, all on one loopback server: the package unzipped and
 * served from a deep random path, as an LMS's file store does; a harness page that plays a
 * SCORM 1.2 LMS with scorm-again's real run-time; and a small LRS for cmi5 that checks every
 * statement with xapi-validation and the cmi5 rules the package must keep.
 */

/** Where `npm run package` puts the zips. */
export const packagesDir = process.env.CX_PACKAGES_DIR ?? "packages";
export const packagePath = (track: string, standard: "scorm12" | "cmi5") =>
  `${packagesDir}/cx-learning-map-${track}-${standard}.zip`;

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
  cmi5LaunchUrl(launch: string, options?: { masteryScore?: number; returnURL?: string }): string;
  faults: LmsFaults;
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
  if (statement["object"]?.id !== activityId) problems.push("object is not the AU");
  if (JSON.stringify(statement["actor"]) !== JSON.stringify(actor)) problems.push("wrong actor");
  const verbOf = (received: Record<string, any>) =>
    String(received["verb"]?.id ?? "")
      .split("/")
      .pop() ?? "";
  const verb = verbOf(statement);
  const verbs = earlier.map((entry) => verbOf(entry.statement));
  const category = context.contextActivities?.category ?? [];
  if (!category.some((activity: { id: string }) => activity.id === CMI5_CATEGORY)) {
    problems.push("cmi5 category missing");
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

/** Start the test LMS with `zipPath` served under a deep random path. */
export async function startTestLms(zipPath: string, faults: LmsFaults = {}): Promise<TestLms> {
  const files = unzipPackage(zipPath);
  const base = `/pluginfile.php/${randomBytes(4).toString("hex")}/mod_scorm/content/3/`;
  const scormAgain = readFileSync("node_modules/scorm-again/dist/scorm12.min.js");
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
        endpoint: `${lms.origin}/lrs/xapi/`,
        fetch: `${lms.origin}/lrs/fetch/${randomUUID()}`,
        actor: JSON.stringify(actor),
        registration: lms.registration,
        activityId,
      });
      return `${lms.origin}${base}${launch}?${query}`;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
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
    if (url.pathname === "/lms/scorm12.js")
      return send(response, 200, scormAgain.toString(), types[".js"]);
    if (url.pathname === "/lms/harness.html")
      return send(response, 200, harnessPage, types[".html"]);
    if (url.pathname === "/lms/return.html")
      return send(
        response,
        200,
        "<title>Back in the LMS</title><h1>Back in the LMS</h1>",
        types[".html"],
      );
    if (url.pathname.startsWith(base)) {
      const file = decodeURIComponent(url.pathname.slice(base.length));
      const body = files.get(file);
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
 * The SCORM LMS's page: scorm-again's API on window, every call recorded, the package's launch
 * page framed. The URL's hash may carry what an earlier launch left (scorm-again's JSON) and
 * faults: ?fault=throw (LMSSetValue throws), ?fault=false (it answers "false") for the first
 * ?times= calls, or ?fault=missing (no API at all).
 */
const harnessPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/lms/scorm12.js"></script>
<script>
  const params = new URLSearchParams(location.search);
  const fault = params.get("fault");
  let faultsLeft = Number(params.get("times") ?? "1000000");
  window.lmsCalls = [];
  if (fault !== "missing") {
    const api = new Scorm12API({ autocommit: false, logLevel: 5 });
    const saved = location.hash.length > 1 ? JSON.parse(decodeURIComponent(location.hash.slice(1))) : null;
    if (saved) api.loadFromJSON(saved);
    const recorded = {};
    for (const name of ["LMSInitialize", "LMSFinish", "LMSGetValue", "LMSSetValue", "LMSCommit", "LMSGetLastError", "LMSGetErrorString"]) {
      const original = api[name].bind(api);
      recorded[name] = (...args) => {
        if (name === "LMSSetValue" && fault && faultsLeft > 0) {
          faultsLeft--;
          window.lmsCalls.push({ name, args, result: fault === "throw" ? "threw" : "false" });
          if (fault === "throw") throw new Error("the LMS is having a bad day");
          return "false";
        }
        const result = String(original(...args));
        window.lmsCalls.push({ name, args, result });
        return result;
      };
    }
    window.API = recorded;
    window.scormApi = api;
  }
</script></head>
<body><iframe id="sco" title="Course" style="width:100%;height:95vh;border:0"></iframe>
<script>document.getElementById("sco").src = params.get("launch");</script>
</body></html>`;
