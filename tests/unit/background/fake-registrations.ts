// A stand-in for `browser.scripting`'s content-script registrations, as the browsers behave: registering an id
// that exists already throws, and the registrations are readable by id.
import type { RegistrationApi } from '../../../entrypoints/background/script-registration';

/** A registration as the fake stores it (an earlier version's may lack fields or name other files). */
export interface StoredRegistration {
  id: string;
  matches: string[];
  excludeMatches: string[];
  js?: string[];
  runAt?: string;
}

/** The fake API and the map of what it holds, by id. */
export function fakeRegistrations(): { scripting: RegistrationApi; registered: Map<string, StoredRegistration> } {
  const registered = new Map<string, StoredRegistration>();
  const scripting: RegistrationApi = {
    getRegisteredContentScripts: async ({ ids }) =>
      ids.flatMap((id) => (registered.has(id) ? [registered.get(id)!] : [])),
    registerContentScripts: async (scripts) => {
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`duplicate script id ${s.id}`);
        registered.set(s.id, s);
      }
    },
    unregisterContentScripts: async ({ ids }) => {
      for (const id of ids) registered.delete(id);
    },
  };
  return { scripting, registered };
}
