// Keyboard moves shared by the Chromium tests (quiz.browser.test.ts and
// workshop/workshop.browser.test.ts). Test code only: no entry imports it.
import type { Page } from "playwright-core";

/** The focused element's text, else its accessible label (a field, an icon button). */
export const focusedText = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return active?.innerText?.trim() || active?.getAttribute("aria-label") || "";
  });

/**
 * Presses Tab (or Shift+Tab) until the focused element's text matches, and returns how many
 * presses it took.
 */
export async function tabTo(
  page: Page,
  pattern: RegExp,
  limit = 40,
  key: "Tab" | "Shift+Tab" = "Tab",
): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press(key);
    if (pattern.test(await focusedText(page))) return presses;
  }
  throw new Error(`No focusable element matching ${pattern} within ${limit} ${key} presses`);
}

/**
 * Answers every question of the quiz shown with the keyboard (Tab into the question, Space on a
 * choice, Tab to `next`, Enter) until the result shows; returns how many questions it answered.
 */
export async function answerEveryQuestion(page: Page, next: RegExp): Promise<number> {
  let answered = 0;
  for (let guard = 0; guard < 30; guard++) {
    if (await page.locator(".communs-sonar-result").count()) break;
    const kind = await page.locator(".communs-sonar-question").getAttribute("data-kind");
    // From the question heading (or the page start), the first Tab reaches the first control.
    await page.keyboard.press("Tab");
    if (kind === "single" || kind === "scale" || kind === "multiple")
      await page.keyboard.press("Space");
    await tabTo(page, next);
    await page.keyboard.press("Enter");
    answered++;
  }
  return answered;
}
