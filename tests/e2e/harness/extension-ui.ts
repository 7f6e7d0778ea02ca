// Reaches the extension's own controls from a test: the toolbar popup (Chromium), the switches in the popup and
// the sidebar, the disputed marks, the keyboard command, the stored settings, and axe-core on any page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import type { ErrorLog } from './errors';
import { disputedName } from './marks';
import { sidebarHost } from './page';
import { waitUntil } from './wait';

/** Number of ranges in the disputed highlight (0 when it is absent). */
export function markCount(page: Page): Promise<number> {
  return page.evaluate(
    (name: string) => (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.get(name)?.size ?? 0,
    disputedName,
  );
}

/** Waits until the disputed marks number at least `min` (min > 0) or exactly none (min = 0). */
export async function waitForMarkCount(page: Page, min: number, timeout = 8_000): Promise<void> {
  await waitUntil(
    page,
    (name: string, n: number) => {
      const size = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.get(name)?.size ?? 0;
      return n === 0 ? size === 0 : size >= n;
    },
    { timeout },
    disputedName,
    min,
  ).catch(async (error: unknown) => {
    throw new Error(
      `expected ${min === 0 ? 'no' : `at least ${min}`} disputed marks on ${page.url()}, found ${await markCount(page)}`,
      { cause: error },
    );
  });
}

/** The sidebar's highlighting switch, or throws. */
export async function sidebarSwitch(page: Page): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await page.evaluateHandle(
    (tag: string) => document.querySelector(tag)?.shadowRoot?.querySelector('button[role="switch"]') ?? null,
    sidebarHost,
  );
  const button = handle.asElement();
  if (!button) throw new Error(`no highlight switch in the sidebar on ${page.url()}`);
  return button as ElementHandle<HTMLButtonElement>;
}

/** Waits until the sidebar's switch shows `on`, and fails with what it shows otherwise. */
export async function waitForSidebarSwitch(page: Page, on: boolean, timeout = 8_000): Promise<void> {
  await waitUntil(
    page,
    (tag: string, want: string) =>
      document.querySelector(tag)?.shadowRoot?.querySelector('button[role="switch"]')?.getAttribute('aria-checked') ===
      want,
    { timeout },
    sidebarHost,
    String(on),
  ).catch(async (error: unknown) => {
    const seen = await page.evaluate(
      (tag: string) =>
        document.querySelector(tag)?.shadowRoot?.querySelector('button[role="switch"]')?.getAttribute('aria-checked') ??
        'no switch',
      sidebarHost,
    );
    throw new Error(`the sidebar switch on ${page.url()} stayed ${seen}, expected ${on}`, { cause: error });
  });
}

/** The sidebar's state attribute on its host ("open", "collapsed", "closed"), or null without a sidebar. */
export function sidebarState(page: Page): Promise<string | null> {
  return page.evaluate((tag: string) => document.querySelector(tag)?.getAttribute('data-state') ?? null, sidebarHost);
}

/** Whether the sidebar shows its collapsed tab (the expand control is `aria-expanded="false"`). */
export function sidebarCollapsed(page: Page): Promise<boolean | null> {
  return page.evaluate((tag: string) => {
    const control = document.querySelector(tag)?.shadowRoot?.querySelector('button[aria-expanded]');
    return control ? control.getAttribute('aria-expanded') === 'false' : null;
  }, sidebarHost);
}

/** Waits until the sidebar exists and is collapsed (`true`) or expanded (`false`). */
export async function waitForCollapsed(page: Page, collapsed: boolean, timeout = 10_000): Promise<void> {
  await waitUntil(
    page,
    (tag: string, want: string) =>
      document.querySelector(tag)?.shadowRoot?.querySelector('button[aria-expanded]')?.getAttribute('aria-expanded') ===
      want,
    { timeout },
    sidebarHost,
    String(!collapsed),
  ).catch(async (error: unknown) => {
    throw new Error(
      `the sidebar on ${page.url()} did not become ${collapsed ? 'collapsed' : 'expanded'} (now: ${await sidebarCollapsed(page)})`,
      { cause: error },
    );
  });
}

/**
 * Opens the toolbar popup for `tab` (Chromium only: extension pages are out of reach over WebDriver BiDi) and
 * returns it once it has answered (no "Looking at this page…", no check under way); later errors in the popup go
 * to `errors` when given.
 */
export async function openPopup(browser: Browser, extensionId: string, tab: Page, errors?: ErrorLog): Promise<Page> {
  const extension = (await browser.extensions()).get(extensionId);
  if (!extension) throw new Error(`extension ${extensionId} is not among the browser's extensions`);
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  // A popup left from an earlier test would satisfy the wait below; close it first.
  for (const target of browser.targets().filter((t) => t.url() === popupUrl)) {
    await (await target.asPage()).close().catch(() => undefined);
  }
  await tab.bringToFront();
  await tab.triggerExtensionAction(extension);
  const target = await browser.waitForTarget((t) => t.url() === popupUrl, { timeout: 8_000 });
  const popup = await target.asPage();
  // Attached once the popup exists, so errors of its first script run are missed; later ones are caught.
  popup.on('pageerror', (e) => errors?.add('extension', 'popup page error', String(e)));
  popup.on('console', (m) => {
    if (m.type() === 'error') errors?.add('extension', 'popup console', m.text());
  });
  await waitUntil(
    popup,
    () => {
      const text = document.querySelector('[role="status"]')?.textContent ?? '';
      return (
        text.length > 0 && !text.includes('Looking at this page') && !document.body.innerText.includes('Checking…')
      );
    },
    { timeout: 8_000 },
  );
  return popup;
}

/** The popup's visible text. */
export function popupText(popup: Page): Promise<string> {
  return popup.evaluate(() => document.body.innerText);
}

/** The popup's highlighting switch state ('true'/'false'), or null when it shows none. */
export function popupSwitchState(popup: Page): Promise<string | null> {
  return popup.evaluate(() => document.querySelector('button[role="switch"]')?.getAttribute('aria-checked') ?? null);
}

/** Clicks the popup button whose text starts with `label`, or throws naming the buttons it has. */
export async function clickPopupButton(popup: Page, label: string): Promise<void> {
  const handle = await popup.evaluateHandle(
    (wanted: string) =>
      [...document.querySelectorAll('button')].find((b) => (b.textContent ?? '').trim().startsWith(wanted)) ?? null,
    label,
  );
  const button = handle.asElement() as ElementHandle<HTMLButtonElement> | null;
  if (!button) {
    const names = await popup.evaluate(() =>
      [...document.querySelectorAll('button')].map((b) => b.textContent?.trim()),
    );
    throw new Error(`no popup button "${label}"; it has ${JSON.stringify(names)}`);
  }
  await button.click();
}

/**
 * Presses Alt+Shift+H, the suggested key of the `toggle-highlights` command, `times` times in a row as raw CDP key
 * events sent without waiting between presses: in headless Chromium 156 these reach the browser's shortcut
 * handling and run the command, while puppeteer's keyboard.down/press with the same keys (a key-down carrying
 * text) leaves the setting unchanged.
 */
export async function pressToggleCommand(page: Page, times = 1): Promise<void> {
  const alt = 1;
  const shift = 8;
  const cdp = await page.createCDPSession();
  try {
    const key = { modifiers: alt | shift, key: 'H', code: 'KeyH', windowsVirtualKeyCode: 72, nativeVirtualKeyCode: 72 };
    const events = Array.from({ length: times }, () => [
      cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key }),
      cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }),
    ]);
    await Promise.all(events.flat());
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The settings object stored by the extension, read in its service worker (Chromium only). */
export async function storedSettings(browser: Browser, extensionId: string): Promise<Record<string, unknown> | null> {
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`),
    { timeout: 8_000 },
  );
  const worker = await target.worker();
  if (!worker) throw new Error('the extension service worker could not be attached');
  return worker.evaluate(async () => {
    const api = (
      globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }
    ).chrome;
    return ((await api.storage.local.get('settings')).settings ?? null) as Record<string, unknown> | null;
  });
}

/**
 * Starts recording, in the extension's service worker (Chromium only), every stored settings value as storage
 * reports it; the returned function reads the values recorded so far, oldest first.
 */
export async function recordSettingsChanges(
  browser: Browser,
  extensionId: string,
): Promise<() => Promise<Record<string, unknown>[]>> {
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`),
    { timeout: 8_000 },
  );
  const worker = await target.worker();
  if (!worker) throw new Error('the extension service worker could not be attached');
  await worker.evaluate(() => {
    type Changes = Record<string, { newValue?: unknown }>;
    const g = globalThis as unknown as {
      __plxSeen?: unknown[];
      chrome: { storage: { onChanged: { addListener(l: (c: Changes, area: string) => void): void } } };
    };
    g.__plxSeen = [];
    g.chrome.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && changes.settings) g.__plxSeen?.push(changes.settings.newValue);
    });
  });
  return () =>
    worker.evaluate(() => (globalThis as unknown as { __plxSeen?: Record<string, unknown>[] }).__plxSeen ?? []);
}

/**
 * Clicks a control inside the sidebar's shadow root from a script, without waiting for the tab to draw a frame,
 * so that two tabs (one of them in the background) can be pressed in the same moment.
 */
export async function clickInSidebar(page: Page, selector: string): Promise<void> {
  const clicked = await page.evaluate(
    (tag: string, sel: string) => {
      const el = document.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>(sel);
      el?.click();
      return el !== null && el !== undefined;
    },
    sidebarHost,
    selector,
  );
  if (!clicked) throw new Error(`no "${selector}" in the sidebar on ${page.url()}`);
}

/** One axe-core violation, reduced to what a failing assertion needs. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  targets: string[];
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page (optionally only inside `include`), returning violations and how many nodes passed. */
export async function runAxe(
  page: Page,
  include?: string,
): Promise<{ violations: AxeViolation[]; checkedNodes: number }> {
  await page.evaluate(axeSource);
  return page.evaluate(async (selector: string | null) => {
    type AxeResult = { id: string; impact: string | null; nodes: { target: unknown[] }[] };
    const axe = (
      window as unknown as {
        axe: { run(context: unknown): Promise<{ violations: AxeResult[]; passes: AxeResult[] }> };
      }
    ).axe;
    const r = await axe.run(selector ? { include: [[selector]] } : document);
    return {
      violations: r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.map((n) => JSON.stringify(n.target)),
      })),
      checkedNodes: r.passes.reduce((sum, p) => sum + p.nodes.length, 0),
    };
  }, include ?? null);
}
