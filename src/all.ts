/** Defines every Majlis widget. */
import './define/meeting-card.js';

export * from './index.js';
