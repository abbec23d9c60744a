import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { isDbId } from "@/lib/api/params";
import { currentViewer } from "@/lib/auth/current-viewer";
import { isDepartmentVisible } from "@/lib/queries/department/is-department-visible";

/**
 * The 404 decision sits above loading.tsx: once the page streams behind its loading state the status is already 200,
 * so an unknown (or out-of-scope) department must be refused here to answer 404.
 */
export default async function DepartmentLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  const id = Number(raw);
  if (!/^\d+$/.test(raw) || !isDbId(id)) notFound();
  if (!(await isDepartmentVisible(await currentViewer(), id))) notFound();
  return children;
}
