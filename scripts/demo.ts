// `npm run demo`: serves the offline fixture sites under their real host names and opens a story article in
// Chromium (or Firefox with `-- --firefox`) with the built extension; without a display, `--screenshots DIR`
// writes a screenshot of each story page with the sidebar open, close-ups of its views, the welcome page and a
// phone-sized article instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/e2e/harness/e2e';
import { openPage } from '../tests/e2e/harness/page';
import { startFixtureServer, type FixtureServer } from '../tests/e2e/harness/server';
import type { BrowserKind, BrowserSession } from '../tests/e2e/harness/session';
import { buildDirs, loadSites, pageUrl, repoRoot } from '../tests/e2e/harness/sites';
import { addressOf } from '../tests/e2e/harness/welcome';
import { storyPages, writeScreenshots } from './demo-screenshots';
import { writeFirstMinuteScreenshots } from './demo-welcome';

const usage = `usage: npm run demo [-- --firefox] [-- --article ID] [-- --screenshots DIR]
  --firefox          use Firefox ESR instead of Chromium
  --article ID       open this index article first (default cnn-r2)
  --screenshots DIR  no window: write into DIR a screenshot of each story page with Parallax open, and close-ups
                     of the sidebar as it opens, a number line, the table view, and a number line in dark at 200%;
                     the welcome page, its picture of the sidebar (welcome-sidebar.webp and .json), and the
                     article in a 400×800 window with the sheet's bar and the sheet open`;

const { values: args } = parseArgs({
  options: {
    firefox: { type: 'boolean', default: false },
    article: { type: 'string', default: 'cnn-r2' },
    screenshots: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

function ensureBuilt(kind: BrowserKind): void {
  if (existsSync(join(buildDirs[kind], 'manifest.json'))) return;
  console.log(`No build in ${buildDirs[kind]}: running \`npm run build\` first.`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(join(buildDirs[kind], 'manifest.json'))) {
    throw new Error('`npm run build` failed; fix the build and run `npm run demo` again');
  }
}

async function main(): Promise<void> {
  if (args.help) {
    console.log(usage);
    return;
  }
  const kind: BrowserKind = args.firefox ? 'firefox' : 'chromium';
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!hasDisplay && !args.screenshots) {
    console.error('No display: DISPLAY and WAYLAND_DISPLAY are unset, so no browser window can open.');
    console.error('Run on a desktop, under `xvfb-run npm run demo`, or ask for screenshots instead:');
    console.error('  npm run demo -- --screenshots demo-screenshots');
    process.exitCode = 2;
    return;
  }
  ensureBuilt(kind);
  const sites = loadSites();
  const first = sites.find((p) => p.article === args.article && p.kind === 'story') ?? storyPages(sites)[0];
  if (!first) throw new Error('sites.json lists no story page');

  const server: FixtureServer = await startFixtureServer(sites);
  let session: BrowserSession | undefined;
  let stopping = false;
  const stop = async (code = 0): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await session?.close();
    await server.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  if (args.screenshots) {
    const dir = resolve(args.screenshots);
    if (!hasDisplay) console.log('No display (DISPLAY and WAYLAND_DISPLAY unset): writing screenshots headless.');
    // The welcome tab the installation opens is photographed too.
    session = await launchBrowser(kind, server, { viewport: { width: 1400, height: 1000 }, keepWelcome: true });
    console.log(`${session.label}: screenshots of each story page with Parallax open, into ${dir}`);
    const ok = await writeScreenshots(session, sites, dir);
    const firstMinute = await writeFirstMinuteScreenshots(session, first, dir);
    await stop(ok && firstMinute ? 0 : 1);
    return;
  }

  // A fresh profile: the welcome page the installation opens stays open beside the article, as a reader sees it.
  session = await launchBrowser(kind, server, { headful: true, viewport: null, keepWelcome: true });
  session.browser.on('disconnected', () => void stop(0));
  console.log(
    `${session.label} is open with Parallax (fixture sites served on 127.0.0.1:${server.httpPort} and :${server.httpsPort}).`,
  );
  console.log('Story pages to try:');
  for (const site of storyPages(sites)) console.log(`  ${pageUrl(site)}   (${site.article}, ${site.kind})`);
  console.log('Pages where nothing should appear:');
  for (const site of sites.filter((p) => p.kind === 'ordinary')) console.log(`  ${pageUrl(site)}`);
  console.log('Close the window or press Ctrl+C to stop.');
  await openPage(session, pageUrl(first));
  // Puppeteer opens its own first tab; close it so the welcome page and the article are the only ones.
  // (Firefox reports the welcome tab as about:blank too: its real address tells them apart.)
  for (const tab of await session.browser.pages()) if ((await addressOf(tab)) === 'about:blank') await tab.close();
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
