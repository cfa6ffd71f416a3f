/** Localized labels for the feed's enumerations. Call during render (the element's locale is active). */
import type { MeetingMode, MeetingStatus, ParticipantRole } from '../feed/schema.js';
import { msg } from './msg.js';

export function meetingStatusLabel(s: MeetingStatus): string {
  switch (s) {
    case 'scheduled':
      return msg('Scheduled', { id: 'meeting.status.scheduled' });
    case 'held':
      return msg('Held', { id: 'meeting.status.held' });
    case 'postponed':
      return msg('Postponed', { id: 'meeting.status.postponed' });
    case 'cancelled':
      return msg('Cancelled', { id: 'meeting.status.cancelled' });
    case 'rescheduled':
      return msg('Rescheduled', { id: 'meeting.status.rescheduled' });
  }
}

export function meetingModeLabel(m: MeetingMode): string {
  switch (m) {
    case 'in-person':
      return msg('In person', { id: 'meeting.mode.inPerson' });
    case 'virtual':
      return msg('Video conference', { id: 'meeting.mode.virtual' });
    case 'hybrid':
      return msg('In person and online', { id: 'meeting.mode.hybrid' });
  }
}

export function participantRoleLabel(r: ParticipantRole): string {
  switch (r) {
    case 'chair':
      return msg('Chair', { id: 'role.chair' });
    case 'vice-chair':
      return msg('Vice-chair', { id: 'role.viceChair' });
    case 'host':
      return msg('Host', { id: 'role.host' });
    case 'opening-speaker':
      return msg('Opening remarks', { id: 'role.openingSpeaker' });
    case 'speaker':
      return msg('Speaker', { id: 'role.speaker' });
    case 'presenter':
      return msg('Presenter', { id: 'role.presenter' });
    case 'rapporteur':
      return msg('Rapporteur', { id: 'role.rapporteur' });
    case 'participant':
      return msg('Participant', { id: 'role.participant' });
  }
}
