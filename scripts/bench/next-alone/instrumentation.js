// Shadows the project's instrumentation.ts, which Turbopack would otherwise build into this app.
export function register() {}
