// A list of event ids for --events and --score-events: a JSON array in a file, or lists inside a JSON object chosen
// by key (`split.json:dev` or `split.json:dev,heldout`, as the corpus folders' split files are written).
import { readFileSync } from 'node:fs';

/** The ids the argument names; exits with a message when the file or a key is wrong. */
export function readIdList(arg: string): Set<string> {
  const m = /^(.*?)(?::([\w,-]+))?$/.exec(arg)!;
  const [file, keys] = [m[1]!, m[2]];
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    process.stderr.write(`cannot read the event list ${file}: ${(error as Error).message}\n`);
    process.exit(2);
  }
  const lists = keys
    ? keys.split(',').map((k) => (value as Record<string, unknown> | null)?.[k])
    : [Array.isArray(value) ? value : undefined];
  if (lists.some((l) => !Array.isArray(l))) {
    process.stderr.write(`${arg}: not a list of event ids${keys ? ` under ${keys}` : ''}\n`);
    process.exit(2);
  }
  return new Set((lists as unknown[][]).flat().map(String));
}
