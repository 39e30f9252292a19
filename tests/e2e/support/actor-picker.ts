import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Chooses an organisation in an organisation picker (components/actors/actor-picker.tsx) the way
 * a person does: types its name, clicks it among the results, and checks the field shows it.
 */
export async function pickActor(within: Page | Locator, label: string, name: string): Promise<void> {
  const field = within.getByRole("combobox", { name: label, exact: true });
  await field.fill(name);
  await within.getByRole("option", { name, exact: false }).first().click();
  await expect(field).toHaveValue(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
}
