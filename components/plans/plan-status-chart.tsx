"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { INDICATOR_STATUSES, type IndicatorStatus } from "@/lib/plans/status";
import { STATUS_COLOURS } from "./status-colours";

export type StatusRow = { name: string } & Record<IndicatorStatus, number>;

/**
 * A plan's status summary: one stacked bar per objective (and one for the whole plan), counting
 * its indicators by status. Drawing only: the figure around it gives the title and the table.
 */
export function PlanStatusChart({ title, rows, names }: { title: string; rows: StatusRow[]; names: Record<IndicatorStatus, string> }) {
  return (
    <div className="w-full" style={{ height: 60 + rows.length * 40 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 10, right: 20, bottom: 10, left: 10 }} title={title}>
          <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" horizontal={false} />
          <XAxis type="number" allowDecimals={false} stroke="#334155" />
          <YAxis type="category" dataKey="name" width={70} stroke="#334155" />
          <Tooltip />
          <Legend verticalAlign="top" />
          {INDICATOR_STATUSES.map((s) => (
            <Bar key={s} dataKey={s} name={names[s]} stackId="status" fill={STATUS_COLOURS[s]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
