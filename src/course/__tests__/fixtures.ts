// A minimal valid lesson folder, as the loader receives it, to break one field at a time, and
// the problems the loader reports for a broken one.
import { CourseError, loadCourse, type LessonFiles } from "../loader";

const lessonMd = (title: string) => `---
title: ${title}
summary: A sample lesson.
minutes: 10
roles: [data-scientist]
reads: []
writes: [out.json]
---
## What
Do a thing.

## Why
Because.

## How
| a | b |
|---|---|
| 1 | 2 |
`;

const communication = `situation: Something happened.
roles: [product-manager]
examples:
  - role: product-manager
    kind: share
    request: Please share the goal.
    unblocks: The business goal.
checklist:
  - Did you say by when?
`;

export function goodLesson(folder = "01-sample"): LessonFiles {
  return {
    [`${folder}/lesson.en.md`]: lessonMd("Sample"),
    [`${folder}/lesson.ja.md`]: lessonMd("サンプル"),
    [`${folder}/hints.en.md`]: "One\n---\nTwo\n---\nThree\n",
    [`${folder}/hints.ja.md`]: "一\n---\n二\n---\n三\n",
    [`${folder}/communication.en.yaml`]: communication,
    [`${folder}/communication.ja.yaml`]: communication,
    [`${folder}/starter.py`]: "x = None\n",
    [`${folder}/solution.py`]: "x = 1\n",
    [`${folder}/check.py`]: 'from checking import say\n\n\ndef test_x(learner):\n    assert learner.x == 1, say("x_wrong", x=learner.x)\n',
    [`${folder}/checks.en.yaml`]: "titles:\n  test_x: x is 1\nmessages:\n  x_wrong: x is {x!r}, it should be 1.\n",
    [`${folder}/checks.ja.yaml`]: "titles:\n  test_x: x が 1 である\nmessages:\n  x_wrong: >-\n    x が {x!r} です。\n    1 にしてください。\n",
  };
}

/** The loader's problems with `files`, which it must reject. */
export function problemsOf(files: LessonFiles): string[] {
  try {
    loadCourse(files);
  } catch (error) {
    if (error instanceof CourseError) return error.problems;
    throw error;
  }
  throw new Error("expected the course to be rejected");
}

const reviewYaml = (name: string) => `reviewer: product-manager
name: ${name}
program: solution.py
shows: [out.json]
title: Check x
intro: You review **x**.
questions:
  - id: read-x
    kind: number
    prompt: What is x?
    wrong: Read x off the file.
    typical:
      doubled: "{doubled} is twice x."
    explanation: x is {x}.
  - id: fine
    kind: choice
    prompt: Is x fine?
    options:
      - {id: "yes", text: "Yes", feedback: "It is {x}."}
      - {id: "no", text: "No", feedback: "Look again."}
    explanation: x is fine.
  - id: wrong
    kind: findings
    prompt: What is wrong?
    options:
      - {id: too-big, text: "x is too big", feedback: "It is not."}
      - {id: negative, text: "x is negative", feedback: "It is not."}
      - {id: missing, text: "x is missing", feedback: "It is there."}
    explanation: Nothing is wrong.
  - id: next
    kind: next-request
    prompt: What next?
    options:
      - {id: ship, role: data-scientist, kind: work, text: "Please go on.", feedback: "Right."}
      - {id: stop, role: product-manager, kind: share, text: "Please stop.", feedback: "Why?"}
    explanation: Go on.
`;

export const reviewPython = `import json


def answers(files):
    x = json.loads(files["out.json"])["x"]
    return {
        "read-x": {"value": x, "tolerance": 0.1, "typical": {"doubled": 2 * x}},
        "fine": {"option": "yes" if x > 0 else "no"},
        "wrong": {"options": ["negative"] if x < 0 else []},
        "next": {"option": "ship"},
    }


def facts(files):
    x = json.loads(files["out.json"])["x"]
    return {"x": x, "doubled": 2 * x}


def view(files):
    heading("x")  # ja: heading("エックス")
    figures([("x", str(json.loads(files["out.json"])["x"]), True)])
`;

/** goodLesson with a review exercise whose solution writes out.json. */
export function reviewedLesson(folder = "01-sample"): LessonFiles {
  return {
    ...goodLesson(folder),
    [`${folder}/solution.py`]: 'import json\nx = 1\nwith open("out.json", "w") as f:\n    json.dump({"x": 3}, f)\n',
    [`${folder}/review.en.yaml`]: reviewYaml("Maya"),
    [`${folder}/review.ja.yaml`]: reviewYaml("マヤ"),
    [`${folder}/review.py`]: reviewPython,
  };
}
