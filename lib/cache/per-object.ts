/**
 * `compute` remembered per input object. Only for inputs nobody edits afterwards — the frozen results the page-data
 * cache shares (lib/queries/page-data-cache.ts) — so a value derived from one (its JSON, its chart columns) is worked
 * out once for every page that shows it. A fresh input is simply computed; entries go with their input.
 */
export function perObject<T extends object, R>(compute: (input: T) => R): (input: T) => R {
  const done = new WeakMap<T, R>();
  return (input) => {
    if (done.has(input)) return done.get(input) as R;
    const result = compute(input);
    done.set(input, result);
    return result;
  };
}
