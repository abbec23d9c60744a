import { pack } from "../cache/packed";

/**
 * A JSON answer like NextResponse.json, for results the page-data cache shares (lib/queries/page-data-cache.ts): the
 * text is written once per shared result, not once per request (the execution view is 1.3 MB of JSON at 1,000
 * departments), and is the same text the pages hand their charts. An unshared value is serialised as usual.
 * (Compression stays with Next: it gzips every answer itself, so bytes compressed here would be compressed twice.)
 */
export function sharedJson(value: object): Response {
  return new Response(pack(value), { headers: { "content-type": "application/json" } });
}
