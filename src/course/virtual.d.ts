/** The course file as the browser's code sees it (src/course/integration.ts). */
declare module "virtual:cx/course" {
  const course: import("./course-file").ClientCourse;
  export default course;
}

/** The brand colours as custom properties (src/course/brand.ts). */
declare module "virtual:cx/brand.css";

/** Each language's UI strings by code, English first (src/course/strings-files.ts). Build time only. */
declare module "virtual:cx/strings" {
  const strings: Record<string, import("../i18n/en").UiStrings>;
  export default strings;
}
