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
