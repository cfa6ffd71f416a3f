import { html } from 'lit';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json';

interface ManifestMember {
  kind?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  readonly?: boolean;
}
interface ManifestDeclaration {
  members?: ManifestMember[];
}
interface Manifest {
  modules?: { declarations?: ManifestDeclaration[] }[];
}

/**
 * The manifest as Storybook should document it: only public instance members
 * that can be set (a getter such as `uiLocale` would be offered as a control and
 * throw when set), and properties that mirror an attribute are listed once,
 * under "attributes".
 */
function publicApi(manifest: Manifest): Manifest {
  const isPublic = (m: ManifestMember) =>
    !m.static && !m.readonly && m.privacy !== 'private' && m.privacy !== 'protected' && !(m.kind === 'field' && m.attribute);
  return {
    ...manifest,
    modules: manifest.modules?.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((decl) => (decl.members ? { ...decl, members: decl.members.filter(isPublic) } : decl)),
    })),
  };
}

// Autodocs and controls come from the real attributes, properties, events,
// CSS parts and custom properties of the widgets (`npm run analyze`).
setCustomElementsManifest(publicApi(customElements as Manifest));

/** Member-state accents (and the General Secretariat), offered by the Theme toolbar. */
const ACCENTS: Record<string, { color: string; title: string }> = {
  AE: { color: '#00732f', title: 'Accent: United Arab Emirates' },
  BH: { color: '#ce1126', title: 'Accent: Bahrain' },
  SA: { color: '#006c35', title: 'Accent: Saudi Arabia' },
  OM: { color: '#c8102e', title: 'Accent: Oman' },
  QA: { color: '#8a1538', title: 'Accent: Qatar' },
  KW: { color: '#007a3d', title: 'Accent: Kuwait' },
  GS: { color: '#1b5e7a', title: 'Accent: GCC General Secretariat' },
};

/** Toolbar value meaning "leave it as the story sets it". */
const STORY_DEFAULT = 'story';

/**
 * Applies the toolbar globals to every story:
 * - `locale` and `direction` become `lang` and `dir` on a wrapper; the widgets
 *   resolve their language and direction from the nearest ancestor and follow
 *   changes live. `direction: auto` follows the language (Arabic RTL, English LTR).
 * - `calendar` and `numerals` override the story's args unless left at the story default.
 * - `theme` sets the widgets' `theme` (dark: also a dark wrapper) and, for a
 *   member-state accent, the `--majlis-accent` custom property.
 */
const withMajlisGlobals: Decorator = (story, context) => {
  const { locale = 'ar', direction = 'auto', calendar = STORY_DEFAULT, numerals = STORY_DEFAULT, theme = 'light' } = context.globals;
  const lang = locale === 'en' ? 'en' : 'ar';
  const dir = direction === 'rtl' || direction === 'ltr' ? direction : lang === 'ar' ? 'rtl' : 'ltr';
  const dark = theme === 'dark';
  const accent = ACCENTS[theme as string]?.color;

  const args: Record<string, unknown> = { ...context.args, theme: dark ? 'dark' : 'light' };
  if (calendar !== STORY_DEFAULT) args['calendar'] = calendar;
  if (numerals !== STORY_DEFAULT) args['numerals'] = numerals;

  const style = [
    'padding: 1rem',
    'border-radius: 0.5rem',
    dark ? 'background: #0d1117; color: #e6edf3; color-scheme: dark' : 'background: #ffffff; color: #1f2328; color-scheme: light',
    accent ? `--majlis-accent: ${accent}` : '',
  ]
    .filter(Boolean)
    .join('; ');

  return html`<div class="majlis-story" lang=${lang} dir=${dir} data-theme=${theme} style=${style}>
    ${story({ args })}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withMajlisGlobals],
  globalTypes: {
    locale: {
      description: 'Language of the page around the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'ar', right: 'ar', title: 'العربية (Arabic)' },
          { value: 'en', right: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction of the page around the widgets (auto follows the language)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Direction: follow the language' },
          { value: 'rtl', title: 'Right to left (rtl)' },
          { value: 'ltr', title: 'Left to right (ltr)' },
        ],
        dynamicTitle: true,
      },
    },
    calendar: {
      description: 'Calendar for dates',
      toolbar: {
        title: 'Calendar',
        icon: 'calendar',
        items: [
          { value: STORY_DEFAULT, title: 'Calendar: as in the story' },
          { value: 'gregory', title: 'Gregorian' },
          { value: 'islamic-umalqura', title: 'Hijri (Umm al-Qura)' },
          { value: 'both', title: 'Gregorian and Hijri' },
        ],
        dynamicTitle: true,
      },
    },
    numerals: {
      description: 'Digits used for numbers and dates',
      toolbar: {
        title: 'Numerals',
        icon: 'listunordered',
        items: [
          { value: STORY_DEFAULT, title: 'Numerals: per language (or as in the story)' },
          { value: 'latn', title: 'Latin (0-9)' },
          { value: 'arab', title: 'Arabic-Indic (٠-٩)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme and member-state accent',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          ...Object.entries(ACCENTS).map(([value, { title }]) => ({ value, title })),
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    locale: 'ar',
    direction: 'auto',
    calendar: STORY_DEFAULT,
    numerals: STORY_DEFAULT,
    theme: 'light',
  },
  parameters: {
    layout: 'padded',
    controls: {
      expanded: true,
      matchers: { color: /(background|color)$/i },
    },
    // Accessibility checks run on every story (Accessibility panel).
    a11y: {
      test: 'todo',
    },
  },
};

export default preview;
