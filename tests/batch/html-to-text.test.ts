import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/batch/html-to-text.ts';
import { decodeXmlEntities, unwrapRawXmlContent } from '../../src/batch/xml-entities.ts';

describe('htmlToText', () => {
  it.each([
    ['<p>Erster Absatz.</p><p>Zweiter Absatz.</p>', 'Erster Absatz.\n\nZweiter Absatz.'],
    ['Zeile eins<br>Zeile zwei<br/>Zeile drei', 'Zeile eins\nZeile zwei\nZeile drei'],
    ['<ul><li>Berlin</li><li>Hamburg</li></ul>', 'Berlin\nHamburg'],
    ['<p>Bürger&shy;innen &amp; Kund:innen &bdquo;zitiert&ldquo; &#8211; &#x2014;</p>', 'Bürger\u00ADinnen & Kund:innen „zitiert“ – —'],
    ['<div>  viel   \n  Leerraum  </div>', 'viel Leerraum'],
    ['<p>Text</p><script>var x = "<p>nein</p>";</script><style>p{}</style>', 'Text'],
    ['<h2>Titel</h2>Fließtext <b>fett</b> und <a href="#">Link</a>.', 'Titel\n\nFließtext fett und Link.'],
    ['kein HTML, nur 3 < 4', 'kein HTML, nur 3 < 4'],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('raw XML content', () => {
  it('decodes the predefined entities and character references only', () => {
    expect(decodeXmlEntities('&lt;p&gt;A &amp;amp; B&#33;&#x21;&nbsp;')).toBe('<p>A &amp; B!!&nbsp;');
  });

  it('takes CDATA verbatim and decodes what is outside it', () => {
    expect(unwrapRawXmlContent('&lt;b&gt;<![CDATA[<i>A &amp; B</i>]]>&lt;/b&gt;')).toBe('<b><i>A &amp; B</i></b>');
  });
});
