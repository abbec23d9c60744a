import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ENCODED_AS, PRECOMPRESSED_OK } from "@/lib/api/precompressed";
import { compressResponse } from "@/lib/server/compress";

type Flushable = http.ServerResponse & { flush(): void };
const servers: http.Server[] = [];

async function serveWith(handler: (res: Flushable) => void | Promise<void>): Promise<string> {
  const server = http.createServer((req, res) => {
    compressResponse(req, res);
    void handler(res as Flushable);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function get(url: string, encoding: string, onFirstData?: () => void) {
  return new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http.get(url, { headers: { "accept-encoding": encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => {
        if (chunks.length === 0) onFirstData?.();
        chunks.push(chunk);
      });
      res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

describe("response compression", () => {
  it("flushes the compressor once per event-loop turn, not once per chunk, and still streams each turn's chunks at once", async () => {
    const flushes = vi.spyOn(zlib.Gzip.prototype, "flush");
    let releaseSecondPart: () => void = () => undefined;
    const secondPart = new Promise<void>((resolve) => (releaseSecondPart = resolve));
    const url = await serveWith(async (res) => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      for (let i = 0; i < 200; i += 1) {
        res.write(`<p>第 ${i} 段：部门决算</p>`);
        res.flush();
      }
      // The rest is written only once the client holds the first turn's chunks: a streamed page's shell.
      await secondPart;
      res.write("<p>补充</p>");
      res.flush();
      res.end("</html>");
    });
    const { headers, body } = await get(url, "gzip", releaseSecondPart);
    expect(headers["content-encoding"]).toBe("gzip");
    const text = zlib.gunzipSync(body).toString("utf8");
    expect(text).toBe(`${Array.from({ length: 200 }, (_, i) => `<p>第 ${i} 段：部门决算</p>`).join("")}<p>补充</p></html>`);
    expect(flushes.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it("answers brotli when the browser offers it, and leaves small bodies and PDFs as they are", async () => {
    const page = "<p>部门决算</p>".repeat(500);
    const url = await serveWith((res) => {
      const kind = new URL(res.req.url ?? "/", "http://x").searchParams.get("kind");
      res.setHeader("content-type", kind === "pdf" ? "application/pdf" : "text/html; charset=utf-8");
      res.end(kind === "small" ? "<p>小</p>" : page);
    });
    const browser = await get(`${url}/?kind=html`, "gzip, deflate, br, zstd");
    expect(browser.headers["content-encoding"]).toBe("br");
    expect(zlib.brotliDecompressSync(browser.body).toString("utf8")).toBe(page);
    expect((await get(`${url}/?kind=small`, "gzip")).headers["content-encoding"]).toBeUndefined();
    const pdf = await get(`${url}/?kind=pdf`, "gzip");
    expect(pdf.headers["content-encoding"]).toBeUndefined();
    expect(pdf.body.toString("utf8")).toBe(page);
  });

  it("sends the headers with the first compressed bytes, not on their own when the page flushes them", async () => {
    let responded = false;
    let headersAlone: boolean | null = null;
    const url = await serveWith(async (res) => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      // What Next does just before a page's first chunk.
      res.flushHeaders();
      await new Promise((resolve) => setTimeout(resolve, 50));
      headersAlone = responded;
      res.write("<p>部门决算</p>".repeat(100));
      res.flush();
      res.end();
    });
    const answer = new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http.get(url, { headers: { "accept-encoding": "gzip" } }, (res) => {
        responded = true;
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on("error", reject);
    });
    const { headers, body } = await answer;
    expect(headersAlone).toBe(false);
    expect(headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(body).toString("utf8")).toBe("<p>部门决算</p>".repeat(100));
  });

  it("passes an answer a route compressed ahead as it is, under the encoding it names, and marks every request so", async () => {
    const text = "<p>部门决算</p>".repeat(500);
    const marks: Array<string | string[] | undefined> = [];
    const url = await serveWith((res) => {
      marks.push(res.req.headers[PRECOMPRESSED_OK]);
      res.setHeader("content-type", "application/json");
      res.setHeader(ENCODED_AS, "gzip");
      res.write(zlib.gzipSync(text));
      res.flush();
      res.end();
    });
    const { headers, body } = await get(url, "gzip, deflate, br");
    expect(headers["content-encoding"]).toBe("gzip");
    expect(headers[ENCODED_AS]).toBeUndefined();
    expect(zlib.gunzipSync(body).toString("utf8")).toBe(text);
    expect(marks).toEqual(["1"]);
  });
});
