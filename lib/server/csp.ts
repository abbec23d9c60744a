import { randomBytes } from "node:crypto";

/**
 * The Content-Security-Policy of one response. Scripts run only from this origin or with this response's nonce — no
 * 'unsafe-inline'. Next.js reads the nonce from the request's CSP header and puts it on every script it renders, so
 * the server sets the same policy on the request (replacing anything a client sent) and on the response. Styles keep
 * 'unsafe-inline': ECharts and React set inline style attributes, which nonces cannot cover.
 */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}
