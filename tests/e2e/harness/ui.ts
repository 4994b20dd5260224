// The closed-shadow-root driver for Chromium: lookups over CDP, input as real mouse and
// keyboard events through the page, so the extension sees what a user would produce.
import type { CDPSession, Page } from 'playwright-core';
import { callOn, clickPoint, find, findByRoleInFullTree, hits, type Found } from './cdp-dom';
import type { Target } from './types';
import type { Ui } from './types';
import { buildUi } from './ui-core';

/** Opens a CDP session on `page` and returns the UI driver over it. */
export async function openUi(page: Page): Promise<Ui> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('Accessibility.enable');
  return cdpUi(page, cdp);
}

export function cdpUi(page: Page, cdp: CDPSession): Ui {
  return buildUi<Found>({
    find: (target) => (process.env.E2E_LOOKUP_CHECK === '1' ? checkedFind(cdp, target) : find(cdp, target)),
    call: (found, fn, args) => callOn(cdp, found.backendNodeId, fn, args),
    async focus(found) {
      await cdp.send('DOM.focus', { backendNodeId: found.backendNodeId });
    },
    async click({ backendNodeId }, what) {
      // Measuring and hit-testing are separate round trips here (one task in Firefox's driver): a
      // page that moved the element in between (a row arriving above it) is aimed at again, as a
      // person would; an element that stays where it is and is covered fails.
      let point = await clickPoint(cdp, backendNodeId);
      for (let aims = 1; !(await hits(cdp, backendNodeId, point.x, point.y)); aims++) {
        const moved = await clickPoint(cdp, backendNodeId);
        if (aims === 3 || (moved.x === point.x && moved.y === point.y)) throw new Error(`${what} is covered by another element at ${point.x},${point.y}`);
        point = moved;
      }
      await page.mouse.click(point.x, point.y);
    },
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    dispose: () => cdp.detach(),
  });
}

/**
 * E2E_LOOKUP_CHECK=1: every role lookup is made again over the whole accessibility tree (the
 * former way), and a lookup whose elements or names differ fails, saying how. The two are
 * snapshots a moment apart of a page that may be changing: a difference counts once it has
 * lasted a second, and a shorter one is reported with how long it lasted.
 */
async function checkedFind(cdp: CDPSession, target: Target): Promise<Found[]> {
  if ('css' in target) return find(cdp, target);
  const key = (list: Found[]) => JSON.stringify(list.map((f) => [f.backendNodeId, f.label]).sort());
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    const found = await find(cdp, target);
    const full = await findByRoleInFullTree(cdp, target.role, target.name);
    const lasted = Date.now() - started;
    if (key(found) === key(full)) {
      if (attempt > 1) console.error(`lookup check: ${target.role} ${String(target.name)} agreed after ${lasted} ms`);
      return found;
    }
    if (lasted > 1000) {
      const message = `lookup check: ${target.role} ${String(target.name)} found ${key(found)}, the whole tree ${key(full)}`;
      console.error(message);
      throw new Error(message);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
