import { css } from 'lit';

/**
 * The search box, the filter chips and their labels, as `<agenda-list>`, `<initiative-tracker>` and
 * `<working-group-roster>` share them (each widget's own styles come after and add to them).
 */
export const controlStyles = css`
  .filters {
    display: grid;
    gap: 0.5rem;
  }
  .search {
    display: grid;
    gap: 0.25rem;
    max-inline-size: 28rem;
  }
  .search label,
  .chips-label {
    font-weight: 600;
    font-size: 0.9em;
  }
  .search input {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    padding-block: 0.35rem;
    padding-inline: 0.6rem;
    inline-size: 100%;
    min-inline-size: 0;
  }
  .search input:focus-visible {
    outline: 2px solid var(--_link);
    outline-offset: 1px;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem;
  }
  .chips-label {
    margin-inline-end: 0.25rem;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    border-radius: 999px;
    padding-block: 0.15rem;
    padding-inline: 0.7rem;
    font-size: 0.9em;
    min-block-size: 2rem;
  }
  .chip[aria-pressed='true'] {
    border-color: var(--_link);
    background: color-mix(in srgb, var(--_link) 14%, var(--_surface));
    font-weight: 600;
  }
`;
