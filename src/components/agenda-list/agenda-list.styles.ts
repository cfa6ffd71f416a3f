import { css } from 'lit';

/** Styles of `<agenda-list>`. Logical properties only; layout by the element's own width. */
export const agendaListStyles = css`
  :host {
    container-type: inline-size;
    --_indent: 1.75rem;
    --_tint: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
  }
  .agenda {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding-block: var(--_gap);
    padding-inline: calc(var(--_gap) * 1.25);
    display: grid;
    gap: var(--_gap);
    min-inline-size: 0;
  }
  .head {
    display: grid;
    gap: 0.125rem;
  }
  .heading {
    margin: 0;
    font-size: 1.35em;
    line-height: 1.35;
  }
  .subtitle {
    margin: 0;
    color: var(--_muted);
  }
  .subtitle time {
    white-space: nowrap;
  }
  .muted {
    color: var(--_muted);
  }

  /* Search and filters (with controlStyles) */
  .chips-label {
    min-inline-size: 7.5rem;
  }
  .check {
    flex: none;
  }
  .status-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem var(--_gap);
  }
  .count {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .tools button {
    font-size: 0.9em;
  }
  .no-results {
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
  }
  .no-results p {
    margin: 0 0 0.5rem;
  }

  /* Items */
  ol.items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ol.top > .item + .item {
    border-block-start: 1px solid var(--_border);
  }
  ol.sub {
    margin-block-start: 0.25rem;
    margin-inline-start: 1.1rem;
    padding-inline-start: calc(var(--_gap) + 0.25rem);
    border-inline-start: 2px solid var(--_border);
  }
  ol.sub > .item + .item {
    border-block-start: 1px dashed var(--_border);
  }
  .item {
    padding-block: 0.6rem;
    min-inline-size: 0;
    scroll-margin-block: var(--_gap);
  }
  .item:focus {
    outline: 2px solid var(--_link);
    outline-offset: 2px;
    border-radius: 0.25rem;
  }
  .entry {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.25rem 0.75rem;
    align-items: start;
  }
  .order {
    min-inline-size: 2.25rem;
    padding-inline: 0.4rem;
    border-radius: 0.375rem;
    background: var(--_tint);
    color: var(--_text);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    text-align: center;
    line-height: 1.8;
    white-space: nowrap;
  }
  .body {
    display: grid;
    /* One column as wide as the body: a title, a badge or a link never widens it past the item. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.3rem;
    min-inline-size: 0;
  }
  .title {
    margin: 0;
    font-weight: 600;
    line-height: 1.5;
  }
  .context > .entry .title {
    color: var(--_muted);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem;
    margin: 0;
  }
  .kind,
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    border: 1px solid var(--_border);
    /* A pill on one line, a rounded box when it wraps. */
    border-radius: 0.8em;
    padding-block: 0;
    padding-inline: 0.55rem;
    font-size: 0.85em;
    /* A badge wider than its column (large text, a deep item) wraps inside its border rather than overflowing. */
    max-inline-size: 100%;
  }
  .kind {
    color: var(--_muted);
  }
  .badge {
    border-color: currentColor;
  }
  .status-pending {
    color: #6639ba;
  }
  .status-discussed {
    color: #0b5cad;
  }
  .status-approved,
  .status-adopted {
    color: #116329;
  }
  .status-noted {
    color: #57606a;
  }
  .status-deferred {
    color: #8a5300;
  }
  :host([theme='dark']) .badge {
    color: var(--_text);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) .badge {
      color: var(--_text);
    }
  }
  .context-note {
    color: var(--_muted);
    font-size: 0.85em;
    font-style: italic;
  }
  dl.facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.2rem var(--_gap);
    margin: 0;
    font-size: 0.92em;
  }
  dl.facts dt {
    color: var(--_muted);
    font-weight: 600;
  }
  dl.facts dd {
    margin: 0;
    min-inline-size: 0;
  }
  .decision {
    border-inline-start: 3px solid var(--_accent);
    padding-inline-start: 0.5rem;
  }
  .sep {
    color: var(--_muted);
  }
  ul.refs {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.15rem;
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
    inline-size: 0.7em;
    block-size: 0.7em;
    border-radius: 50%;
    background: var(--_dot);
    margin-inline-end: 0.35em;
    vertical-align: baseline;
  }
  .chip .state-dot {
    margin-inline-end: 0;
  }
  .toggle {
    justify-self: start;
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    border-color: transparent;
    background: transparent;
    color: var(--_link);
    padding-inline: 0.25rem 0.5rem;
    margin-inline-start: -0.25rem;
    font-size: 0.92em;
  }
  .toggle:hover {
    text-decoration: underline;
  }
  .chevron {
    flex: none;
  }
  .base[dir='rtl'] .toggle[aria-expanded='false'] .chevron {
    scale: -1 1;
  }
  .toggle[aria-expanded='true'] .chevron {
    rotate: 90deg;
  }
  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: rotate 0.15s ease;
    }
  }

  /* The virtualized path: one flattened list in a scroll box; depth by indentation. */
  .scroller {
    max-block-size: var(--majlis-agenda-max-height, min(70vh, 48rem));
    overflow: auto;
    overscroll-behavior: contain;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .scroller:focus-visible {
    outline: 2px solid var(--_link);
    outline-offset: 2px;
  }
  .vlist {
    inline-size: 100%;
    /* Room for the rows before and after the rendered ones. */
    padding-block: var(--_before, 0) var(--_after, 0);
  }
  .row {
    inline-size: 100%;
    background: var(--_surface);
    border-block-end: 1px solid var(--_border);
    padding-block: 0.5rem;
    padding-inline: calc(0.75rem + var(--_depth, 0) * var(--_indent)) 0.75rem;
  }
  .row:focus {
    outline-offset: -2px;
  }
  .row[aria-level]:not([aria-level='1']) .order {
    background: transparent;
    border: 1px solid var(--_border);
  }

  @container (max-width: 30rem) {
    :host {
      --_indent: 1rem;
    }
    .agenda {
      padding-inline: var(--_gap);
    }
    dl.facts {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    dl.facts dd {
      margin-block-end: 0.3rem;
    }
    .chips-label {
      min-inline-size: 100%;
    }
    ol.sub {
      margin-inline-start: 0.5rem;
      padding-inline-start: 0.6rem;
    }
  }
  /* Very narrow (a phone with large text): the order label goes above the title, and nesting costs less width. */
  @container (max-width: 18rem) {
    :host {
      --_indent: 0.5rem;
    }
    .entry {
      grid-template-columns: minmax(0, 1fr);
    }
    .order {
      justify-self: start;
    }
    ol.sub {
      margin-inline-start: 0.25rem;
      padding-inline-start: 0.5rem;
    }
  }

  @media (forced-colors: active) {
    .agenda,
    .scroller {
      border-color: CanvasText;
    }
    .badge,
    .kind {
      color: CanvasText;
      border-color: CanvasText;
    }
    .order {
      border: 1px solid CanvasText;
    }
    .state-dot {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .chip[aria-pressed='true'] {
      border-width: 2px;
      border-color: Highlight;
    }
    .item:focus,
    .scroller:focus-visible,
    .toggle:focus-visible {
      outline-color: Highlight;
    }
  }

  @media print {
    .filters,
    .tools,
    .toggle,
    .no-results button {
      display: none !important;
    }
    ol.sub[hidden] {
      display: block;
    }
    .agenda {
      border: none;
      padding: 0;
    }
    .scroller {
      max-block-size: none;
      overflow: visible;
      border: none;
    }
    .item {
      break-inside: avoid;
    }
    a {
      color: inherit;
    }
  }
`;
