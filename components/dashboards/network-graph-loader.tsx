"use client";

import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import type NetworkGraphComponent from "./network-graph";

// sigma needs the browser (WebGL) and is the heaviest library of the dashboard: it is fetched
// after the page has loaded, never server-rendered, and never part of other pages' bundles.
const NetworkGraph = dynamic(() => import("./network-graph"), {
  ssr: false,
  loading: () => <div aria-hidden="true" className="h-[28rem] w-full animate-pulse rounded-md bg-slate-100" />,
});

export function NetworkGraphLoader(props: ComponentProps<typeof NetworkGraphComponent>) {
  return <NetworkGraph {...props} />;
}
