import type { IncomingMessage, ServerResponse } from "node:http";
import { constants } from "node:zlib";
import compression from "compression";
import { DYNAMIC_BROTLI_QUALITY, DYNAMIC_GZIP_LEVEL, ENCODED_AS, PRECOMPRESSED_OK } from "../api/precompressed";

/**
 * Response compression for `npm start`'s server, in place of Next's own (`compress: false` in next.config.js): Next
 * compresses at gzip level 6, ~10% of a busy worker's CPU in a profile of bench/load.ts (issue 17), and flushes the
 * compressor after every chunk it writes. Rendered pages and API answers change with every import, so they are
 * compressed fast (gzip 1, brotli 3: 3–6× cheaper than gzip 6, within ~12% of its size, and brotli 3 smaller than
 * gzip 6); the build's static files, fetched once per browser and kept, at the usual levels.
 */
const dynamic = compression({ level: DYNAMIC_GZIP_LEVEL, brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: DYNAMIC_BROTLI_QUALITY } } });
const stable = compression();

type Flushable = ServerResponse & { flush?: () => void };

export function compressResponse(req: IncomingMessage, res: ServerResponse): void {
  (req.url?.startsWith("/_next/static/") ? stable : dynamic)(req, res, () => undefined);
  acceptPrecompressed(req, res);
  // Next sends a page's headers on their own just before its first chunk, which the compressor holds until the end of
  // the turn: one more socket write per page (on loopback ~0.5 ms of CPU: the write runs the receiver's TCP path too).
  // Left to the first write, the headers leave in the same packet as the first compressed bytes a moment later.
  res.flushHeaders = () => undefined;
  // Next flushes after each chunk so that streamed parts reach the browser at once; a flush per event-loop turn does
  // that too, without a compressor flush (its CPU and bytes) for each chunk written in the same turn.
  const flushable = res as Flushable;
  const flush = flushable.flush;
  if (flush === undefined) return;
  let scheduled = false;
  flushable.flush = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      if (!res.writableEnded) flush.call(res);
    });
  };
}

/**
 * A route that compressed its answer ahead (lib/api/precompressed.ts: shared answers, compressed once per data version)
 * names the encoding in ENCODED_AS, since Next drops a route's Content-Encoding. It becomes the Content-Encoding here,
 * before the compressor (which wraps writeHead first, so runs after this) looks: an encoded answer passes as it is.
 */
function acceptPrecompressed(req: IncomingMessage, res: ServerResponse): void {
  req.headers[PRECOMPRESSED_OK] = "1";
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse["writeHead"]>) {
    const encoding = res.getHeader(ENCODED_AS);
    if (encoding !== undefined) {
      res.removeHeader(ENCODED_AS);
      res.setHeader("content-encoding", encoding);
    }
    return writeHead.apply(this, args);
  } as ServerResponse["writeHead"];
}
