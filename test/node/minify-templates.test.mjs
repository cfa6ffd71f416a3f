// The CDN build's template minifier (scripts/minify-templates.mjs): only the literal text of html``, svg`` and css``
// changes; expressions, other template literals and strings are left exactly as written.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

describe('minifyTemplates', () => {
  it('turns indentation with a line break into one space in html`` and keeps expressions as written', () => {
    const src = 'const t = html`<ul>\n    <li class="a">${x ? html`<b>\n      yes</b>` : `keep\n    this`}</li>\n  </ul>`;';
    assert.equal(minifyTemplates(src), 'const t = html`<ul> <li class="a">${x ? html`<b> yes</b>` : `keep\n    this`}</li> </ul>`;');
  });

  it('leaves untagged templates, strings and other tags alone (nothing to change: null)', () => {
    assert.equal(minifyTemplates('const a = `line\n   two`; const b = "html`\\n  `"; const c = ics`A\r\n B`;'), null);
  });

  it('squeezes css``: comments and the spaces around { } ; , go, selectors keep their meaning', () => {
    const src = 'css`\n  /* note */\n  a :hover,\n  b > c {\n    color: red;\n    margin-inline: 0 1rem;\n  }\n  :host([dir="rtl"]) .x { inset-inline-start: 0; }\n`';
    assert.equal(minifyTemplates(src), 'css`a :hover,b > c{color: red;margin-inline: 0 1rem}:host([dir="rtl"]) .x{inset-inline-start: 0}`');
  });

  it('skips braces, quotes and comments inside expressions', () => {
    const src = "html`<p>\n  ${fn({ a: '}', b: \"`\" /* } */ })}\n</p>`";
    assert.equal(minifyTemplates(src), "html`<p> ${fn({ a: '}', b: \"`\" /* } */ })} </p>`");
  });

  it('an unterminated template is an error, not a silent change', () => {
    assert.throws(() => minifyTemplates('html`<p>\n  ${x'), /unterminated/);
  });
});
