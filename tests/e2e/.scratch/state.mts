import { startFixtureServer } from '../harness/server';
import { launchBrowser } from '../harness/e2e';
import { loadSites, pageUrl } from '../harness/sites';
import { openPage, settle } from '../harness/page';
import { recordDomChanges, domChanges, highlights } from '../harness/page-state';
const sites = loadSites();
const server = await startFixtureServer(sites);
for (const kind of ['chromium', 'firefox'] as const) {
  const s = await launchBrowser(kind, server, { extensionDir: '/tmp/pext' });
  for (const p of sites.slice(0, 3)) {
    const tab = await openPage(s, pageUrl(p), recordDomChanges);
    await settle();
    console.log(kind, p.host, await domChanges(tab), JSON.stringify(await highlights(tab)));
    await tab.close();
  }
  console.log(s.errors.entries);
  await s.close();
}
await server.close();
