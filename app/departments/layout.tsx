import type { ReactNode } from "react";
import "./departments.css";

export default function DepartmentsLayout({ children }: { children: ReactNode }) {
  return children;
}
