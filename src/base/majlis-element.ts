import { LitElement, ReactiveElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FeedError, DEFAULT_MAX_BYTES, parseFeedText, subscribeFeed, toLoadedFeed, type LoadedFeed } from '../feed/loader.js';
import type { Feed, LangText } from '../feed/schema.js';
import { leftOutPaths, type FeedIssue } from '../feed/validate.js';
import { formats, type CalendarChoice, type Formats, type Numerals } from '../locale/format.js';
import { addArabic, msg, setServerLocale, str, withLocale, type UiLocale } from '../locale/msg.js';
import { arMajlis } from '../generated/locales/ar/majlis.js';
import { observeLangDir, resolveDir, resolveLang, uiLocaleOf, type Direction } from '../locale/resolve.js';
import { pick } from '../locale/text.js';
import { breakable } from '../util/breakable.js';
import { baseStyles } from './base.styles.js';
import { defineElement } from '../util/define.js';

/**
 * How long after the page's `load` a widget with no source says that it has none (a script may still be fetching
 * the feed it will set): 3 s.
 */
export const MISSING_AFTER_MS = 3000;

/** The list a left-out item was in: `$.meetings[0].documents[1]` → `documents`. */
const LIST_ITEM = /\.(\w+)\[\d+\]$/u;
/** A left-out id in a list of references (`…references.initiatives[0]`): only that reference goes. */
const REFERENCE_ITEM = /\.references\.\w+\[\d+\]$/u;

/** The entries of one list of the feed, in plain words, for the editors' summary of what was left out. */
function leftOutKind(list: string): string {
  switch (list) {
    case 'meetings':
      return msg('Meetings', { id: 'majlis.kind.meetings' });
    case 'agenda':
    case 'items':
      return msg('Agenda items', { id: 'majlis.kind.agendaItems' });
    case 'participants':
      return msg('Participants', { id: 'majlis.kind.participants' });
    case 'outcomes':
      return msg('Outcomes', { id: 'majlis.kind.outcomes' });
    case 'documents':
      return msg('Documents', { id: 'majlis.kind.documents' });
    case 'sources':
      return msg('Sources', { id: 'majlis.kind.sources' });
    case 'initiatives':
      return msg('Initiatives', { id: 'majlis.kind.initiatives' });
    case 'milestones':
      return msg('Milestones', { id: 'majlis.kind.milestones' });
    case 'workingGroups':
      return msg('Working groups', { id: 'majlis.kind.workingGroups' });
    case 'members':
      return msg('Members', { id: 'majlis.kind.members' });
    case 'people':
      return msg('People', { id: 'majlis.kind.people' });
    case 'organizations':
      return msg('Organizations', { id: 'majlis.kind.organizations' });
    case 'states':
    case 'leadStates':
    case 'participatingStates':
      return msg('Member states', { id: 'majlis.kind.states' });
    case 'references':
      return msg('Links to missing entries', { id: 'majlis.kind.references' });
    default:
      return msg('Other entries', { id: 'majlis.kind.other' });
  }
}

/** An item of one of the feed's own lists: `$.meetings[3]` → `meetings`. */
const TOP_ITEM = /^\$\.(\w+)\[\d+\]$/u;

/** Detail of the `majlis-load` event. */
export interface MajlisLoadDetail {
  feed: Feed;
  /** Problems that made some items be left out, with JSON paths. */
  warnings: FeedIssue[];
}

/** Detail of the `majlis-error` event. */
export interface MajlisErrorDetail {
  kind: FeedError['kind'];
  /** Developer-facing message naming the URL, status or JSON paths. */
  message: string;
  url?: string;
  status?: number;
  issues?: FeedIssue[];
  /** True when earlier good data is still shown (a failed refresh). */
  stale: boolean;
}

/** Detail of the `majlis-navigate` event: a link to another widget's entry was followed. */
export interface MajlisNavigateDetail {
  /** What the link points at. */
  kind: 'meeting' | 'agenda-item' | 'initiative' | 'working-group';
  /** The entry's id in the feed. */
  id: string;
  /** The stable fragment id of the entry (`initiative-<id>`, `group-<id>`, `meeting-<id>`). */
  fragment: string;
}

declare global {
  /** The events bubble and are composed: typed on elements, `document` and `window` alike. */
  interface GlobalEventHandlersEventMap {
    'majlis-load': CustomEvent<MajlisLoadDetail>;
    'majlis-error': CustomEvent<MajlisErrorDetail>;
    'majlis-navigate': CustomEvent<MajlisNavigateDetail>;
  }
}

/** Connected widgets, so that a link in one can reveal an entry in another. */
const connected = new Set<MajlisElement>();
let hashListening = false;
function revealHash(): void {
  const fragment = decodeURIComponent(location.hash.slice(1));
  if (!fragment) return;
  for (const w of connected) if (w.reveal(fragment)) return;
}

/** Stable fragment ids of feed entries, shared by every widget. */
export const fragmentId = {
  meeting: (id: string) => `meeting-${id}`,
  agendaItem: (meetingId: string, id: string) => `agenda-${meetingId}-${id}`,
  initiative: (id: string) => `initiative-${id}`,
  workingGroup: (id: string) => `group-${id}`,
};

/** What every view gets to render with. */
export interface ViewContext {
  feed: Feed;
  locale: UiLocale;
  dir: Direction;
  fmt: Formats;
  now: Date;
}

type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Host attribute written by server rendering: the language, direction, clock
 * and data digest the server rendered with, so that the browser's first
 * (hydrating) render is the same. Removed once the element has hydrated.
 */
const SSR_ATTR = 'data-majlis-ssr';
/** Attribute of the inline JSON child that a server writes the feed into (see `renderLight()`). */
const SSR_FEED_ATTR = 'data-majlis-feed';

/** A short digest of what a widget renders from (FNV-1a over the validated feed, or the error). */
function renderDigest(data: LoadedFeed | FeedError | undefined): string {
  if (!data) return '-';
  const text = data instanceof FeedError ? `error ${data.kind} ${data.message}` : JSON.stringify([data.feed, data.warnings]);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${(h >>> 0).toString(36)}.${text.length.toString(36)}`;
}

/** How the browser takes over server-rendered content. */
interface Takeover {
  /** True: hydrate (the first render equals the server's). False: render afresh, replacing the server's content once there is data. */
  hydrate: boolean;
  lang: string;
  dir: Direction;
  /** The server's clock, set as `now` for the hydrating render when the page set none. */
  now?: Date;
  /** What the server rendered from ('-' for nothing: the loading placeholder). */
  digest: string;
  /** The inline or property feed, read at connection, that matches the digest. */
  data?: LoadedFeed | FeedError;
}

/**
 * Base of every Majlis widget: finds and loads the feed, validates it, resolves
 * language and direction, and renders the loading, error and empty states, so
 * that a widget only implements its view.
 *
 * Feed sources, in this order: the `src` URL; else an inline
 * `<script type="application/json">` child; else the `feed` property.
 *
 * @fires {CustomEvent<MajlisLoadDetail>} majlis-load - A feed was loaded and validated (also after each refresh). Bubbles, composed.
 * @fires {CustomEvent<MajlisErrorDetail>} majlis-error - The feed could not be loaded or is invalid. Bubbles, composed.
 * @fires {CustomEvent<MajlisNavigateDetail>} majlis-navigate - A link to another entry of the feed was followed; cancel it to route in the host app. Bubbles, composed, cancelable.
 *
 * @csspart base - The wrapper that carries the resolved `lang` and `dir`.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error message box.
 * @csspart empty - The message shown when the feed has nothing to show.
 * @csspart notice - Notices above the content (items left out, stale data).
 * @csspart left-out - In the items-left-out notice: what was left out, in plain words (how many of each kind, with ids).
 * @csspart retry - The "Try again" button of the error box.
 *
 * @cssprop [--majlis-font-family=system-ui, "Noto Sans Arabic", "Noto Sans", sans-serif] - Font stack.
 * @cssprop [--majlis-text=#1f2328] - Text colour.
 * @cssprop [--majlis-muted=#57606a] - Secondary text colour.
 * @cssprop [--majlis-surface=#ffffff] - Background of cards.
 * @cssprop [--majlis-border=#d0d7de] - Border colour.
 * @cssprop [--majlis-accent=#1b5e7a] - Accent colour (defaults to the host state's colour where a widget knows it).
 * @cssprop [--majlis-radius=0.5rem] - Corner radius.
 * @cssprop [--majlis-gap=0.75rem] - Base spacing.
 * @cssprop [--majlis-link=#0b5cad] - Link colour.
 */
export abstract class MajlisElement extends LitElement {
  static override styles = [baseStyles];

  /**
   * Server rendering only: gives the feed of an element that has no `feed`
   * property (e.g. one written as HTML in a site generator's page, known by
   * its `src`). Return the parsed JSON, a JSON string, or undefined.
   */
  static serverFeed?: (element: MajlisElement) => unknown;

  /** The default tag name of the widget class. */
  static readonly tagName: string = '';

  /**
   * The parts of the Arabic catalogue this widget's messages are in (besides
   * the base's own), added when its first element is created.
   * @internal
   */
  static arabic: readonly Readonly<Record<string, unknown>>[] = [];

  constructor() {
    super();
    addArabic(arMajlis);
    for (const part of (this.constructor as typeof MajlisElement).arabic) addArabic(part);
  }

  /**
   * Registers the class as a custom element, by default under its own tag name.
   * Never throws: a tag this class already owns is a no-op; a tag owned by
   * another class is left alone with a console warning. A second name (e.g.
   * `gcc-meeting-card`) registers a subclass, since one class can own one tag.
   */
  static define(name: string = this.tagName): void {
    defineElement(name, this as unknown as CustomElementConstructor);
  }

  /** URL of the JSON feed (absolute or relative to the page). Takes precedence over inline JSON and `feed`. */
  @property({ reflect: true }) src?: string;

  /** The feed as an object (or a JSON string), used when there is no `src` and no inline JSON child. */
  @property({ attribute: false }) feed?: unknown;

  /** Calendar for dates: `gregory`, `islamic-umalqura`, or `both`. */
  @property({ reflect: true }) calendar: CalendarChoice = 'gregory';

  /** Digits: `latn` (0-9) or `arab` (٠-٩). Default: `arab` in Arabic, `latn` in English. */
  @property({ reflect: true }) numerals?: Numerals;

  /** Level (1–6) of the widget's top heading, to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  /** Milliseconds before a feed request is given up. */
  @property({ type: Number }) timeout = 15000;

  /** Seconds between background refreshes of a `src` feed; 0 (default) never refreshes. A failed refresh keeps the last good data. */
  @property({ type: Number }) refresh = 0;

  /** How many times a transient failure (network, timeout, HTTP 408/429/5xx) is retried, with jittered backoff or the server's Retry-After. */
  @property({ type: Number }) retries = 2;

  /** Largest feed accepted, in bytes (default 5 MB). */
  @property({ attribute: 'max-bytes', type: Number }) maxBytes = DEFAULT_MAX_BYTES;

  /** Colour scheme: `auto` (follows the system), `light` or `dark`. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** The clock used for "next meeting", overdue and relative dates (tests inject one). Default: now. */
  @property({ attribute: false }) now?: Date;

  @state() protected loaded?: LoadedFeed;
  @state() protected failure?: FeedError;
  /** "Try again" was pressed and its request has not ended yet. */
  @state() private retrying = false;
  /** How many times "Try again" failed since the last success (said in the error box, so that it is announced). */
  private failedRetries = 0;
  /** "Try again" had the focus: once the content replaces the error box, the focus goes to the content's heading. */
  private focusAfterRetry = false;
  /** The text of {@link renderAnnouncer}'s live region, and the text it will take once it has stayed the same a moment. */
  private spoken?: string;
  private speaking?: string;
  private speakTimer?: number;
  @state() private resolvedLang = '';
  @state() private resolvedDir: Direction = 'rtl';

  private sourcePending = false;
  private childWatch?: MutationObserver;
  private missingTimer?: ReturnType<typeof setTimeout>;
  private onPageLoad?: () => void;
  private subscription?: { unsubscribe(): void; refresh(): void };
  private subscribedUrl?: string;
  private refreshTimer?: ReturnType<typeof setInterval>;
  private stopObserving?: () => void;
  /** The feed the server rendered from (emitted as an inline JSON child by {@link renderLight}). */
  private serverSource?: unknown;
  /** Set from the first connection of a server-rendered element until it has taken over the server's content. */
  private takeover?: Takeover;

  /** The language Majlis renders this element in (`ar` or `en`). */
  get uiLocale(): UiLocale {
    return uiLocaleOf(this.resolvedLang);
  }

  /** The resolved direction of this element. */
  get direction(): Direction {
    return this.resolvedDir;
  }

  /**
   * True from the page's `beforeprint` to its `afterprint`, for a widget that
   * renders differently for paper ({@link rendersForPrint}).
   */
  protected printing = false;

  /**
   * Whether this widget, as it is now, renders differently for printing (say,
   * every item where the screen shows a window of them). It is then rendered
   * again at once on `beforeprint`, with {@link printing} true, and after printing.
   */
  protected rendersForPrint(): boolean {
    return false;
  }

  private readonly onBeforePrint = () => {
    if (!this.rendersForPrint()) return;
    this.printing = true;
    // Printing lays the page out right after this event: render now, not in a later task.
    this.requestUpdate();
    this.performUpdate();
  };

  private readonly onAfterPrint = () => {
    if (!this.printing) return;
    this.printing = false;
    this.requestUpdate();
  };

  override connectedCallback(): void {
    // Decided before super.connectedCallback(), which creates the render root.
    if (!isServer && !this.hasUpdated && !this.takeover) this.takeover = this.planTakeover();
    super.connectedCallback();
    if (isServer) return;
    connected.add(this);
    if (!hashListening) {
      hashListening = true;
      window.addEventListener('hashchange', revealHash);
    }
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.syncLangDir();
    this.stopObserving = observeLangDir(() => this.syncLangDir());
    // The source is read in the next update, so that properties set right after insertion count.
    this.sourcePending = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.stopObserving?.();
    this.stopObserving = undefined;
    this.childWatch?.disconnect();
    this.childWatch = undefined;
    clearTimeout(this.missingTimer);
    clearTimeout(this.speakTimer);
    if (this.onPageLoad) window.removeEventListener('load', this.onPageLoad);
    this.onPageLoad = undefined;
    this.disconnectSource();
  }

  private syncLangDir(): void {
    const t = this.takeover;
    if (t?.hydrate) {
      this.resolvedLang = t.lang;
      this.resolvedDir = t.dir;
      return;
    }
    this.resolvedLang = resolveLang(this);
    this.resolvedDir = resolveDir(this);
  }

  /**
   * Server-rendered content (a declarative shadow root with {@link SSR_ATTR}):
   * hydrate when Lit's hydration support is loaded and this element has the
   * same data as the server in its inline JSON child (or the server rendered
   * no data), else keep that content until a fresh render replaces it. (A
   * `feed` property set before the element is defined is applied by Lit only
   * at the first update, too late to hydrate with.)
   */
  private planTakeover(): Takeover | undefined {
    const stamp = this.getAttribute(SSR_ATTR);
    if (!this.shadowRoot || !this.shadowRoot.hasChildNodes()) return undefined;
    const [lang = '-', dir, nowIso = '', digest = '-'] = (stamp ?? '').split(' ');
    const now = new Date(nowIso);
    const t: Takeover = { hydrate: false, lang: lang === '-' ? '' : lang, dir: dir === 'ltr' ? 'ltr' : 'rtl', digest };
    if (!Number.isNaN(now.getTime())) t.now = now;
    // Lit's hydration support adds `defer-hydration` to the observed attributes of every LitElement.
    const hydration = (this.constructor as typeof LitElement).observedAttributes.includes('defer-hydration');
    if (stamp === null || !hydration) return t;
    if (digest !== '-') {
      t.data = this.readLocalSource();
      if (renderDigest(t.data) !== digest) {
        if (t.data) console.warn(`[${this.localName}] The feed differs from the one it was rendered with on the server: rendering afresh.`);
        t.data = undefined;
        return t;
      }
    }
    t.hydrate = true;
    if (this.now === undefined && t.now) this.now = t.now;
    return t;
  }

  /** After hydration: the page's own language, direction and clock, and the `src` feed (or the source the server did not have). */
  private hydrated(t: Takeover): void {
    this.takeover = undefined;
    this.removeAttribute(SSR_ATTR);
    if (t.now && this.now === t.now) this.now = undefined;
    this.syncLangDir();
    if (t.digest === '-' || this.src) {
      this.sourcePending = true;
      this.requestUpdate();
    }
  }

  /** Server-rendered content that is not hydrated stays until there is something to replace it with. */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const t = this.takeover;
    if (isServer || !t || t.hydrate || this.hasUpdated) return super.shouldUpdate(changed);
    if (changed.has('src') || changed.has('feed')) this.sourcePending = true;
    this.prepareSource(changed);
    // "No feed" is no reason to remove what the server rendered: the page may still give the feed.
    return this.loaded !== undefined || (this.failure !== undefined && this.failure.kind !== 'missing');
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (isServer || !this.takeover || this.takeover.hydrate) return super.createRenderRoot();
    // Not hydrated: the server's shadow root is reused without Lit's hydration (its content is removed before the first render).
    return (ReactiveElement.prototype as unknown as { createRenderRoot(this: ReactiveElement): HTMLElement | DocumentFragment }).createRenderRoot.call(this);
  }

  /** The server's rendering: the `feed` property (or {@link serverFeed}), the render time as `now`, and the stamp the browser hydrates with. */
  private prepareServer(): void {
    this.now ??= new Date();
    if (!this.loaded && !this.failure) {
      this.serverSource = this.feed ?? (this.constructor as typeof MajlisElement).serverFeed?.(this);
      const data = this.readSource(this.serverSource);
      if (data instanceof FeedError) this.reject(data);
      else if (data) this.accept(data);
    }
    this.syncLangDir();
    const digest = renderDigest(this.failure ?? this.loaded);
    this.setAttribute(SSR_ATTR, `${this.resolvedLang || '-'} ${this.resolvedDir} ${this.now.toISOString()} ${digest}`);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (isServer) {
      this.prepareServer();
      return;
    }
    const t = this.takeover;
    if (t?.hydrate && !this.hasUpdated) {
      // The hydrating render: the data the server rendered from, nothing else.
      this.sourcePending = false;
      if (t.data instanceof FeedError) this.reject(t.data);
      else if (t.data) this.accept(t.data);
      void this.updateComplete.then(() => this.hydrated(t));
      return;
    }
    this.prepareSource(changed);
  }

  private prepareSource(changed: PropertyValues<this>): void {
    const sourceChanged = changed.has('src') || changed.has('feed') || changed.has('timeout') || changed.has('maxBytes');
    if (this.isConnected && (this.sourcePending || (sourceChanged && this.hasUpdated))) {
      this.sourcePending = false;
      this.connectSource();
    }
    if (changed.has('refresh') && this.hasUpdated) this.scheduleRefresh();
  }

  protected override update(changed: PropertyValues<this>): void {
    if (this.takeover && !this.takeover.hydrate && !this.hasUpdated) {
      this.takeover = undefined;
      this.removeAttribute(SSR_ATTR);
      this.renderRoot.replaceChildren();
    }
    withLocale(this.uiLocale, () => super.update(changed));
  }

  /**
   * A polite live region (hidden) that reads `text`, such as "4 of 12 items", once it has stayed the same for
   * 600 ms: a count that follows a search box would otherwise be read out at every key typed. The first text is
   * there from the start, and is not read out.
   */
  protected renderAnnouncer(text: string): TemplateResult {
    if (this.speaking === undefined) this.spoken = text;
    else if (text !== this.speaking && !isServer) {
      clearTimeout(this.speakTimer);
      this.speakTimer = window.setTimeout(() => {
        this.spoken = this.speaking;
        this.requestUpdate();
      }, 600);
    }
    this.speaking = text;
    return html`<p class="visually-hidden" part="announcer" role="status">${this.spoken}</p>`;
  }

  /** "Try again": loads again, and says so in the error box until the request ends. */
  private retry(): void {
    if (this.retrying) return;
    this.retrying = true;
    this.focusAfterRetry = true;
    this.reload();
  }

  /**
   * After a successful "Try again", the button that had the focus is gone: the focus goes to the content's first
   * heading, so that a screen reader says what came instead of starting again from the top of the page.
   */
  private focusContent(): void {
    this.focusAfterRetry = false;
    const active = document.activeElement;
    if (active && active !== document.body && active !== this) return;
    const heading = this.renderRoot.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }

  /** Loads again now (a `src` feed is fetched again; inline and property feeds are re-read). */
  reload(): void {
    if (this.subscription) this.subscription.refresh();
    else this.connectSource();
  }

  private connectSource(): void {
    const url = this.src ? new URL(this.src, document.baseURI).href : undefined;
    if (url && url === this.subscribedUrl && this.subscription) return;
    this.disconnectSource();
    if (url) {
      this.subscribedUrl = url;
      this.subscription = subscribeFeed(url, {
        timeout: this.timeout,
        maxBytes: this.maxBytes,
        retries: this.retries,
        onData: (r) => this.accept(r),
        onError: (e) => this.reject(e),
      });
      this.scheduleRefresh();
      return;
    }
    const data = this.readLocalSource();
    if (data instanceof FeedError) this.reject(data);
    else if (data) this.accept(data);
    else this.waitForSource();
  }

  /**
   * The inline JSON child (its text, or the `data-majlis-feed` attribute a
   * server writes, see {@link renderLight}), else the `feed` property:
   * validated, an error, or undefined when there is neither.
   */
  private readLocalSource(): LoadedFeed | FeedError | undefined {
    const inline = this.querySelector(':scope > script[type="application/json"]');
    return this.readSource(inline ? (inline.getAttribute(SSR_FEED_ATTR) ?? inline.textContent ?? '') : this.feed);
  }

  private readSource(source: unknown): LoadedFeed | FeedError | undefined {
    try {
      if (typeof source === 'string') return parseFeedText(source);
      if (source !== undefined && source !== null) return toLoadedFeed(source);
      return undefined;
    } catch (e) {
      return e instanceof FeedError ? e : new FeedError('invalid', String(e));
    }
  }

  /**
   * Light DOM for server rendering: an inline `<script type="application/json">`
   * child whose `data-majlis-feed` attribute holds the feed, so that the
   * browser hydrates with the data the server rendered. An attribute, not the
   * script's text: Lit escapes an attribute value like any other, so the feed
   * never goes through an HTML sink (Lit cannot bind text inside a script).
   * Rendered where the page's template asks for it with `renderLight()` from
   * `@lit-labs/ssr-client`. Nothing in a browser.
   */
  renderLight(): unknown {
    const source = this.serverSource;
    if (!isServer || source === undefined || source === null) return nothing;
    const json = typeof source === 'string' ? source : JSON.stringify(source);
    return html`<script type="application/json" data-majlis-feed=${json}></script>`;
  }

  /**
   * No source yet: an inline JSON child may still be parsed or added, and a script may still set `feed` (often after
   * fetching it). Say "missing" only when none came within {@link MISSING_AFTER_MS} of the page's `load` (or of
   * this element's connection, on a page already loaded; at the latest 10 s after its connection while the page
   * loads); until then the widget shows that it is loading.
   */
  private waitForSource(): void {
    this.childWatch ??= new MutationObserver(() => {
      if (this.querySelector(':scope > script[type="application/json"]')) {
        this.childWatch?.disconnect();
        this.childWatch = undefined;
        this.connectSource();
      }
    });
    this.childWatch.observe(this, { childList: true, subtree: true, characterData: true });
    const missing = () => {
      if (this.isConnected && !this.loaded && !this.src && !this.failure && this.feed == null && !this.querySelector(':scope > script[type="application/json"]')) {
        this.reject(new FeedError('missing', 'No feed: set the src attribute, add a <script type="application/json"> child, or set the feed property.'));
      }
    };
    const wait = (ms: number) => {
      clearTimeout(this.missingTimer);
      this.missingTimer = setTimeout(missing, ms);
    };
    if (this.onPageLoad) window.removeEventListener('load', this.onPageLoad);
    this.onPageLoad = undefined;
    if (document.readyState === 'complete') wait(MISSING_AFTER_MS);
    else {
      // A page whose `load` never comes (an image that hangs) still hears of it, 10 s from now.
      wait(MISSING_AFTER_MS + 7000);
      this.onPageLoad = () => {
        this.onPageLoad = undefined;
        wait(MISSING_AFTER_MS);
      };
      window.addEventListener('load', this.onPageLoad, { once: true });
    }
  }

  private disconnectSource(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
    this.subscribedUrl = undefined;
    clearInterval(this.refreshTimer);
    this.refreshTimer = undefined;
  }

  private scheduleRefresh(): void {
    clearInterval(this.refreshTimer);
    this.refreshTimer = undefined;
    if (this.subscription && this.refresh > 0) {
      this.refreshTimer = setInterval(() => this.subscription?.refresh(), this.refresh * 1000);
    }
  }

  private accept(result: LoadedFeed): void {
    const first = !this.loaded;
    this.loaded = result;
    this.failure = undefined;
    this.retrying = false;
    this.failedRetries = 0;
    if (this.focusAfterRetry) void this.updateComplete.then(() => this.focusContent());
    // A page opened at #initiative-x shows that entry once the data is there.
    if (first && !isServer && location.hash) void this.updateComplete.then(() => this.reveal(decodeURIComponent(location.hash.slice(1))));
    if (result.warnings.length) {
      const lines = result.warnings.map((w) => `  ${w.path}: expected ${w.expected}${w.received ? `, got ${w.received}` : ''}${w.dropped ? ` (left out: ${w.dropped}${w.droppedId ? `, id "${w.droppedId}"` : ''})` : ' (reference removed)'}`);
      console.warn(`[${this.localName}] ${result.warnings.length} problem(s) in the feed; the entries or references they are in were left out:\n${lines.join('\n')}`);
    }
    this.dispatchEvent(new CustomEvent<MajlisLoadDetail>('majlis-load', { detail: { feed: result.feed, warnings: result.warnings }, bubbles: true, composed: true }));
  }

  private reject(error: FeedError): void {
    this.failure = error;
    if (this.retrying) {
      this.retrying = false;
      this.failedRetries++;
    }
    const stale = this.loaded !== undefined;
    console.error(`[${this.localName}] ${error.message}`);
    this.dispatchEvent(
      new CustomEvent<MajlisErrorDetail>('majlis-error', {
        detail: { kind: error.kind, message: error.message, url: error.details.url, status: error.details.status, issues: error.details.issues, stale },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /**
   * Shows, scrolls to and focuses the entry with this fragment id (e.g.
   * `initiative-x`), expanding whatever hides it. Returns false when this
   * widget has no such entry. Widgets that own linkable entries override it.
   */
  reveal(_fragment: string): boolean {
    return false;
  }

  /**
   * Follows a link to another entry of the feed: fires the cancelable
   * `majlis-navigate` event; unless a host app cancels it (to route itself),
   * the first widget on the page that can reveal the entry does, and the URL
   * hash is updated. Returns true when a widget revealed it.
   */
  protected navigate(detail: MajlisNavigateDetail): boolean {
    const ev = new CustomEvent<MajlisNavigateDetail>('majlis-navigate', { detail, bubbles: true, composed: true, cancelable: true });
    if (!this.dispatchEvent(ev)) return true;
    for (const w of connected) {
      if (w !== this && w.reveal(detail.fragment)) {
        history.pushState(null, '', `#${encodeURIComponent(detail.fragment)}`);
        return true;
      }
    }
    return this.reveal(detail.fragment);
  }

  /** The formatters for this element's locale, numerals and calendar (cached). */
  protected get fmt(): Formats {
    const locale = this.uiLocale;
    const numerals = this.numerals === 'latn' || this.numerals === 'arab' ? this.numerals : locale === 'ar' ? 'arab' : 'latn';
    const calendar = this.calendar === 'islamic-umalqura' || this.calendar === 'both' ? this.calendar : 'gregory';
    return formats(locale, numerals, calendar);
  }

  protected override render(): TemplateResult {
    const locale = this.uiLocale;
    // update() sets the locale in the browser; a server calls render() directly, and directives' templates later.
    if (isServer) setServerLocale(locale);
    return withLocale(locale, () => html`<div part="base" class="base" lang=${locale} dir=${this.resolvedDir} @keydown=${this.onKeydown}>${this.renderBody()}</div>`);
  }

  /**
   * Escape closes the disclosure the focus is on or in: an open toggle button
   * (`aria-expanded="true"`, which keeps the focus), the content a toggle
   * controls (`aria-controls`: the focus goes back to the toggle), or an open
   * `<details>` (the focus goes to its summary). A search box with text in it
   * keeps Escape for itself (it empties the box).
   */
  private readonly onKeydown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || e.defaultPrevented || e.isComposing) return;
    const path = e.composedPath();
    const target = path[0];
    if (target instanceof HTMLInputElement && target.value !== '') return;
    for (const node of path) {
      if (node === this || !(node instanceof HTMLElement)) break;
      let toggle: HTMLElement | null = node.matches('button[aria-expanded="true"]') ? node : null;
      if (!toggle && node.id) toggle = this.renderRoot.querySelector<HTMLElement>(`button[aria-expanded="true"][aria-controls="${CSS.escape(node.id)}"]`);
      if (toggle) {
        e.preventDefault();
        toggle.click();
        toggle.focus();
        return;
      }
      if (node instanceof HTMLDetailsElement && node.open) {
        e.preventDefault();
        node.open = false;
        node.querySelector<HTMLElement>(':scope > summary')?.focus();
        return;
      }
    }
  };

  private renderBody(): unknown {
    const loaded = this.loaded;
    if (!loaded) return this.failure ? this.renderError(this.failure) : this.renderSkeleton();
    const ctx: ViewContext = { feed: loaded.feed, locale: this.uiLocale, dir: this.resolvedDir, fmt: this.fmt, now: this.now ?? new Date() };
    return html`${this.renderNotices(loaded)}${this.isEmpty(ctx) ? this.renderEmpty() : this.renderView(ctx)}`;
  }

  /** The widget's view of a valid feed. */
  protected abstract renderView(ctx: ViewContext): unknown;

  /** True when the feed has nothing for this widget to show. */
  protected abstract isEmpty(ctx: ViewContext): boolean;

  /**
   * True when the feed had an entry of `list` with this id that was left out because of its problems (the
   * warnings name them): a widget asked for that id says so, not that the feed lacks it.
   */
  protected leftOut(list: 'meetings' | 'initiatives' | 'workingGroups', id: string): boolean {
    return !!this.loaded?.warnings.some((w) => w.droppedId === id && TOP_ITEM.exec(w.dropped ?? '')?.[1] === list);
  }

  /** The message shown when {@link isEmpty}. */
  protected emptyMessage(): string {
    return msg('Nothing to show yet.', { id: 'majlis.empty' });
  }

  /** A placeholder that reserves the content's space while loading. */
  protected renderSkeleton(): unknown {
    return html`<div part="skeleton" class="skeleton" role="status" aria-busy="true">
      <span class="visually-hidden">${msg('Loading…', { id: 'majlis.loading' })}</span>
      <div class="sk-line sk-title"></div>
      <div class="sk-line"></div>
      <div class="sk-line sk-short"></div>
    </div>`;
  }

  private renderEmpty(): unknown {
    return html`<p part="empty" class="empty">${this.emptyMessage()}</p>`;
  }

  private renderNotices(loaded: LoadedFeed): unknown {
    const stale = this.failure
      ? html`<p class="notice stale" part="notice" role="status">
          ${msg('Showing earlier information: the latest update could not be loaded.', { id: 'majlis.stale' })}
        </p>`
      : nothing;
    const n = loaded.warnings.length;
    const warn = n
      ? html`<details class="notice warnings" part="notice">
          <summary>${msg(str`Some entries could not be shown. Problems found in the feed: ${this.fmt.number(n)}`, { id: 'majlis.warnings' })}</summary>
          ${this.renderLeftOut(loaded.warnings)}
          <details class="technical"><summary>${msg('Technical details', { id: 'majlis.details' })}</summary>${this.renderIssues(loaded.warnings)}</details>
        </details>`
      : nothing;
    return html`${stale}${warn}`;
  }

  /**
   * What was left out, in plain words for an editor: how many entries of each kind, with the ids of the first
   * few (the technical details below name paths and expected shapes, for the feed's developers).
   */
  private renderLeftOut(issues: FeedIssue[]): unknown {
    const kinds = new Map<string, { n: number; ids: string[]; more: boolean }>();
    // Each item once; one inside another item left out went with it: only the outer one is counted.
    const outer = new Set(leftOutPaths(issues));
    for (const i of issues) {
      if (i.dropped !== undefined && !outer.delete(i.dropped)) continue;
      const list = i.dropped === undefined || REFERENCE_ITEM.test(i.dropped) ? 'references' : (LIST_ITEM.exec(i.dropped)?.[1] ?? '');
      const kind = kinds.get(list) ?? { n: 0, ids: [], more: false };
      kinds.set(list, kind);
      kind.n += i.droppedCount ?? 1;
      if (i.droppedId !== undefined && !kind.ids.includes(i.droppedId)) {
        if (kind.ids.length < 3) kind.ids.push(i.droppedId);
        else kind.more = true;
      }
    }
    const f = this.fmt;
    return html`<ul class="left-out" part="left-out">
      ${[...kinds].map(
        ([list, { n, ids, more }]) =>
          html`<li>
            ${msg(str`${leftOutKind(list)} left out: ${f.number(n)}`, { id: 'majlis.leftOut' })}${ids.length
              ? html` (${ids.map((id, k) => html`${k ? msg(', ', { id: 'majlis.comma' }) : ''}<bdi>${id}</bdi>`)}${more ? '…' : ''})`
              : nothing}
          </li>`,
      )}
    </ul>`;
  }

  private renderIssues(issues: FeedIssue[]): unknown {
    const shown = issues.slice(0, 20);
    return html`<ul class="issues" lang="en" dir="ltr">
      ${shown.map(
        (i) =>
          html`<li>
            <code>${i.path}</code>: expected ${i.expected}${i.received ? html`, got <code>${i.received}</code>` : nothing}${i.dropped
              ? html` (left out: <code>${i.dropped}</code>${i.droppedId ? html`, id “<bdi>${i.droppedId}</bdi>”` : nothing})`
              : nothing}
          </li>`,
      )}
      ${issues.length > shown.length ? html`<li>…</li>` : nothing}
    </ul>`;
  }

  private errorText(e: FeedError): string {
    switch (e.kind) {
      case 'missing':
        return msg('No information source is set for this widget.', { id: 'majlis.error.missing' });
      case 'http':
        return msg(str`The information could not be loaded (the server answered ${this.fmt.number(e.details.status ?? 0)}).`, { id: 'majlis.error.http' });
      case 'timeout':
        return msg('The information took too long to load.', { id: 'majlis.error.timeout' });
      case 'too-large':
        return msg('The information is too large to show.', { id: 'majlis.error.tooLarge' });
      case 'content-type':
      case 'parse':
        return msg('The information is not in a readable format.', { id: 'majlis.error.parse' });
      case 'invalid':
        return msg('The information is not in the expected format.', { id: 'majlis.error.invalid' });
      case 'version':
        return msg('The information uses a newer format than this widget understands.', { id: 'majlis.error.version' });
      default:
        return msg('The information could not be loaded. Check the connection and try again.', { id: 'majlis.error.network' });
    }
  }

  /** What this widget shows, in a word or two ("Initiatives"): the error box names it, as a page may hold several. */
  protected subject(): string {
    return '';
  }

  private renderError(e: FeedError): unknown {
    // "Try again" only where trying again can help: not for a 404 or a broken feed.
    const status = e.details.status ?? 0;
    const retry = e.kind === 'network' || e.kind === 'timeout' || (e.kind === 'http' && (status >= 500 || status === 408 || status === 429));
    const subject = this.subject();
    const f = this.fmt;
    // The whole box is read again when its text changes: a "Try again" that failed once more is heard.
    return html`<div part="error" class="error" role="alert" aria-busy=${this.retrying ? 'true' : 'false'}>
      ${subject ? html`<p class="subject"><strong>${subject}</strong></p>` : nothing}
      <p>${this.errorText(e)}</p>
      ${this.failedRetries
        ? html`<p>${msg(str`Still not available after trying again (tries: ${f.number(this.failedRetries)}).`, { id: 'majlis.retryFailed' })}</p>`
        : nothing}
      ${e.details.issues?.length
        ? html`<details><summary>${msg('Technical details', { id: 'majlis.details' })}</summary>${this.renderIssues(e.details.issues)}</details>`
        : e.kind !== 'missing'
          ? html`<details><summary>${msg('Technical details', { id: 'majlis.details' })}</summary>
              <p class="issues" lang="en" dir="ltr"><code>${e.message}</code></p></details>`
          : nothing}
      ${retry
        ? html`<button part="retry" type="button" aria-disabled=${this.retrying ? 'true' : 'false'} @click=${() => this.retry()}>
            ${this.retrying ? msg('Trying again…', { id: 'majlis.retrying' }) : msg('Try again', { id: 'majlis.retry' })}
          </button>`
        : nothing}
    </div>`;
  }

  /** A feed text in this element's language, marked with its own `lang` when it fell back to the other language. */
  protected text(value: LangText | undefined): unknown {
    const p = pick(value, this.uiLocale);
    if (!p) return nothing;
    return p.lang ? html`<span lang=${p.lang} dir=${p.lang === 'ar' ? 'rtl' : 'ltr'}>${breakable(p.text)}</span>` : breakable(p.text);
  }

  /** A name or title from the feed, isolated for bidi (`<bdi>`), marked with its `lang` on fallback. */
  protected name(value: LangText | undefined): unknown {
    const p = pick(value, this.uiLocale);
    if (!p) return nothing;
    return html`<bdi lang=${ifDefined(p.lang)}>${breakable(p.text)}</bdi>`;
  }

  /**
   * What `name()` puts in its `<bdi>`, for a template that writes the `<bdi lang=${ifDefined(n.lang)}>${n.text}</bdi>`
   * itself (one template instance fewer where a name is in every row or card). For a required name: an empty one
   * gives an empty text.
   */
  protected nameParts(value: LangText): { lang: string | undefined; text: unknown } {
    const p = pick(value, this.uiLocale);
    return { lang: p?.lang, text: p ? breakable(p.text) : '' };
  }

  /** Once the next render is done, scrolls to the element of this id in the shadow root (see {@link scrollToTarget}). */
  protected scrollToFragment(fragment: string): void {
    void this.updateComplete.then(() => {
      const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(fragment)}`);
      if (target) this.scrollToTarget(target);
    });
  }

  /**
   * Scrolls `target` into view (smoothly, unless the reader asked for reduced motion or `smooth` is false) and
   * focuses it. The tracker's and the roster's cards far from the viewport are laid out only when they come near,
   * at a guessed size (`content-visibility: auto`), so a long scroll would stop short of its target: every card is
   * laid out (the `revealing` class on the base) until the scroll is over, and keeps its size afterwards.
   */
  protected scrollToTarget(target: HTMLElement, block: ScrollLogicalPosition = 'start', smooth = true): void {
    const base = this.renderRoot.querySelector('.base');
    base?.classList.add('revealing');
    const motion = smooth && !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block, behavior: motion ? 'smooth' : 'auto' });
    target.focus({ preventScroll: true });
    let timer = 0;
    const done = () => {
      clearTimeout(timer);
      removeEventListener('scrollend', done);
      // After a frame with every card laid out: the browser keeps the sizes it saw then.
      requestAnimationFrame(() => requestAnimationFrame(() => base?.classList.remove('revealing')));
    };
    // The page's scroll ends (or, in a scrolling container, or where there is no scrollend event, a moment passes).
    addEventListener('scrollend', done);
    timer = window.setTimeout(done, 2000);
  }

  /** The heading level for `offset` below the configured one (`heading-level`). */
  private level(offset: number): HeadingLevel {
    return Math.min(6, Math.max(1, Math.round(Number(this.headingLevel) || 2) + offset)) as HeadingLevel;
  }

  /** A heading at the configured level (`heading-level`), plus `offset`. */
  protected heading(content: unknown, offset = 0, cls = 'heading'): TemplateResult {
    switch (this.level(offset)) {
      case 1:
        return html`<h1 class=${cls}>${content}</h1>`;
      case 2:
        return html`<h2 class=${cls}>${content}</h2>`;
      case 3:
        return html`<h3 class=${cls}>${content}</h3>`;
      case 4:
        return html`<h4 class=${cls}>${content}</h4>`;
      case 5:
        return html`<h5 class=${cls}>${content}</h5>`;
      default:
        return html`<h6 class=${cls}>${content}</h6>`;
    }
  }
  /**
   * A heading whose text is a name or title from the feed: the same markup as
   * `heading(html\`<span id part>${this.name(value)}</span>\`)` in one template instead of three (a long tracker
   * or roster has one per card, and each nested template costs more than its few nodes). For a required name:
   * where `name()` would render nothing, this renders an empty `<bdi>`.
   */
  protected nameHeading(value: LangText, offset: number, cls: string, id: string, part: string): TemplateResult {
    const p = pick(value, this.uiLocale);
    const lang = p?.lang;
    const text = p ? breakable(p.text) : '';
    switch (this.level(offset)) {
      case 1:
        return html`<h1 class=${cls}><span id=${id} part=${part}><bdi lang=${ifDefined(lang)}>${text}</bdi></span></h1>`;
      case 2:
        return html`<h2 class=${cls}><span id=${id} part=${part}><bdi lang=${ifDefined(lang)}>${text}</bdi></span></h2>`;
      case 3:
        return html`<h3 class=${cls}><span id=${id} part=${part}><bdi lang=${ifDefined(lang)}>${text}</bdi></span></h3>`;
      case 4:
        return html`<h4 class=${cls}><span id=${id} part=${part}><bdi lang=${ifDefined(lang)}>${text}</bdi></span></h4>`;
      case 5:
        return html`<h5 class=${cls}><span id=${id} part=${part}><bdi lang=${ifDefined(lang)}>${text}</bdi></span></h5>`;
      default:
        return html`<h6 class=${cls}><span id=${id} part=${part}><bdi lang=${ifDefined(lang)}>${text}</bdi></span></h6>`;
    }
  }

}
