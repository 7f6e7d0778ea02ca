// The options page's view: automatic checking on all sites, the sidebar's side and start state, highlighting.
import type { ComponentChildren } from 'preact';
import type { Settings, SidebarSide, SidebarStart } from '../settings/settings';
import { Switch } from './Switch';

/** Props of the options view; it only calls back, the caller saves and reports. */
export interface OptionsProps {
  /** The saved settings, or null while they load. */
  settings: Settings | null;
  /** Whether the all-sites permission is really granted (not what the settings remember). */
  allSites: boolean;
  onChange(patch: Partial<Settings>): void;
  /**
   * Asks for or gives back the all-sites permission. Called synchronously from the click, so the caller can make
   * the permission request inside the reader's gesture, as browsers require.
   */
  onAllSitesChange(on: boolean): void;
  /** A short, polite message after each change ("Saved."). */
  status: string;
  /** Further sections (story packs), each with its own state and status line. */
  children?: ComponentChildren;
}

const SIDES: { value: SidebarSide; label: string }[] = [
  { value: 'right', label: 'Right' },
  { value: 'left', label: 'Left' },
];

const STARTS: { value: SidebarStart; label: string }[] = [
  { value: 'last', label: 'As I last left it' },
  { value: 'open', label: 'Open' },
  { value: 'collapsed', label: 'Collapsed to a slim tab' },
];

function Choice<T extends string>(props: {
  legend: string;
  name: string;
  options: { value: T; label: string }[];
  value: T;
  onChange(value: T): void;
}) {
  return (
    <fieldset class="px-choice">
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value}>
          <input
            type="radio"
            name={props.name}
            value={o.value}
            checked={props.value === o.value}
            onChange={() => props.onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** The options page. */
export function Options({ settings, allSites, onChange, onAllSitesChange, status, children }: OptionsProps) {
  return (
    <main class="px-page px-options">
      <h1>Parallax settings</h1>
      {settings ? (
        <>
          <section aria-labelledby="px-checking">
            <h2 id="px-checking">Checking pages</h2>
            <Switch
              label="Check every site automatically"
              hint="Parallax recognises articles in your browser; nothing you read is sent anywhere. Without this, it checks the news sites it knows, and any other page when you click its toolbar button."
              checked={allSites}
              onChange={onAllSitesChange}
            />
          </section>
          <section aria-labelledby="px-sidebar">
            <h2 id="px-sidebar">Sidebar</h2>
            <Choice
              legend="Side of the page"
              name="side"
              options={SIDES}
              value={settings.sidebarSide}
              onChange={(sidebarSide) => onChange({ sidebarSide })}
            />
            <Choice
              legend="On a recognised article, the sidebar starts"
              name="start"
              options={STARTS}
              value={settings.sidebarStart}
              onChange={(sidebarStart) => onChange({ sidebarStart })}
            />
          </section>
          <section aria-labelledby="px-highlighting">
            <h2 id="px-highlighting">Highlighting</h2>
            <Switch
              label="Highlight disputed figures in the page"
              hint="Figures that outlets report differently are marked in the article you are reading."
              checked={settings.highlights}
              onChange={(highlights) => onChange({ highlights })}
            />
          </section>
        </>
      ) : (
        <p>Loading your settings…</p>
      )}
      <p class="px-status-line" role="status">
        {status}
      </p>
      {children}
    </main>
  );
}
