import { expect } from '@open-wc/testing';
import { rosterModel, rosterView, sameGroupView, type RosterOptions } from '../../src/components/working-group-roster/working-group-roster.model.js';
import { validateFeed } from '../../src/feed/validate.js';
import type { Feed } from '../../src/feed/schema.js';

/**
 * The roster model of a new feed takes over the entries of the previous feed's model that resolve to the same,
 * and the view keeps the view of a group that shows the same: what the element does not render again.
 */

type Json = Record<string, unknown>;
type Fixture = Json & { workingGroups: (Json & { id: string; members?: Json[] })[]; people: (Json & { id: string; name: Json })[] };

let fixture: Fixture;
before(async () => {
  fixture = await (await fetch('/test/fixtures/working-group-roster/roster.json')).json();
});

function feedOf(data: unknown): Feed {
  const r = validateFeed(data);
  if (!r.ok) throw new Error('the fixture is invalid');
  return r.feed;
}

const options: RosterOptions = { groupBy: 'state', states: [], matches: () => true, hasQuery: false, showFormer: true, today: '2030-06-01' };
const ids = (f: Feed) => rosterModel(f).groups.map((g) => g.id);

describe('working-group-roster model: a new feed', () => {
  it('keeps the entries that resolve to the same, and makes new ones for what changed', () => {
    const before = feedOf(structuredClone(fixture));
    const changed = structuredClone(fixture);
    changed.workingGroups[0]!.members![3]!['role'] = 'observer';
    const after = feedOf(changed);
    const a = rosterModel(before);
    const b = rosterModel(after, a);
    expect(ids(after)).to.deep.equal(ids(before));
    const [alphaA, ...othersA] = a.groups;
    const [alphaB, ...othersB] = b.groups;
    // The group with the changed member is a new entry, its other members the same objects.
    expect(alphaB).to.not.equal(alphaA);
    expect(alphaB!.members[3]).to.not.equal(alphaA!.members[3]);
    expect(alphaB!.members[3]!.role).to.equal('observer');
    alphaB!.members.forEach((m, i) => {
      if (i !== 3) expect(m, `member ${i}`).to.equal(alphaA!.members[i]);
    });
    // The other groups are the same entries.
    othersB.forEach((g, i) => expect(g, g.id).to.equal(othersA[i]));
    // Without the previous model, every entry is new.
    const fresh = rosterModel(feedOf(structuredClone(changed)));
    expect(fresh.groups[1]).to.not.equal(a.groups[1]);
  });

  it('a person renamed in the feed gives new entries to the members who are that person, in every group', () => {
    const before = feedOf(structuredClone(fixture));
    const changed = structuredClone(fixture);
    changed.people.find((p) => p.id === 'p-c')!.name = { ar: 'شخص اختباري ج (معدل)', en: 'Test Person C, renamed' };
    const a = rosterModel(before);
    const b = rosterModel(feedOf(changed), a);
    // p-c is a member of alpha and beta; gamma and delta do not have them.
    expect(b.groups.map((g, i) => g === a.groups[i])).to.deep.equal([false, false, true, true]);
    const c = b.groups[0]!.members.find((m) => m.kind === 'person' && JSON.stringify(m.name).includes('renamed'));
    expect(c).to.exist;
  });

  it('the view keeps the view of a group that shows the same, and only that', () => {
    const before = feedOf(structuredClone(fixture));
    const changed = structuredClone(fixture);
    changed.workingGroups[0]!.members![3]!['role'] = 'observer';
    const a = rosterModel(before);
    const va = rosterView(a, options);
    const vb = rosterView(rosterModel(feedOf(changed), a), options, va);
    expect(vb.groups.map((g, i) => g === va.groups[i])).to.deep.equal([false, true, true, true]);
    // The same options again: every group's view is kept.
    const again = rosterView(a, options, va);
    expect(again.groups.every((g, i) => g === va.groups[i])).to.equal(true);
    // Another grouping shows other blocks: new views.
    const byRole = rosterView(a, { ...options, groupBy: 'role' }, va);
    expect(byRole.groups[0]).to.not.equal(va.groups[0]);
    expect(sameGroupView(byRole.groups[0]!, va.groups[0]!)).to.equal(false);
  });

  it('a state\'s colour changed in the feed is a change of the groups that show that state', () => {
    const before = feedOf(structuredClone(fixture));
    const changed = structuredClone(fixture) as Fixture & { states?: Json[] };
    changed.states = [{ id: 'OM', accent: '#123456' }];
    const a = rosterModel(before);
    const va = rosterView(a, options);
    const vb = rosterView(rosterModel(feedOf(changed), a), options, va);
    // Alpha has a block for every state; gamma has no members, so no blocks.
    expect(vb.groups[0]).to.not.equal(va.groups[0]);
    expect(vb.groups[2]).to.equal(va.groups[2]);
  });
});
