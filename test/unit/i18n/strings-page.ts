import { vi } from "vitest";
import {
  groupStringsFile,
  ownFileStrings,
  stringsFile,
  type OwnFileGroup,
} from "../../../src/i18n/build";

/*
 * A French page for the tests of fetched strings (fetched-strings.test.ts, group-strings.test.ts):
 * its block of strings, the <meta>s that name the files it may fetch, and a fetch that serves them.
 */

/**
 * The page-strings and client modules afresh, on a page whose block holds `block` and that names
 * the shared file of fetched strings (`shared`) and each of `groups`' own files.
 */
export async function pageWith(
  block: object,
  { shared = false, groups = [] }: { shared?: boolean; groups?: OwnFileGroup[] },
) {
  const script = document.createElement("script");
  script.type = "application/json";
  script.id = "cx-strings";
  script.textContent = JSON.stringify(block);
  document.head.append(script);
  const named = [
    ...(shared ? [["cx-strings-file", stringsFile("fr").path]] : []),
    ...groups.map((group) => [`cx-strings-file-${group}`, groupStringsFile("fr", group).path]),
  ];
  for (const [name, path] of named) {
    const meta = document.createElement("meta");
    meta.name = name!;
    meta.content = path!;
    document.head.append(meta);
  }
  vi.resetModules();
  return {
    strings: await import("../../../src/i18n/browser/page-strings"),
    client: await import("../../../src/i18n/browser/client"),
  };
}

/**
 * A fetch that answers each French file (a group's own, else the shared one) or `body`, counting
 * its calls; failing the first `fails`.
 */
export function serve(fails = 0, body?: string) {
  const calls: string[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      calls.push(url);
      if (calls.length <= fails) return new Response("Not found", { status: 404 });
      const group = ownFileStrings.find((each) => groupStringsFile("fr", each).path === url);
      return new Response(body ?? (group ? groupStringsFile("fr", group) : stringsFile("fr")).json);
    }),
  );
  return calls;
}
