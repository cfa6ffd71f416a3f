// The validator's fast path (a parser compiled from the valibot schema, used for valid feeds) must give
// exactly valibot's output, and must refuse every input valibot refuses, so that valibot still names
// every problem. Checked on the synthetic benchmark feeds, the demo feed and fast-check feeds.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { FeedSchema, LangTextSchema, MeetingSchema } from '../../src/feed/schema.js';
import { fastParse, validateFeed } from '../../src/feed/validate.js';
import { ONE_MEGABYTE_SIZE, syntheticFeed } from '../../bench/synthetic-feed.js';
import { feedShapedJunk, mutatedFeed, newSeed, validFeed } from '../reliability/feed-arbitraries.js';

const SEED = newSeed();

/** The fast path agrees with valibot: the same output (keys in the same order) when valid, no output when not. */
function agrees(schema: v.GenericSchema, input: unknown): void {
  const slow = v.safeParse(schema, input, { abortPipeEarly: true });
  const fast = fastParse(schema, input);
  if (slow.success) {
    expect(fast, 'fast path output').to.exist;
    expect(JSON.stringify(fast!.output)).to.equal(JSON.stringify(slow.output));
    expect(fast!.output).to.deep.equal(slow.output);
  } else {
    expect(fast, 'fast path must leave an invalid input to valibot').to.equal(undefined);
  }
}

describe('validator fast path', () => {
  it('gives valibot’s output for the synthetic benchmark feeds and the demo feed', async () => {
    for (const size of [{}, { agendaItems: 300, members: 250, initiatives: 80 }, ONE_MEGABYTE_SIZE]) agrees(FeedSchema, syntheticFeed(size));
    agrees(FeedSchema, await (await fetch('/demo/feeds/gcc-egov.json')).json());
  });

  it('trims texts, leaves out unknown keys and copies (the input is never returned or changed)', () => {
    const input = { version: '1.0', extra: 1, committee: { id: 'c', name: { ar: '  لجنة  ', en: 'C', xx: 'drop' } } };
    const before = JSON.stringify(input);
    const out = fastParse(FeedSchema, input)!.output as unknown as { committee: { name: unknown } };
    expect(out).to.deep.equal({ version: '1.0', committee: { id: 'c', name: { ar: 'لجنة', en: 'C' } } });
    expect(out).to.not.equal(input);
    expect(JSON.stringify(input)).to.equal(before);
  });

  it('refuses what valibot refuses: wrong types, empty texts, bad ids, dates, URLs, e-mail addresses and time zones', () => {
    for (const bad of [42, '', '   ', [], { ar: '' }, {}, { en: 5 }]) agrees(LangTextSchema, bad);
    const meeting = { id: 'm', status: 'held' };
    for (const patch of [{ id: '-x' }, { start: '2023-02-29' }, { start: '2024-06-06T25:00:00Z' }, { timeZone: 'Mars/Base' }, { status: 'maybe' }, { number: 1.5 }, { agenda: {} }, { host: [] }]) {
      agrees(MeetingSchema, { ...meeting, ...patch });
    }
    agrees(FeedSchema, { version: '1.0', committee: { id: 'c', name: 'C' }, workingGroups: [{ id: 'g', name: 'G', members: [{ email: 'not-an-address' }] }] });
    agrees(FeedSchema, { version: '1.0', committee: { id: 'c', name: 'C' }, organizations: [{ id: 'o', name: 'O', url: 'javascript:alert(1)' }] });
  });

  it('agrees with valibot on generated feeds, valid, mutated and junk', () => {
    fc.assert(
      fc.property(fc.oneof(validFeed(), mutatedFeed(), feedShapedJunk()), (feed) => agrees(FeedSchema, feed)),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('validateFeed still reports every problem of an invalid feed (valibot runs when the fast path refuses)', () => {
    const r = validateFeed({ version: '1.0', committee: { id: 'c', name: 'C' }, people: [{ id: 'p', name: '' }, { id: 'q', name: 'Q' }] });
    expect(r.ok).to.equal(true);
    if (r.ok) {
      expect(r.warnings.map((w) => w.path)).to.deep.equal(['$.people[0].name']);
      expect(r.feed.people?.map((p) => p.id)).to.deep.equal(['q']);
    }
  });
});
