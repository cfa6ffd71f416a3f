import { css } from 'lit';

export const meetingCardStyles = css`
  :host {
    container-type: inline-size;
  }
  .card {
    /* Declared here, where the host state's colour (--_state-accent) is set. */
    --_card-accent: var(--majlis-accent, var(--_state-accent, #1b5e7a));
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_card-accent);
    border-radius: var(--_radius);
    padding: calc(var(--_gap) * 1.5);
    display: grid;
    gap: var(--_gap);
  }
  .card:focus {
    outline: none;
  }
  .card:focus-visible {
    outline: 2px solid var(--_link);
    outline-offset: 2px;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5rem var(--_gap);
  }
  header > div {
    min-inline-size: 0;
  }
  .heading {
    margin: 0;
    font-size: 1.35em;
    line-height: 1.3;
  }
  .subtitle {
    margin: 0.25rem 0 0;
    color: var(--_muted);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    border: 1px solid currentColor;
    /* A pill on one line, a rounded box when it wraps. */
    border-radius: 0.8em;
    padding-block: 0.05rem;
    padding-inline: 0.6rem;
    font-size: 0.85em;
    /* A badge wider than the card (large text, a narrow column) wraps inside its border rather than overflowing. */
    max-inline-size: 100%;
  }
  .status-held {
    color: #116329;
  }
  .status-scheduled,
  .status-rescheduled {
    color: #0b5cad;
  }
  .status-postponed {
    color: #8a5300;
  }
  .status-cancelled {
    color: #b42318;
  }
  :host([theme='dark']) .badge {
    color: var(--_text);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) .badge {
      color: var(--_text);
    }
  }
  dl.facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem var(--_gap);
    margin: 0;
  }
  dl.facts dt {
    color: var(--_muted);
    font-weight: 600;
  }
  dl.facts dd {
    margin: 0;
  }
  @container (max-width: 28rem) {
    dl.facts {
      grid-template-columns: 1fr;
    }
    dl.facts dd {
      margin-block-end: 0.25rem;
    }
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
  section h3,
  section .section-title {
    margin: 0 0 0.25rem;
    font-size: 1em;
  }
  ul.plain {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .summary {
    margin: 0;
  }
  .muted {
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .actions button {
    border-color: var(--_card-accent);
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }
  .icon {
    flex: none;
  }
  :host([variant='compact']) .card {
    padding: var(--_gap);
    gap: 0.5rem;
  }
  :host([variant='compact']) .heading {
    font-size: 1.1em;
  }
  @media (forced-colors: active) {
    .card {
      border-inline-start-color: CanvasText;
    }
    .badge {
      color: CanvasText;
      border-color: CanvasText;
    }
    .state-dot {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
  @media print {
    .actions {
      display: none;
    }
  }
`;
