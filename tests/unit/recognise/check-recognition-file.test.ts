import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { encodeRecognitionIndex } from '../../../lib/recognise/build-recognition-index';
import { recognitionHead } from '../../../lib/recognise/split-index';
import { checkRecognitionFile } from '../../../lib/recognise/check-recognition-file';
import { GENERATED } from '../../../lib/story/generated-layout';
import { loadStories } from './helpers/stories';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-head-'));
  dirs.push(dir);
  return dir;
}

const whole = encodeRecognitionIndex(loadStories());

describe('the build check of the recognition file and its head', () => {
  test('passes a file with its own head beside it', () => {
    const dir = folder();
    writeFileSync(join(dir, GENERATED.recognition), whole);
    writeFileSync(join(dir, GENERATED.recognitionHead), recognitionHead(whole));
    expect(() => checkRecognitionFile(join(dir, GENERATED.recognition))).not.toThrow();
  });

  test('fails, naming the head, when it is missing or is the head of another file', () => {
    const dir = folder();
    const path = join(dir, GENERATED.recognition);
    writeFileSync(path, whole);
    expect(() => checkRecognitionFile(path)).toThrow(/recognition-head\.bin: missing beside/);
    writeFileSync(join(dir, GENERATED.recognitionHead), recognitionHead(encodeRecognitionIndex([])));
    expect(() => checkRecognitionFile(path)).toThrow(/recognition-head\.bin: not the head of/);
  });

  test('passes the files npm run index wrote', () => {
    const dir = folder();
    const generated = join(import.meta.dirname, '../../../public/generated');
    for (const file of [GENERATED.recognition, GENERATED.recognitionHead])
      copyFileSync(join(generated, file), join(dir, file));
    expect(() => checkRecognitionFile(join(dir, GENERATED.recognition))).not.toThrow();
  });
});
