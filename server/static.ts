// The built course, served from the same origin as the API (@fastify/static): files whose names
// carry their content hash are cached for good, the page and the service worker are revalidated,
// and any other path a person opens gets index.html so links to lessons work.
import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { Refusal, sendRefusal } from "./errors";

const IMMUTABLE = /^\/(assets|pyodide)\//;

export async function serveCourse(app: FastifyInstance, root: string) {
  if (!existsSync(join(root, "index.html"))) {
    throw new Error(`No built course in ${root} (index.html is missing). Run \`npm run room\`, which builds it, or \`npx vite build\`.`);
  }
  await app.register(fastifyStatic, {
    root,
    index: ["index.html"],
    wildcard: true,
    cacheControl: false,
    setHeaders: (response, path) => {
      const url = path.slice(root.length).replaceAll("\\", "/");
      response.setHeader("Cache-Control", IMMUTABLE.test(url) ? "public, max-age=31536000, immutable" : "no-cache");
    },
  });
  app.setNotFoundHandler((request, reply) => {
    const page = (request.method === "GET" || request.method === "HEAD") && !request.url.startsWith("/api/") && request.headers.accept?.includes("text/html");
    if (page) return reply.header("Cache-Control", "no-cache").sendFile("index.html");
    return sendRefusal(reply, new Refusal(404, "not-found", `Nothing is served at ${request.url.split("?")[0]}.`));
  });
}
