import { gridRow } from "@/lib/evidence/cell-grid";
import type { DocLine } from "@/lib/parsers/document";
import { ScrollToMark } from "./scroll-to-mark";

/**
 * A text or XLSX page as the reader read it: numbered lines (a worksheet row's cells at their columns), the marked
 * lines highlighted. Rendered as text, never as HTML.
 */
export function TextPage({ lines, marked, cells }: { lines: DocLine[]; marked: ReadonlySet<number>; cells: boolean }) {
  if (lines.length === 0) return <p className="muted">本页没有可显示的文字。</p>;
  return (
    <div className="evidence-text">
      <ScrollToMark />
      <table>
        <tbody>
          {lines.map((l) => (
            <tr key={l.line} id={`L${l.line}`} className={marked.has(l.line) ? "evidence-mark" : undefined} data-line={l.line}>
              <th scope="row">{l.line}</th>
              {cells ? gridRow(l.cells).map((c, i) => <td key={i} colSpan={c.span > 1 ? c.span : undefined}>{c.text}</td>) : <td className="evidence-line">{l.text}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
