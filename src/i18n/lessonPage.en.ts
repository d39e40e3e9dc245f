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

export const notebook = {
  heading: "Take it to Jupyter",
  lesson: "Download this lesson as a notebook (.ipynb)",
  course: "Download the whole course as one notebook (.ipynb)",
  data: "Download the data (ames.csv)",
  explain: "The notebook holds the lesson's text and your code. Put ames.csv in a folder named data next to it, then open it in JupyterLab.",
  failed: "The notebook could not be made ({{message}}). Your code and progress are unchanged; reload the page and try again.",
  yourCode: "Your code",
  setupComment: "display() as in the course: charts are drawn by JupyterLab, other values shown as usual.",
  from: "From the course *MLOps Hands-on*. Run the cells from the top.",
  files: "This notebook reads `data/ames.csv`: put the course's data file (“Download the data” on the lesson page) in a folder named `data` next to this notebook.",
  filesRead: "It also reads {{files}}, which earlier lessons write: run their notebooks in the same folder first, or use the whole course as one notebook.",
};
