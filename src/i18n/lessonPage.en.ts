// English text of the lesson page's working tools: fresh results, done, solution, layout.
export const fresh = {
  ranSilently: "Your code ran at {{time}} and printed nothing. Use print() to see a value.",
  outputOld: "This output is from an earlier version of your code. Run it again to see what the code in the editor prints.",
  checksOld: {
    code: "These results are for an earlier version of your code (checked at {{time}}). Your code has changed since.",
    language: "These results were checked in the other language (at {{time}}).",
    inputs: "These results were checked at {{time}} with other input files than the ones this lesson reads now.",
  },
  summaryOld: "Last check: {{passed}} of {{count}} passed, for an earlier version.",
  checkAgain: "Check again",
};

export const done = {
  heading: "Done when",
  item: {
    checks: "Every check passes for the code in your editor",
    draft: "You have drafted at least one request",
  },
  ticked: "Done",
  open: "Not yet",
  all: "This lesson is done.",
};

export const solution = {
  copy: "Copy",
  copied: "Copied.",
  copyRefused: "Your browser did not allow copying. Select the code and copy it with Ctrl/⌘ + C.",
  compare: "Compare with my code",
  hideCompare: "Hide the comparison",
  compareLabel: "Your code (left) and the reference solution (right)",
  put: "Put it in the editor",
  putConfirm: "Replace the code in your editor with the reference solution? You can undo it.",
  putYes: "Yes, replace my code",
  putDone: "The reference solution is in your editor.",
  undo: "Undo",
  undone: "Your own code is back in the editor.",
  yourCode: "Your code (read only here)",
  viewerLabel: "Reference solution (read only)",
  loading: "Loading the editor…",
};

export const jump = {
  toEditor: "Go to the code editor",
  toTask: "Back to the task",
};
