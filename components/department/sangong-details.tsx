"use client";

import { formatCount, formatWan } from "@/lib/figures/format";
import type { DepartmentSangong } from "@/lib/queries/department/get-department-sangong";

/**
 * Per year: the counts behind the 三公 money (团组, 人次, 车辆, 接待批次) and 机关运行经费. A client component, like the
 * department page's other tables: the page sends the figures (the chart beside it holds the same object, sent once)
 * instead of the rendered table, which the server would serialize, parse again for the HTML and inline.
 */
export function SangongDetails({ sangong }: { sangong: DepartmentSangong }) {
  return (
    <div className="card dept-table-wrap">
      <table className="data">
        <thead>
          <tr>
            <th>年度</th>
            <th className="num">出国（境）团组</th>
            <th className="num">出国（境）人次</th>
            <th className="num">购置车辆</th>
            <th className="num">公务用车保有量</th>
            <th className="num">接待批次</th>
            <th className="num">接待人次</th>
            <th className="num">机关运行经费（万元）</th>
            <th className="num">机关运行经费预算（万元）</th>
            <th className="num">上年“三公”合计（说明口径，万元）</th>
          </tr>
        </thead>
        <tbody>
          {sangong.years.map((y) => (
            <tr key={y.year}>
              <td>{y.year}</td>
              <td className="num">{formatCount(y.outboundGroups)}</td>
              <td className="num">{formatCount(y.outboundPeople)}</td>
              <td className="num">{formatCount(y.vehiclesPurchased)}</td>
              <td className="num">{formatCount(y.vehicleCount)}</td>
              <td className="num">{formatCount(y.receptionBatches)}</td>
              <td className="num">{formatCount(y.receptionPeople)}</td>
              <td className="num">{formatWan(y.operatingExpenses)}</td>
              <td className="num">{formatWan(y.operatingExpensesBudget)}</td>
              <td className="num">{formatWan(y.priorSangongTotal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
