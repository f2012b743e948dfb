import { describe, expect, it } from 'vitest';
import { escapeHtml, html, SafeHtml } from '../../../../shared/forms/escape';

describe('escapeHtml / html', () => {
  it('escapes script tags, closing cells, quotes and ampersands', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml('</td></tr>')).toBe('&lt;/td&gt;&lt;/tr&gt;');
    expect(escapeHtml(`"a" 'b' \`c\``)).toBe('&quot;a&quot; &#39;b&#39; &#96;c&#96;');
    expect(escapeHtml('A & B &amp;')).toBe('A &amp; B &amp;amp;');
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(12)).toBe('12');
  });
  it('escapes every interpolation but keeps SafeHtml and joins arrays', () => {
    const user = '<b onmouseover="x">';
    const out = html`<td title="${user}">${user}${[html`<i>${'&'}</i>`, '<u>']}</td>`;
    expect(out).toBeInstanceOf(SafeHtml);
    expect(out.value).toBe('<td title="&lt;b onmouseover=&quot;x&quot;&gt;">&lt;b onmouseover=&quot;x&quot;&gt;<i>&amp;</i>&lt;u&gt;</td>');
  });
  it('prints false/null/undefined as nothing', () => {
    expect(html`${false}${null}${undefined}`.value).toBe('');
  });
});
