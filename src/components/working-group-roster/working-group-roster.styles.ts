import { css } from 'lit';
import { WIDE_REM } from './working-group-roster.layout.js';

/** Styles of `<working-group-roster>`. Logical properties only; layout by the element's own width. */
export const workingGroupRosterStyles = css`
  :host {
    container-type: inline-size;
    --_photo: var(--majlis-photo-size, 3rem);
    --_tint: color-mix(in srgb, var(--_text) 6%, var(--_surface));
  }
  .roster {
    display: grid;
    gap: var(--_gap);
    min-inline-size: 0;
  }
  /* A dark roster brings its own background: the text outside the group cards (title, filters, count) is light. */
  :host([theme='dark']) .roster {
    background: var(--_surface);
    padding: var(--_gap);
    border-radius: var(--_radius);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) .roster {
      background: var(--_surface);
      padding: var(--_gap);
      border-radius: var(--_radius);
    }
  }
  .heading {
    margin: 0;
    font-size: 1.35em;
    line-height: 1.3;
  }
  .muted {
    color: var(--_muted);
  }

  /* Search and state filter (with controlStyles) */
  .chip .state-dot {
    margin-inline-end: 0;
  }
  .count-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem var(--_gap);
  }
  .count {
    margin: 0;
    color: var(--_muted);
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

  /* A group */
  .groups {
    display: grid;
    gap: var(--_gap);
  }
  .group {
    /* A group far from the viewport is laid out when it comes near (see the tracker's initiatives). */
    content-visibility: auto;
    contain-intrinsic-size: auto 10rem;
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
  /* While the element scrolls to a group (see scrollToTarget), every group is laid out, so that the scroll ends on it. */
  .revealing .group {
    content-visibility: visible;
  }
  .group:focus {
    outline: 2px solid var(--_link);
    outline-offset: 2px;
  }
  .group > header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25rem var(--_gap);
  }
  .group-name {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.4;
    min-inline-size: 0;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    border: 1px solid currentColor;
    border-radius: 999px;
    padding-block: 0.05rem;
    padding-inline: 0.6rem;
    font-size: 0.85em;
    white-space: nowrap;
  }
  .status-active {
    color: #116329;
  }
  .status-dissolved {
    color: var(--_muted);
  }
  .status-transferred {
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
  .transfer {
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
  @container (max-width: 28rem) {
    dl.facts {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    dl.facts dd {
      margin-block-end: 0.35rem;
    }
  }
  .none {
    margin: 0;
    color: var(--_muted);
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

  /* Members: disclosure */
  .members-block {
    display: grid;
    gap: 0.5rem;
    min-inline-size: 0;
  }
  .members-title {
    margin: 0;
    font-size: 1em;
  }
  .toggle {
    display: inline-flex;
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
  .members {
    display: grid;
    gap: var(--_gap);
    min-inline-size: 0;
  }
  .members[hidden] {
    display: none;
  }
  .section-title {
    margin: 0 0 0.25rem;
    font-size: 1em;
    display: flex;
    align-items: baseline;
  }

  /*
   * Two layouts of the members, by the element's width: a list below 40rem, a table from 40rem. The element
   * renders the one its width needs; where both are in the markup (.both-layouts: rendered on a server, or
   * before the element had a width), this container query shows one of them.
   */
  .layout-list {
    display: grid;
    gap: var(--_gap);
  }
  .both-layouts .layout-table {
    display: none;
  }
  @container (min-width: ${WIDE_REM}rem) {
    .both-layouts .layout-table {
      display: block;
    }
    .both-layouts .layout-list {
      display: none;
    }
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding-block: 0.4rem;
    padding-inline: 0.5rem;
    border-block-end: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  thead th {
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 600;
    border-block-end-width: 2px;
  }
  tbody th[scope='row'] {
    font-weight: normal;
  }
  /* The member and contact columns are sized; role, state and term share the rest. */
  .col-member {
    inline-size: 32%;
  }
  .col-contact {
    inline-size: 24%;
  }
  tr.section-row th {
    background: var(--_tint);
    font-weight: 600;
  }
  .vacancy {
    color: var(--_muted);
  }
  p.vacancy {
    margin: 0;
  }

  /* The list layout */
  .layout-list .section-title {
    background: var(--_tint);
    border-radius: calc(var(--_radius) / 2);
    padding-block: 0.2rem;
    padding-inline: 0.5rem;
    margin-block-end: 0.4rem;
  }
  .member-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .member {
    display: grid;
    gap: 0.15rem;
    padding-block-end: 0.5rem;
    border-block-end: 1px solid var(--_border);
    min-inline-size: 0;
  }
  .member:last-child {
    border-block-end: 0;
    padding-block-end: 0;
  }
  dl.member-facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0 0.6rem;
    margin: 0;
    font-size: 0.92em;
  }
  dl.member-facts > div {
    display: contents;
  }
  dl.member-facts dt {
    color: var(--_muted);
  }
  dl.member-facts dd {
    margin: 0;
    min-inline-size: 0;
  }

  /* A member: photo, name, title and organization */
  .who {
    display: flex;
    align-items: flex-start;
    gap: 0.6rem;
    min-inline-size: 0;
  }
  .who-text {
    display: grid;
    min-inline-size: 0;
  }
  .name {
    font-weight: 600;
  }
  .sub {
    color: var(--_muted);
    font-size: 0.92em;
  }
  .photo {
    flex: none;
    inline-size: var(--_photo);
    block-size: var(--_photo);
    border-radius: 50%;
    overflow: hidden;
    background: var(--_tint);
  }
  .photo img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    font-size: 0.7em;
  }
  .contacts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
  }
  /* Each link at least 24px tall, so that links wrapped one under the other are targets a finger can tell apart. */
  .contacts a {
    min-inline-size: 0;
    min-block-size: max(24px, 1.5rem);
    display: inline-flex;
    align-items: center;
  }

  @media (forced-colors: active) {
    .group {
      border-inline-start-color: CanvasText;
    }
    .badge,
    .chip[aria-pressed='true'] {
      border-color: CanvasText;
    }
    .chip[aria-pressed='true'] {
      outline: 2px solid CanvasText;
    }
    .state-dot {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .group:focus,
    a:focus-visible,
    button:focus-visible,
    input:focus-visible {
      outline: 2px solid Highlight;
    }
  }
  @media print {
    .filters,
    .chevron {
      display: none;
    }
    .members[hidden] {
      display: grid;
    }
    .group {
      break-inside: avoid-page;
      content-visibility: visible;
    }
  }
`;
