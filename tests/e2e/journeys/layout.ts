/** Layout checks shared by the journeys: the narrow window's menu and sideways overflow. */
import { expect, type Locator, type Page } from '@playwright/test';

/** The menu button of a narrow window (hidden in a wide one). */
export const menuButton = (page: Page) => page.getByRole('button', { name: /^Menu/ });

/** Goes to a section through the navigation, opening the menu first where it is folded. */
export async function goToSection(page: Page, name: string): Promise<void> {
  // Wait for the shell to be drawn: before that, a narrow window's menu button is not there
  // yet and the menu would be left shut.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const button = menuButton(page);
  if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) !== 'true') {
    await button.click();
  }
  await page.getByRole('navigation').first().getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
}

/**
 * Everything visible sticks out of the window on the right only inside an area that scrolls
 * or clips sideways (the board, a table), and the page itself never scrolls sideways. Text
 * clipped by a box too narrow for it (overflow hidden, no ellipsis) is reported too.
 */
export async function expectNothingOffTheSide(page: Page, label: string): Promise<void> {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const viewport = document.documentElement.clientWidth;
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${
        element.classList.length ? `.${[...element.classList].join('.')}` : ''
      } "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    if (document.documentElement.scrollWidth > viewport) {
      found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${viewport}`);
    }
    const scrollsOrClips = (element: Element) => getComputedStyle(element).overflowX !== 'visible';
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden') continue;
      // Its own text can run past its box (a long word that does not wrap): measure the text.
      let right = box.right;
      for (const node of element.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        right = Math.max(right, range.getBoundingClientRect().right);
      }
      if (right > viewport + 1) {
        let inside = scrollsOrClips(element) && right > box.right;
        for (
          let parent = element.parentElement;
          !inside && parent && parent !== document.body;
          parent = parent.parentElement
        ) {
          inside = scrollsOrClips(parent);
        }
        if (!inside) found.push(`${name(element)} ends at ${Math.round(right)} px of ${viewport}`);
      }
      const clipsText =
        (style.overflowX === 'hidden' || style.overflowX === 'clip') &&
        style.textOverflow !== 'ellipsis' &&
        element.clientWidth > 1 &&
        element.scrollWidth > element.clientWidth + 1 &&
        [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
      if (clipsText)
        found.push(`${name(element)} cuts its text (${element.scrollWidth} > ${element.clientWidth})`);
    }
    return found;
  });
  expect(problems, `sideways overflow on ${label}`).toEqual([]);
}

/**
 * Every area that scrolls sideways shows that it does (its edge fades while there is more to
 * see: scroll-regions.css) and has a name, and keyboard users can reach it or something in it.
 */
export async function expectScrollAreasCued(page: Page, label: string): Promise<void> {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const focusable = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(element);
      const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
      if (!scrolls || element.scrollWidth <= element.clientWidth + 1 || element.clientHeight === 0) continue;
      const what = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
      const fade =
        parseFloat(style.getPropertyValue('--fade-end')) + parseFloat(style.getPropertyValue('--fade-start'));
      if (!(fade > 0) || style.maskImage === 'none')
        found.push(`${what} scrolls sideways with no fading edge`);
      if (!element.getAttribute('aria-label') && !element.getAttribute('aria-labelledby')) {
        found.push(`${what} scrolls sideways with no name`);
      }
      if (element.tabIndex < 0 && !element.querySelector(focusable)) {
        found.push(`${what} scrolls sideways and the keyboard cannot reach it`);
      }
    }
    return found;
  });
  expect(problems, `sideways scroll areas on ${label}`).toEqual([]);
}

/**
 * Presses Tab from where focus is until `target` has it, as a keyboard user would, and fails
 * if it is not reached within `most` presses (so a region left out of the tab order fails).
 */
export async function tabUntilFocused(page: Page, target: Locator, most = 40): Promise<void> {
  for (let presses = 0; presses < most; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  await expect(target, `reached by Tab within ${most} presses`).toBeFocused();
}
