/** Defines `<initiative-tracker>` (guarded: never throws if the tag is already defined). */
import { InitiativeTracker } from '../components/initiative-tracker/initiative-tracker.js';

InitiativeTracker.define();

export { InitiativeTracker };
