import { AppLink } from "@/components/layout/app-link";

/** The honest empty state: never placeholder numbers. */
export function EmptyState({ title = "尚无数据，请导入报告", hint }: { title?: string; hint?: string }) {
  return (
    <section className="empty-state" role="status">
      <h2>{title}</h2>
      {hint ? <p>{hint}</p> : null}
      <AppLink className="button primary" href="/import">
        导入报告
      </AppLink>
    </section>
  );
}
