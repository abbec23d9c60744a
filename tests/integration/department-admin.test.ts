import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DepartmentChangeError } from "@/lib/domain/department-change";
import { findDepartment } from "@/lib/ingest/resolve-department";
import { changeDepartments, undoDepartmentChange } from "@/lib/ingest/departments/change-departments";
import { captureOrgState } from "@/lib/ingest/departments/org-state";
import { normalizeDepartmentName } from "@/lib/ingest/normalize-name";
import { LOCAL_VIEWER } from "@/lib/auth/viewer";
import { setProcessDatabase } from "@/lib/db/client";
import { getDepartmentOrg } from "@/lib/queries/department/get-department-org";
import { dbLabel, openTestDatabase } from "./helpers/test-db";

let cleanup: () => Promise<void>;
let prisma: PrismaClient;
const admin = { name: "admin", ip: "127.0.0.1" };

async function department(name: string, data: { parentId?: number } = {}): Promise<number> {
  const row = await prisma.department.create({ data: { name, normalizedName: normalizeDepartmentName(name), kind: "行政", ...data } });
  return row.id;
}

/** The whole register, for "undo restores the previous state exactly". */
async function register() {
  const ids = (await prisma.department.findMany({ select: { id: true } })).map((d) => d.id);
  return captureOrgState(prisma, ids);
}

beforeAll(async () => {
  const opened = await openTestDatabase();
  cleanup = opened.cleanup;
  prisma = opened.db.prisma;
  setProcessDatabase(opened.db);
}, 120_000);

afterAll(async () => {
  await cleanup?.();
});

describe(`department administration on ${dbLabel}`, () => {
  test("merge points the source (and what was merged into it) at the target; undo restores the register exactly", async () => {
    const office = await department("测试市人民政府办公室");
    const finance = await department("测试市地方金融工作局");
    const older = await department("测试市金融服务中心");
    await changeDepartments(prisma, { op: "merge", departmentId: older, intoId: finance, year: 2020 }, admin);
    const before = await register();

    const merge = await changeDepartments(prisma, { op: "merge", departmentId: finance, intoId: office, year: 2022 }, admin);
    expect(merge.summary).toBe("“测试市地方金融工作局”自 2022 年起并入“测试市人民政府办公室”");
    const merged = await prisma.department.findMany({ where: { mergedIntoId: office }, select: { id: true }, orderBy: { id: "asc" } });
    expect(merged.map((d) => d.id)).toEqual([finance, older]);
    const audit = await prisma.auditEvent.findUniqueOrThrow({ where: { id: merge.auditId } });
    expect(audit).toMatchObject({ actor: "admin", action: "department_merge", ip: "127.0.0.1" });

    const undo = await undoDepartmentChange(prisma, merge.auditId, admin);
    expect(await register()).toEqual(before);
    expect(await prisma.auditEvent.findUniqueOrThrow({ where: { id: undo.auditId } })).toMatchObject({
      action: "department_undo", target: `撤销：${merge.summary}`,
    });
    await expect(undoDepartmentChange(prisma, merge.auditId, admin)).rejects.toThrow(/已于审计记录 #\d+ 撤销/);
  });

  test("rename keeps the old name as an alias up to the year before; undo gives the name back", async () => {
    const id = await department("测试市环境保护局");
    const before = await register();
    const rename = await changeDepartments(prisma, { op: "rename", departmentId: id, name: "测试市生态环境局", year: 2019 }, admin);
    expect(await findDepartment(prisma, "测试市环境保护局")).toEqual({ id, name: "测试市生态环境局" });
    expect(await prisma.departmentAlias.findFirst({ where: { departmentId: id } })).toMatchObject({ name: "测试市环境保护局", toYear: 2018 });
    await undoDepartmentChange(prisma, rename.auditId, admin);
    expect(await register()).toEqual(before);
    expect(await findDepartment(prisma, "测试市生态环境局")).toBeNull();
  });

  test("an undo is refused once a later change touched the same department, and works again after undoing that", async () => {
    const id = await department("测试市文化局");
    const first = await changeDepartments(prisma, { op: "rename", departmentId: id, name: "测试市文化和旅游局", year: 2019 }, admin);
    const second = await changeDepartments(prisma, { op: "rename", departmentId: id, name: "测试市文化广电和旅游局", year: 2021 }, admin);
    await expect(undoDepartmentChange(prisma, first.auditId, admin)).rejects.toThrow("此后相关部门又有变更");
    await undoDepartmentChange(prisma, second.auditId, admin);
    await undoDepartmentChange(prisma, first.auditId, admin);
    expect((await prisma.department.findUniqueOrThrow({ where: { id } })).name).toBe("测试市文化局");
  });

  test("split creates the new departments under the same parent; undo removes them, undoing the undo brings them back", async () => {
    const parent = await department("测试市农业农村局");
    const id = await department("测试市农林水利局", { parentId: parent });
    const before = await register();
    const split = await changeDepartments(prisma, { op: "split", departmentId: id, names: ["测试市林业局", "测试市水利局"], year: 2023 }, admin);
    expect(split.created).toHaveLength(2);
    const parts = await prisma.department.findMany({ where: { id: { in: split.created } }, orderBy: { id: "asc" } });
    expect(parts.map((p) => [p.name, p.parentId])).toEqual([["测试市林业局", parent], ["测试市水利局", parent]]);
    const after = await register();
    const undo = await undoDepartmentChange(prisma, split.auditId, admin);
    expect(await register()).toEqual(before);
    await undoDepartmentChange(prisma, undo.auditId, admin);
    expect(await register()).toEqual(after);
  });

  test("parent: no cycles, no merged parent; bad input changes nothing and records nothing", async () => {
    const bureau = await department("测试市教育局");
    const school = await department("测试市第一中学");
    await changeDepartments(prisma, { op: "parent", departmentId: school, parentId: bureau }, admin);
    expect((await prisma.department.findUniqueOrThrow({ where: { id: school } })).parentId).toBe(bureau);
    const before = await register();
    const audits = await prisma.auditEvent.count();
    await expect(changeDepartments(prisma, { op: "parent", departmentId: bureau, parentId: school }, admin)).rejects.toThrow(DepartmentChangeError);
    await expect(changeDepartments(prisma, { op: "merge", departmentId: bureau, intoId: bureau, year: 2024 }, admin)).rejects.toThrow("不能把部门合并到它自己");
    await expect(changeDepartments(prisma, { op: "rename", departmentId: school, name: "测试市教育局", year: 2024 }, admin)).rejects.toThrow("已是另一个部门");
    expect(await register()).toEqual(before);
    expect(await prisma.auditEvent.count()).toBe(audits);
  });

  test("region: a department is placed in a catalogue region (stored on the way) and the undo puts it back", async () => {
    const office = await department("测试市审计局");
    const before = await register();
    const moved = await changeDepartments(prisma, { op: "region", departmentId: office, regionCode: "310107" }, admin);
    expect(moved.summary).toBe("“测试市审计局”的地区设为“上海市普陀区”");
    expect((await prisma.department.findUniqueOrThrow({ where: { id: office } })).regionCode).toBe("310107");
    expect((await prisma.region.findMany({ where: { code: { in: ["31", "310107"] } } })).length).toBe(2);
    expect(await prisma.auditEvent.findUniqueOrThrow({ where: { id: moved.auditId } })).toMatchObject({ action: "department_region", actor: "admin" });
    await expect(changeDepartments(prisma, { op: "region", departmentId: office, regionCode: "310107" }, admin)).rejects.toThrow("已在该地区");
    await expect(changeDepartments(prisma, { op: "region", departmentId: office, regionCode: "999999" }, admin)).rejects.toThrow("未知的行政区划代码");
    await undoDepartmentChange(prisma, moved.auditId, admin);
    expect(await register()).toEqual(before);
  });

  test("a 部门 lists its units (those the viewer may see) and a unit names its 部门", async () => {
    const bureau = await department("测试市卫生健康委员会");
    const cdc = await department("测试市疾病预防控制中心");
    const hospital = await department("测试市第一人民医院");
    for (const unit of [cdc, hospital]) await changeDepartments(prisma, { op: "parent", departmentId: unit, parentId: bureau }, admin);
    const org = await getDepartmentOrg(LOCAL_VIEWER, bureau);
    expect(org.parent).toBeNull();
    expect(org.units.map((u) => u.id).sort((a, b) => a - b)).toEqual([cdc, hospital]);
    expect((await getDepartmentOrg(LOCAL_VIEWER, cdc)).parent).toEqual({ id: bureau, name: "测试市卫生健康委员会" });
    const scoped = { ...LOCAL_VIEWER, role: "viewer" as const, departmentIds: [cdc] };
    expect(await getDepartmentOrg(scoped, cdc)).toEqual({ parent: null, units: [] });
    expect((await getDepartmentOrg({ ...scoped, departmentIds: [bureau, hospital] }, bureau)).units.map((u) => u.id)).toEqual([hospital]);
  });
});
