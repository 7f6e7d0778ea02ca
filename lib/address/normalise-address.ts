// Address keys: every form under which one article's page is reached (http/https, www./edition./amp.
// hosts, queries, fragments, AMP paths, web archive wrappers) reduces to one key.

// Host prefixes that name the same site's copy of a page.
const HOST_PREFIXES = /^(?:www\d*|edition|amp|m|mobile)\./;
// Web archive: /web/<timestamp><flags>/<address>, flags like id_ or if_.
const WAYBACK = /^\/web\/\d{1,14}(?:[a-z]{2}_)?\/(.+)$/i;
// archive.today's long form: /<timestamp>/<address>; its short ids carry no address at all.
const ARCHIVE_TODAY_HOSTS = /^archive\.(?:ph|today|is|li|vn|md|fo)$/;
const ARCHIVE_TODAY_LONG = /^\/(?:newest|oldest|\d[\d.-]{3,})\/(.+)$/i;
// An AMP cache serves /c/s/<host>/<path> (s: https) for the publisher's AMP page.
const AMP_CACHE_HOST = /\.cdn\.ampproject\.org$/;
const AMP_CACHE_PATH = /^\/[cv]\/(?:s\/)?(.+)$/;
// Google's AMP viewer: www.google.<tld>/amp/s/<host>/<path>.
const GOOGLE_HOST = /^google\.[a-z.]+$/;
const GOOGLE_AMP_PATH = /^\/amp\/(?:s\/)?(.+)$/;
// A path that cannot name a page on its own: the site's root or a script, whose query says which article it
// serves ("/?sid=35183732", "/article.php?id=12"). Every article of such a site would otherwise share one key.
const SCRIPT_PATH = /(?:^\/$|\.(?:php\d?|aspx?|cfm|jspx?|cgi|pl|do)$)/;
// Query parameters that say how the reader arrived, never which page: campaigns, referrers, click ids, the AMP
// switch. Parameters are kept only on script paths (above); elsewhere the whole query goes.
const TRACKING_PARAMETER =
  /^(?:utm_\w+|s_cid|cid|cmpid|cmp|ncid|icid|mc_[a-z]+|fbclid|gclid|dclid|msclkid|igshid|ref|referrer|source|src|from|via|share|amp|output|outputtype|hpt|ito|sr_share|partner|rss|feed|_ga|at_\w+|sh|smid|mod|ns_\w+)$/i;

function parse(url: string): URL | null {
  try {
    let parsed = new URL(url.trim());
    // Firefox's reader view shows the article at about:reader?url=<address>.
    if (parsed.protocol === 'about:' && parsed.pathname === 'reader') {
      const inner = parsed.searchParams.get('url');
      if (!inner) return null;
      parsed = new URL(inner);
    }
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

// The archived address after a wrapper's prefix; archives collapse "//" to "/" and may drop the scheme.
function unwrapTarget(rest: string, search: string): URL | null {
  const fixed = /^https?:\/(?!\/)/i.test(rest) ? rest.replace(/^(https?:)\//i, '$1//') : rest;
  const withScheme = /^https?:\/\//i.test(fixed) ? fixed : `http://${fixed}`;
  return parse(withScheme + search);
}

/** The original address inside an archive wrapper, or the address itself when it is not archived. */
export function unwrapArchive(url: string): URL | null {
  let parsed = parse(url);
  for (let depth = 0; parsed && depth < 3; depth++) {
    const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
    const path = parsed.pathname;
    const match =
      host === 'web.archive.org' || host === 'wayback.archive.org'
        ? WAYBACK.exec(path)
        : ARCHIVE_TODAY_HOSTS.test(host)
          ? ARCHIVE_TODAY_LONG.exec(path)
          : AMP_CACHE_HOST.test(host)
            ? AMP_CACHE_PATH.exec(path)
            : GOOGLE_HOST.test(host)
              ? GOOGLE_AMP_PATH.exec(path)
              : null;
    if (!match?.[1]) return parsed;
    parsed = unwrapTarget(match[1], parsed.search);
  }
  return parsed;
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

// AMP forms of a path: /amp/<path>, <path>/amp, <name>.amp.html, <name>.amp, and CNN's index.html tail.
function normalisePath(path: string): string {
  let p = safeDecode(path).toLowerCase();
  p = p.replace(/\/{2,}/g, '/');
  p = p.replace(/^\/amp(?=\/)/, '');
  p = p.replace(/\/amp\/?$/, '/');
  p = p.replace(/\.amp(\.html?)?$/, '$1');
  p = p.replace(/\/index\.html?$/, '/');
  p = p.replace(/\/+$/, '');
  return p === '' ? '/' : p;
}

// The parameters of a script path's query that may say which page it serves, sorted, as "?a=1&b=2" ('' if none).
function identifyingQuery(params: URLSearchParams): string {
  const kept = [...params]
    .filter(([name, value]) => value !== '' && !TRACKING_PARAMETER.test(name))
    .map(([name, value]) => `${name.toLowerCase()}=${value}`)
    .sort();
  return kept.length === 0 ? '' : `?${kept.join('&')}`;
}

/**
 * Address key for a URL: scheme, www./edition./amp. hosts, query, fragment, AMP paths and archive
 * wrappers removed; a site's root or a script keeps the query parameters that say which article it serves, and
 * without one names no article (null). Null too for anything that is not an http(s) address, or an archive's
 * short id.
 */
export function addressKey(url: string): string | null {
  const parsed = unwrapArchive(url);
  if (!parsed) return null;
  let host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  const wasAmpHost = host.startsWith('amp.');
  while (HOST_PREFIXES.test(host) && host.split('.').length > 2) host = host.replace(HOST_PREFIXES, '');
  if (ARCHIVE_TODAY_HOSTS.test(host) || host === 'web.archive.org') return null;
  let path = normalisePath(parsed.pathname);
  // amp.cnn.com/cnn/<path> is www.cnn.com/<path>: an AMP host may prefix the path with the site's name.
  const site = host.split('.')[0] ?? '';
  if (wasAmpHost && path.startsWith(`/${site}/`)) path = path.slice(site.length + 1);
  if (!SCRIPT_PATH.test(path)) return host + path;
  const query = identifyingQuery(parsed.searchParams);
  return query === '' ? null : host + path + query;
}
