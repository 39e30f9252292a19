"use client";

import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import type { BarChart as BarChartComponent } from "./bar-chart";
import type { LineChart as LineChartComponent } from "./line-chart";

// recharts is the largest library of a dashboard's first load (about 125 kB gzip). The charts
// repeat what their tables (server-rendered, always present) say, so they are fetched after the
// page has loaded and drawn in the browser only; a placeholder of the same height holds their
// place meanwhile. Import charts from here, not from bar-chart/line-chart directly.

function Placeholder() {
  return <div aria-hidden="true" className="h-64 w-full animate-pulse rounded-md bg-slate-100" />;
}

const DynamicBarChart = dynamic(() => import("./bar-chart").then((m) => m.BarChart), { ssr: false, loading: Placeholder });
const DynamicLineChart = dynamic(() => import("./line-chart").then((m) => m.LineChart), { ssr: false, loading: Placeholder });

export function LazyBarChart(props: ComponentProps<typeof BarChartComponent>) {
  return <DynamicBarChart {...props} />;
}

export function LazyLineChart(props: ComponentProps<typeof LineChartComponent>) {
  return <DynamicLineChart {...props} />;
}
