import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { writeDemoFiles } from "@/lib/demo/write-demo-files";

const dirs: string[] = [];
async function freshDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "fiscal-lens-demo-"));
  dirs.push(dir);
  return dir;
}

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("writeDemoFiles", () => {
  test.each(["text", "xlsx"] as const)("writes one %s file per report, named 示例市-<department>-<year>", async (format) => {
    const outDir = path.join(await freshDir(), "nested", "out");
    const { files } = await writeDemoFiles({ departments: 3, years: [2023, 2024], seed: 1, outDir, format });
    expect(files.length).toBeGreaterThanOrEqual(5);
    const ext = format === "text" ? "txt" : "xlsx";
    for (const file of files) expect(path.basename(file)).toMatch(new RegExp(`^示例市-[^-]+-202[34]\\.${ext}$`));
    const first = await readFile(files[0] ?? "");
    if (format === "text") expect(first.toString("utf8")).toContain("演示数据");
    else expect(first.subarray(0, 2).toString("latin1")).toBe("PK");
  });

  test("the same options write byte-identical files", async () => {
    const options = { departments: 2, years: [2024, 2024] as [number, number], seed: 8, format: "xlsx" as const };
    const a = await writeDemoFiles({ ...options, outDir: await freshDir() });
    const b = await writeDemoFiles({ ...options, outDir: await freshDir() });
    expect(a.files.map((f) => path.basename(f))).toEqual(b.files.map((f) => path.basename(f)));
    for (const [i, file] of a.files.entries()) {
      expect(Buffer.compare(await readFile(file), await readFile(b.files[i] ?? ""))).toBe(0);
    }
  });
});
