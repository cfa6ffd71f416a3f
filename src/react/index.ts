/**
 * React wrappers of the Majlis widgets (`majlis-widgets/react`), made with
 * `@lit/react`: props are set as element properties (so `feed` takes an
 * object), and the widgets' events are typed `on…` props.
 *
 * ```tsx
import { MeetingCard } from 'majlis-widgets/react';
 *
 * <MeetingCard feed={feed} lang="ar" onMajlisLoad={(e) => console.log(e.detail.warnings)} />
 * ```
 *
 * Importing this module defines the four elements (it imports their defining
 * modules). `react` and `@lit/react` are peer dependencies.
 */
import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import type { MajlisErrorDetail, MajlisLoadDetail, MajlisNavigateDetail } from '../base/majlis-element.js';
import { MeetingCard as MeetingCardElement } from '../define/meeting-card.js';
import { AgendaList as AgendaListElement } from '../define/agenda-list.js';
import { InitiativeTracker as InitiativeTrackerElement } from '../define/initiative-tracker.js';
import { WorkingGroupRoster as WorkingGroupRosterElement } from '../define/working-group-roster.js';
import type { MajlisCalendarDetail } from '../components/meeting-card/meeting-card.js';

export type { MajlisErrorDetail, MajlisLoadDetail, MajlisNavigateDetail };

/**
 * A wrapper without the widgets' read-only getters (`uiLocale`, `direction`) among its props: `@lit/react` sets
 * every prop the element has as a property, and setting a getter throws.
 */
type WithoutGetters<C> = C extends React.ForwardRefExoticComponent<infer P> ? React.ForwardRefExoticComponent<Omit<P, 'uiLocale' | 'direction'>> : never;

/** The React wrapper of one widget class, with these events as `on…` props. */
function wrap<I extends HTMLElement, E extends Record<string, EventName | string>>(
  elementClass: { new (): I; readonly tagName: string },
  displayName: string,
  events: E,
): WithoutGetters<ReactWebComponent<I, E>> {
  return createComponent({ react: React, tagName: elementClass.tagName, elementClass, displayName, events }) as unknown as WithoutGetters<ReactWebComponent<I, E>>;
}

/** The events every widget fires, as React props. */
const baseEvents = {
  /** A feed was loaded and validated (also after each refresh). */
  onMajlisLoad: 'majlis-load' as EventName<CustomEvent<MajlisLoadDetail>>,
  /** The feed could not be loaded or is invalid. */
  onMajlisError: 'majlis-error' as EventName<CustomEvent<MajlisErrorDetail>>,
  /** A link to another entry of the feed was followed; call `preventDefault()` to route in the host app. */
  onMajlisNavigate: 'majlis-navigate' as EventName<CustomEvent<MajlisNavigateDetail>>,
};

/** `<meeting-card>`: one meeting (by default the next scheduled, else the latest held). */
export const MeetingCard = wrap(MeetingCardElement, 'MeetingCard', {
  ...baseEvents,
  /** The .ics file was generated for download. */
  onMajlisCalendar: 'majlis-calendar' as EventName<CustomEvent<MajlisCalendarDetail>>,
});

/** `<agenda-list>`: a meeting's agenda, filterable and searchable. */
export const AgendaList = wrap(AgendaListElement, 'AgendaList', baseEvents);

/** `<initiative-tracker>`: the committee's initiatives and their progress. */
export const InitiativeTracker = wrap(InitiativeTrackerElement, 'InitiativeTracker', baseEvents);

/** `<working-group-roster>`: the working groups and their members. */
export const WorkingGroupRoster = wrap(WorkingGroupRosterElement, 'WorkingGroupRoster', baseEvents);

export type { MajlisCalendarDetail };
