const LINKS = [
  ["overview", "概况"],
  ["structure", "支出结构"],
  ["economic", "经济分类"],
  ["yoy", "年度变化"],
  ["execution", "执行率"],
  ["sangong", "三公经费"],
  ["performance", "绩效自评"],
  ["findings", "审核"],
  ["versions", "版本与沿革"],
] as const;

export function SectionNav() {
  return (
    <nav className="dept-section-nav" aria-label="页面分区">
      {LINKS.map(([id, label]) => (
        <a key={id} href={`#${id}`}>{label}</a>
      ))}
    </nav>
  );
}
