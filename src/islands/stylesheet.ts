/**
 * Link a stylesheet into the page, resolving once it applies. For styles that code loaded on
 * demand brings with it: in place before what that code renders first shows. (Imported by such
 * code, they would reach the server build, which puts every stylesheet it meets in the page.)
 */
export const loadStylesheet = (href: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement("link"), { rel: "stylesheet", href });
    link.addEventListener("load", () => resolve());
    link.addEventListener("error", () => reject(new Error(`${href} did not load`)));
    document.head.append(link);
  });
