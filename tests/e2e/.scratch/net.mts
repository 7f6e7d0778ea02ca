import { startFixtureServer } from '../harness/server';
import { launchBrowser } from '../harness/e2e';
import { loadSites, pageUrl } from '../harness/sites';
const sites = loadSites();
const server = await startFixtureServer(sites);
for (const kind of ['chromium', 'firefox'] as const) {
  const s = await launchBrowser(kind, server);
  const tab = await s.newPage();
  for (const url of ['https://www.google.com/', 'http://example.com/', pageUrl(sites[0]!), 'http://www.cnn.com/nothing-here']) {
    const r = await tab.goto(url).then(r => r?.status(), e => String(e).slice(0, 80));
    console.log(kind, url, r);
  }
  await s.close();
}
await server.close();
