/** Defines `<agenda-list>` (guarded: never throws if the tag is already defined). */
import { AgendaList } from '../components/agenda-list/agenda-list.js';

AgendaList.define();

export { AgendaList };
