// `npm run index [-- --root DIR]`: validates DIR/data (the repository by default) and writes
// DIR/public/generated/index.json and hosts.json, or prints every problem (file: item: reason) and exits 1.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildIndex } from '../lib/index/build-index';
import { formatError } from '../lib/index/validate-stories';
import { buildRecognitionIndex } from '../lib/recognise/build-recognition-index';

const args = process.argv.slice(2);
const rootArg = args.indexOf('--root');
const root = rootArg >= 0 && args[rootArg + 1] ? resolve(args[rootArg + 1]!) : join(import.meta.dirname, '..');
const result = buildIndex(root, buildRecognitionIndex);
if (!result.ok) {
  for (const error of result.errors) process.stderr.write(`${formatError(error)}\n`);
  process.stderr.write(`index: ${result.errors.length} problem(s); nothing written\n`);
  process.exit(1);
}
const out = join(root, 'public', 'generated');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'index.json'), result.indexJson);
writeFileSync(join(out, 'hosts.json'), result.hostsJson);
const facts = result.index.stories.reduce((n, s) => n + s.facts.length, 0);
const claims = result.index.stories.reduce((n, s) => n + s.facts.reduce((m, f) => m + f.claims.length, 0), 0);
process.stdout.write(
  `index: ${result.index.stories.length} story, ${facts} facts, ${claims} claims → public/generated/index.json ` +
    `(${Buffer.byteLength(result.indexJson)} bytes), hosts.json\n`,
);
