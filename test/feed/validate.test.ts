import { expect } from '@open-wc/testing';
import { validateFeed, formatPath, type FeedIssue, type ValidationResult, leftOutPaths } from '../../src/feed/validate.js';
import { isSafeUrl, MAX_LIST_ITEMS, STATE_IDS, type Feed } from '../../src/feed/schema.js';

type Obj = Record<string, unknown>;

/** A minimal valid feed (synthetic data), with extra top-level fields. */
const base = (extra: Obj = {}): Obj => ({
  version: '1.0',
  committee: { id: 'synthetic-committee', name: { ar: 'لجنة اختبارية', en: 'Synthetic Committee' } },
  ...extra,
});
const meeting = (id: string, extra: Obj = {}): Obj => ({ id, status: 'held', ...extra });

type Ok = Extract<ValidationResult, { ok: true }>;
type NotOk = Extract<ValidationResult, { ok: false }>;

function expectOk(r: ValidationResult): Ok {
  if (!r.ok) throw new Error(`expected ok:true, got errors ${JSON.stringify(r.errors)}`);
  return r;
}
function expectNotOk(r: ValidationResult): NotOk {
  if (r.ok) throw new Error(`expected ok:false, got ok:true with warnings ${JSON.stringify(r.warnings)}`);
  return r;
}
const paths = (issues: FeedIssue[]) => issues.map((i) => i.path);
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('validateFeed: the demo feed', () => {
  it('validates /demo/feeds/gcc-egov.json with no warnings and keeps every item', async () => {
    const res = await fetch('/demo/feeds/gcc-egov.json');
    expect(res.ok).to.equal(true);
    const raw = (await res.json()) as Obj;
    const r = expectOk(validateFeed(raw));
    expect(r.warnings).to.deep.equal([]);
    expect(r.feed.committee.id).to.equal((raw['committee'] as Obj)['id']);
    for (const key of ['states', 'organizations', 'people', 'meetings', 'initiatives', 'workingGroups'] as const) {
      const list = raw[key] as unknown[] | undefined;
      expect(r.feed[key]?.length, key).to.equal(list?.length);
    }
    expect(r.feed.meetings!.length).to.be.greaterThan(0);
  });
});

describe('validateFeed: root problems are errors', () => {
  for (const [label, input] of [
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', '{"version":"1.0"}'],
    ['a boolean', true],
    ['an array', [base()]],
  ] as const) {
    it(`rejects ${label} at $`, () => {
      const r = expectNotOk(validateFeed(input));
      expect(r.reason).to.equal('invalid');
      expect(r.errors).to.have.length(1);
      expect(r.errors[0]!.path).to.equal('$');
      expect(r.errors[0]!.expected).to.match(/object/);
    });
  }

  it('rejects a feed without committee, naming $.committee', () => {
    const feed = base();
    delete feed['committee'];
    const r = expectNotOk(validateFeed(feed));
    expect(r.reason).to.equal('invalid');
    expect(paths(r.errors)).to.deep.equal(['$.committee']);
    expect(r.errors[0]!.expected).to.be.a('string').and.match(/committee/);
  });

  it('rejects a committee that is not an object, or lacks id/name', () => {
    expect(paths(expectNotOk(validateFeed(base({ committee: 'Synthetic Committee' }))).errors)).to.deep.equal(['$.committee']);
    expect(paths(expectNotOk(validateFeed(base({ committee: { name: 'Synthetic Committee' } }))).errors)).to.deep.equal(['$.committee.id']);
    expect(paths(expectNotOk(validateFeed(base({ committee: { id: 'c' } }))).errors)).to.deep.equal(['$.committee.name']);
  });

  for (const version of ['one', '1', 'v1.0', '1.0-beta', '', 1, 1.0, null]) {
    it(`rejects version ${JSON.stringify(version)} at $.version with the expected shape`, () => {
      const r = expectNotOk(validateFeed(base({ version })));
      expect(r.reason).to.equal('invalid');
      expect(paths(r.errors)).to.deep.equal(['$.version']);
      expect(r.errors[0]!.expected).to.match(/version/);
      expect(r.errors[0]!.expected).to.match(/"1\.0"/);
    });
  }

  it('rejects a missing version at $.version', () => {
    const feed = base();
    delete feed['version'];
    const r = expectNotOk(validateFeed(feed));
    expect(paths(r.errors)).to.deep.equal(['$.version']);
    expect(r.errors[0]!.expected).to.match(/version/);
  });

  for (const version of ['2.0', '10.1', '0.9', '3.0.0']) {
    it(`rejects unknown major version ${version} with reason "version"`, () => {
      const r = expectNotOk(validateFeed(base({ version })));
      expect(r.reason).to.equal('version');
      expect(paths(r.errors)).to.deep.equal(['$.version']);
      expect(r.errors[0]!.expected).to.contain(version);
    });
  }

  for (const version of ['1.0', '1.7', '1.2.3']) {
    it(`accepts version ${version}`, () => {
      expect(expectOk(validateFeed(base({ version }))).feed.version).to.equal(version);
    });
  }

  it('an error in a non-list part of the root (committee.name) is fatal', () => {
    const r = expectNotOk(validateFeed(base({ committee: { id: 'c', name: {} } })));
    expect(paths(r.errors)).to.deep.equal(['$.committee.name']);
    expect(r.errors[0]!.received).to.equal('an object');
  });
});

describe('validateFeed: invalid items are dropped', () => {
  it('drops only the invalid meeting, keeps its siblings and names the exact path', () => {
    const r = expectOk(
      validateFeed(base({ meetings: [meeting('m-a'), meeting('m-b', { start: '2024-13-01' }), meeting('m-c', { start: '2024-06-06' })] })),
    );
    expect(r.feed.meetings!.map((m) => m.id)).to.deep.equal(['m-a', 'm-c']);
    expect(r.warnings).to.have.length(1);
    expect(r.warnings[0]).to.include({ path: '$.meetings[1].start', dropped: '$.meetings[1]', received: '"2024-13-01"' });
    expect(r.warnings[0]!.expected).to.match(/ISO 8601 date/);
  });

  it('names the id of the item it left out: the innermost one, trimmed; none for an item without a text id', () => {
    const r = expectOk(
      validateFeed(
        base({
          meetings: [
            meeting(' m-a ', { start: 'soon' }),
            meeting('m-b', { agenda: [{ id: 'a-1', title: 'Synthetic item', status: 'maybe' }, { id: 'a-2', title: 'Synthetic item 2' }] }),
            { ...meeting('m-c'), id: 7 },
          ],
        }),
      ),
    );
    // Every problem of an item left out names it (the first meeting has two).
    expect([...new Map(r.warnings.map((w) => [w.dropped, w.droppedId]))]).to.deep.equal([
      ['$.meetings[0]', 'm-a'],
      ['$.meetings[1].agenda[0]', 'a-1'],
      ['$.meetings[2]', undefined],
    ]);
  });

  it('leftOutPaths: each left-out item once, without those inside another left-out item', () => {
    const w = (dropped?: string) => ({ path: `${dropped ?? '$.x'}.y`, expected: 'something', ...(dropped ? { dropped } : {}) });
    expect(leftOutPaths([w('$.meetings[0]'), w('$.meetings[0].documents[1]'), w('$.meetings[0]'), w('$.meetings[10]'), w(), w('$.meetings[1].agenda[0]'), w('$.meetings[1].agenda[0].items[2]'), w('$.meetings[1]')])).to.deep.equal([
      '$.meetings[0]',
      '$.meetings[10]',
      '$.meetings[1]',
    ]);
  });

  it('reports each invalid item of several lists, dropping each separately', () => {
    const r = expectOk(
      validateFeed(
        base({
          meetings: [meeting('m-a', { status: 'unknown' }), meeting('m-b')],
          organizations: [
            { id: 'o-a', name: 'Test Org A' },
            { id: 'o b', name: 'Test Org B' },
          ],
        }),
      ),
    );
    expect(r.feed.meetings!.map((m) => m.id)).to.deep.equal(['m-b']);
    expect(r.feed.organizations!.map((o) => o.id)).to.deep.equal(['o-a']);
    const byPath = Object.fromEntries(r.warnings.map((w) => [w.path, w.dropped]));
    expect(byPath).to.deep.equal({ '$.meetings[0].status': '$.meetings[0]', '$.organizations[1].id': '$.organizations[1]' });
  });

  it('a list where an object is expected drops the item that holds it, naming the path and the shape', () => {
    const r = expectOk(validateFeed(base({ meetings: [meeting('m-a', { host: [] }), meeting('m-b', { venue: { name: 'Synthetic hall' } })] })));
    expect(r.feed.meetings!.map((m) => m.id)).to.deep.equal(['m-b']);
    expect(r.warnings).to.have.length(1);
    expect(r.warnings[0]).to.include({ path: '$.meetings[0].host', dropped: '$.meetings[0]', received: 'a list of 0' });
    expect(r.warnings[0]!.expected).to.match(/^an object/);
    expect(paths(expectNotOk(validateFeed(base({ committee: [] }))).errors)).to.deep.equal(['$.committee']);
  });

  it(`a list longer than ${MAX_LIST_ITEMS} keeps its first items and says how many were left out, by path`, () => {
    const initiatives = Array.from({ length: MAX_LIST_ITEMS + 2_500 }, (_, i) => ({ id: `i-${i}`, title: `Synthetic initiative ${i}`, status: 'proposed' }));
    const members = Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, i) => ({ name: `Synthetic member ${i}` }));
    const input = base({ initiatives, workingGroups: [{ id: 'g', name: 'Synthetic group' }, { id: 'h', name: 'Synthetic group', members }] });
    const r = expectOk(validateFeed(input));
    expect(r.feed.initiatives).to.have.length(MAX_LIST_ITEMS);
    expect(r.feed.initiatives!.at(-1)!.id).to.equal(`i-${MAX_LIST_ITEMS - 1}`);
    expect(r.feed.workingGroups![1]!.members).to.have.length(MAX_LIST_ITEMS);
    expect(r.warnings.map((w) => [w.path, w.dropped, w.received])).to.deep.equal([
      ['$.initiatives', `$.initiatives[${MAX_LIST_ITEMS}]`, 'a list of 12,500'],
      ['$.workingGroups[1].members', `$.workingGroups[1].members[${MAX_LIST_ITEMS}]`, 'a list of 10,001'],
    ]);
    expect(r.warnings[0]!.expected).to.equal('a list of at most 10,000 items (the 2,500 after them are left out)');
    // The input is not changed, and an invalid item past the limit is never looked at (no warning for it).
    expect((input['initiatives'] as unknown[]).length).to.equal(MAX_LIST_ITEMS + 2_500);
    (input['initiatives'] as Record<string, unknown>[])[MAX_LIST_ITEMS + 1]!['status'] = 'not-a-status';
    expect(expectOk(validateFeed(input)).warnings).to.have.length(2);
  });

  it('a missing required field names the field path', () => {
    const r = expectOk(validateFeed(base({ meetings: [meeting('m-a'), { id: 'm-b' }] })));
    expect(r.feed.meetings!.map((m) => m.id)).to.deep.equal(['m-a']);
    expect(r.warnings.map((w) => [w.path, w.dropped])).to.deep.equal([['$.meetings[1].status', '$.meetings[1]']]);
  });

  it('a nested agenda item error drops only that nested item', () => {
    const r = expectOk(
      validateFeed(
        base({
          meetings: [
            meeting('m-a', {
              agenda: [
                {
                  id: 'a-1',
                  title: 'Synthetic item 1',
                  items: [
                    { id: 'a-1-1', title: 'Synthetic sub-item 1' },
                    { id: 'a-1-2', title: 'Synthetic sub-item 2', kind: 'not-a-kind' },
                    { id: 'a-1-3', title: 'Synthetic sub-item 3' },
                  ],
                },
                { id: 'a-2', title: 'Synthetic item 2' },
              ],
            }),
            meeting('m-b'),
          ],
        }),
      ),
    );
    expect(r.warnings.map((w) => [w.path, w.dropped])).to.deep.equal([
      ['$.meetings[0].agenda[0].items[1].kind', '$.meetings[0].agenda[0].items[1]'],
    ]);
    expect(r.feed.meetings!.map((m) => m.id)).to.deep.equal(['m-a', 'm-b']);
    const agenda = r.feed.meetings![0]!.agenda!;
    expect(agenda.map((a) => a.id)).to.deep.equal(['a-1', 'a-2']);
    expect(agenda[0]!.items!.map((a) => a.id)).to.deep.equal(['a-1-1', 'a-1-3']);
  });

  it('drops at the innermost list even three levels down', () => {
    const deep = { id: 'd', title: { ar: '' } };
    const r = expectOk(
      validateFeed(
        base({
          meetings: [meeting('m-a', { agenda: [{ id: 'a', title: 'A', items: [{ id: 'b', title: 'B', items: [{ id: 'c', title: 'C' }, deep] }] }] })],
        }),
      ),
    );
    expect(r.warnings.map((w) => [w.path, w.dropped])).to.deep.equal([
      ['$.meetings[0].agenda[0].items[0].items[1].title.ar', '$.meetings[0].agenda[0].items[0].items[1]'],
    ]);
    expect(r.feed.meetings![0]!.agenda![0]!.items![0]!.items!.map((a) => a.id)).to.deep.equal(['c']);
  });

  it('does not modify its input', () => {
    const input = base({
      meetings: [meeting('m-a'), meeting('m-a'), meeting('m-b', { start: 'nope' })],
      initiatives: [{ id: 'i-1', title: 'Synthetic initiative', status: 'proposed', workingGroup: 'wg-missing' }],
    });
    const before = clone(input);
    const r = expectOk(validateFeed(input));
    expect(r.warnings.length).to.equal(3);
    expect(input).to.deep.equal(before);
  });
});

describe('validateFeed: formatPath', () => {
  it('formats identifiers with dots, indices with brackets and other keys quoted', () => {
    expect(formatPath([])).to.equal('$');
    expect(formatPath(['meetings', 1, 'title', 'ar'])).to.equal('$.meetings[1].title.ar');
    expect(formatPath(['a b', 0, '$schema'])).to.equal('$["a b"][0].$schema');
  });
});

describe('validateFeed and isSafeUrl: URLs', () => {
  const BAD = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'JAVASCRIPT:alert(1)',
    '   javascript:alert(1)',
    ' \t javascript:alert(1)',
    '\njavascript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    'java\u0000script:alert(1)',
    'javascript\t:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/x',
    'ftp://example.org/x',
    '\\\\example.org\\share',
    '',
  ];
  const GOOD = [
    'https://example.org/a?b=1#c',
    'http://example.org/',
    'HTTPS://EXAMPLE.ORG/',
    'mailto:test-person-a@example.org',
    'tel:+97300000000',
    '/x',
    'x.pdf',
    '#a',
    '?q',
    '../docs/x.pdf',
  ];

  describe('isSafeUrl', () => {
    for (const url of BAD) {
      it(`rejects ${JSON.stringify(url)}`, () => {
        expect(isSafeUrl(url)).to.equal(false);
      });
    }
    for (const url of GOOD) {
      it(`accepts ${JSON.stringify(url)}`, () => {
        expect(isSafeUrl(url)).to.equal(true);
      });
    }
    it('rejects non-strings and overlong strings', () => {
      for (const x of [undefined, null, 1, {}, ['https://example.org']]) expect(isSafeUrl(x as unknown as string)).to.equal(false);
      expect(isSafeUrl(`https://example.org/${'a'.repeat(5000)}`)).to.equal(false);
    });
    it("whatever it accepts, the browser's URL parser resolves to https, http, mailto or tel", () => {
      const candidates = [...BAD, ...GOOD, ' https://x', '\u00a0javascript:x', 'java\u00adscript:x', 'jav&#x61;script:x', '%6Aavascript:x', '//example.org/x', '/\\example.org', 'x:y', 'https:x', ' '];
      const allowed = new Set(['https:', 'http:', 'mailto:', 'tel:']);
      for (const url of candidates) {
        if (!isSafeUrl(url)) continue;
        const a = document.createElement('a');
        a.setAttribute('href', url);
        expect(allowed.has(a.protocol), `${JSON.stringify(url)} -> ${a.protocol}`).to.equal(true);
      }
    });
  });

  /** Each URL field of the feed: where it goes, and the path expected in the issue. */
  const FIELDS: { name: string; feed: (url: string) => Obj; path: string; dropped?: string }[] = [
    { name: 'committee.url', feed: (url) => base({ committee: { id: 'c', name: 'Synthetic Committee', url } }), path: '$.committee.url' },
    {
      name: 'organizations[].url',
      feed: (url) => base({ organizations: [{ id: 'o-1', name: 'Test Org', url }] }),
      path: '$.organizations[0].url',
      dropped: '$.organizations[0]',
    },
    {
      name: 'meetings[].documents[].url',
      feed: (url) => base({ meetings: [meeting('m-1', { documents: [{ title: 'Test document', url }] })] }),
      path: '$.meetings[0].documents[0].url',
      dropped: '$.meetings[0].documents[0]',
    },
    {
      name: 'meetings[].sources[].url',
      feed: (url) => base({ meetings: [meeting('m-1', { sources: [{ title: 'Test source', url }] })] }),
      path: '$.meetings[0].sources[0].url',
      dropped: '$.meetings[0].sources[0]',
    },
    {
      name: 'workingGroups[].members[].url',
      feed: (url) => base({ workingGroups: [{ id: 'wg-1', name: 'Test Group', members: [{ name: 'Test Person A', url }] }] }),
      path: '$.workingGroups[0].members[0].url',
      dropped: '$.workingGroups[0].members[0]',
    },
    {
      name: 'workingGroups[].members[].image',
      feed: (url) => base({ workingGroups: [{ id: 'wg-1', name: 'Test Group', members: [{ name: 'Test Person A', image: url }] }] }),
      path: '$.workingGroups[0].members[0].image',
      dropped: '$.workingGroups[0].members[0]',
    },
  ];

  for (const field of FIELDS) {
    it(`${field.name} rejects every unsafe URL`, () => {
      for (const url of BAD) {
        const r = validateFeed(field.feed(url));
        const issues = r.ok ? r.warnings : r.errors;
        if (field.dropped) {
          expect(r.ok, JSON.stringify(url)).to.equal(true);
          expect(issues.map((w) => [w.path, w.dropped]), JSON.stringify(url)).to.deep.equal([[field.path, field.dropped]]);
        } else {
          expect(r.ok, JSON.stringify(url)).to.equal(false);
          expect(paths(issues), JSON.stringify(url)).to.deep.equal([field.path]);
        }
        if (r.ok) expect(JSON.stringify(r.feed), 'the unsafe URL never reaches the output feed').not.to.contain(JSON.stringify(url));
      }
    });

    it(`${field.name} accepts https, http, mailto, tel and relative URLs unchanged`, () => {
      for (const url of GOOD) {
        const r = expectOk(validateFeed(field.feed(url)));
        expect(r.warnings, url).to.deep.equal([]);
        expect(JSON.stringify(r.feed), url).to.contain(JSON.stringify(url));
      }
    });
  }

  it('a dropped unsafe document does not take its meeting or sibling documents with it', () => {
    const r = expectOk(
      validateFeed(
        base({
          meetings: [
            meeting('m-1', {
              documents: [
                { title: 'Doc 1', url: '/d1.pdf' },
                { title: 'Doc 2', url: 'javascript:alert(1)' },
                { title: 'Doc 3', url: 'https://example.org/d3.pdf' },
              ],
            }),
          ],
        }),
      ),
    );
    expect(r.feed.meetings![0]!.documents!.map((d) => d.url)).to.deep.equal(['/d1.pdf', 'https://example.org/d3.pdf']);
  });
});

describe('validateFeed: language maps', () => {
  const withName = (name: unknown) => base({ committee: { id: 'c', name } });

  it('accepts a plain string and maps with ar and/or en', () => {
    expect(expectOk(validateFeed(withName('Synthetic Committee'))).feed.committee.name).to.equal('Synthetic Committee');
    expect(expectOk(validateFeed(withName({ ar: 'لجنة' }))).feed.committee.name).to.deep.equal({ ar: 'لجنة' });
    expect(expectOk(validateFeed(withName({ en: 'Committee' }))).feed.committee.name).to.deep.equal({ en: 'Committee' });
    expect(expectOk(validateFeed(withName({ ar: 'لجنة', en: 'Committee' }))).feed.committee.name).to.deep.equal({ ar: 'لجنة', en: 'Committee' });
  });

  for (const [label, value, path] of [
    ['{}', {}, '$.committee.name'],
    ["{ar:''}", { ar: '' }, '$.committee.name.ar'],
    ["{ar:'   '} (blank after trim)", { ar: '   ' }, '$.committee.name.ar'],
    ["{en:''}", { en: '' }, '$.committee.name.en'],
    ["{fr:'x'} (neither ar nor en)", { fr: 'x' }, '$.committee.name'],
    ["''", '', '$.committee.name'],
    ['a number', 7, '$.committee.name'],
    ['a list', ['x'], '$.committee.name'],
    ['null', null, '$.committee.name'],
  ] as const) {
    it(`rejects ${label}`, () => {
      const r = expectNotOk(validateFeed(withName(value)));
      expect(paths(r.errors)).to.deep.equal([path]);
      expect(r.errors[0]!.expected).to.be.a('string').that.is.not.empty;
    });
  }

  it('names the part of a map that is wrong, with what it holds', () => {
    const r = expectOk(validateFeed(base({ meetings: [meeting('m-1', { title: { ar: 'عنوان', en: 42 } }), meeting('m-2')] })));
    expect(r.warnings.map((w) => [w.path, w.dropped, w.received])).to.deep.equal([['$.meetings[0].title.en', '$.meetings[0]', '42']]);
    expect(r.warnings[0]!.expected).to.equal('English text (a string)');
  });

  it('an empty map inside a list item drops that item with the map path', () => {
    const r = expectOk(validateFeed(base({ meetings: [meeting('m-1', { title: {} }), meeting('m-2', { title: { ar: '' } }), meeting('m-3', { title: 'x' })] })));
    expect(r.feed.meetings!.map((m) => m.id)).to.deep.equal(['m-3']);
    expect(r.warnings.map((w) => [w.path, w.dropped])).to.deep.equal([
      ['$.meetings[0].title', '$.meetings[0]'],
      ['$.meetings[1].title.ar', '$.meetings[1]'],
    ]);
  });
});

describe('validateFeed: state ids', () => {
  it('accepts the seven ids in every state field', () => {
    for (const id of STATE_IDS) {
      const r = expectOk(
        validateFeed(
          base({
            states: [{ id }],
            organizations: [{ id: 'o', name: 'Test Org', state: id }],
            meetings: [meeting('m', { host: { state: id }, participants: [{ state: id, role: 'participant' }] })],
            initiatives: [{ id: 'i', title: 'Test initiative', status: 'proposed', leadStates: [id] }],
          }),
        ),
      );
      expect(r.warnings, id).to.deep.equal([]);
      expect(r.feed.states![0]!.id).to.equal(id);
    }
    expect([...STATE_IDS].sort()).to.deep.equal(['AE', 'BH', 'GS', 'KW', 'OM', 'QA', 'SA']);
  });

  for (const id of ['XX', 'sa', 'Sa', 'SAU', 'EG', 'IQ', 'YE', 'US', 'GCC', '', ' SA']) {
    it(`rejects ${JSON.stringify(id)}`, () => {
      const r = expectOk(
        validateFeed(base({ states: [{ id: 'SA' }, { id }], organizations: [{ id: 'o', name: 'Test Org', state: id }] })),
      );
      expect(r.feed.states!.map((s) => s.id)).to.deep.equal(['SA']);
      expect(r.feed.organizations).to.deep.equal([]);
      expect(r.warnings.map((w) => [w.path, w.dropped])).to.have.deep.members([
        ['$.states[1].id', '$.states[1]'],
        ['$.organizations[0].state', '$.organizations[0]'],
      ]);
    });
  }

  it('an unknown state inside a list of states drops only that entry', () => {
    const r = expectOk(
      validateFeed(base({ initiatives: [{ id: 'i', title: 'Test initiative', status: 'proposed', participatingStates: ['SA', 'XX', 'KW'] }] })),
    );
    expect(r.feed.initiatives![0]!.participatingStates).to.deep.equal(['SA', 'KW']);
    expect(r.warnings.map((w) => [w.path, w.dropped])).to.deep.equal([
      ['$.initiatives[0].participatingStates[1]', '$.initiatives[0].participatingStates[1]'],
    ]);
  });
});

describe('validateFeed: references and duplicates', () => {
  const refFeed = (): Obj =>
    base({
      organizations: [{ id: 'org-1', name: 'Test Org' }],
      people: [
        { id: 'p-a', name: 'Test Person A', organization: 'org-1' },
        { id: 'p-b', name: 'Test Person B', organization: 'org-missing' },
      ],
      workingGroups: [
        { id: 'wg-1', name: 'Test Group 1' },
        { id: 'wg-2', name: 'Test Group 2', status: 'transferred', transferredTo: 'wg-missing', members: [{ person: 'p-missing', role: 'member' }] },
      ],
      initiatives: [
        { id: 'i-1', title: 'Test initiative 1', status: 'proposed', workingGroup: 'wg-1' },
        { id: 'i-2', title: 'Test initiative 2', status: 'proposed', workingGroup: 'wg-missing' },
      ],
      meetings: [
        meeting('m-1', {
          host: { state: 'KW', organization: 'org-missing' },
          participants: [
            { person: 'p-a', role: 'chair' },
            { person: 'p-missing', role: 'speaker' },
          ],
          agenda: [
            {
              id: 'a-1',
              title: 'Synthetic item',
              presenter: { organization: 'org-missing', person: 'p-a' },
              references: { initiatives: ['i-1', 'i-missing', 'i-2'], workingGroups: ['wg-missing', 'wg-2'] },
              items: [{ id: 'a-1-1', title: 'Synthetic sub-item', references: { initiatives: ['i-gone'] } }],
            },
          ],
        }),
      ],
    });

  it('warns with the exact path, removes the dangling reference and keeps the item', () => {
    const r = expectOk(validateFeed(refFeed()));
    expect(paths(r.warnings)).to.have.members([
      '$.people[1].organization',
      '$.meetings[0].host.organization',
      '$.meetings[0].participants[1].person',
      '$.meetings[0].agenda[0].presenter.organization',
      '$.meetings[0].agenda[0].references.initiatives[1]',
      '$.meetings[0].agenda[0].references.workingGroups[0]',
      '$.meetings[0].agenda[0].items[0].references.initiatives[0]',
      '$.initiatives[1].workingGroup',
      '$.workingGroups[1].transferredTo',
      '$.workingGroups[1].members[0].person',
    ]);
    for (const w of r.warnings) {
      expect(w.dropped, w.path).to.equal(undefined);
      expect(w.expected, w.path).to.match(/^the id of one of the feed's /);
    }
    const f: Feed = r.feed;
    expect(f.people!.map((p) => p.id)).to.deep.equal(['p-a', 'p-b']);
    expect(f.people![0]!.organization).to.equal('org-1');
    expect(f.people![1]).not.to.have.property('organization');
    const m = f.meetings![0]!;
    expect(m.host).to.deep.equal({ state: 'KW' });
    expect(m.participants).to.deep.equal([{ person: 'p-a', role: 'chair' }, { role: 'speaker' }]);
    const item = m.agenda![0]!;
    expect(item.presenter).to.deep.equal({ person: 'p-a' });
    expect(item.references).to.deep.equal({ initiatives: ['i-1', 'i-2'], workingGroups: ['wg-2'] });
    expect(item.items![0]!.references).to.deep.equal({ initiatives: [] });
    expect(f.initiatives!.map((i) => i.workingGroup)).to.deep.equal(['wg-1', undefined]);
    expect(f.workingGroups![1]).not.to.have.property('transferredTo');
    expect(f.workingGroups![1]!.members).to.deep.equal([{ role: 'member' }]);
  });

  it('gives no reference warnings when every reference resolves', () => {
    const feed = refFeed();
    const json = JSON.stringify(feed).replace(/"(org|p|wg|i)-(missing|gone)"/gu, (_, kind: string) => `"${{ org: 'org-1', p: 'p-a', wg: 'wg-1', i: 'i-1' }[kind]}"`);
    const r = expectOk(validateFeed(JSON.parse(json)));
    expect(r.warnings).to.deep.equal([]);
  });

  it('drops a later duplicate id with a warning and keeps the first', () => {
    const r = expectOk(
      validateFeed(
        base({
          organizations: [
            { id: 'org-1', name: 'First Test Org' },
            { id: 'org-1', name: 'Second Test Org' },
            { id: 'org-2', name: 'Third Test Org' },
          ],
          initiatives: [
            { id: 'i-1', title: 'First', status: 'proposed' },
            { id: 'i-1', title: 'Second', status: 'approved' },
          ],
        }),
      ),
    );
    expect(r.feed.organizations!.map((o) => o.name)).to.deep.equal(['First Test Org', 'Third Test Org']);
    expect(r.feed.initiatives!.map((i) => i.title)).to.deep.equal(['First']);
    expect(r.warnings).to.have.deep.members([
      { path: '$.organizations[1].id', dropped: '$.organizations[1]', droppedId: 'org-1', expected: 'an id not used before in organizations', received: '"org-1"' },
      { path: '$.initiatives[1].id', dropped: '$.initiatives[1]', droppedId: 'i-1', expected: 'an id not used before in initiatives', received: '"i-1"' },
    ]);
  });

  it('duplicates are checked per list: the same id in two lists is fine', () => {
    const r = expectOk(validateFeed(base({ meetings: [meeting('x-1')], initiatives: [{ id: 'x-1', title: 'T', status: 'proposed' }] })));
    expect(r.warnings).to.deep.equal([]);
  });

  // BUG: src/feed/validate.ts:467 — the duplicate warning uses the index *after* earlier duplicates were
  // spliced out, so for meetings [a, a, a, b] both warnings say `$.meetings[1]`; the third one should say `$.meetings[2]`.
  it('names the original index of every duplicate when there are several', () => {
    const r = expectOk(validateFeed(base({ meetings: [meeting('m-a'), meeting('m-a'), meeting('m-a'), meeting('m-b')] })));
    expect(r.feed.meetings!.map((m) => m.id)).to.deep.equal(['m-a', 'm-b']);
    expect(r.warnings.map((w) => [w.path, w.dropped])).to.deep.equal([
      ['$.meetings[1].id', '$.meetings[1]'],
      ['$.meetings[2].id', '$.meetings[2]'],
    ]);
  });
});

describe('validateFeed: paths after earlier drops', () => {
  // BUG: src/feed/validate.ts:392-397 + 459-525 — checkReferences (and duplicate detection) run on the pruned
  // output, so once an earlier item was dropped their indices no longer match the input: here the drop warning
  // and the reference warning both say `$.meetings[0]`, but the bad reference is in input meeting 1 (m-b).
  it('names input indices in reference warnings after an earlier item was dropped', () => {
    const r = expectOk(
      validateFeed(
        base({
          organizations: [{ id: 'org-1', name: 'Test Org' }],
          meetings: [meeting('m-a', { start: 'bad' }), meeting('m-b', { host: { organization: 'org-missing' } })],
        }),
      ),
    );
    expect(r.feed.meetings!.map((m) => m.id)).to.deep.equal(['m-b']);
    expect(paths(r.warnings)).to.deep.equal(['$.meetings[0].start', '$.meetings[1].host.organization']);
  });

  // A "__proto__" key (an own key after JSON.parse) must never become a copy's prototype, whose fields the
  // checks would then read as the item's own (an earlier version copied with `out[k] = …` when it dropped items).
  it('ignores "__proto__" keys whether or not another item was dropped', () => {
    const feed = (withBad: boolean) =>
      JSON.parse(
        JSON.stringify(base({ meetings: [...(withBad ? [meeting('m-bad', { start: 'bad' })] : []), meeting('m-1')] })).replace(
          '"id":"m-1"',
          '"id":"m-1","__proto__":{"title":"Injected title"}',
        ),
      ) as unknown;
    const clean = expectOk(validateFeed(feed(false)));
    expect(clean.feed.meetings![0]!.title).to.equal(undefined);
    const afterDrop = expectOk(validateFeed(feed(true)));
    expect(afterDrop.feed.meetings!.map((m) => m.id)).to.deep.equal(['m-1']);
    expect(afterDrop.feed.meetings![0]!.title).to.equal(undefined);
  });
});

describe('validateFeed: the feed returned', () => {
  it('is a copy: texts trimmed, unknown keys left out, the input unchanged', () => {
    const input = base({ 'x-extra': 1, meetings: [meeting('m-1', { title: { ar: '  اجتماع  ', en: 'Meeting\n', fr: 'drop' }, 'x-note': 'drop' })] });
    const before = JSON.stringify(input);
    const r = expectOk(validateFeed(input));
    expect(r.feed).to.not.equal(input);
    expect(r.feed.meetings![0]).to.deep.equal({ id: 'm-1', status: 'held', title: { ar: 'اجتماع', en: 'Meeting' } });
    expect(Object.keys(r.feed)).to.not.include('x-extra');
    expect(JSON.stringify(input)).to.equal(before);
  });

  it('removing a broken reference or a duplicate changes the copy, never the input', () => {
    const input = base({
      initiatives: [
        { id: 'i-1', title: 'Synthetic initiative', status: 'proposed', workingGroup: 'missing' },
        { id: 'i-1', title: 'Synthetic duplicate', status: 'proposed' },
      ],
    });
    const before = JSON.stringify(input);
    const r = expectOk(validateFeed(input));
    expect(r.feed.initiatives).to.deep.equal([{ id: 'i-1', title: 'Synthetic initiative', status: 'proposed' }]);
    expect(JSON.stringify(input)).to.equal(before);
  });
});

describe('validateFeed: an owned input (parsed by the caller, given up)', () => {
  const feedText = JSON.stringify(
    base({
      organizations: [{ id: 'org-1', name: 'Synthetic authority' }],
      meetings: [
        meeting('m-1', { title: { ar: 'اجتماع تجريبي', en: 'Synthetic meeting' }, agenda: [{ id: 'a-1', title: 'Synthetic item', presenter: { organization: 'org-1' } }] }),
        meeting('m-2', { title: { ar: '  اجتماع  ', en: 'Synthetic' }, 'x-note': 'drop' }),
      ],
    }),
  );

  it('takes the parts that need no change as they are, and copies the ones that do', () => {
    const input = JSON.parse(feedText) as { meetings: Obj[] };
    const r = expectOk(validateFeed(input, { owned: true }));
    expect(r.warnings).to.deep.equal([]);
    // m-1 needs nothing: the same objects; m-2 has a text to trim and an unknown key: a new object.
    expect(r.feed.meetings![0]).to.equal(input.meetings[0]);
    expect(r.feed.meetings![1]).to.not.equal(input.meetings[1]);
    expect(r.feed.meetings![1]).to.deep.equal({ id: 'm-2', status: 'held', title: { ar: 'اجتماع', en: 'Synthetic' } });
    // The list that holds a changed item is new too; nothing of the input was changed on the way.
    expect(r.feed.meetings).to.not.equal(input.meetings);
    expect(JSON.stringify(input)).to.equal(feedText);
  });

  it('gives the same feed and warnings as a copying validation, also when items are dropped and references removed', () => {
    const broken = JSON.stringify(
      base({
        organizations: [{ id: 'org-1', name: 'Synthetic authority' }, { id: 'org-1', name: 'Synthetic duplicate' }],
        people: [{ id: 'p-1', name: 'Synthetic person', organization: 'org-404' }],
        meetings: [meeting('m-1', { agenda: [{ id: 'a-1', title: 'x', references: { workingGroups: ['g-404'] } }, { id: 'a-2' }] }), meeting('m-2', { status: 'unknown' })],
      }),
    );
    for (const text of [feedText, broken]) {
      expect(validateFeed(JSON.parse(text), { owned: true })).to.deep.equal(validateFeed(JSON.parse(text)));
    }
    expect(expectOk(validateFeed(JSON.parse(broken), { owned: true })).warnings.map((w) => w.path)).to.deep.equal([
      '$.meetings[0].agenda[1].title',
      '$.meetings[1].status',
      '$.organizations[1].id',
      '$.people[0].organization',
      '$.meetings[0].agenda[0].references.workingGroups[0]',
    ]);
  });

  it('a language map is shared only as the map a copy would make (ar, then en): both give the same JSON', () => {
    const text = JSON.stringify(base({ meetings: [meeting('m-1', { title: { en: 'Synthetic meeting', ar: 'اجتماع تجريبي' } }), meeting('m-2', { title: { ar: 'اجتماع', en: 'Meeting' } })] }));
    const owned = expectOk(validateFeed(JSON.parse(text), { owned: true }));
    expect(JSON.stringify(owned)).to.equal(JSON.stringify(validateFeed(JSON.parse(text))));
    expect(Object.keys(owned.feed.meetings![0]!.title as object)).to.deep.equal(['ar', 'en']);
  });

  it('a given object is read by field name too: fields behind getters count (nothing is dropped without a warning)', () => {
    class SyntheticOrganization {
      constructor(private readonly key: string) {}
      get id() {
        return this.key;
      }
      get name() {
        return 'Synthetic organization';
      }
    }
    const r = expectOk(validateFeed(base({ organizations: [new SyntheticOrganization('o-1'), { name: 'Synthetic, without id' }] })));
    expect(r.feed.organizations).to.deep.equal([{ id: 'o-1', name: 'Synthetic organization' }]);
    expect(r.warnings.map((w) => [w.path, w.dropped])).to.deep.equal([['$.organizations[1].id', '$.organizations[1]']]);
  });

  it('a feed property is copied: changing the object afterwards does not change the validated feed', () => {
    const input = JSON.parse(feedText) as { meetings: Obj[] };
    const r = expectOk(validateFeed(input));
    expect(r.feed.meetings![0]).to.not.equal(input.meetings[0]);
    input.meetings[0]!['status'] = 'not a status';
    expect(r.feed.meetings![0]!.status).to.equal('held');
  });
});

describe('validateFeed: time zones', () => {
  for (const tz of ['Asia/Qatar', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Muscat', 'Asia/Kuwait', 'Asia/Bahrain', 'UTC', 'Asia/Calcutta', 'America/Argentina/Buenos_Aires']) {
    it(`accepts ${tz}`, () => {
      expect(expectOk(validateFeed(base({ meetings: [meeting('m', { timeZone: tz })] }))).warnings).to.deep.equal([]);
      // Accepted zones are ones the browser formats in (the member states' zones are accepted without asking it).
      expect(() => new Intl.DateTimeFormat('en', { timeZone: tz })).to.not.throw();
    });
  }
  for (const tz of ['Mars/Olympus', 'Asia/Doha ', '', 'GMT+25', 3]) {
    it(`rejects ${JSON.stringify(tz)}`, () => {
      const r = expectOk(validateFeed(base({ meetings: [meeting('m', { timeZone: tz })] })));
      expect(r.warnings.map((w) => [w.path, w.dropped])).to.deep.equal([['$.meetings[0].timeZone', '$.meetings[0]']]);
      expect(r.warnings[0]!.expected).to.match(/IANA time zone/);
    });
  }
});

describe('validateFeed: dates', () => {
  for (const ok of ['2024-06-06', '2024-06-06T09:00+03:00', '2024-06-06T09:00:00+03:00', '2024-06-06T09:00:00.123Z', '2024-02-29']) {
    it(`accepts ${ok}`, () => {
      expect(expectOk(validateFeed(base({ meetings: [meeting('m', { start: ok })] }))).warnings).to.deep.equal([]);
    });
  }
  for (const bad of ['2024-13-01', '2024-00-10', '2024-06-32', '2024-6-6', '06/06/2024', '2024-06-06T09:00:00', '2024-06-06T24:00:00Z', '2024-06-06 09:00Z', '']) {
    it(`rejects ${JSON.stringify(bad)}`, () => {
      const r = expectOk(validateFeed(base({ meetings: [meeting('m', { start: bad })] })));
      expect(r.warnings.map((w) => w.path)).to.deep.equal(['$.meetings[0].start']);
    });
  }
  // A pattern alone would let impossible days through, and Date.UTC would roll them into the next month.
  it('rejects calendar dates that do not exist', () => {
    for (const bad of ['2023-02-29', '2024-02-31', '2024-04-31T10:00:00+03:00']) {
      const r = expectOk(validateFeed(base({ meetings: [meeting('m', { start: bad })] })));
      expect(r.warnings.map((w) => w.path), bad).to.deep.equal(['$.meetings[0].start']);
    }
  });
});

describe('validateFeed: never throws', () => {
  const nest = (depth: number): Obj => {
    let item: Obj = { id: 'leaf', title: 'Leaf' };
    for (let i = 0; i < depth; i++) item = { id: `n-${i}`, title: 'Node', items: [item] };
    return item;
  };
  const cyclic: Obj = { id: 'a', title: 'Cyclic' };
  cyclic['items'] = [cyclic];
  const throwing = base();
  Object.defineProperty(throwing, 'meetings', {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  });
  const proxy = new Proxy(
    {},
    {
      get() {
        throw new Error('trap');
      },
      has() {
        throw new Error('trap');
      },
      ownKeys() {
        throw new Error('trap');
      },
    },
  );
  let deepJunk: unknown = 'x';
  for (let i = 0; i < 10000; i++) deepJunk = { a: [deepJunk] };

  const weird: [string, unknown][] = [
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['-0', -0],
    ['a BigInt', 10n],
    ['a symbol', Symbol('s')],
    ['a function', () => 1],
    ['a Date', new Date(0)],
    ['a RegExp', /x/u],
    ['a Map', new Map([['version', '1.0']])],
    ['an empty object', {}],
    ['a null-prototype object', Object.create(null)],
    ['an empty string', ''],
    ['a huge string', 'x'.repeat(1_000_000)],
    ['nested arrays', [[[[[]]]]]],
    ['wrong types everywhere', { version: {}, committee: [], meetings: 'x' }],
    ['lists of junk', base({ meetings: [null, 1, 'x', [], {}, true], organizations: [undefined], states: [[]] })],
    ['lists that are not lists', base({ meetings: {}, initiatives: 'x', workingGroups: 3 })],
    ['a BigInt in a list item', base({ meetings: [meeting('m', { number: 10n })] })],
    ['a symbol as a text', base({ meetings: [meeting('m', { title: Symbol('t') })] })],
    ['a 300-deep agenda', base({ meetings: [meeting('m', { agenda: [nest(300)] })] })],
    ['a 20000-deep agenda', base({ meetings: [meeting('m', { agenda: [nest(20000)] })] })],
    ['a cyclic agenda', base({ meetings: [meeting('m', { agenda: [cyclic] })] })],
    ['deep junk in an unknown field of a dropped item', base({ meetings: [meeting('m', { start: 'x', junk: deepJunk }), meeting('n')] })],
    ['a throwing getter', throwing],
    ['a throwing proxy', proxy],
    ['a throwing proxy as committee', base({ committee: proxy })],
    ['__proto__ keys', JSON.parse('{"version":"1.0","committee":{"id":"c","name":"n"},"__proto__":{"x":1},"meetings":[{"__proto__":null}]}')],
  ];
  for (const [label, input] of weird) {
    it(`returns a result for ${label}`, () => {
      let r: ValidationResult | undefined;
      expect(() => (r = validateFeed(input))).not.to.throw();
      expect(r!.ok).to.be.a('boolean');
      if (!r!.ok) {
        expect(r!.errors.length).to.be.greaterThan(0);
        for (const e of r!.errors) {
          expect(e.path).to.match(/^\$/);
          expect(e.expected).to.be.a('string').that.is.not.empty;
        }
      }
    });
  }

  it('keeps a 300-deep agenda intact', () => {
    const r = expectOk(validateFeed(base({ meetings: [meeting('m', { agenda: [nest(300)] })] })));
    let depth = 0;
    let items = r.feed.meetings![0]!.agenda;
    while (items?.[0]?.items) {
      depth++;
      items = items[0].items;
    }
    expect(depth).to.equal(300);
    expect(items![0]!.id).to.equal('leaf');
  });
});
