/**
 * What a page makes the browser download, measured the same way by `npm run bench` and by the
 * budgets test: record every response while the page loads and its islands hydrate, then weigh
 * the real bytes. Inline <script> and <style> count too: they are shipped with every page.
 * The whole page is its HTML document (inline code included) with the CSS and JS files it
 * loads and the JSON data it fetches from its own site (a module page's quizzes, which are not
 * in its HTML), each compressed on its own as a server would send it.
 */
import { createHash } from "node:crypto";
import { brotliCompressSync, gzipSync } from "node:zlib";

/** @typedef {import("playwright-core").Page} Page */
/** @typedef {{ url: string, kind: "js" | "css" | "data" | "other", bytes: Buffer }} Asset */
/** @typedef {{ raw: number, gzip: number, brotli: number }} Sizes */

/**
 * Sizes already worked out, by the bytes' digest: a page is weighed as opened and again as read,
 * and every page loads the same shared files, so each file is compressed once (brotli at its
 * best quality is slow).
 * @type {Map<string, Sizes>}
 */
const known = new Map();

/** Raw, gzip and brotli sizes of one file. @param {Buffer} bytes */
function sizesOfOne(bytes) {
  const digest = createHash("sha1").update(bytes).digest("hex");
  let sizes = known.get(digest);
  if (!sizes) {
    sizes = {
      raw: bytes.length,
      gzip: gzipSync(bytes).length,
      brotli: brotliCompressSync(bytes).length,
    };
    known.set(digest, sizes);
  }
  return sizes;
}

/** Raw, gzip and brotli sizes of some bytes, each file compressed on its own as a server would. */
export function sizesOf(/** @type {Buffer[]} */ buffers) {
  return buffers.map(sizesOfOne).reduce(
    (sum, sizes) => ({
      raw: sum.raw + sizes.raw,
      gzip: sum.gzip + sizes.gzip,
      brotli: sum.brotli + sizes.brotli,
    }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}

/**
 * @param {import("playwright-core").Response} response
 * @param {Page} page
 */
function kindOf(response, page) {
  const type = response.request().resourceType();
  const contentType = response.headers()["content-type"] ?? "";
  if (type === "script" || /javascript/.test(contentType)) return "js";
  if (type === "stylesheet" || /text\/css/.test(contentType)) return "css";
  // What the page's code fetches from its own site as JSON is part of the page, as props were.
  const sameOrigin = new URL(response.url()).origin === new URL(page.url()).origin;
  if (["fetch", "xhr"].includes(type) && /json/.test(contentType) && sameOrigin) return "data";
  return "other";
}

/**
 * Start recording the page's responses (documents, images and fonts aside). `settled()` waits
 * until no request has been in flight for a moment; `soFar()` gives the assets recorded until
 * now with their bodies; `stop()` ends the recording and gives them all.
 * @param {Page} page
 */
export function recordAssets(page) {
  /** @type {Promise<Asset | undefined>[]} */
  const pending = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  /** @param {import("playwright-core").Response} response */
  const onResponse = (response) => {
    const type = response.request().resourceType();
    if (["document", "image", "font", "media"].includes(type)) return;
    if (response.status() >= 300) return;
    pending.push(
      response
        .body()
        .then((bytes) => ({ url: response.url(), kind: kindOf(response, page), bytes }))
        .catch(() => undefined),
    );
  };
  const onRequest = () => {
    inFlight++;
    lastActivity = Date.now();
  };
  const onDone = () => {
    inFlight--;
    lastActivity = Date.now();
  };
  page.on("request", onRequest);
  page.on("requestfinished", onDone);
  page.on("requestfailed", onDone);
  page.on("response", onResponse);
  return {
    /** Resolve once nothing has been in flight for `quietMs`. */
    async settled(quietMs = 300) {
      while (inFlight > 0 || Date.now() - lastActivity < quietMs) {
        await new Promise((wait) => setTimeout(wait, 50));
      }
    },
    async soFar() {
      return /** @type {Asset[]} */ ((await Promise.all(pending)).filter(Boolean));
    },
    async stop() {
      page.off("request", onRequest);
      page.off("requestfinished", onDone);
      page.off("requestfailed", onDone);
      page.off("response", onResponse);
      return this.soFar();
    },
  };
}

/**
 * Load a page and let it settle: client:idle islands hydrate, and anything else that loads
 * without the learner doing anything has loaded.
 * @param {Page} page
 * @param {string} url
 * @param {{ settled(): Promise<void> }} recorder
 */
export async function loadAndSettle(page, url, recorder) {
  const response = await page.goto(url);
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(undefined))));
  await recorder.settled();
  return response;
}

/** The text of the page's inline scripts and style sheets. @param {Page} page */
export function inlineCode(page) {
  return page.evaluate(() => ({
    // Code only: a JSON block (the strings a page sends once) is data, weighed with the HTML.
    scripts: [...document.querySelectorAll('script:not([src]):not([type="application/json"])')].map(
      (s) => s.textContent ?? "",
    ),
    styles: [...document.querySelectorAll("style")].map((s) => s.textContent ?? ""),
  }));
}

/**
 * Read the page to its end as a reader does who only reads: a screen at a time, each seen long
 * enough for the islands that wait to be seen (client:visible) to notice; those that wait to be
 * reached for (a module page's, client:reach) stay as they are. Then wait for what started to
 * load. Islands in a hidden part (a film's checkpoint question) are not met at all.
 * @param {Page} page
 */
export async function readToTheEnd(page) {
  for (;;) {
    const moved = await page.evaluate(
      () =>
        new Promise((done) => {
          const before = window.scrollY;
          window.scrollBy(0, Math.round(window.innerHeight * 0.8));
          // Two frames: intersection observers report on the frame after the scroll.
          requestAnimationFrame(() => requestAnimationFrame(() => done(window.scrollY > before)));
        }),
    );
    if (!moved) break;
  }
  // Islands seen on the way (client:visible) hydrate in their own time: wait for them.
  await page.waitForFunction(() =>
    [...document.querySelectorAll("astro-island[ssr]")].every(
      (island) => island.getAttribute("client") === "reach" || island.closest("[hidden]"),
    ),
  );
}

/**
 * Answer the first question of the page's first quiz as a learner would: choose (the first
 * option, each row's first match, the first reply of a conversation until it ends, the first
 * point of each rating, a sentence for a reflection; and how sure, when asked), then press the
 * question's button (Check, Show my profile, Save). True once the question shows as answered;
 * false on a page without a quiz.
 * @param {Page} page
 */
export async function answerFirstQuestion(page) {
  // A question is a group (its fieldset) with its button in it; the first visible one is the
  // first quiz's first question (a film's checkpoint questions stay hidden until the film asks).
  const question = page
    .getByRole("group")
    .filter({ has: page.getByRole("button") })
    .filter({ hasNot: page.getByRole("group").getByRole("button") })
    .first();
  const conversation = page
    .getByRole("group")
    .filter({ has: page.getByRole("group").getByRole("button") })
    .first();
  // Whether a question's fieldset shows as answered. (Its handle is taken before answering:
  // once answered, it has no button left, and the locators above find the next question.)
  const isAnswered = (/** @type {import("playwright-core").ElementHandle} */ fieldset) =>
    fieldset.evaluate((element) => element.closest("fieldset")?.hasAttribute("data-answered"));
  const untilAnswered = (/** @type {import("playwright-core").ElementHandle} */ fieldset) =>
    page.waitForFunction(
      (element) => element.closest("fieldset")?.hasAttribute("data-answered"),
      fieldset,
    );
  // A scenario comes first when its conversation does: reply with the first choice until it ends.
  const scenarioFirst =
    (await conversation.count()) > 0 &&
    ((await question.count()) === 0 ||
      (await conversation.evaluate(
        (group, other) =>
          Boolean(group.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING),
        await question.elementHandle(),
      )));
  if (scenarioFirst) {
    const fieldset = await conversation.elementHandle();
    for (let turn = 0; turn < 12 && !(await isAnswered(fieldset)); turn++) {
      await conversation.getByRole("group").getByRole("button").first().click();
      await page.waitForTimeout(100);
    }
    await untilAnswered(fieldset);
    return true;
  }
  if ((await question.count()) === 0) return false;
  const fieldset = await question.elementHandle();
  // Each set of radio buttons (the options, each statement's rating, how sure): the first.
  const radios = question.getByRole("radio");
  const names = new Set(
    await radios.evaluateAll((inputs) => inputs.map((input) => input.getAttribute("name"))),
  );
  for (const name of names) {
    await question.locator(`input[type="radio"][name="${name}"]`).first().check();
  }
  const boxes = question.getByRole("checkbox");
  if ((await boxes.count()) > 0) await boxes.first().check();
  for (const menu of await question.getByRole("combobox").all()) {
    await menu.selectOption({ index: 1 });
  }
  for (const text of await question.getByRole("textbox").all()) {
    await text.fill("Listen first, then act.");
  }
  // The question's own button comes last in it (an ordering's move buttons come before).
  await question.getByRole("button").last().click();
  await untilAnswered(fieldset);
  return true;
}

/**
 * Weigh what a page loads twice over: `opened`, what it loads before the learner scrolls (the
 * islands on the first screen and those that wait for idle time: the budgets), and, at the top
 * level, all it loads once it has been read to the end and every island has hydrated. With
 * `answer`, a third: `answered`, all it has loaded once, read to the end, the first question of
 * its first quiz has been answered (answerFirstQuestion), so the code that answering loads
 * counts too; undefined on a page without a quiz. Undefined when the page does not exist.
 * `whenOpened` runs on the page as opened, before it is read: what depends on the first screen
 * (which islands show on it) is checked there.
 * @param {Page} page
 * @param {string} url
 * @param {{ answer?: boolean, whenOpened?: (opened: ReturnType<typeof summarise>) => Promise<void> }} [options]
 */
export async function measurePage(page, url, { answer = false, whenOpened } = {}) {
  const recorder = recordAssets(page);
  const response = await loadAndSettle(page, url, recorder);
  if (!response || !response.ok()) {
    await recorder.stop();
    return undefined;
  }
  const html = await response.body();
  const inline = await inlineCode(page);
  const openedAssets = await recorder.soFar();
  const opened = {
    ...summarise(openedAssets, inline, html),
    withoutScripts: withoutScripts(html, openedAssets),
  };
  await whenOpened?.(opened);
  await readToTheEnd(page);
  await recorder.settled();
  const read = summarise(await recorder.soFar(), inline, html);
  const answered = answer && (await answerFirstQuestion(page));
  if (answered) await recorder.settled();
  const assets = await recorder.stop();
  return {
    ...read,
    opened,
    ...(answered ? { answered: summarise(assets, inline, html) } : {}),
  };
}

/**
 * Totals per kind. In `js` and `css`, inline code is weighed on its own, which slightly
 * overstates it: on the wire it shares the page's compression. `page` is what the wire carries
 * of HTML, CSS, JS and data: the document as sent (its inline code with it) and the files.
 * @param {Asset[]} assets
 * @param {{ scripts: string[], styles: string[] }} inline
 * @param {Buffer} [html] the page's HTML document, when the page is one
 */
export function summarise(assets, inline = { scripts: [], styles: [] }, html) {
  const inlineScripts = inline.scripts.filter(Boolean).map((code) => Buffer.from(code));
  const inlineStyles = inline.styles.filter(Boolean).map((code) => Buffer.from(code));
  const ofKind = (/** @type {Asset["kind"]} */ kind) =>
    assets.filter((asset) => asset.kind === kind).map((asset) => asset.bytes);
  const document = sizesOf(html ? [html] : []);
  const files = sizesOf([...ofKind("css"), ...ofKind("js"), ...ofKind("data")]);
  return {
    html: document,
    /** The CSS and JS files alone, without inline code. */
    external: { js: sizesOf(ofKind("js")), css: sizesOf(ofKind("css")) },
    js: sizesOf([...ofKind("js"), ...inlineScripts]),
    css: sizesOf([...ofKind("css"), ...inlineStyles]),
    /** JSON the page fetched from its own site. */
    data: sizesOf(ofKind("data")),
    page: {
      raw: document.raw + files.raw,
      gzip: document.gzip + files.gzip,
      brotli: document.brotli + files.brotli,
    },
    other: sizesOf(ofKind("other")),
    files: assets.map((asset) => ({
      url: new URL(asset.url).pathname,
      kind: asset.kind,
      ...sizesOf([asset.bytes]),
    })),
    inline: { scripts: sizesOf(inlineScripts), styles: sizesOf(inlineStyles) },
  };
}

/**
 * The page with no JavaScript at all: its HTML with every script taken out (Astro's island code
 * and directives, the strings block, the page's own scripts), and the CSS files among `assets`.
 * What its content and the styles that lay it out weigh, whatever the code does: the floor under
 * "as opened".
 * @param {Buffer} html
 * @param {Asset[]} assets
 */
function withoutScripts(html, assets) {
  const markup = Buffer.from(html.toString("utf8").replace(/<script\b[\s\S]*?<\/script>/g, ""));
  const css = assets.filter((asset) => asset.kind === "css").map((asset) => asset.bytes);
  return sizesOf([markup, ...css]);
}
