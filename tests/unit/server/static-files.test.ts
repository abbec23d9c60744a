import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { compressResponse } from "@/lib/server/compress";
import { StaticFiles } from "@/lib/server/static-files";

const servers: http.Server[] = [];
const SCRIPT = `console.log(${JSON.stringify("部门决算".repeat(2000))});`;

/** A server whose static handler (Next's, in the app) counts its calls and answers 404 for /missing.js. */
async function serve(): Promise<{ url: string; calls: () => number }> {
  let calls = 0;
  const files = new StaticFiles(async (req, res) => {
    calls += 1;
    compressResponse(req, res);
    if (req.url?.includes("missing")) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, { "content-type": "application/javascript", etag: 'W/"abc"', "cache-control": "public, max-age=31536000, immutable" });
    res.end(SCRIPT);
  });
  const server = http.createServer((req, res) => {
    res.setHeader("content-security-policy", `script-src 'nonce-${Math.random()}'`);
    void files.answer(req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, calls: () => calls };
}

function get(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

describe("static files", () => {
  it("are compressed once per file and encoding, then answered with the same bytes", async () => {
    const { url, calls } = await serve();
    const first = await get(`${url}/_next/static/chunks/a.js`, { "accept-encoding": "gzip, br" });
    const again = await get(`${url}/_next/static/chunks/a.js?v=2`, { "accept-encoding": "gzip, br" });
    expect(calls()).toBe(1);
    expect(again.headers["content-encoding"]).toBe("br");
    expect(again.body.equals(first.body)).toBe(true);
    expect(zlib.brotliDecompressSync(again.body).toString()).toBe(SCRIPT);
    expect(Number(again.headers["content-length"])).toBe(again.body.length);
    // The replay carries this response's policy, not the kept one's.
    expect(again.headers["content-security-policy"]).not.toBe(first.headers["content-security-policy"]);

    const gzip = await get(`${url}/_next/static/chunks/a.js`, { "accept-encoding": "gzip" });
    const plain = await get(`${url}/_next/static/chunks/a.js`, {});
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(SCRIPT);
    expect(plain.body.toString()).toBe(SCRIPT);
    await get(`${url}/_next/static/chunks/a.js`, { "accept-encoding": "gzip" });
    expect(calls()).toBe(3);
  });

  it("revalidates by ETag, and leaves ranges and failures to the handler without keeping them", async () => {
    const { url, calls } = await serve();
    await get(`${url}/_next/static/chunks/a.js`, { "accept-encoding": "gzip" });
    expect((await get(`${url}/_next/static/chunks/a.js`, { "accept-encoding": "gzip", "if-none-match": 'W/"abc"' })).status).toBe(304);
    expect(calls()).toBe(1);
    await get(`${url}/_next/static/chunks/a.js`, { "accept-encoding": "gzip", range: "bytes=0-9" });
    expect(calls()).toBe(2);
    expect((await get(`${url}/_next/static/chunks/missing.js`, {})).status).toBe(404);
    expect((await get(`${url}/_next/static/chunks/missing.js`, {})).status).toBe(404);
    expect(calls()).toBe(4);
  });
});
