// Lessons not yet brought to the check rule and the per-language programs of lessons/README.md
// (issue 11): their alternatives/mistakes counts and program text are not enforced yet. Remove a
// lesson from this list in the change that converts it.
export const PENDING_CONVERSION: readonly string[] = [
  "01-business-understanding",
  "02-analyze",
  "05-train",
  "06-test",
];
