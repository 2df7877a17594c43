// The reader view's display controls, as in Firefox's reader view: theme, font, text size, width, line spacing.
// Remembered for the next article (utils/storage.ts). Native radio buttons and buttons with spoken names; the
// current value of each scale is an <output>, which screen readers announce when it changes.
import type { ComponentChildren } from 'preact';
import {
  DEFAULT_READER_PREFS, READER_STEPS, READER_THEMES, stepReaderPref,
  type ReaderFont, type ReaderPrefs, type ReaderTheme,
} from '../utils/storage';

const THEME_LABELS: Record<ReaderTheme, string> = { auto: 'Auto', light: 'Light', sepia: 'Sepia', dark: 'Dark' };
const FONT_LABELS: Record<ReaderFont, string> = { serif: 'Serif', sans: 'Sans-serif' };

/** The display as CSS on the page's root: a theme attribute and custom properties that theme.css reads. */
export function applyReaderPrefs(root: HTMLElement, p: ReaderPrefs): void {
  if (p.theme === 'auto') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', p.theme);
  root.style.setProperty('--cp-reader-size', `${p.size}px`);
  root.style.setProperty('--cp-reader-width', `${p.width}rem`);
  root.style.setProperty('--cp-reader-leading', String(p.leading));
  root.setAttribute('data-font', p.font);
}

function Choice<T extends string>(props: { legend: string; name: string; options: readonly T[]; labels: Record<T, string>; value: T; onPick: (v: T) => void }) {
  return (
    <fieldset class="cp-choice">
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o} data-testid={`${props.name}-${o}`}>
          <input type="radio" name={props.name} value={o} checked={props.value === o} onChange={() => props.onPick(o)} />
          {props.labels[o]}
        </label>
      ))}
    </fieldset>
  );
}

function Stepper(props: { label: string; id: string; less: string; more: string; value: ComponentChildren; onStep: (d: 1 | -1) => void }) {
  return (
    <div class="cp-stepper" role="group" aria-labelledby={`${props.id}-label`}>
      <span id={`${props.id}-label`}>{props.label}</span>
      <button type="button" data-testid={`${props.id}-less`} aria-label={props.less} onClick={() => props.onStep(-1)}>−</button>
      <output data-testid={`${props.id}-value`} aria-labelledby={`${props.id}-label`}>{props.value}</output>
      <button type="button" data-testid={`${props.id}-more`} aria-label={props.more} onClick={() => props.onStep(1)}>+</button>
    </div>
  );
}

export function ReaderControls({ prefs, onChange }: { prefs: ReaderPrefs; onChange: (p: ReaderPrefs) => void }) {
  const step = (key: keyof typeof READER_STEPS) => (d: 1 | -1) => onChange(stepReaderPref(prefs, key, d));
  const pos = (key: keyof typeof READER_STEPS) => `${(READER_STEPS[key] as readonly number[]).indexOf(prefs[key]) + 1} of ${READER_STEPS[key].length}`;
  return (
    <details class="cp-display" data-testid="display">
      <summary aria-label="Display settings"><span aria-hidden="true">Aa</span> Display</summary>
      <div class="cp-display-panel">
        <Choice legend="Theme" name="theme" options={READER_THEMES} labels={THEME_LABELS} value={prefs.theme} onPick={(theme) => onChange({ ...prefs, theme })} />
        <Choice legend="Font" name="font" options={['serif', 'sans'] as const} labels={FONT_LABELS} value={prefs.font} onPick={(font) => onChange({ ...prefs, font })} />
        <Stepper id="size" label="Text size" less="Smaller text" more="Larger text" value={`${prefs.size} px`} onStep={step('size')} />
        <Stepper id="width" label="Width" less="Narrower column" more="Wider column" value={pos('width')} onStep={step('width')} />
        <Stepper id="leading" label="Line spacing" less="Tighter lines" more="Looser lines" value={pos('leading')} onStep={step('leading')} />
        <button type="button" data-testid="display-reset" onClick={() => onChange(DEFAULT_READER_PREFS)}>Reset</button>
      </div>
    </details>
  );
}
