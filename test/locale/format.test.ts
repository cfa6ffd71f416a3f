import { formats } from '../../src/locale/format.js';
describe('probe', () => {
  it('prints', () => {
    const out: unknown[] = [];
    for (const loc of ['ar', 'en'] as const) for (const num of ['arab', 'latn'] as const) for (const cal of ['gregory', 'islamic-umalqura', 'both'] as const) {
      const f = formats(loc, num, cal);
      out.push([loc, num, cal, f.number(26), f.number(1234.5), f.percent(50), f.date('2024-06-06'), f.date('2024-06-06', { weekday: true }), f.date('2024-06-06T23:30:00+03:00', { timeZone: 'Asia/Tokyo', withTime: true }), f.time('2031-06-01T09:30:00+03:00', 'Asia/Riyadh'), f.time('2031-06-01T09:30:00+03:00'), f.time('2031-06-01T09:30:00Z'), f.list(['a', 'b', 'c']), f.relative('2024-03-01', new Date(Date.UTC(2024, 5, 1))), f.relative('2024-06-02', new Date(Date.UTC(2024, 5, 1)))]);
    }
    console.log(JSON.stringify(out, null, 1), Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
