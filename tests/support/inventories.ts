/** A former nurse who did 18 months of annotation work: the reference user. */
export const NURSE_INVENTORY: ReadonlyMap<string, number> = new Map([
  ['clinical-practice', 4],
  ['medical-terminology', 3],
  ['patient-safety', 3],
  ['evidence-based-medicine', 1],
  ['pharmacology', 2],
  ['fact-checking', 3],
  ['rubric-grading', 1],
]);
