import { expect } from '@open-wc/testing';

/**
 * Formatters are built on their first use: building one costs the most the first time (the browser loads
 * its locale data), and a view that formats only dates should not pay for numbers, lists and relative
 * times. Its own file: the module's caches start empty.
 */
describe('formats: formatters are built on first use', () => {
  const built: string[] = [];
  const originals = { NumberFormat: Intl.NumberFormat, ListFormat: Intl.ListFormat, RelativeTimeFormat: Intl.RelativeTimeFormat, DateTimeFormat: Intl.DateTimeFormat };

  before(() => {
    for (const [name, Ctor] of Object.entries(originals)) {
      // A counting stand-in that builds the real formatter.
      (Intl as unknown as Record<string, unknown>)[name] = new Proxy(Ctor, {
        construct(target, args: unknown[]) {
          built.push(name);
          return Reflect.construct(target, args) as object;
        },
      });
    }
  });
  after(() => Object.assign(Intl, originals));

  it('builds only what is asked for, once', async () => {
    const { formats } = await import('../../src/locale/format.js');
    const f = formats('en', 'latn', 'gregory');
    expect(built).to.deep.equal([]);
    expect(f.date('2030-06-01')).to.equal('1 June 2030');
    expect(built).to.deep.equal(['DateTimeFormat']);
    expect(f.number(1234)).to.equal('1,234');
    expect(f.number(5)).to.equal('5');
    expect(f.percent(40)).to.equal('40%');
    expect(built).to.deep.equal(['DateTimeFormat', 'NumberFormat', 'NumberFormat']);
    expect(f.list(['a', 'b'])).to.equal('a and b');
    expect(f.relative('2030-06-02', new Date('2030-06-01T00:00:00Z'))).to.equal('tomorrow');
    expect(built).to.deep.equal(['DateTimeFormat', 'NumberFormat', 'NumberFormat', 'ListFormat', 'RelativeTimeFormat']);
    // Another element with the same settings shares them.
    formats('en', 'latn', 'gregory').number(7);
    expect(built).to.have.length(5);
  });
});
