import fs from "node:fs";
import { afterAll, expect, test } from "vitest";
import { ParseError } from "@/lib/parsers/errors";
import { parseIsolated, stopParsePool } from "@/lib/parsers/worker/parse-isolated";

const TEXT = new Uint8Array(fs.readFileSync("tests/fixtures/xianning-zhengfuban-2024.txt"));
const PDF = new Uint8Array(fs.readFileSync("tests/fixtures/shanghai-putuo-shehuigongzuobu-2024.pdf"));

afterAll(() => stopParsePool());

test("the worker returns the same contract as an in-process parse, and typed errors cross the thread boundary", async () => {
  const report = await parseIsolated({ bytes: TEXT, fileName: "xianning.txt" });
  expect(report.department).toBe("咸宁市人民政府办公室");
  expect(report.totals.expenditure).toBe("29079200.00");
  const error = await parseIsolated({ bytes: new Uint8Array([0, 1, 2, 3, 0, 0, 0]), fileName: "junk.txt" }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ParseError);
  expect((error as ParseError).message).toContain("junk.txt");
});

test("a parse over its time budget is stopped with a timeout error, and the next file still parses", async () => {
  const error = await parseIsolated({ bytes: PDF, fileName: "slow.pdf" }, { timeoutMs: 1 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ParseError);
  expect((error as ParseError).code).toBe("timeout");
  const report = await parseIsolated({ bytes: PDF, fileName: "shanghai.pdf" });
  expect(report.totals.expenditure).toBe("3078200.00");
});
