import { ApiError } from "./errors";
import { DepartmentChangeError } from "../domain/department-change";

/** A refused organisation change (a rule of lib/domain/department-change) is the client's conflict, not a server fault. */
export async function asConflict<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof DepartmentChangeError) throw new ApiError(409, "department_change_refused", error.message);
    throw error;
  }
}
