import type { z } from "zod";
import type { CellError } from "./definition";
import { hasMessage } from "./messages";

/**
 * A zod failure as cell errors, so an import can reuse the schema of its create form. A schema's
 * custom message (a key under `validation.`, the forms' convention) is kept as a full key;
 * built-in checks map to `imports.errors.*`. `renames` maps schema fields to column keys
 * (`{ provinceId: "province" }`).
 */
export function zodCellErrors(error: z.ZodError, renames: Record<string, string> = {}): CellError[] {
  const out: CellError[] = [];
  for (const issue of error.issues) {
    const field = issue.path[0] === undefined ? null : String(issue.path[0]);
    const column = field === null ? null : (renames[field] ?? field);
    if (out.some((e) => e.column === column)) continue; // one message per cell is enough
    const custom = `validation.${issue.message}`;
    if (issue.message && hasMessage("es", custom)) out.push({ column, code: custom });
    else if (issue.code === "too_big") out.push({ column, code: "tooLong", params: { maximum: String(issue.maximum) } });
    else if (issue.code === "too_small" || (issue.code === "invalid_type" && issue.input === undefined)) out.push({ column, code: "required" });
    else out.push({ column, code: "invalid" });
  }
  return out;
}
