/** Defines `<working-group-roster>` (guarded: never throws if the tag is already defined). */
import { WorkingGroupRoster } from '../components/working-group-roster/working-group-roster.js';

WorkingGroupRoster.define();

export { WorkingGroupRoster };
