// Just enough of the WebExtension match-pattern rules to check the built manifest against the fixture pages.

/** Whether `url` is matched by a match pattern such as `*://*.cnn.com/*` or `<all_urls>`. */
export function matchesPattern(pattern: string, url: string): boolean {
  const target = new URL(url);
  if (pattern === '<all_urls>')
    return ['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:', 'data:'].includes(target.protocol);
  const parts = pattern.match(/^(\*|https?|wss?|file|ftp):\/\/([^/]*)(\/.*)$/);
  if (!parts) return false;
  const [, scheme = '', host = '', path = ''] = parts;
  const protocol = target.protocol.slice(0, -1);
  if (scheme === '*' ? !['http', 'https', 'ws', 'wss'].includes(protocol) : scheme !== protocol) return false;
  if (host !== '*') {
    const hostname = target.hostname;
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
    } else if (hostname !== host) {
      return false;
    }
  }
  const pathRe = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return pathRe.test(target.pathname + target.search);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A built manifest's content scripts, as far as the tests care. */
export interface ManifestContentScript {
  matches?: string[];
  exclude_matches?: string[];
  js?: string[];
  css?: string[];
}

/** Whether any content script of the manifest would run on `url`. */
export function contentScriptRunsOn(scripts: ManifestContentScript[], url: string): boolean {
  return scripts.some(
    (s) =>
      (s.js?.length ?? 0) > 0 &&
      (s.matches ?? []).some((p) => matchesPattern(p, url)) &&
      !(s.exclude_matches ?? []).some((p) => matchesPattern(p, url)),
  );
}
