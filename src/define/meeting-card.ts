/** Defines `<meeting-card>` (guarded: never throws if the tag is already defined). */
import { MeetingCard } from '../components/meeting-card/meeting-card.js';

MeetingCard.define();

export { MeetingCard };
