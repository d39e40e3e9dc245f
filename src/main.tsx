// Entry: sets up the Python runtime first (adopting the worker index.html started, or starting
// one), from a tiny chunk, so Pyodide loads while the app's larger bundle is still arriving; then
// renders the app.
import "./runtime";

void import("./app/start");
