// Collects what went wrong while a browser ran the extension: page errors, console errors, failed requests.

/** Where an error came from. */
export type ErrorSource = 'extension' | 'page';

/** One collected error. */
export interface CollectedError {
  source: ErrorSource;
  /** What reported it, e.g. "service worker console", "page error", "firefox stderr". */
  channel: string;
  text: string;
}

const extensionUrl = /\b(chrome|moz)-extension:\/\//;

/** Whether a URL or message points into an extension package. */
export function mentionsExtension(text: string): boolean {
  return extensionUrl.test(text);
}

/** A growing list of errors for one browser session. */
export class ErrorLog {
  readonly entries: CollectedError[] = [];

  /** Records one error. */
  add(source: ErrorSource, channel: string, text: string): void {
    this.entries.push({ source, channel, text });
  }

  /** Errors attributed to the extension. */
  extension(): CollectedError[] {
    return this.entries.filter((e) => e.source === 'extension');
  }

  /** Errors of the pages themselves (a broken page script is a regression too when the extension caused it). */
  page(): CollectedError[] {
    return this.entries.filter((e) => e.source === 'page');
  }

  /** Forgets everything, e.g. before the next page. */
  clear(): void {
    this.entries.length = 0;
  }

  /** One error a line, for a failing assertion's message. */
  static format(entries: CollectedError[]): string {
    return entries.map((e) => `[${e.source} · ${e.channel}] ${e.text}`).join('\n');
  }
}
