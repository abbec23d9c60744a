import { AttentionSettingsForm } from "@/components/admin/attention-settings-form";
import { HomeRegionForm } from "@/components/admin/home-region-form";
import { PageHeader } from "@/components/layout/page-header";
import { currentViewer } from "@/lib/auth/current-viewer";
import { getHomeRegionSetting } from "@/lib/queries/region/home-region";
import { listRegionTree } from "@/lib/queries/region/list-regions";
import { regionOptions } from "@/lib/queries/region/region-options";
import { getAttentionSettings } from "@/lib/queries/settings/get-attention-thresholds";
import { ATTENTION_THRESHOLDS } from "@/lib/settings/attention";

export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const viewer = await currentViewer();
  if (viewer.role !== "admin") {
    return (<><PageHeader title="设置" /><p className="error-box">需要管理员权限。</p></>);
  }
  const [tree, current, attention] = await Promise.all([listRegionTree(viewer), getHomeRegionSetting(viewer), getAttentionSettings(viewer)]);
  const options = regionOptions(tree).filter((o) => o.code !== "none").map((o) => ({ code: o.code, label: `${"\u3000".repeat(o.depth)}${o.label}` }));
  return (
    <>
      <PageHeader title="设置" subtitle="本级地区：各汇总视图（总览、执行率、三公、下钻、对比、汇报材料）默认显示的地区。" />
      <section className="card stack">
        <HomeRegionForm options={options} current={current} />
        <p className="muted">未设置时依次使用环境变量 FISCAL_LENS_HOME_REGION、已载入的演示城市示例市、部门最多的地区。</p>
      </section>
      <section className="card stack">
        <h2>需关注标准</h2>
        <p className="muted">总览“需关注”列出哪些事项：留空为默认值（见 README“需关注”）。金额单位万元。</p>
        <AttentionSettingsForm defaults={ATTENTION_THRESHOLDS} overrides={attention.overrides} />
      </section>
    </>
  );
}
