// The hosts Parallax checks automatically: the publishers' sites named by the index, plus the web archives.
// Everything else needs the reader's click (activeTab) or the optional all-sites permission.

/** Web archives whose copies of indexed articles are recognised automatically. */
export const ARCHIVE_HOSTS = [
  'web.archive.org',
  'archive.today',
  'archive.ph',
  'archive.is',
  'archive.li',
  'archive.vn',
  'archive.md',
  'archive.fo',
] as const;

// Subdomains that name the same site (desktop, international edition, mobile, AMP); the site's own domain is
// matched with all its subdomains so an address variant never loses automatic checking.
const SAME_SITE_PREFIXES = new Set(['www', 'edition', 'amp', 'm', 'mobile', 'en']);

/** The match pattern covering a publisher host and its sibling subdomains, e.g. www.cnn.com → *://*.cnn.com/*. */
export function siteMatchPattern(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const site = labels.length >= 3 && SAME_SITE_PREFIXES.has(labels[0]!) ? labels.slice(1) : labels;
  return `*://*.${site.join('.')}/*`;
}

/** Sorted, de-duplicated match patterns for the index's publisher hosts and the archives. */
export function contentScriptMatches(publisherHosts: readonly string[]): string[] {
  const patterns = new Set(publisherHosts.map(siteMatchPattern));
  for (const host of ARCHIVE_HOSTS) patterns.add(`*://${host}/*`);
  return [...patterns].sort();
}

/** The optional host permission behind "check every site automatically". */
export const ALL_SITES_ORIGIN = '*://*/*';

/** Sorted, de-duplicated match patterns of a story pack's hosts: the site access its stories ask for. */
export function packSitePatterns(hosts: readonly string[]): string[] {
  return [...new Set(hosts.map(siteMatchPattern))].sort();
}

/**
 * Site access a removed pack asked for that no remaining pack needs and the manifest does not declare: to give back.
 */
export function unusedPackPatterns(
  removedHosts: readonly string[],
  remainingHosts: readonly string[],
  manifestPatterns: readonly string[],
): string[] {
  const kept = new Set([...packSitePatterns(remainingHosts), ...manifestPatterns, ALL_SITES_ORIGIN]);
  return packSitePatterns(removedHosts).filter((p) => !kept.has(p));
}

/**
 * The site patterns the reader granted one by one (for a story pack, or "Always check pages on SITE"), outside the
 * manifest's own and the archives: none while the all-sites permission is granted, which covers every site. Sorted.
 */
export function grantedSitePatterns(grantedOrigins: readonly string[], manifestPatterns: readonly string[]): string[] {
  if (grantedOrigins.includes(ALL_SITES_ORIGIN)) return [];
  const own = new Set(manifestPatterns);
  return [...new Set(grantedOrigins.filter((o) => !own.has(o) && /^\*:\/\/[^/]+\/\*$/.test(o)))].sort();
}

/** The site of a web page's address as the reader names it ("example.com") and its match pattern; null for others. */
export function siteOfAddress(url: string | undefined): { host: string; pattern: string } | null {
  try {
    const { protocol, hostname } = new URL(url ?? '');
    if ((protocol !== 'http:' && protocol !== 'https:') || !hostname.includes('.') || /^[\d.]+$|^\[/.test(hostname))
      return null;
    const pattern = siteMatchPattern(hostname);
    return { host: pattern.slice('*://*.'.length, -'/*'.length), pattern };
  } catch {
    return null;
  }
}

/**
 * The script declared (and registered, for sites the reader allowed) on the checked hosts, at document_start: it
 * asks the background for the content script once the page has loaded (entrypoints/page-loaded.ts).
 */
export const PAGE_LOADED_SCRIPT = 'page-loaded.js';
