/**
 * Click-through from a chart element to a page. Pages are server components and cannot hand a callback to a client
 * chart, so they pass a template ("/departments/{departmentId}?code={code}") that is filled from the clicked item's
 * payload (the `code` / `departmentId` fields the builders put on data items).
 */
const PLACEHOLDER = /\{(\w+)\}/g;

/** The filled href, or null when the item lacks a field the template needs (e.g. a click on an axis label). */
export function fillHref(template: string, data: unknown): string | null {
  if (typeof data !== "object" || data === null) return null;
  const fields = new Map(Object.entries(data));
  let complete = true;
  const href = template.replace(PLACEHOLDER, (_match, name: string) => {
    const value: unknown = fields.get(name);
    if (typeof value !== "string" && typeof value !== "number") {
      complete = false;
      return "";
    }
    return encodeURIComponent(String(value));
  });
  return complete ? href : null;
}
