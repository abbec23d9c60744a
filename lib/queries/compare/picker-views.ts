import { perObject } from "../../cache/per-object";
import { pack, type Packed } from "../../cache/packed";
import { compareAmounts } from "../../money";
import type { DepartmentProfile } from "./list-department-profiles";

export interface PickerOption {
  id: number;
  name: string;
}

/**
 * The compare picker's departments as one string, packed once per shared picker list (lib/cache/per-object.ts): at
 * 10,000 departments the list as props was 330 KB of flight data walked object by object on every request.
 */
export const packPickerOptions: (picker: readonly DepartmentProfile[]) => Packed<PickerOption[]> = perObject(
  (picker: readonly DepartmentProfile[]) => pack(picker.map(({ id, name }) => ({ id, name }))),
);

/** Departments with an expenditure, largest first: sorted once per shared picker list, not on every request. */
const bySize = perObject((picker: readonly DepartmentProfile[]) =>
  picker.filter((p) => p.expenditure !== null).sort((a, b) => compareAmounts(b.expenditure, a.expenditure)));

/** The `n` largest spenders, the usual starting points of a comparison. */
export function largestSpenders(picker: readonly DepartmentProfile[], n: number): DepartmentProfile[] {
  return bySize(picker).slice(0, n);
}
