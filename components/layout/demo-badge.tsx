/** Demo data is always labelled as such. */
export function DemoBadge({ show }: { show: boolean }) {
  return show ? <span className="badge demo" title="示例市为虚构城市，数据由演示生成器产生">演示数据</span> : null;
}
