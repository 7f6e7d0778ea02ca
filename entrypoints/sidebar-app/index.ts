// The sidebar app, loaded by the background into a page only after it is recognised, so ordinary browsing never
// pays for Preact, the UI or the highlighter. It registers itself for the content script that asked for it.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { APP_GLOBAL, type ParallaxApp } from '@/lib/app-contract';
import { appMount } from './mount-app';

export default defineUnlistedScript(() => {
  const app: ParallaxApp = { mount: appMount() };
  (globalThis as Record<string, unknown>)[APP_GLOBAL] = app;
});
