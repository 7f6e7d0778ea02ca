// What the run-time registrations (all sites, sites granted one by one) share: the scripting calls they make, the
// one script they register (the page-loaded script, at document_start), and how to tell an earlier version's.
import { browser } from 'wxt/browser';
import { PAGE_LOADED_SCRIPT } from '@/lib/permissions/host-patterns';

/** A registration as the scripting API takes it. */
export interface PageLoadedRegistration {
  id: string;
  matches: string[];
  excludeMatches: string[];
  js: string[];
  runAt: 'document_start';
}

/** The parts of `browser.scripting` the registrations use (a fake in tests). */
export interface RegistrationApi {
  getRegisteredContentScripts(filter: {
    ids: string[];
  }): Promise<{ id: string; matches?: string[]; js?: string[]; runAt?: string }[]>;
  registerContentScripts(scripts: PageLoadedRegistration[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}

/** The page-loaded script registered under `id` for `matches`, leaving out `excludeMatches`. */
export function pageLoadedRegistration(
  id: string,
  matches: string[],
  excludeMatches: string[],
): PageLoadedRegistration {
  return { id, matches, excludeMatches, js: [PAGE_LOADED_SCRIPT], runAt: 'document_start' };
}

/** Whether a registration is this version's (earlier versions registered the content script itself). */
export function isCurrentRegistration(script: { js?: string[]; runAt?: string }): boolean {
  return (
    script.js?.length === 1 &&
    script.js[0]?.replace(/^\//, '') === PAGE_LOADED_SCRIPT &&
    script.runAt === 'document_start'
  );
}

/** The browser's scripting API, as the registrations use it. */
export function browserRegistrationApi(): RegistrationApi {
  return browser.scripting as unknown as RegistrationApi;
}

/** Match patterns of the manifest's declared script (the publishers' hosts and the archives). */
export function manifestMatches(): string[] {
  return browser.runtime.getManifest().content_scripts?.[0]?.matches ?? [];
}
