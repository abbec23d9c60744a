import type { ServerResponse } from "node:http";
import { REVALIDATE_CACHE_CONTROL } from "./cache-policy";

/**
 * Marks a successful answer with its entity tag and as revalidatable: Next sets its own Cache-Control while rendering,
 * so this is applied where the headers are finally written (Node's implicit header path also calls writeHead).
 */
export function tagResponse(res: ServerResponse, etag: string): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status === 200 && !res.headersSent) {
      res.setHeader("etag", etag);
      res.setHeader("cache-control", REVALIDATE_CACHE_CONTROL);
    }
    return writeHead(status, ...rest);
  }) as ServerResponse["writeHead"];
}
