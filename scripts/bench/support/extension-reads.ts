// `npx tsx scripts/bench/support/extension-reads.ts [--json]`: how a background reads parts of a large packaged file in
// real Chromium (service worker) and Firefox (background page, the add-on from a folder and from a packed .xpi). A
// throwaway extension is written to a temporary folder (a 25 MB file of known words, 100 small files), and its
// background measures: whether `fetch` with a Range header returns the bytes asked for, and how long a whole 1 MB
// file, one small range, 100 ranges at once, 100 small files and 215 IndexedDB records take. docs/scaling.md reads
// these figures. Nothing is fetched from the network: the Firefox background reports to a local server.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

const BIG_WORDS = 6_250_000;

// The background's measurements, run in the browser (plain JavaScript, as the extension ships it).
const BACKGROUND = `
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
async function time(fn, n = 3) { const t = []; for (let i = 0; i < n; i++) { const s = performance.now(); await fn(); t.push(performance.now() - s); } return median(t); }
let seed = 7;
const rnd = () => { seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0; return seed / 2 ** 32; };
const offsets = (n) => Array.from({ length: n }, () => Math.floor(rnd() * (${BIG_WORDS} - 1000)) * 4);
async function ranged(from, to) {
  try {
    const r = await fetch('/big.bin', { headers: { Range: 'bytes=' + from + '-' + to } });
    const b = await r.arrayBuffer();
    return { status: r.status, contentRange: r.headers.get('content-range'), bytes: b.byteLength,
      theBytesAskedFor: b.byteLength === to - from + 1 && new DataView(b).getUint32(0, true) === from / 4 };
  } catch (e) { return { error: String(e) }; }
}
async function measure() {
  const out = { userAgent: navigator.userAgent };
  out.range = await ranged(4000, 4099);
  out.rangeAtTheEnd = await ranged(${BIG_WORDS * 4 - 100}, ${BIG_WORDS * 4 - 1});
  out.rangePastTheEnd = await ranged(${BIG_WORDS * 4 + 100}, ${BIG_WORDS * 4 + 199});
  const served = out.range.theBytesAskedFor === true;
  out.wholeOneMBFileMs = await time(async () => (await fetch('/one.bin')).arrayBuffer());
  out.smallFileMs = await time(async () => (await fetch('/parts/0.bin')).arrayBuffer(), 5);
  out.hundredSmallFilesAtOnceMs = await time(() =>
    Promise.all(Array.from({ length: 100 }, (_, i) => fetch('/parts/' + i + '.bin').then((r) => r.arrayBuffer()))));
  if (served) {
    const range = (o) => fetch('/big.bin', { headers: { Range: 'bytes=' + o + '-' + (o + 899) } }).then((r) => r.arrayBuffer());
    out.oneRangeMs = await time(() => range(offsets(1)[0]), 5);
    out.hundredRangesAtOnceMs = await time(() => Promise.all(offsets(100).map(range)));
  }
  const db = await new Promise((res, rej) => {
    const r = indexedDB.open('reads', 1);
    r.onupgradeneeded = () => r.result.createObjectStore('parts');
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
  await new Promise((res, rej) => {
    const tx = db.transaction('parts', 'readwrite');
    for (let i = 0; i < 8192; i++) tx.objectStore('parts').put(new Uint8Array(900).fill(i & 255).buffer, i);
    tx.oncomplete = res;
    tx.onerror = rej;
  });
  const records = (n) => new Promise((res) => {
    const store = db.transaction('parts', 'readonly').objectStore('parts');
    let got = 0;
    for (const o of offsets(n)) store.get((o / 4) % 8192).onsuccess = () => { if (++got === n) res(got); };
  });
  out.oneRecordMs = await time(() => records(1), 5);
  out.records215Ms = await time(() => records(215));
  db.close();
  return out;
}
self.measure = measure;
fetch('/report.txt').then((r) => r.text()).then(async (to) => {
  if (!to.trim()) return;
  let result;
  try { result = await measure(); } catch (e) { result = { error: String(e) }; }
  await fetch(to.trim(), { method: 'POST', body: JSON.stringify(result) });
});
`;

/** Writes the throwaway extension into `dir`; the Firefox background posts its figures to `report`. */
function writeExtension(dir: string, report: string): void {
  mkdirSync(join(dir, 'parts'), { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'extension reads',
    version: '1.0',
    background: { service_worker: 'background.js', scripts: ['background.js'] },
    host_permissions: ['http://127.0.0.1/*'],
    browser_specific_settings: { gecko: { id: 'extension-reads@parallax.invalid' } },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'background.js'), BACKGROUND);
  // Word i of big.bin is i, so a range's first word says where it starts.
  writeFileSync(join(dir, 'big.bin'), new Uint8Array(Uint32Array.from({ length: BIG_WORDS }, (_, i) => i).buffer));
  writeFileSync(join(dir, 'one.bin'), new Uint8Array(2 ** 20).fill(7));
  for (let i = 0; i < 100; i++) writeFileSync(join(dir, 'parts', `${i}.bin`), new Uint8Array(900).fill(i));
  writeFileSync(join(dir, 'report.txt'), report);
}

const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function chromium(dir: string): Promise<unknown> {
  writeExtension(dir, '');
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    pipe: true,
    enableExtensions: [dir],
    args: [...ARGS, '--no-first-run'],
  });
  try {
    const target = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
      { timeout: 20_000 },
    );
    const worker = await target.worker();
    return await worker!.evaluate(() => (globalThis as unknown as { measure(): Promise<unknown> }).measure());
  } finally {
    await browser.close().catch(() => undefined);
  }
}

async function firefox(dir: string, packed: boolean): Promise<unknown> {
  let report: (body: string) => void = () => undefined;
  const reported = new Promise<string>((resolve) => {
    report = resolve;
  });
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      res.end('ok');
      report(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  writeExtension(dir, `http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  let path = dir;
  if (packed) {
    path = `${dir}.xpi`;
    execFileSync('zip', ['-qr0', path, '.'], { cwd: dir });
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
    headless: true,
  });
  try {
    await browser.installExtension(path);
    const timeout = new Promise<string>((resolve) =>
      setTimeout(() => resolve('{"error":"no report in 2 minutes"}'), 120_000),
    );
    return JSON.parse(await Promise.race([reported, timeout]));
  } finally {
    await browser.close().catch(() => undefined);
    server.close();
  }
}

const work = mkdtempSync(join(tmpdir(), 'parallax-reads-'));
try {
  const results = {
    chromiumServiceWorker: await chromium(join(work, 'chromium')),
    firefoxFromFolder: await firefox(join(work, 'firefox'), false),
    firefoxFromXpi: await firefox(join(work, 'firefox-xpi'), true),
  };
  process.stdout.write(`${JSON.stringify(results, null, process.argv.includes('--json') ? 0 : 2)}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
