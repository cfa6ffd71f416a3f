/**
 * majlis-widgets: classes, types and helpers. No side effects: importing this
 * module defines no element (import `majlis-widgets/all.js` or
 * `majlis-widgets/<tag>.js` for that).
 */
export { MajlisElement, fragmentId, type MajlisErrorDetail, type MajlisLoadDetail, type MajlisNavigateDetail, type ViewContext } from './base/majlis-element.js';
export { MeetingCard, type MajlisCalendarDetail } from './components/meeting-card/meeting-card.js';
export { AgendaList } from './components/agenda-list/agenda-list.js';
export { InitiativeTracker } from './components/initiative-tracker/initiative-tracker.js';
export { WorkingGroupRoster } from './components/working-group-roster/working-group-roster.js';
export * from './feed/schema.js';
export { validateFeed, formatPath, type FeedIssue, type ValidationResult } from './feed/validate.js';
export { FeedError, parseFeedText, toLoadedFeed, clearFeedCache, type FeedErrorKind, type LoadedFeed } from './feed/loader.js';
export { indexFeed, selectMeeting, STATE_NAMES, STATE_ACCENTS, DEFAULT_STATE_ORDER } from './feed/select.js';
export { formats, type Formats, type Numerals, type CalendarChoice } from './locale/format.js';
export { arabicOrdinal, arabicOrdinalGenitive, englishOrdinal } from './locale/ordinal.js';
export { buildIcs, escapeText, foldLine, type IcsEvent } from './util/ics.js';
export { defineElement } from './util/define.js';
export { parseList, parseStates } from './util/attr-list.js';
export { cssProps } from './util/css-props.js';
export { foldForSearch, searchableText, compileQuery } from './util/search.js';
