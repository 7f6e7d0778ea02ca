// `npm run index [-- --root DIR]`: validates DIR/data (the repository by default) and writes DIR/public/generated/
// (recognition.bin and its head recognition-head.bin, stories/<id>.json and <id>.profile.json, catalog.json,
// hosts.json), or prints every problem (file: item: reason) and exits 1. The folder is replaced whole, so no file of
// an earlier build survives.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildIndex } from '../lib/index/build-index';
import { GENERATED, GENERATED_DIR } from '../lib/story/generated-layout';
import { formatError } from '../lib/index/validate-stories';
import { encodeRecognitionIndex } from '../lib/recognise/build-recognition-index';
import { checkRecognitionFile } from '../lib/recognise/check-recognition-file';

const args = process.argv.slice(2);
const rootArg = args.indexOf('--root');
const project = join(import.meta.dirname, '..');
const root = rootArg >= 0 && args[rootArg + 1] ? resolve(args[rootArg + 1]!) : project;
// Another folder's data is held to this project's schemas.
const result = buildIndex(root, encodeRecognitionIndex, project);
if (!result.ok) {
  for (const error of result.errors) process.stderr.write(`${formatError(error)}\n`);
  process.stderr.write(`index: ${result.errors.length} problem(s); nothing written\n`);
  process.exit(1);
}
const out = join(root, GENERATED_DIR);
rmSync(out, { recursive: true, force: true });
for (const file of result.files) {
  mkdirSync(dirname(join(out, file.path)), { recursive: true });
  writeFileSync(join(out, file.path), file.bytes);
}
// What the extension will read must read back: a file that does not is a failed build, not a quiet extension.
checkRecognitionFile(join(out, GENERATED.recognition));
const stories = result.index.stories;
const facts = stories.reduce((n, s) => n + s.facts.length, 0);
const claims = stories.reduce((n, s) => n + s.facts.reduce((m, f) => m + f.claims.length, 0), 0);
const bytes = (path: string) => result.files.find((f) => f.path === path)?.bytes.length ?? 0;
const storyBytes = result.files
  .filter((f) => f.path.startsWith(`${GENERATED.stories}/`))
  .reduce((n, f) => n + f.bytes.length, 0);
process.stdout.write(
  `index: ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}, ${facts} facts, ${claims} claims → ${GENERATED_DIR}/: ` +
    `${GENERATED.recognition} (${bytes(GENERATED.recognition)} bytes; head ${bytes(GENERATED.recognitionHead)}), ${stories.length} story file(s) (${storyBytes} bytes), ` +
    `${GENERATED.catalog}, ${GENERATED.hosts}\n`,
);
