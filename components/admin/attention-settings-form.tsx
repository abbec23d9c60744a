"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ATTENTION_THRESHOLD_LABELS, type AttentionSetting, type AttentionThresholdOverrides, type AttentionThresholds } from "@/lib/settings/attention";
import { postAdmin } from "./post-admin";

type Key = AttentionSetting;

/**
 * The 需关注 thresholds: a blank field keeps the default (shown as the placeholder); 恢复默认 clears every override.
 * The execution band is shown, not edited: the charts colour by the same band.
 */
export function AttentionSettingsForm({ defaults, overrides }: { defaults: AttentionThresholds; overrides: AttentionThresholdOverrides | null }) {
  const router = useRouter();
  const keys = Object.keys(ATTENTION_THRESHOLD_LABELS) as Key[];
  const [values, setValues] = useState<Record<Key, string>>(
    () => Object.fromEntries(keys.map((k) => [k, overrides?.[k] === undefined ? "" : String(overrides[k])])) as Record<Key, string>,
  );
  const [message, setMessage] = useState("");
  const save = async (attention: AttentionThresholdOverrides | null) => {
    const result = await postAdmin("/api/admin/settings", { attention });
    setMessage(result.ok ? result.summary : result.message);
    if (result.ok) router.refresh();
  };
  const submit = () => {
    const filled = keys.filter((k) => values[k].trim() !== "").map((k) => [k, Number(values[k])] as const);
    void save(Object.fromEntries(filled));
  };
  return (
    <form className="stack" onSubmit={(e) => { e.preventDefault(); submit(); }} aria-label="需关注标准">
      <p className="muted">
        执行率区间 {defaults.executionLowPct}%–{defaults.executionHighPct}%：全站图表、审核与需关注共用，不在此修改。
      </p>
      <div className="settings-grid">
        {keys.map((k) => (
          <label key={k}>
            {ATTENTION_THRESHOLD_LABELS[k]}
            <input type="number" step="any" min="0" value={values[k]} placeholder={String(defaults[k])} onChange={(e) => setValues({ ...values, [k]: e.target.value })} />
          </label>
        ))}
      </div>
      <div className="filters">
        <button className="button primary" type="submit">保存</button>
        <button className="button" type="button" onClick={() => void save(null)}>恢复默认</button>
        {message ? <span className="muted" role="status">{message}</span> : null}
      </div>
    </form>
  );
}
