import type { Locator, Page } from 'playwright-core';

/** The form control whose label is exactly `label`, whatever required/optional mark follows it. */
export function field(page: Page | Locator, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A label's text keeps the template's surrounding spaces, so the pattern allows them.
  return page.getByLabel(new RegExp(`^\\s*${escaped}\\s*(※必須|任意|\\(required\\)|\\(optional\\))?\\s*$`));
}
