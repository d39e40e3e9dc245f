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
    review: "Every review question is answered right",
    track: "You have chosen how you take part",
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

export const summary = {
  nav: "Your project",
  title: "Your project, from business goal to test report",
  lead: "What your six lessons produced, read from the files your code wrote. Parts you have not produced yet come from the course's reference solutions and are marked.",
  lesson: "Lesson {{number}}: {{title}}",
  part: {
    goal: "Business goal",
    analysis: "Analysis findings",
    dataset: "Dataset and datasheet",
    preprocessor: "Preprocessor",
    model: "Chosen model",
    test: "Test report and decision",
  },
  fact: {
    problem: "Problem",
    monthlyValue: "Monthly value",
    payback: "Payback month",
    target: "Goal: share of listings within the tolerance",
    size: "Sales × columns",
    missing: "Missing values",
    medianPrice: "Median sale price",
    skewness: "Skewness of the price",
    drivers: "Strongest drivers of the price",
    pairs: "Near-duplicate column pairs",
    rows: "Sales in the dataset",
    columns: "Columns",
    rules: "Scope rules",
    split: "Split",
    sha256: "Data hash (SHA-256, first 12 characters)",
    features: "Features",
    categorical: "Encoded categories",
    fittedOn: "Fitted on",
    model: "Model",
    chosenRun: "Chosen run",
    runs: "Runs logged",
    decision: "Decision",
    rmse: "RMSE on the test set",
    withinTolerance: "Test listings within the tolerance",
    failingSlices: "Slices that miss the goal",
    conditions: "Conditions",
  },
  source: {
    learner: "From your own work.",
    reference: "From the course's reference files: you have not produced this yet.",
  },
  missing: "Not produced yet. Complete lesson {{lesson}}, or fill the gaps with the course's reference files.",
  unreadable: "{{file}} could not be read ({{message}}). Run lesson {{lesson}} again to write it anew.",
  fill: "Fill the gaps with the course's reference files",
  filling: "Running the course's reference solutions…",
  fillFailed: "The reference files could not be made ({{message}}). Your own files are unchanged.",
  readFailed: "Your files could not be read from this browser's storage ({{message}}).",
  next: {
    heading: "What the next four processes would need",
    deploy: "Deploy: a versioned release of the preprocessor and the model with the code and data versions, the test metrics and a model card, promoted only when the test decision allows it.",
    serve: "Serve: one predict(listing) for single and batch requests that validates its inputs, a test that serving computes the features exactly as training did, and a shadow run beside the appraisers.",
    monitor: "Monitor: input drift, refused requests, prediction drift and the delayed business metric, each alert with an owner.",
    retrain: "Retrain: when to retrain, on which window, and a comparison of the new model with the current one on recent data and slices before promoting or rolling back.",
  },
  portfolioHeading: "Summary of the project",
  portfolioReference: "(reference files from the course)",
};

export const glossary = {
  nav: "Glossary",
  title: "Glossary",
  lead: "The terms this course uses, each explained in a few sentences. Lessons list the terms they use at their end.",
  inLesson: "Terms in this lesson",
  inLessonHelp: "Open a term to read what it means.",
  all: "All terms in the glossary",
  reading: "Further reading",
  readingHelp: "Books and papers to go deeper, named so you can find them in a library or a bookshop.",
  online: "Online copy (optional: a closed network may not open it)",
  loading: "Loading the glossary…",
  failed: "The glossary could not be loaded ({{message}}). Reload the page to try again.",
};
