// The memory a lesson tab takes: the resident memory of every renderer process of the browser
// (the page, the sandbox frame and its Python workers), sampled while a learner works.
import { execFileSync } from "node:child_process";

function processes() {
  const lines = execFileSync("ps", ["-eo", "pid=,ppid=,rss=,args="], { encoding: "utf8" }).trim().split("\n");
  return lines.map((line) => {
    const [pid, ppid, rss, ...args] = line.trim().split(/\s+/);
    return { pid: Number(pid), ppid: Number(ppid), rssKB: Number(rss), args: args.join(" ") };
  });
}

/** Resident memory (MB) of the renderers under the browser process `rootPid`. */
export function renderersMB(rootPid) {
  const all = processes();
  const tree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) if (tree.has(p.ppid) && !tree.has(p.pid)) tree.add(p.pid), (grew = true);
  }
  const kb = all.filter((p) => tree.has(p.pid) && p.args.includes("--type=renderer")).reduce((sum, p) => sum + p.rssKB, 0);
  return kb / 1024;
}

/** Samples renderersMB every 100 ms while `work` runs; resolves with the peak. */
export async function peakDuring(rootPid, work) {
  let peak = renderersMB(rootPid);
  const timer = setInterval(() => (peak = Math.max(peak, renderersMB(rootPid))), 100);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, renderersMB(rootPid));
}
