// Where the app is served, without a trailing slash ("" at the root). Apart from paths.ts, which
// the build also reads, where Vite's import.meta.env does not exist.
export const BASENAME = import.meta.env.BASE_URL.replace(/\/$/, "");
