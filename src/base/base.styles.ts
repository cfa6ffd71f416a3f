import { css } from 'lit';

/** Styles every widget shares: tokens, states (skeleton, error, empty, notices), helpers. Logical properties only. */
export const baseStyles = css`
  :host {
    --_text: var(--majlis-text, #1f2328);
    --_muted: var(--majlis-muted, #57606a);
    --_surface: var(--majlis-surface, #ffffff);
    --_border: var(--majlis-border, #d0d7de);
    --_accent: var(--majlis-accent, #1b5e7a);
    --_link: var(--majlis-link, #0b5cad);
    --_radius: var(--majlis-radius, 0.5rem);
    --_gap: var(--majlis-gap, 0.75rem);
    --_sk: #e6e9ed;
    --_warn-bg: #fff8e1;
    --_warn-border: #b58100;
    --_error-bg: #fdecea;
    --_error-border: #b42318;
    display: block;
    color: var(--_text);
    font-family: var(--majlis-font-family, system-ui, 'Noto Sans Arabic', 'Noto Naskh Arabic', 'Noto Sans', sans-serif);
    line-height: 1.6;
    box-sizing: border-box;
    /* A page that knows how tall the widget will be reserves that space (like an image's width and height). */
    min-block-size: var(--majlis-reserve, auto);
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    --_text: var(--majlis-text, #e6edf3);
    --_muted: var(--majlis-muted, #a8b3bd);
    --_surface: var(--majlis-surface, #161b22);
    --_border: var(--majlis-border, #3d444d);
    --_link: var(--majlis-link, #79b8ff);
    --_sk: #2d333b;
    --_warn-bg: #3a2f0b;
    --_error-bg: #3d1414;
    --_warn-border: #d4a72c;
    --_error-border: #f47067;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_text: var(--majlis-text, #e6edf3);
      --_muted: var(--majlis-muted, #a8b3bd);
      --_surface: var(--majlis-surface, #161b22);
      --_border: var(--majlis-border, #3d444d);
      --_link: var(--majlis-link, #79b8ff);
      --_sk: #2d333b;
      --_warn-bg: #3a2f0b;
      --_error-bg: #3d1414;
      --_warn-border: #d4a72c;
      --_error-border: #f47067;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .base {
    text-align: start;
    overflow-wrap: anywhere;
  }
  a {
    color: var(--_link);
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--_link);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding-block: 0.25rem;
    padding-inline: 0.75rem;
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skeleton {
    display: grid;
    gap: var(--_gap);
    padding: calc(var(--_gap) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-block-size: var(--majlis-reserve, var(--majlis-skeleton-height, 10rem));
  }
  .sk-line {
    block-size: 1rem;
    border-radius: 0.25rem;
    background: var(--_sk);
  }
  .sk-title {
    block-size: 1.5rem;
    inline-size: 60%;
  }
  .sk-short {
    inline-size: 40%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .sk-line {
      animation: pulse 1.5s ease-in-out infinite;
    }
    @keyframes pulse {
      50% {
        opacity: 0.5;
      }
    }
  }
  .error,
  .notice,
  .empty {
    border: 1px solid var(--_border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    margin-block: 0 var(--_gap);
    background: var(--_surface);
  }
  .error {
    border-color: var(--_error-border);
    background: var(--_error-bg);
  }
  .error p {
    margin: 0 0 0.5rem;
  }
  .notice {
    border-color: var(--_warn-border);
    background: var(--_warn-bg);
    font-size: 0.9em;
  }
  .notice p,
  p.notice {
    margin-block: 0 var(--_gap);
  }
  .issues,
  .left-out {
    margin-block: 0.5rem 0;
    padding-inline-start: 1.25rem;
  }
  .issues {
    font-size: 0.85em;
  }
  .technical {
    margin-block-start: 0.5rem;
  }
  code {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .error,
    .notice,
    .empty,
    .skeleton {
      border-color: CanvasText;
    }
    .sk-line {
      background: GrayText;
    }
  }
`;
