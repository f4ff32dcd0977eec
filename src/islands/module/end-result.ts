/*
 * What the module's end shows only once the learner has tried its quiz or completed it: the
 * score's ring and a retry's figures. ModuleEnd.tsx loads it then, not with the page.
 */
export { ProgressRing } from "../ui/ProgressRing";
export { retryOf } from "../../lib/module-result";
