import type { ReactNode } from "react";

/** A titled page section with an anchor id (审核 links and the section nav point here). */
export function Section({ id, title, note, children }: { id: string; title: string; note?: ReactNode; children: ReactNode }) {
  return (
    <section id={id} className="dept-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {title} {note === undefined ? null : <span className="dept-section-note">{note}</span>}
      </h2>
      {children}
    </section>
  );
}
