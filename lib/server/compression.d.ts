/**
 * The `compression` middleware as lib/server/compress.ts calls it: on Node's own request and response (it reads
 * nothing Express adds), so no Express types are pulled in.
 */
declare module "compression" {
  import type { IncomingMessage, ServerResponse } from "node:http";
  import type { BrotliOptions, ZlibOptions } from "node:zlib";

  namespace compression {
    interface Options extends ZlibOptions {
      brotli?: BrotliOptions;
      threshold?: number | string;
      filter?: (req: IncomingMessage, res: ServerResponse) => boolean;
    }
    type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;
    function filter(req: IncomingMessage, res: ServerResponse): boolean;
  }
  function compression(options?: compression.Options): compression.Middleware;
  export = compression;
}
