// A lesson, or the whole course, as a Jupyter notebook (nbformat 4.5): the lesson's text as
// markdown cells, the learner's code as a code cell, and a first cell that gives the code the
// course's display() and says where the data must be, so it runs in JupyterLab as it is.
import type { Element, Root, RootContent } from "hast";
import type { Language } from "./languages";
import type { Lesson } from "./types";

/** The words a notebook needs that are not in the lessons: the interface's own, in the learner's language. */
export interface NotebookLabels {
  what: string;
  why: string;
  how: string;
  communication: string;
  yourCode: string;
  /** About data/ames.csv and the files earlier lessons write; {{files}} is replaced. */
  files: (reads: string[]) => string;
  setupComment: string;
  from: string;
}

interface Cell {
  id: string;
  cell_type: "markdown" | "code";
  metadata: Record<string, unknown>;
  source: string[];
  execution_count?: null;
  outputs?: [];
}

export interface Notebook {
  nbformat: 4;
  nbformat_minor: 5;
  metadata: Record<string, unknown>;
  cells: Cell[];
}

const VOID = new Set(["br", "hr", "img", "input", "col", "wbr"]);
const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, "&quot;");
const attributeName = (name: string) => (name === "className" ? "class" : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

/** Markdown cells may hold HTML, which Jupyter renders (and sanitises): the compiled text as is. */
function html(node: Root | RootContent): string {
  if (node.type === "text") return escapeText(node.value);
  if (node.type === "root") return node.children.map(html).join("");
  if (node.type !== "element") return "";
  const element = node as Element;
  const attributes = Object.entries(element.properties ?? {})
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(([name, value]) => ` ${attributeName(name)}="${escapeAttribute(Array.isArray(value) ? value.join(" ") : String(value))}"`)
    .join("");
  if (VOID.has(element.tagName)) return `<${element.tagName}${attributes}>`;
  return `<${element.tagName}${attributes}>${element.children.map(html).join("")}</${element.tagName}>`;
}

/** nbformat keeps text as lines, each with its newline but the last. */
const lines = (text: string) => text.split(/(?<=\n)/);

const markdown = (id: string, text: string): Cell => ({ id, cell_type: "markdown", metadata: {}, source: lines(text) });
const code = (id: string, text: string): Cell => ({ id, cell_type: "code", metadata: {}, source: lines(text), execution_count: null, outputs: [] });

function setup(labels: NotebookLabels): string {
  return `# ${labels.setupComment}
try:
    from IPython import get_ipython
    from IPython.display import display as _show
    if get_ipython() is None:  # IPython installed, but this is plain Python
        _show = None
except ImportError:  # plain Python
    _show = None


def display(obj, *, headers=None):
    if isinstance(obj, dict) and "vega-lite" in str(obj.get("$schema", "")):
        if _show is not None:
            _show({"application/vnd.vegalite.v5+json": obj, "text/plain": str(obj.get("title", "chart"))}, raw=True)
        else:
            print(obj.get("title", "chart"))
        return
    if headers is not None:
        obj = [dict(zip(headers, row)) for row in obj]
    (_show or print)(obj)
`;
}

function lessonCells(lesson: Lesson, lang: Language, learnerCode: string, labels: NotebookLabels): Cell[] {
  const text = lesson.text[lang];
  const id = (part: string) => `${lesson.slug}-${part}`;
  return [
    markdown(id("title"), `# ${text.title}\n\n${text.summary}`),
    markdown(id("what"), `## ${labels.what}\n\n${html(text.sections.what)}`),
    markdown(id("why"), `## ${labels.why}\n\n${html(text.sections.why)}`),
    markdown(id("how"), `## ${labels.how}\n\n${html(text.sections.how)}`),
    markdown(id("code-heading"), `### ${labels.yourCode}`),
    code(id("code"), learnerCode),
    markdown(id("communication"), `## ${labels.communication}\n\n${html(text.communication.situation)}`),
  ];
}

function notebook(title: string, cells: Cell[]): Notebook {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      title,
      kernelspec: { name: "python3", display_name: "Python 3", language: "python" },
      language_info: { name: "python", file_extension: ".py", mimetype: "text/x-python" },
    },
    cells,
  };
}

const preface = (reads: string[], labels: NotebookLabels) => [markdown("files", `${labels.from}\n\n${labels.files(reads)}`), code("setup", setup(labels))];

/** One lesson: its text and the learner's code (the starter when they have not written any). */
export function lessonNotebook(lesson: Lesson, lang: Language, learnerCode: string, labels: NotebookLabels): Notebook {
  return notebook(lesson.text[lang].title, [...preface(lesson.reads, labels), ...lessonCells(lesson, lang, learnerCode, labels)]);
}

/** Every lesson in order in one notebook: each lesson's cells write the files the next one reads. */
export function courseNotebook(title: string, lessons: { lesson: Lesson; code: string }[], lang: Language, labels: NotebookLabels): Notebook {
  return notebook(title, [...preface([], labels), ...lessons.flatMap(({ lesson, code }) => lessonCells(lesson, lang, code, labels))]);
}

export const notebookFileName = (name: string) => `${name}.ipynb`;
