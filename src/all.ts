/** Defines every Majlis widget. */
import './define/meeting-card.js';
import './define/agenda-list.js';
import './define/initiative-tracker.js';
import './define/working-group-roster.js';

export * from './index.js';
