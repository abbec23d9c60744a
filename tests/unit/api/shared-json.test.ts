import zlib from "node:zlib";
import { describe, expect, it, vi } from "vitest";
import { ENCODED_AS, PRECOMPRESSED_OK, preferredEncoding } from "@/lib/api/precompressed";
import { sharedJson, sharedText } from "@/lib/api/shared-json";

const request = (acceptEncoding: string | null, viaServer = true) =>
  new Request("http://localhost/api/analytics/overview", {
    headers: { ...(acceptEncoding === null ? {} : { "accept-encoding": acceptEncoding }), ...(viaServer ? { [PRECOMPRESSED_OK]: "1" } : {}) },
  });

const view = Object.freeze({ rows: Array.from({ length: 400 }, (_, i) => ({ id: i, name: `示例市第${i}部门`, amount: `${i}.50` })) });
const text = JSON.stringify(view);

describe("preferredEncoding", () => {
  it("takes the highest q-value, br before gzip on a tie, * for encodings not listed", () => {
    expect(preferredEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(preferredEncoding("gzip")).toBe("gzip");
    expect(preferredEncoding("br;q=0.5, gzip")).toBe("gzip");
    expect(preferredEncoding("br;q=0, gzip;q=0.5, *;q=0.1")).toBe("gzip");
    expect(preferredEncoding("*")).toBe("br");
    expect(preferredEncoding("gzip;q=0, *;q=0.3")).toBe("br");
    expect(preferredEncoding("deflate")).toBeNull();
    expect(preferredEncoding("identity")).toBeNull();
    expect(preferredEncoding("br;q=0, gzip;q=0")).toBeNull();
    expect(preferredEncoding(null)).toBeNull();
  });
});

describe("shared JSON answers", () => {
  it("sends the bytes compressed once per shared result, named for the web server, decoding to the JSON", async () => {
    const gzip = vi.spyOn(zlib, "gzip");
    const first = await sharedJson(view, request("gzip"));
    const second = await sharedJson(view, request("gzip"));
    expect(first.headers.get(ENCODED_AS)).toBe("gzip");
    expect(first.headers.get("vary")).toBe("Accept-Encoding");
    expect(zlib.gunzipSync(Buffer.from(await first.arrayBuffer())).toString("utf8")).toBe(text);
    expect(zlib.gunzipSync(Buffer.from(await second.arrayBuffer())).toString("utf8")).toBe(text);
    expect(gzip).toHaveBeenCalledTimes(1);
    const br = await sharedJson(view, request("gzip, deflate, br, zstd"));
    expect(br.headers.get(ENCODED_AS)).toBe("br");
    expect(zlib.brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString("utf8")).toBe(text);
    gzip.mockRestore();
  });

  it("sends the text when the web server will not pass compressed bytes (next dev), for other encodings and for small answers", async () => {
    for (const answer of [await sharedJson(view, request("gzip", false)), await sharedJson(view, request("deflate")), await sharedJson(view, request(null))]) {
      expect(answer.headers.get(ENCODED_AS)).toBeNull();
      expect(await answer.text()).toBe(text);
    }
    const small = { year: 2024 };
    const answer = await sharedJson(small, request("gzip"));
    expect(answer.headers.get(ENCODED_AS)).toBeNull();
    expect(await answer.json()).toEqual(small);
  });

  it("compresses a text answered again once, and a changed text afresh", async () => {
    const gzip = vi.spyOn(zlib, "gzip");
    const columns = JSON.stringify({ ids: view.rows.map((r) => r.id), names: view.rows.map((r) => r.name) });
    for (let i = 0; i < 3; i += 1) {
      const answer = await sharedText(columns, request("gzip"));
      expect(zlib.gunzipSync(Buffer.from(await answer.arrayBuffer())).toString("utf8")).toBe(columns);
    }
    expect(gzip).toHaveBeenCalledTimes(1);
    const changed = columns.replace("示例市第1部门", "示例市第1局");
    expect(zlib.gunzipSync(Buffer.from(await (await sharedText(changed, request("gzip"))).arrayBuffer())).toString("utf8")).toBe(changed);
    expect(gzip).toHaveBeenCalledTimes(2);
    gzip.mockRestore();
  });
});
