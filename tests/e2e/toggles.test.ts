// The three highlighting controls stay in step through the stored settings: the sidebar's switch, the popup's
// switch (Chromium) and the keyboard command (Chromium); presses in quick succession from two contexts all land;
// the choice and the sidebar's collapse carry over to the next page and survive a browser restart on the profile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserKinds,
  browserLabel,
  loadIndex,
  loadSites,
  openPage,
  pageUrl,
  settle,
  waitForSidebar,
  type BrowserKind,
  type BrowserSession,
} from './harness/e2e';
import {
  clickInSidebar,
  markCount,
  openPopup,
  popupSwitchState,
  pressToggleCommand,
  recordSettingsChanges,
  sidebarCollapsed,
  sidebarSwitch,
  storedSettings,
  waitForCollapsed,
  waitForMarkCount,
  waitForSidebarSwitch,
} from './harness/extension-ui';
import { clickExpandControl, disputedFigures, expectHighlighting, openStory } from './harness/highlighting';
import { launchWithProfile } from './harness/profile-launch';
import { startFixtureServer, type FixtureServer } from './harness/server';

const sites = loadSites();
const cnnPage = sites.find((p) => p.article === 'cnn-r2' && p.kind === 'story')!;
const afpPage = sites.find((p) => p.article === 'afp' && p.kind === 'story')!;
const france24Page = sites.find((p) => p.article === 'france24' && p.kind === 'story')!;

/** A newly loaded page must start with marks off, not paint them and take them back: watch it settle. */
async function expectStartsOff(tab: Page): Promise<void> {
  await waitForSidebarSwitch(tab, false);
  await settle();
  expect(await markCount(tab)).toBe(0);
  expect(await (await sidebarSwitch(tab)).evaluate((b) => b.getAttribute('aria-checked'))).toBe('false');
}

for (const kind of browserKinds) {
  describe(`${browserLabel(kind)} — highlighting controls in step, settings kept`, () => {
    const index = loadIndex(kind);
    let server: FixtureServer | undefined;
    let session: BrowserSession | undefined;
    let failure: unknown;
    const profileDir = mkdtempSync(join(tmpdir(), `parallax-profile-${kind}-`));

    beforeAll(async () => {
      try {
        server = await startFixtureServer(sites);
        session = await launchWithProfile(kind as BrowserKind, server, profileDir);
      } catch (error) {
        failure = error;
      }
    });
    afterAll(async () => {
      await session?.close();
      await server?.close();
      rmSync(profileDir, { recursive: true, force: true });
    });
    const current = (): BrowserSession => {
      if (session) return session;
      throw failure instanceof Error ? failure : new Error(`could not start ${kind}: ${String(failure)}`);
    };

    it(
      'the sidebar switch in one page turns the marks off and on in another open story page too' +
        (kind === 'chromium' ? ', and the popup shows the new state' : ''),
      async () => {
        // highlights.test.ts covers the switch within its own page; here the other page and the popup must follow.
        const tab = await openStory(current(), index, cnnPage);
        const other = await openStory(current(), index, afpPage);
        try {
          await expectHighlighting(tab, index, cnnPage, true);
          await expectHighlighting(other, index, afpPage, true);
          // A background tab draws no frames, and puppeteer's click waits for one.
          await tab.bringToFront();
          await (await sidebarSwitch(tab)).click();
          await expectHighlighting(tab, index, cnnPage, false);
          await expectHighlighting(other, index, afpPage, false);
          if (kind === 'chromium') {
            const popup = await openPopup(current().browser, current().extensionId, other);
            expect(await popupSwitchState(popup)).toBe('false');
            await popup.close();
          }
          await tab.bringToFront();
          await (await sidebarSwitch(tab)).click();
          await expectHighlighting(tab, index, cnnPage, true);
          await expectHighlighting(other, index, afpPage, true);
          if (kind === 'chromium') {
            const popup = await openPopup(current().browser, current().extensionId, other);
            expect(await popupSwitchState(popup)).toBe('true');
            await popup.close();
          }
        } finally {
          await tab.close();
          await other.close();
        }
      },
    );

    if (kind === 'chromium') {
      it("the popup's switch turns the marks off in the page and the sidebar's switch follows", async () => {
        const tab = await openStory(current(), index, cnnPage);
        try {
          await expectHighlighting(tab, index, cnnPage, true);
          const popup = await openPopup(current().browser, current().extensionId, tab);
          await popup.click('button[role="switch"]');
          await expectHighlighting(tab, index, cnnPage, false);
          expect(await popupSwitchState(popup)).toBe('false');
          expect(await storedSettings(current().browser, current().extensionId)).toMatchObject({ highlights: false });
          await popup.click('button[role="switch"]');
          await expectHighlighting(tab, index, cnnPage, true);
          expect(await popupSwitchState(popup)).toBe('true');
          await popup.close();
        } finally {
          await tab.close();
        }
      });

      it('Alt+Shift+H (the toggle-highlights command) flips highlighting in every open story page', async () => {
        // Two story pages open at once: the command changes the stored setting and both follow it.
        const first = await openStory(current(), index, cnnPage);
        const second = await openStory(current(), index, france24Page);
        try {
          await expectHighlighting(first, index, cnnPage, true);
          await expectHighlighting(second, index, france24Page, true);
          await pressToggleCommand(second);
          await expectHighlighting(second, index, france24Page, false);
          await expectHighlighting(first, index, cnnPage, false);
          expect(await storedSettings(current().browser, current().extensionId)).toMatchObject({ highlights: false });
          await pressToggleCommand(second);
          await expectHighlighting(second, index, france24Page, true);
          await expectHighlighting(first, index, cnnPage, true);
        } finally {
          await first.close();
          await second.close();
        }
      });

      it('Alt+Shift+H pressed twice in a row leaves highlighting as it was', async () => {
        const tab = await openStory(current(), index, cnnPage);
        try {
          await expectHighlighting(tab, index, cnnPage, true);
          // A quick double press: the second command arrives while the first is still reading the setting.
          await pressToggleCommand(tab, 2);
          // Two flips must cancel out; there is no event for "both handled", so let them settle.
          await settle();
          expect(await storedSettings(current().browser, current().extensionId)).toMatchObject({ highlights: true });
          await expectHighlighting(tab, index, cnnPage, true);
        } finally {
          await tab.close();
        }
      });
    }
    // Firefox: WebDriver BiDi key actions are dispatched to the page's content and never reach the browser's
    // shortcut handling, where extension commands live (Alt+Shift+H sent that way leaves the setting unchanged),
    // so the command is driven in Chromium only.

    it('highlighting turned off stays off on the next story page', async () => {
      const tab = await openStory(current(), index, cnnPage);
      try {
        // The earlier tests end with highlighting on; a failure there should not fail this one too. The switch
        // is read once the page has settled, as it shows the default until the settings are loaded.
        await settle();
        if ((await (await sidebarSwitch(tab)).evaluate((b) => b.getAttribute('aria-checked'))) === 'false') {
          await (await sidebarSwitch(tab)).click();
        }
        await expectHighlighting(tab, index, cnnPage, true);
        await (await sidebarSwitch(tab)).click();
        await expectHighlighting(tab, index, cnnPage, false);
      } finally {
        await tab.close();
      }
      const next = await openStory(current(), index, afpPage);
      try {
        await expectStartsOff(next);
      } finally {
        await next.close();
      }
    });

    it('a collapsed sidebar starts collapsed on the next story page', async () => {
      const tab = await openStory(current(), index, cnnPage);
      try {
        await waitForCollapsed(tab, false);
        await clickExpandControl(tab);
        await waitForCollapsed(tab, true);
      } finally {
        await tab.close();
      }
      const next = await openPage(current(), pageUrl(afpPage));
      try {
        await waitForCollapsed(next, true);
        await settle();
        expect(await sidebarCollapsed(next)).toBe(true);
      } finally {
        await next.close();
      }
    });

    if (kind === 'chromium') {
      it("the popup's switch and then Alt+Shift+H, pressed in quick succession, end in the state of the last press", async () => {
        // Two contexts write the same setting: the popup sets it, the command (background) flips whatever is stored.
        // The sidebar may be collapsed from the test before: it only needs to be there.
        const tab = await openPage(current(), pageUrl(cnnPage));
        try {
          await waitForSidebar(tab);
          await settle();
          const before = (await storedSettings(current().browser, current().extensionId))?.highlights;
          expect(typeof before).toBe('boolean');
          const seen = await recordSettingsChanges(current().browser, current().extensionId);
          const popup = await openPopup(current().browser, current().extensionId, tab);
          expect(await popupSwitchState(popup)).toBe(String(before));
          // The popup's click has run (its write is on its way) before the key press starts.
          await popup.evaluate(() => document.querySelector<HTMLButtonElement>('button[role="switch"]')?.click());
          await pressToggleCommand(tab);
          // Set to !before, then flipped back: the last press leaves highlighting as it was, after two writes.
          await expect
            .poll(async () => (await seen()).map((v) => v.highlights), { timeout: 8_000, interval: 100 })
            .toEqual([!before, before]);
          expect(await storedSettings(current().browser, current().extensionId)).toMatchObject({ highlights: before });
          await popup.close();
        } finally {
          await tab.close();
        }
      });
    }

    it('the switch in one page and the collapse in another, pressed in the same moment, are both kept', async () => {
      // Two content scripts each write a different setting at once, three times over: neither write may undo the
      // other (a lost write shows as the switch flipping back, or the collapse not reaching the next page).
      const first = await openPage(current(), pageUrl(cnnPage));
      const second = await openPage(current(), pageUrl(afpPage));
      let on = true;
      let collapsed = false;
      try {
        for (const tab of [first, second]) {
          // Each page seen once: Parallax paints a page's marks after its first frame, which a tab behind
          // another never draws.
          await tab.bringToFront();
          await waitForSidebar(tab);
          await settle();
          if (await sidebarCollapsed(tab)) await clickInSidebar(tab, 'button[aria-expanded]');
          await waitForCollapsed(tab, false);
        }
        if ((await (await sidebarSwitch(first)).evaluate((b) => b.getAttribute('aria-checked'))) === 'false') {
          await clickInSidebar(first, 'button[role="switch"]');
        }
        await expectHighlighting(first, index, cnnPage, true);
        await expectHighlighting(second, index, afpPage, true);
        for (let round = 1; round <= 3; round++) {
          await Promise.all([
            clickInSidebar(first, 'button[role="switch"]'),
            clickInSidebar(second, 'button[aria-expanded]'),
          ]);
          on = !on;
          collapsed = !collapsed;
          await waitForSidebarSwitch(first, on);
          await waitForMarkCount(second, on ? disputedFigures(index, afpPage) : 0);
          // The two writes may land in either order; once both have, nothing may flip back.
          await new Promise((r) => setTimeout(r, 400));
          expect(
            await (await sidebarSwitch(first)).evaluate((b) => b.getAttribute('aria-checked')),
            `round ${round}`,
          ).toBe(String(on));
          if (kind === 'chromium') {
            expect(await storedSettings(current().browser, current().extensionId), `round ${round}`).toMatchObject({
              highlights: on,
              collapsed,
            });
          }
        }
      } finally {
        await first.close();
        await second.close();
      }
      // Three rounds end with highlighting off and the sidebar collapsed: the next page starts that way.
      expect({ on, collapsed }).toEqual({ on: false, collapsed: true });
      const next = await openPage(current(), pageUrl(france24Page));
      try {
        await waitForCollapsed(next, true);
        await settle();
        expect(await markCount(next)).toBe(0);
        expect(await sidebarCollapsed(next)).toBe(true);
      } finally {
        await next.close();
      }
    });

    it('after a browser restart on the same profile, highlighting is still off and the sidebar still collapsed', async () => {
      await current().close();
      session = undefined;
      failure = new Error(`${kind} did not start again on its profile`);
      session = await launchWithProfile(kind as BrowserKind, server!, profileDir);
      const tab = await openPage(current(), pageUrl(france24Page));
      try {
        await waitForCollapsed(tab, true);
        // Expanding shows the switch, which must still be off, and no marks may appear.
        await clickExpandControl(tab);
        await expectStartsOff(tab);
      } finally {
        await tab.close();
      }
    });
  });
}
