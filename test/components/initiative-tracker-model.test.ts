import { expect } from '@open-wc/testing';
import { trackerModel, type TrackerModel } from '../../src/components/initiative-tracker/initiative-tracker.model.js';
import { validateFeed } from '../../src/feed/validate.js';
import type { Feed } from '../../src/feed/schema.js';

/**
 * The tracker model of a new feed takes over the tracks and entries of the previous feed's model that show the
 * same: the element renders again only the initiatives whose entry is new.
 */

type Json = Record<string, unknown>;
type Fixture = Json & { initiatives: (Json & { id: string })[]; meetings: (Json & { id: string })[]; workingGroups: (Json & { id: string })[] };

let fixture: Fixture;
before(async () => {
  fixture = await (await fetch('/test/fixtures/initiative-tracker/initiatives.json')).json();
});

function feedOf(data: unknown): Feed {
  const r = validateFeed(data);
  if (!r.ok) throw new Error('the fixture is invalid');
  return r.feed;
}

/** Which entries of `b` are the same objects as `a`'s, by initiative id. */
const kept = (a: TrackerModel, b: TrackerModel) => Object.fromEntries(b.entries.map((e) => [e.id, a.byId.get(e.id) === e]));
const all = (value: boolean, except: string[] = []) =>
  Object.fromEntries(['init-a', 'init-b', 'init-c', 'init-d', 'init-e', 'init-f', 'init-g', 'init-h'].map((id) => [id, except.includes(id) ? !value : value]));

describe('initiative-tracker model: a new feed', () => {
  it('the same data in a new feed object: every entry and track is taken over; without the previous model, none is', () => {
    const a = trackerModel(feedOf(structuredClone(fixture)));
    const b = trackerModel(feedOf(structuredClone(fixture)), a);
    expect(kept(a, b)).to.deep.equal(all(true));
    expect(b.tracks.map((t, i) => t === a.tracks[i])).to.deep.equal([true, true]);
    expect(b.entries.map((e) => e.track)).to.deep.equal(a.entries.map((e) => e.track));
    const c = trackerModel(feedOf(structuredClone(fixture)));
    expect(kept(a, c)).to.deep.equal(all(false));
  });

  it('a changed initiative gets a new entry with the change; the others are the same objects', () => {
    const a = trackerModel(feedOf(structuredClone(fixture)));
    const changed = structuredClone(fixture);
    changed.initiatives[1]!['progress'] = 30;
    const b = trackerModel(feedOf(changed), a);
    expect(kept(a, b)).to.deep.equal(all(true, ['init-b']));
    expect(b.byId.get('init-b')!.initiative.progress).to.equal(30);
  });

  it('a renamed track gives new entries to its initiatives only; a renamed working group or meeting, to those that show it', () => {
    const a = trackerModel(feedOf(structuredClone(fixture)));
    const track = structuredClone(fixture);
    for (const it of track.initiatives) if ((it['track'] as Json | undefined)?.['en'] === 'Synthetic Track Two') it['track'] = { ar: 'المسار الاختباري الثاني', en: 'Synthetic Track Two, renamed' };
    const b = trackerModel(feedOf(track), a);
    expect(kept(a, b)).to.deep.equal(all(true, ['init-c', 'init-d', 'init-h']));
    expect(b.tracks[0]).to.equal(a.tracks[0]);
    expect(b.tracks[1]).to.not.equal(a.tracks[1]);
    expect(b.byId.get('init-c')!.track).to.equal(b.tracks[1]);

    const group = structuredClone(fixture);
    group.workingGroups.find((g) => g.id === 'wg-beta')!['name'] = { ar: 'الفريق الاختباري باء', en: 'Synthetic Team Beta, renamed' };
    expect(kept(a, trackerModel(feedOf(group), a))).to.deep.equal(all(true, ['init-c']));

    // syn-m1 is on init-a's and init-b's cards (in their details: init-b through a nested item); its number is what they show.
    const meeting = structuredClone(fixture);
    meeting.meetings.find((m) => m.id === 'syn-m1')!['number'] = 7;
    expect(kept(a, trackerModel(feedOf(meeting), a))).to.deep.equal(all(true, ['init-a', 'init-b']));
  });

  it('an initiative that moved in the list gets a new entry (its position is the last tie-breaker of every sort)', () => {
    const a = trackerModel(feedOf(structuredClone(fixture)));
    const moved = structuredClone(fixture);
    moved.initiatives.push(moved.initiatives.shift()!);
    const b = trackerModel(feedOf(moved), a);
    expect(b.entries.every((e) => a.byId.get(e.id) !== e)).to.equal(true);
  });
});
