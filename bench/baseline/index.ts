import { defineVanillaAgenda } from './agenda-list.js';
import { defineVanillaTracker } from './initiative-tracker.js';
import { defineVanillaRoster } from './working-group-roster.js';

/** Registers the three baselines: `<vanilla-agenda-list>`, `<vanilla-initiative-tracker>`, `<vanilla-working-group-roster>`. */
export function defineBaselines(): void {
  defineVanillaAgenda();
  defineVanillaTracker();
  defineVanillaRoster();
}
