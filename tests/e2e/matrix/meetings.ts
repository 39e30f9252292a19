import type { ActionCase, ApiProbe } from "./common";

// Permission-matrix rows for the meetings feature: one per server action ("file#export") and one per
// route folder under app/ with a route handler.
export const ACTIONS: Record<string, ActionCase> = {};

export const ROUTES: Record<string, { probes: ApiProbe[] }> = {};
