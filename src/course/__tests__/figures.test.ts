// The figures the lessons state agree with an independent computation (scripts/verify-figures.py,
// pandas): run where /usr/bin/python3 has pandas (Debian's python3-pandas); CI installs it and sets
// REQUIRE_FIGURES, so there a missing pandas fails instead of skipping.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const PYTHON = "/usr/bin/python3";
const script = fileURLToPath(new URL("../../../scripts/verify-figures.py", import.meta.url));
const hasPandas = existsSync(PYTHON) && spawnSync(PYTHON, ["-c", "import pandas, sklearn"]).status === 0;
const required = process.env.REQUIRE_FIGURES === "1";

describe("scripts/verify-figures.py", () => {
  it.runIf(hasPandas || required)("finds every stated figure equal to pandas' and stated in the texts", () => {
    expect(hasPandas, `${PYTHON} lacks pandas or scikit-learn (Debian's python3-pandas, python3-sklearn)`).toBe(true);
    const run = spawnSync(PYTHON, [script], { encoding: "utf8", timeout: 60_000 });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toContain("all figures agree");
  });
});
