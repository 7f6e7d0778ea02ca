import { startFixtureServer } from '../harness/server';
import { launchBrowser } from '../harness/e2e';
import { loadSites, pageUrl } from '../harness/sites';
import { openPage, sidebarText, pageScriptRan, settle } from '../harness/page';
const sites = loadSites();
const server = await startFixtureServer(sites);
for (const kind of ['chromium', 'firefox'] as const) {
  const t0 = Date.now();
  const s = await launchBrowser(kind, server, { extensionDir: '/tmp/pext' });
  console.log(s.label, s.extensionId, Date.now() - t0);
  for (const p of sites) {
    for (const scheme of ['https', 'http'] as const) {
      const tab = await openPage(s, pageUrl(p, scheme));
      await new Promise(r => setTimeout(r, 300));
      console.log(kind, scheme, p.kind, p.host, (await sidebarText(tab))?.slice(0, 40), await pageScriptRan(tab), tab.url().slice(0, 40));
      await tab.close();
    }
  }
  await settle();
  console.log('errors', s.errors.entries);
  await s.close();
  console.log('total', Date.now() - t0);
}
await server.close();
