/*
 * The module outline's reading marks: a section counts as read once its end has scrolled above
 * the middle of the screen (the next heading passed it). Marks last for the visit only.
 */

/** Mark each outline link whose section the learner has scrolled past. */
export function trackSectionsRead(): void {
  const outline = document.querySelector<HTMLElement>(".module-outline");
  if (!outline || !("IntersectionObserver" in window)) return;
  const readWord = outline.dataset.readWord ?? "read";
  const links = [...outline.querySelectorAll<HTMLAnchorElement>("a[data-section]")];
  const headings = links
    .map((link) => document.getElementById(link.dataset.section ?? ""))
    .filter((heading): heading is HTMLElement => heading !== null);
  const markRead = (index: number) => {
    const link = links[index];
    if (!link || link.dataset.read !== undefined) return;
    link.dataset.read = "";
    const word = document.createElement("span");
    word.className = "visually-hidden";
    word.textContent = ` (${readWord})`;
    link.append(word);
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        // A heading above the middle of the screen: the section before it has been read.
        if (entry.boundingClientRect.top < window.innerHeight / 2) {
          const index = headings.indexOf(entry.target as HTMLElement);
          for (let earlier = 0; earlier < index; earlier++) markRead(earlier);
        }
      }
    },
    { rootMargin: "0px 0px -50% 0px" },
  );
  for (const heading of headings) observer.observe(heading);
  // The last section: read once the page's end is in view.
  const end = document.querySelector(".module-end-anchor");
  if (end) {
    new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) headings.forEach((_, i) => markRead(i));
    }).observe(end);
  }
}
