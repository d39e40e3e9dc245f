// Starts the Python worker from index.html itself, before the app's first script has even been
// fetched: the worker then boots while the browser is still busy with the app's JavaScript, and
// Pyodide's downloads begin tens of milliseconds sooner. The runtime client adopts this worker
// (src/runtime/index.ts); without it (the dev server, or a host whose CSP blocks inline scripts)
// the client starts its own. The worker posts nothing before the client's init message, so no
// message can arrive before the client listens; if its script fails to load first, it is dropped
// and the client's own worker reports the failure.
import type { Plugin } from "vite";

const WORKER_FILE = /(^|\/)python\.worker-[\w-]+\.js$/;

export function earlyWorkerPlugin(): Plugin {
  let base = "/";
  return {
    name: "early-python-worker",
    apply: "build",
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, { bundle }) {
        const files = Object.keys(bundle ?? {}).filter((name) => WORKER_FILE.test(name));
        if (files.length !== 1) throw new Error(`early-python-worker: expected one python.worker chunk in the build, found ${files.length}`);
        const url = JSON.stringify(base + files[0]);
        return [
          {
            tag: "script",
            injectTo: "head",
            children: `try{var w=new Worker(${url},{type:"module",name:"python"});w.onerror=function(){if(window.pythonWorker===w)window.pythonWorker=undefined};window.pythonWorker=w}catch(e){}`,
          },
        ];
      },
    },
  };
}
