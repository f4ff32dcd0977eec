import { withLearnerName, withoutReflection } from "../lib/record/learner";
import { updateProgress } from "./progress";

/* What the learner changes on the certificate page and in their journal. */

/** Keep the name the learner typed for their certificate (nothing visible removes it). */
export function nameCertificate(name: string): void {
  updateProgress("name for certificate", (progress) => withLearnerName(progress, name));
}

/** Delete one reflection's text, kept under "<quiz id>/<question id>". */
export function deleteReflection(key: string): void {
  updateProgress("delete reflection", (progress) => withoutReflection(progress, key));
}
