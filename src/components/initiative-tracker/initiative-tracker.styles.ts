import { css } from 'lit';

/** Styles of `<initiative-tracker>`. Logical properties only; layout by the element's own width. */
export const initiativeTrackerStyles = css`
  :host {
    container-type: inline-size;
    --_tint: color-mix(in srgb, var(--_text) 6%, var(--_surface));
    --_fill: var(--majlis-accent, #1b5e7a);
    /* Status and milestone colours: text on the surface meets 4.5:1 in both themes; never the only signal. */
    --_st-proposed: #6639ba;
    --_st-under-study: #0b5cad;
    --_st-approved: #0a6b74;
    --_st-in-progress: #8a5300;
    --_st-completed: #116329;
    --_st-on-hold: #57606a;
    --_st-cancelled: #b42318;
  }
  :host([theme='dark']) {
    --_fill: var(--majlis-accent, #5cb3d6);
    --_st-proposed: #c4a5ff;
    --_st-under-study: #79b8ff;
    --_st-approved: #56d4dd;
    --_st-in-progress: #e3b341;
    --_st-completed: #56d364;
    --_st-on-hold: #a8b3bd;
    --_st-cancelled: #ff938a;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_fill: var(--majlis-accent, #5cb3d6);
      --_st-proposed: #c4a5ff;
      --_st-under-study: #79b8ff;
      --_st-approved: #56d4dd;
      --_st-in-progress: #e3b341;
      --_st-completed: #56d364;
      --_st-on-hold: #a8b3bd;
      --_st-cancelled: #ff938a;
    }
  }
  .st-proposed {
    --_st: var(--_st-proposed);
  }
  .st-under-study {
    --_st: var(--_st-under-study);
  }
  .st-approved {
    --_st: var(--_st-approved);
  }
  .st-in-progress {
    --_st: var(--_st-in-progress);
  }
  .st-completed {
    --_st: var(--_st-completed);
  }
  .st-on-hold {
    --_st: var(--_st-on-hold);
  }
  .st-cancelled {
    --_st: var(--_st-cancelled);
  }
  .ms-done {
    --_ms: var(--_st-completed);
  }
  .ms-overdue {
    --_ms: var(--_st-cancelled);
  }
  .ms-due {
    --_ms: var(--_st-under-study);
  }
  .ms-undated {
    --_ms: var(--_muted);
  }

  .tracker {
    display: grid;
    gap: var(--_gap);
    min-inline-size: 0;
  }
  /* A dark tracker brings its own background: the text outside the cards (title, summary, filters) is light. */
  :host([theme='dark']) .tracker {
    background: var(--_surface);
    padding: var(--_gap);
    border-radius: var(--_radius);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) .tracker {
      background: var(--_surface);
      padding: var(--_gap);
      border-radius: var(--_radius);
    }
  }
  .tracker-title {
    margin: 0;
    font-size: 1.35em;
    line-height: 1.3;
  }
  .muted {
    color: var(--_muted);
  }
  .icon,
  .check {
    flex: none;
  }
  .icon .knock {
    stroke: var(--_surface);
  }

  /* Summary: total, stacked bar, and the bar's text equivalent */
  .summary {
    display: grid;
    gap: 0.4rem;
  }
  .total {
    margin: 0;
    font-weight: 600;
  }
  .bar {
    display: flex;
    gap: 2px;
    block-size: 0.75rem;
    border-radius: 999px;
    overflow: hidden;
    background: var(--_tint);
  }
  .seg {
    flex: var(--_n, 1) 1 0;
    min-inline-size: 4px;
    background: var(--_st);
  }
  .legend {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 1rem;
    font-size: 0.9em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  .legend .icon {
    color: var(--_st);
  }
  .swatch {
    flex: none;
    inline-size: 0.8em;
    block-size: 0.8em;
    border-radius: 2px;
    background: var(--_st);
  }

  /* Grouping, sorting and filters */
  .controls {
    display: grid;
    gap: 0.5rem;
    padding-block: 0.5rem;
    border-block: 1px solid var(--_border);
  }
  .menus {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem var(--_gap);
  }
  .menu {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    font-size: 0.9em;
  }
  .menu-label {
    font-weight: 600;
    font-size: 0.9em;
  }
  .menu .menu-label {
    font-size: 1em;
  }
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    padding-block: 0.2rem;
    padding-inline: 0.5rem;
    min-block-size: 2rem;
    min-inline-size: 0;
  }
  select:focus-visible {
    outline: 2px solid var(--_link);
    outline-offset: 1px;
  }
  /* Chips (with controlStyles) */
  .chips-label {
    min-inline-size: 6.5rem;
  }
  .chip {
    max-inline-size: 100%;
    text-align: start;
  }
  .chip .state-dot {
    margin-inline-end: 0;
  }
  .controls .filters-toggle {
    display: none;
  }
  .clear-row {
    display: flex;
  }
  .no-results {
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
  }
  .no-results p {
    margin: 0 0 0.5rem;
  }

  /* Groups: one column below 48rem, two from 48rem, three from 80rem */
  .groups {
    display: grid;
    gap: calc(var(--_gap) * 1.5);
  }
  .group {
    display: grid;
    gap: 0.5rem;
    min-inline-size: 0;
  }
  .group-title {
    margin: 0;
    font-size: 1.1em;
    line-height: 1.4;
  }
  .group-label {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.1rem 0.4rem;
  }
  .group-label.st-proposed .icon,
  .group-label.st-under-study .icon,
  .group-label.st-approved .icon,
  .group-label.st-in-progress .icon,
  .group-label.st-completed .icon,
  .group-label.st-on-hold .icon,
  .group-label.st-cancelled .icon {
    color: var(--_st);
  }
  .group-label .state-dot {
    margin-inline-end: 0;
  }
  .count {
    color: var(--_muted);
    font-weight: normal;
  }
  .initiatives {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
    gap: var(--_gap);
  }
  .initiatives > li {
    display: grid;
    min-inline-size: 0;
  }
  @container (min-width: 48rem) {
    .initiatives {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 80rem) {
    .initiatives {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  /* An initiative */
  .initiative {
    /*
     * An initiative far from the viewport is laid out when it comes near (a tracker of hundreds spends most
     * of its first render on style and layout otherwise); the size it last had is kept for the scrollbar.
     * On the card itself, so that its focus outline is not clipped by the containment this brings.
     */
    content-visibility: auto;
    contain-intrinsic-size: auto 14rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding-block: var(--_gap);
    padding-inline: calc(var(--_gap) * 1.25);
    display: grid;
    gap: 0.5rem;
    min-inline-size: 0;
    scroll-margin-block-start: var(--_gap);
  }
  /* While the element scrolls to a card (see scrollToTarget), every card is laid out, so that the scroll ends on it. */
  .revealing .initiative {
    content-visibility: visible;
  }
  .initiative:focus {
    outline: 2px solid var(--_link);
    outline-offset: 2px;
  }
  .initiative:focus:not(:focus-visible) {
    outline-color: var(--_border);
  }
  .initiative > header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.25rem var(--_gap);
  }
  .title {
    margin: 0;
    font-size: 1.05em;
    line-height: 1.45;
    min-inline-size: 0;
    flex: 1 1 12rem;
  }
  .single .title {
    font-size: 1.35em;
    line-height: 1.3;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    padding-block: 0.05rem;
    padding-inline: 0.55rem;
    font-size: 0.85em;
    white-space: nowrap;
    color: var(--_st);
  }
  .meta {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    color: var(--_muted);
    font-size: 0.92em;
    /* The separator of the first item of a line falls before the list's edge, and is clipped: a wrapped line neither
     * ends nor starts with one. Only sideways, so that tall Arabic marks above and below are not cut. */
    overflow-x: clip;
  }
  .meta li {
    min-inline-size: 0;
    position: relative;
  }
  .meta li:not(:first-child)::before {
    content: '·' / '';
    position: absolute;
    inset-inline-start: -0.65rem;
    color: var(--_muted);
  }
  .meta .lead {
    color: var(--_text);
  }

  /* Progress: a bar with its value in words, or a plain "not reported" */
  .progress {
    display: grid;
    grid-template-columns: minmax(4rem, 1fr) auto;
    align-items: center;
    gap: 0.6rem;
  }
  .meter {
    block-size: 0.65rem;
    border-radius: 999px;
    background: var(--_tint);
    box-shadow: inset 0 0 0 1px var(--_muted);
    overflow: hidden;
  }
  .fill {
    display: block;
    inline-size: var(--_p, 0);
    block-size: 100%;
    background: var(--_fill);
  }
  .progress-text {
    font-size: 0.9em;
    font-weight: 600;
  }
  p.progress.unknown {
    display: block;
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .updated {
    margin: 0;
    color: var(--_muted);
    font-size: 0.88em;
  }

  /* Details: disclosure */
  .toggle {
    display: inline-flex;
    justify-self: start;
    align-items: center;
    gap: 0.4rem;
    font-weight: 600;
    min-block-size: 2rem;
  }
  .chevron {
    flex: none;
    transition: rotate 0.15s ease;
  }
  .base[dir='rtl'] .chevron {
    scale: -1 1;
  }
  .toggle[aria-expanded='true'] .chevron {
    rotate: 90deg;
  }
  .base[dir='rtl'] .toggle[aria-expanded='true'] .chevron {
    rotate: -90deg;
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  .details {
    display: grid;
    gap: 0.75rem;
    min-inline-size: 0;
    padding-block-start: 0.6rem;
    border-block-start: 1px solid var(--_border);
  }
  .details[hidden] {
    display: none;
  }
  .summary-text {
    margin: 0;
  }
  dl.facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25rem var(--_gap);
    margin: 0;
  }
  dl.facts dt {
    color: var(--_muted);
    font-weight: 600;
  }
  dl.facts dd {
    margin: 0;
    min-inline-size: 0;
  }
  .state {
    white-space: nowrap;
  }
  /* The dot stays with the name, but a long name wraps. */
  .state > bdi {
    white-space: normal;
  }
  .state-dot {
    display: inline-block;
    flex: none;
    inline-size: 0.7em;
    block-size: 0.7em;
    border-radius: 50%;
    background: var(--_dot);
    margin-inline-end: 0.35em;
    vertical-align: baseline;
  }
  .sections {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    gap: var(--_gap);
  }
  .sections:empty {
    display: none;
  }
  .section-title {
    margin: 0 0 0.35rem;
    font-size: 0.95em;
  }

  /* Milestones: a short timeline */
  .timeline {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .milestone {
    position: relative;
    display: grid;
    grid-template-columns: 1.25rem minmax(0, 1fr);
    gap: 0.5rem;
  }
  .milestone:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-block: 1.45rem -0.45rem;
    inset-inline-start: calc(0.625rem - 1px);
    inline-size: 2px;
    background: var(--_border);
  }
  .ms-mark {
    display: flex;
    justify-content: center;
    padding-block-start: 0.2rem;
    color: var(--_ms);
  }
  .ms-body {
    display: grid;
    min-inline-size: 0;
  }
  .ms-when {
    font-size: 0.88em;
    color: var(--_muted);
  }
  .ms-state {
    font-weight: 600;
    color: var(--_ms);
  }

  /* Meetings */
  .meetings {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  /* Narrow containers (sidebars): compact */
  @container (max-width: 30rem) {
    .initiative {
      padding-block: 0.6rem;
      padding-inline: 0.75rem;
      gap: 0.4rem;
    }
    .title {
      font-size: 1em;
    }
    .menus {
      display: grid;
      gap: 0.4rem;
    }
    .menu {
      display: grid;
      grid-template-columns: 6.5rem minmax(0, 1fr);
    }
    .chips-label {
      min-inline-size: 100%;
    }
    /* The chips fold behind the "Filters" button. */
    .controls .filters-toggle {
      display: inline-flex;
    }
    .filters:not(.open) {
      display: none;
    }
    .legend {
      gap: 0.1rem 0.75rem;
    }
    dl.facts {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    dl.facts dd {
      margin-block-end: 0.35rem;
    }
  }

  @media (forced-colors: active) {
    .initiative {
      border-inline-start-color: CanvasText;
    }
    .badge,
    .chip[aria-pressed='true'] {
      border-color: CanvasText;
    }
    .chip[aria-pressed='true'] {
      outline: 2px solid CanvasText;
    }
    /* The bar and its legend are a colour key (the icons and counts say the same in words): each status keeps its
     * colour, outlined, rather than becoming an empty box like the next. */
    .seg,
    .swatch {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
    }
    .meter {
      border: 1px solid CanvasText;
    }
    .fill {
      forced-color-adjust: none;
      background: Highlight;
    }
    .state-dot {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .icon .knock {
      stroke: Canvas;
    }
    .initiative:focus,
    a:focus-visible,
    button:focus-visible,
    select:focus-visible {
      outline: 2px solid Highlight;
    }
  }
  @media print {
    .controls,
    .toggle {
      display: none;
    }
    .details[hidden] {
      display: grid;
    }
    .initiative {
      break-inside: avoid-page;
      content-visibility: visible;
    }
  }
`;
