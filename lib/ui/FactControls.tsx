// The controls above the facts: highlighting in the page, which facts to show, and cards or a compact table.
import { Switch } from './Switch';

/** Which facts the list shows. */
export type FactFilter = 'all' | 'disputed';
/** How the facts are shown: a card each (quotes and number lines) or one compact table. */
export type FactLayout = 'cards' | 'table';

/** Props: the current choices, the counts the filter names, and a callback per control. */
export interface FactControlsProps {
  highlightsOn: boolean;
  onToggleHighlights(on: boolean): void;
  filter: FactFilter;
  onFilterChange(filter: FactFilter): void;
  layout: FactLayout;
  onLayoutChange(layout: FactLayout): void;
  total: number;
  disputed: number;
}

interface Choice<T extends string> {
  value: T;
  label: string;
}

function Choices<T extends string>(props: {
  legend: string;
  name: string;
  value: T;
  choices: Choice<T>[];
  onChange(v: T): void;
}) {
  return (
    <fieldset class="px-filter">
      <legend>{props.legend}</legend>
      {props.choices.map((c) => (
        <label key={c.value}>
          <input
            type="radio"
            name={props.name}
            checked={props.value === c.value}
            onChange={() => props.onChange(c.value)}
          />
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}

/** The switch and two radio groups (arrow keys move within a group, as everywhere on the web). */
export function FactControls(props: FactControlsProps) {
  return (
    <div class="px-controls">
      <Switch
        label="Highlight disputed figures in the page"
        checked={props.highlightsOn}
        onChange={props.onToggleHighlights}
      />
      <div class="px-choices">
        <Choices
          legend="Show"
          name="px-filter"
          value={props.filter}
          onChange={props.onFilterChange}
          choices={[
            { value: 'all', label: `All facts (${props.total})` },
            { value: 'disputed', label: `Disputed only (${props.disputed})` },
          ]}
        />
        <Choices
          legend="View"
          name="px-layout"
          value={props.layout}
          onChange={props.onLayoutChange}
          choices={[
            { value: 'cards', label: 'Cards' },
            { value: 'table', label: 'Table' },
          ]}
        />
      </div>
    </div>
  );
}
