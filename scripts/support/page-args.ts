// The command line of the tools that read saved pages: `PAGE.html… [--url ADDRESS] [--url-list FILE]` and the
// flags each accepts. A page's address is the one given with --url (one page only), or its --url-list line, or
// the file's own.
import { readFileSync } from 'node:fs';
import { fail } from './local-index';

/** One page to read and the address it was served at (null: the file's own). */
export interface PageArg {
  page: string;
  url: string | null;
}

/** The pages and the flags given (each true when given); `--url-list` lines are `PAGE [ADDRESS]`, # for comments. */
export function parsePageArgs(
  argv: readonly string[],
  usage: string,
  flags: readonly string[] = [],
): { pages: PageArg[]; flags: Set<string> } {
  const pages: PageArg[] = [];
  let url: string | null = null;
  const given = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url') url = argv[++i] ?? fail('--url needs an address', 2);
    else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg === '--url-list') pages.push(...urlList(argv[++i] ?? fail('--url-list needs a file', 2)));
    else if (arg.startsWith('--url-list=')) pages.push(...urlList(arg.slice('--url-list='.length)));
    else if (arg === '-h' || arg === '--help') fail(usage, 0);
    else if (flags.includes(arg)) given.add(arg);
    else if (!arg.startsWith('--')) pages.push({ page: arg, url: null });
    else fail(`unexpected argument: ${arg}\n${usage}`, 2);
  }
  if (pages.length === 0) fail(usage, 2);
  if (url !== null) {
    if (pages.length > 1) fail(`--url names the address of one page; use --url-list for several\n${usage}`, 2);
    pages[0]!.url = url;
  }
  return { pages, flags: given };
}

function urlList(file: string): PageArg[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return fail(`cannot read the url list ${file}: ${(error as Error).message}`, 2);
  }
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [page, url] = line.split(/\s+/);
      return { page: page!, url: url ?? null };
    });
}
