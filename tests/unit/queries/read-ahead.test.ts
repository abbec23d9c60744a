import { describe, expect, test } from "vitest";
import { askedYear, readAhead } from "@/lib/queries/read-ahead";
import { pickYear } from "@/lib/queries/list-years";

/** A view read ahead for the asked year: which years were read, and what came back. */
async function view(asked: string | undefined, years: number[], fail: (year: number) => boolean = () => false) {
  const reads: number[] = [];
  const read = async (year: number) => {
    reads.push(year);
    if (fail(year)) throw new Error(`no ${year}`);
    return `view of ${year}`;
  };
  const answer = await readAhead(Promise.resolve(years), askedYear(asked), (known) => pickYear(asked, known), read, (a, b) => a === b);
  return { answer, reads };
}

describe("readAhead: the asked year read beside the list of years", () => {
  test("a stored year is read once, before the list is known", async () => {
    expect(await view("2023", [2024, 2023])).toEqual({ answer: { years: [2024, 2023], value: "view of 2023" }, reads: [2023] });
  });

  test("a year not stored is dropped and the chosen year read: the same answer as without reading ahead", async () => {
    expect(await view("2019", [2024, 2023])).toEqual({ answer: { years: [2024, 2023], value: "view of 2024" }, reads: [2019, 2024] });
  });

  test("no year asked: the chosen one is read after the list", async () => {
    expect(await view(undefined, [2024])).toEqual({ answer: { years: [2024], value: "view of 2024" }, reads: [2024] });
    expect(await view("x", [2024])).toEqual({ answer: { years: [2024], value: "view of 2024" }, reads: [2024] });
  });

  test("no stored year: no value", async () => {
    expect((await view("2024", [])).answer).toEqual({ years: [], value: null });
  });

  test("a dropped read's failure is nobody's; the chosen read's failure is the caller's", async () => {
    expect((await view("2019", [2024], (y) => y === 2019)).answer.value).toBe("view of 2024");
    await expect(view("2024", [2024], (y) => y === 2024)).rejects.toThrow("no 2024");
  });

  test("askedYear takes a positive integer year only", () => {
    expect([askedYear("2024"), askedYear(["2023", "2022"]), askedYear(""), askedYear("0"), askedYear("20.5"), askedYear(undefined)])
      .toEqual([2024, 2023, null, null, null, null]);
  });
});
