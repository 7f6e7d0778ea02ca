// An on/off switch with its label inside, exposed to assistive technology as role="switch" with its state.

/** Props of a labelled switch. */
export interface SwitchProps {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  /** Extra text read after the label (e.g. what the switch does), shown in smaller type. */
  hint?: string;
  disabled?: boolean;
}

/** A button with role="switch": Space and Enter toggle it, and the state is spoken and shown as text. */
export function Switch({ label, checked, onChange, hint, disabled }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      class="px-switch"
      aria-checked={checked}
      disabled={disabled}
      onClick={() => onChange(!checked)}
    >
      <span class="px-switch-track" aria-hidden="true">
        <span class="px-switch-thumb" />
      </span>
      <span class="px-switch-text">
        <span class="px-switch-label">{label}</span>
        {hint ? <span class="px-switch-hint">{hint}</span> : null}
      </span>
      <span class="px-switch-state" aria-hidden="true">
        {checked ? 'On' : 'Off'}
      </span>
    </button>
  );
}
