// Entry: starts the Python worker first, from a tiny chunk, so Pyodide loads while the app's
// larger bundle is still arriving; then renders the app.
import "./runtime";

void import("./app/start");
