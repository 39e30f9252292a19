// Priority areas (smart-specialisation domains) and plans -> objectives -> indicators ->
// measurements, exactly as the region spec states them: the monitoring gaps are in the spec.
import { uuidv7 } from "../util";
import type { RegionDemo } from "./builder";
import type { RegionSpec } from "./spec";

export function buildStrategy(demo: RegionDemo, spec: RegionSpec): void {
  for (const area of spec.priorityAreas) {
    const id = uuidv7();
    demo.priorityAreaIds.set(area.key, id);
    demo.rows.priorityAreas.push({
      id,
      regionId: demo.regionId,
      key: area.key,
      name: area.name,
      description: area.description,
    });
  }

  for (const plan of spec.plans) {
    const planId = uuidv7();
    demo.rows.plans.push({
      id: planId,
      regionId: demo.regionId,
      title: plan.title,
      status: plan.status,
      startYear: plan.startYear,
      endYear: plan.endYear,
      legalBasis: plan.legalBasis,
      description: plan.description,
    });
    for (const objective of plan.objectives) {
      const objectiveId = uuidv7();
      demo.rows.objectives.push({
        id: objectiveId,
        regionId: demo.regionId,
        planId,
        code: objective.code,
        title: objective.title,
        description: objective.description ?? null,
      });
      for (const key of objective.areas) {
        const priorityAreaId = demo.priorityAreaIds.get(key);
        if (!priorityAreaId) throw new Error(`${spec.slug}: objective ${objective.code} names unknown area ${key}`);
        demo.rows.objectiveAreas.push({ regionId: demo.regionId, objectiveId, priorityAreaId });
      }
      for (const ind of objective.indicators) {
        const indicatorId = uuidv7();
        demo.rows.indicators.push({
          id: indicatorId,
          regionId: demo.regionId,
          objectiveId,
          code: ind.code,
          name: ind.name,
          unit: ind.unit,
          baselineValue: ind.baselineValue ?? null,
          baselineYear: ind.baselineYear ?? null,
          targetValue: ind.targetValue ?? null,
          targetYear: ind.targetYear ?? null,
          direction: ind.direction ?? "HIGHER_IS_BETTER",
          frequency: ind.frequency ?? "ANNUAL",
          source: ind.source ?? null,
        });
        for (const [date, value, note] of ind.measurements ?? []) {
          demo.rows.measurements.push({
            id: uuidv7(),
            regionId: demo.regionId,
            indicatorId,
            measuredOn: new Date(`${date}T00:00:00Z`),
            value,
            source: ind.source ?? null,
            note: note ?? null,
          });
        }
      }
    }
  }
}
