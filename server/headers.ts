// The headers every response carries: cross-origin isolation as the README asks of static hosts,
// and security headers. No Content-Security-Policy header: the app's index.html carries its own
// policy in a meta tag, the same on every host, and a second one here could only conflict with it.
import type { ServerResponse } from "node:http";

export const SECURITY_HEADERS: Record<string, string> = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
  "Cross-Origin-Resource-Policy": "same-origin",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "SAMEORIGIN",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};

export function setSecurityHeaders(response: ServerResponse) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
}
