import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleItemFromValue } from '../../src/batch/article-input-schema.ts';
import { fileStem } from '../../src/batch/file-stem.ts';
import { parseJsonFieldMap, projectArticleFields } from '../../src/batch/json-fields.ts';
import { expandInputs, formatFromContent, InputArgumentError } from '../../src/batch/input-files.ts';
import { readCsv } from '../../src/batch/read-csv.ts';
import { feedItems } from '../../src/batch/read-feed.ts';
import { readInputs } from '../../src/batch/read-inputs.ts';
import { readJsonLines, streamLines } from '../../src/batch/read-json-lines.ts';
import { articleItemFromText } from '../../src/batch/read-text-file.ts';
import { defaultCsvOptions, type ArticleItem, type SourceItem } from '../../src/batch/source-item.ts';
import { repositoryRoot } from './helpers/run-cli.ts';

async function collect(items: AsyncIterable<SourceItem> | Iterable<SourceItem>): Promise<SourceItem[]> {
  const all: SourceItem[] = [];
  for await (const item of items) all.push(item);
  return all;
}

const articles = (items: SourceItem[]): ArticleItem['article'][] =>
  items.filter((item): item is ArticleItem => item.kind === 'article').map((item) => item.article);

process.chdir(repositoryRoot);

describe('input files', () => {
  it('walks folders recursively, sorted by path, with a format per file', async () => {
    const files = await expandInputs(['fixtures/batch/mixed']);
    expect(files).toEqual([
      { path: 'fixtures/batch/mixed/a-bahnstreik.txt', format: 'text' },
      { path: 'fixtures/batch/mixed/b-hafen.json', format: 'json' },
      { path: 'fixtures/batch/mixed/nested/c-meldungen.jsonl', format: 'json-lines' },
      { path: 'fixtures/batch/mixed/nested/d-tabelle.csv', format: 'csv' },
    ]);
  });

  it('rejects a missing input with a typed error', async () => {
    await expect(expandInputs(['fixtures/batch/gibt-es-nicht.jsonl'])).rejects.toBeInstanceOf(InputArgumentError);
  });

  it.each([
    ['<?xml version="1.0"?><rss/>', 'feed'],
    ['\uFEFF  <feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['{"text":"a"}', 'json'],
    ['{"text":"a"}\n{"text":"b"}\n', 'json-lines'],
    ['[{"text":"a"}]', 'json'],
    ['Schlagzeile\n\nText', 'text'],
  ])('sniffs %j as %s', (head, format) => {
    expect(formatFromContent(head)).toBe(format);
  });
});

describe('text files', () => {
  it('takes the first non-empty line as title and the file stem as id', () => {
    const item = articleItemFromText('\n\n  Schlagzeile hier  \n\nText.', 'some/dir/meldung-1.txt');
    expect(item).toMatchObject({ kind: 'article', article: { id: 'meldung-1', title: 'Schlagzeile hier', text: '\n\n  Schlagzeile hier  \n\nText.' } });
  });

  it('turns an empty file into an empty-text problem', () => {
    expect(articleItemFromText(' \n\t', 'leer.txt')).toMatchObject({ kind: 'problem', code: 'empty-text', id: 'leer' });
  });
});

describe('JSON lines', () => {
  it('gives every bad line a stable code and its line number, and keeps going', async () => {
    const items = await collect(readJsonLines('fixtures/batch/broken/malformed-lines.jsonl'));
    expect(items.map((item) => (item.kind === 'article' ? `ok:${item.article.id}` : `${item.code}:${item.id}:${item.line}`))).toEqual([
      'ok:ok-1',
      'invalid-json:malformed-lines#2:2',
      'invalid-article:malformed-lines#3:3',
      'invalid-article:malformed-lines#4:4',
      'empty-text:leer:5',
      'invalid-article:ohne-text:6',
      'ok:ok-2',
    ]);
  });

  it('reads stdin, skipping blank lines, with ids from the line number when missing', async () => {
    const stdin = Readable.from(['{"text":"Erste Meldung."}\n\n{"id":7,"text":"Zweite."}\n']);
    const items = await collect(readJsonLines('-', stdin));
    expect(articles(items)).toEqual([
      { id: 'stdin#1', text: 'Erste Meldung.' },
      { id: '7', text: 'Zweite.' },
    ]);
  });
});

describe('stream lines', () => {
  const linesOf = async (chunks: Array<Buffer | string>): Promise<string[]> => {
    const lines: string[] = [];
    for await (const line of streamLines(Readable.from(chunks, { objectMode: true }))) lines.push(line);
    return lines;
  };

  it('splits at LF, drops the CR of CRLF, keeps blank lines and a last line without a newline', async () => {
    expect(await linesOf(['eins\r\nzwei\n\n', 'drei'])).toEqual(['eins', 'zwei', '', 'drei']);
    expect(await linesOf(['a\n'])).toEqual(['a']);
    expect(await linesOf([])).toEqual([]);
  });

  it('joins a line cut across chunks, also inside a multi-byte character', async () => {
    const bytes = Buffer.from('{"text":"Grüße aus Köln „heute“"}\nnächste\n', 'utf8');
    // Cut every byte apart: each umlaut and quotation mark arrives in pieces.
    const chunks = Array.from(bytes, (byte) => Buffer.from([byte]));
    expect(await linesOf(chunks)).toEqual(['{"text":"Grüße aus Köln „heute“"}', 'nächste']);
  });

  it('does not read ahead of its consumer', async () => {
    let pulled = 0;
    async function* source(): AsyncGenerator<Buffer> {
      for (let index = 0; index < 100; index++) {
        pulled += 1;
        yield Buffer.from(`Zeile ${index}\n`);
      }
    }
    const lines = streamLines(source());
    await lines.next();
    await lines.next();
    expect(pulled).toBe(2);
  });
});

describe('CSV', () => {
  it('reads a header CSV with id and title columns and multi-line quoted fields', async () => {
    const items = await collect(readCsv('fixtures/batch/mixed/nested/d-tabelle.csv', { textColumn: 'text', delimiter: ',', quote: '"', hasHeader: true }));
    expect(articles(items)).toEqual([
      { id: 'csv-1', title: 'Wahl in Bremen', text: 'Bremen, 7. Mai – Die Bürgerschaftswahl ergab eine knappe Mehrheit; die Auszählung dauerte bis Mitternacht.' },
      { id: 'csv-2', title: 'Zoo "Tierpark" wächst', text: 'Der Tierpark in Cottbus meldet Nachwuchs bei den Pinguinen.\nDie Jungtiere sind gesund.' },
    ]);
  });

  it("reads the 10kGNAD layout: no header, ';' delimiter, doubled ' quotes, CRLF", async () => {
    const items = await collect(readCsv('fixtures/batch/gnad-style.csv', { textColumn: '2', delimiter: ';', quote: "'", hasHeader: false }));
    const texts = articles(items).map((article) => article.text);
    expect(texts).toEqual([
      "Wien – Der Nationalrat hat am Mittwoch ein neues Gesetz beschlossen; die Opposition sprach von einem 'Schnellschuss'.",
      'Graz – Der Trainer lobte die Mannschaft nach dem 2:1-Sieg, sagte der "Kapitän".',
    ]);
    expect(articles(items).map((article) => article.id)).toEqual(['gnad-style#1', 'gnad-style#2']);
  });

  it('turns a row without the text column into a problem and goes on', async () => {
    const stream = Readable.from(['id,text\na,Erster Text\nb\nc,Dritter Text\n']);
    const items = await collect(readCsv('inline.csv', { textColumn: 'text', delimiter: ',', quote: '"', hasHeader: true }, stream));
    expect(items.map((item) => (item.kind === 'article' ? item.article.id : `${item.code}:${item.id}`))).toEqual(['a', 'invalid-article:b', 'c']);
  });
});

describe('feeds', () => {
  it('reads RSS items: CDATA and escaped HTML become plain text, title first, dates in ISO form', async () => {
    const items = await collect(readInputs(await expandInputs(['fixtures/batch/feeds/rss-regional.xml'])));
    expect(articles(items)).toEqual([
      {
        id: 'rss-magdeburg-1',
        title: 'Brücke in Magdeburg gesperrt',
        url: 'https://example.org/magdeburg-bruecke',
        publishedAt: '2025-03-04T08:30:00.000Z',
        text: 'Brücke in Magdeburg gesperrt\n\nDie Elbbrücke in Magdeburg ist seit Montag voll gesperrt.\n\nPendler & Lieferverkehr müssen Umwege fahren.',
      },
      {
        id: 'https://example.org/rostock-umbau',
        title: 'Rathaus & Markt: Umbau beginnt',
        url: 'https://example.org/rostock-umbau',
        text: 'Rathaus & Markt: Umbau beginnt\n\nDer Umbau des Rostocker Marktplatzes beginnt im Juni.\nDie Kosten liegen bei 3,5 Mio.\u00A0Euro.',
      },
    ]);
  });

  it('reads Atom entries: html content is reduced, text content is kept literally', async () => {
    const items = await collect(readInputs(await expandInputs(['fixtures/batch/feeds/atom-wissen.atom'])));
    const [moss, observatory] = articles(items);
    expect(moss).toMatchObject({ id: 'urn:example:wissen:moos', url: 'https://example.org/moos', publishedAt: '2025-06-01T10:00:00.000Z' });
    expect(moss.text).toBe('Forscher in Göttingen entdecken neue Moosart\n\nFund im Harz\n\nEin Team der Universität Göttingen hat im Harz eine bisher unbekannte Moosart beschrieben.');
    expect(observatory.text).toBe('Sternwarte öffnet wieder\n\nDie Sternwarte in Sonneberg öffnet nach der Sanierung am Samstag <wieder> für Besucher.');
  });

  it('yields nothing for an empty feed', async () => {
    expect(await collect(readInputs(await expandInputs(['fixtures/batch/feeds/empty-feed.rss'])))).toEqual([]);
  });

  it('names the file, line and column of broken XML', async () => {
    const [item] = await collect(readInputs(await expandInputs(['fixtures/batch/broken/broken-feed.xml'])));
    expect(item).toMatchObject({ kind: 'problem', code: 'invalid-feed', id: 'broken-feed', line: 7 });
    expect(item.kind === 'problem' && item.message).toMatch(/^fixtures\/batch\/broken\/broken-feed\.xml:7:5: .*description/);
  });

  it('rejects well-formed XML that is not a feed', () => {
    const [item] = [...feedItems('<kml><Placemark/></kml>', 'karte.xml')];
    expect(item).toMatchObject({ kind: 'problem', code: 'invalid-feed', message: expect.stringContaining('<kml>') });
  });

  it('reads RSS 1.0 (RDF) items', () => {
    const xml = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>x</title></channel>
      <item><title>Eins</title><link>https://example.org/1</link><dc:date>2025-01-02T03:04:05Z</dc:date><description>Text &amp; mehr</description></item>
    </rdf:RDF>`;
    expect(articles([...feedItems(xml, 'rdf.xml')])).toEqual([
      { id: 'https://example.org/1', title: 'Eins', url: 'https://example.org/1', publishedAt: '2025-01-02T03:04:05.000Z', text: 'Eins\n\nText & mehr' },
    ]);
  });
});

describe('gzip-compressed inputs', () => {
  let scratch: string;
  const plain = 'fixtures/batch/mixed/nested/c-meldungen.jsonl';

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'depesche-gzip-'));
    for (const path of [plain, 'fixtures/batch/mixed/nested/d-tabelle.csv', 'fixtures/batch/mixed/a-bahnstreik.txt', 'fixtures/batch/mixed/b-hafen.json', 'fixtures/batch/feeds/rss-regional.xml']) {
      await writeFile(join(scratch, `${basename(path)}.gz`), gzipSync(await readFile(path)));
    }
    await writeFile(join(scratch, 'archiv-ohne-endung'), gzipSync(await readFile(plain)));
  });

  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('takes the format from the name before .gz, and sniffs a gzip file whose name says nothing', async () => {
    const folder = await expandInputs([scratch]);
    expect(folder.map((file) => [basename(file.path), file.format, file.gzip])).toEqual([
      ['a-bahnstreik.txt.gz', 'text', true],
      ['b-hafen.json.gz', 'json', true],
      ['c-meldungen.jsonl.gz', 'json-lines', true],
      ['d-tabelle.csv.gz', 'csv', true],
      ['rss-regional.xml.gz', 'feed', true],
    ]);
    expect(await expandInputs([join(scratch, 'archiv-ohne-endung')])).toEqual([{ path: join(scratch, 'archiv-ohne-endung'), format: 'json-lines', gzip: true }]);
  });

  it('reads every format compressed exactly as it reads it plain, ids from the name without .gz', async () => {
    const compressed = await collect(readInputs(await expandInputs([scratch])));
    const uncompressed = await collect(
      readInputs(await expandInputs(['fixtures/batch/mixed/a-bahnstreik.txt', 'fixtures/batch/mixed/b-hafen.json', plain, 'fixtures/batch/mixed/nested/d-tabelle.csv', 'fixtures/batch/feeds/rss-regional.xml'])),
    );
    expect(articles(compressed)).toEqual(articles(uncompressed));
    expect(articles(compressed).length).toBeGreaterThanOrEqual(8);
    expect(compressed.every((item) => item.kind === 'article')).toBe(true);
  });

  it('keeps the articles before the break of a truncated archive and names the file and line after them', async () => {
    const lines = Array.from({ length: 300 }, (_, index) => JSON.stringify({ id: `a${index + 1}`, text: `Meldung ${index + 1}: ${'Der Stadtrat von Jena tagte am Montag. '.repeat(1 + (index % 7))}` }));
    const whole = gzipSync(lines.join('\n'));
    const path = join(scratch, 'abgeschnitten.jsonl.gz');
    await writeFile(path, whole.subarray(0, Math.floor(whole.length / 2)));
    const items = await collect(readInputs(await expandInputs([path])));
    const read = articles(items);
    const problem = items[items.length - 1];
    expect(read.length).toBeGreaterThan(10);
    expect(read.length).toBeLessThan(300);
    // Every article read is a whole line of the original, in order, and only the last item is the problem.
    expect(read.map((article) => article.id)).toEqual(lines.slice(0, read.length).map((line) => JSON.parse(line).id));
    expect(read.map((article) => article.text)).toEqual(lines.slice(0, read.length).map((line) => JSON.parse(line).text));
    expect(items).toHaveLength(read.length + 1);
    expect(problem).toMatchObject({ kind: 'problem', code: 'unreadable-input', input: path, line: read.length + 1 });
    expect(problem.kind === 'problem' && problem.message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: gzip data is corrupt or truncated .*up to line ${read.length} read whole`));
  });

  it('turns a .gz file that is not gzip into one error naming it, for streamed and whole-file formats', async () => {
    for (const name of ['kaputt.jsonl.gz', 'kaputt.txt.gz', 'kaputt.csv.gz']) {
      const path = join(scratch, name);
      await writeFile(path, 'kein gzip');
      const items = await collect(readInputs(await expandInputs([path])));
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ kind: 'problem', code: 'unreadable-input', input: path, message: expect.stringMatching(/gzip data is corrupt or truncated/) });
    }
  });

  it('decompresses JSONL on stdin when it starts with the gzip magic bytes', async () => {
    const text = await readFile(plain, 'utf8');
    const fromGzip = await collect(readJsonLines('-', Readable.from([gzipSync(text)])));
    const fromPlain = await collect(readJsonLines('-', Readable.from([Buffer.from(text)])));
    expect(fromGzip).toEqual(fromPlain);
    expect(articles(fromGzip).length).toBeGreaterThan(1);
  });

  it('names fallback ids after the file without .gz', () => {
    expect(fileStem('archiv/news.jsonl.gz')).toBe('news');
    expect(fileStem('archiv/news.jsonl')).toBe('news');
  });
});

describe('JSON field maps', () => {
  const newsPlease = {
    maintext: 'Die Ministerin sprach in Leipzig.',
    title: 'Rede in Leipzig',
    date_publish: '2025-05-02 10:00:00',
    meta: { uuid: 'np-7', links: { canonical: 'https://example.org/np-7' } },
  };

  it('parses field=path pairs with nested paths', () => {
    expect(parseJsonFieldMap('text=maintext, id=meta.uuid,publishedAt=date_publish')).toEqual({ text: ['maintext'], id: ['meta', 'uuid'], publishedAt: ['date_publish'] });
  });

  it.each([
    ['body=maintext', /'body' is not an article field/],
    ['text', /not field=path/],
    ['text=', /empty/],
    ['text=a..b', /empty segment/],
    ['text=a,text=b', /mapped twice/],
    [' , ', /no field=path mapping/],
  ])('rejects %j with a message that says what is wrong', (spec, message) => {
    expect(() => parseJsonFieldMap(spec)).toThrow(message);
  });

  it('reads an article from where the map says, other fields from their own names', () => {
    const fields = parseJsonFieldMap('text=maintext,id=meta.uuid,publishedAt=date_publish,url=meta.links.canonical');
    expect(articleItemFromValue(newsPlease, { input: 'np.jsonl', line: 3, fallbackId: 'np#3' }, fields)).toEqual({
      kind: 'article',
      article: { id: 'np-7', text: 'Die Ministerin sprach in Leipzig.', title: 'Rede in Leipzig', url: 'https://example.org/np-7', publishedAt: '2025-05-02 10:00:00' },
      input: 'np.jsonl',
      line: 3,
    });
  });

  it('joins a text given as a list of paragraphs with blank lines', () => {
    const projected = projectArticleFields({ body: { paragraphs: ['Erster Absatz.', 'Zweiter Absatz.'] } }, parseJsonFieldMap('text=body.paragraphs'));
    expect(projected).toEqual({ text: 'Erster Absatz.\n\nZweiter Absatz.' });
  });

  it('names the mapped source field when it is missing, and keeps the fallback id', () => {
    const item = articleItemFromValue({ title: 'Nur ein Titel' }, { input: 'np.jsonl', line: 9, fallbackId: 'np#9' }, parseJsonFieldMap('text=maintext'));
    expect(item).toMatchObject({ kind: 'problem', code: 'invalid-article', id: 'np#9', line: 9, message: expect.stringContaining('text (maintext)') });
  });

  it('applies the map to every line of a JSONL stream and to .json files', async () => {
    const fields = parseJsonFieldMap('text=maintext,id=meta.uuid');
    const lines = `${JSON.stringify(newsPlease)}\n${JSON.stringify({ ...newsPlease, meta: { uuid: 'np-8' } })}\n`;
    const items = await collect(readJsonLines('-', Readable.from([Buffer.from(lines)]), false, fields));
    expect(articles(items).map((article) => article.id)).toEqual(['np-7', 'np-8']);
    // Without the map the same lines have no text.
    const unmapped = await collect(readJsonLines('-', Readable.from([Buffer.from(lines)])));
    expect(unmapped.every((item) => item.kind === 'problem' && item.code === 'invalid-article')).toBe(true);
  });
});

describe('input encodings', () => {
  const text = 'Die Außenministerin sprach in Göteborg über Zölle, „Brücken“ und 5 € Gebühr.';
  // The test's own encoder: Latin-1 characters are their byte; the three of `text` beyond Latin-1 are mapped by hand.
  const windows1252 = (value: string) => {
    const beyondLatin1: Record<string, number> = { '€': 0x80, '„': 0x84, '“': 0x93 };
    return Buffer.from([...value].map((character) => beyondLatin1[character] ?? character.charCodeAt(0)));
  };
  const notes = (items: SourceItem[]) => items.map((item) => (item.kind === 'article' ? (item.notes ?? []).map((note) => note.message) : item.code));
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'depesche-encoding-'));
  });

  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('reads a text file that is no valid UTF-8 as Windows-1252, and says so', async () => {
    await writeFile(join(scratch, 'alt.txt'), windows1252(text));
    const items = await collect(readInputs(await expandInputs([join(scratch, 'alt.txt')])));
    expect(articles(items)[0].text).toBe(text);
    expect(notes(items)).toEqual([['read as windows-1252: the input is not valid UTF-8']]);
    // UTF-8 stays UTF-8, without a note.
    await writeFile(join(scratch, 'neu.txt'), text);
    const utf8 = await collect(readInputs(await expandInputs([join(scratch, 'neu.txt')])));
    expect([articles(utf8)[0].text, notes(utf8)]).toEqual([text, [[]]]);
  });

  it('decodes JSONL line by line, so one foreign line spoils no other', async () => {
    const line = (id: string) => `{"id":"${id}","text":"${text}"}\n`;
    const bytes = Buffer.concat([Buffer.from(line('a')), windows1252(line('b')), Buffer.from(line('c'))]);
    const items = await collect(readJsonLines('-', Readable.from([bytes])));
    expect(articles(items).map((article) => article.text)).toEqual([text, text, text]);
    expect(notes(items)).toEqual([[], ['read as windows-1252: the input is not valid UTF-8'], []]);
  });

  it('reads a CSV whose start is no valid UTF-8 as Windows-1252', async () => {
    const items = await collect(readCsv('alt.csv', { ...defaultCsvOptions }, Readable.from([windows1252(`id,text\n1,"${text}"\n`)])));
    expect(articles(items).map((article) => article.text)).toEqual([text]);
    expect(notes(items)).toEqual([['read as windows-1252: the input is not valid UTF-8']]);
  });

  it('reads a feed in the encoding its XML declaration names', async () => {
    const feed = `<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><item><title>Zölle</title><description>${text}</description></item></channel></rss>`;
    await writeFile(join(scratch, 'alt.rss'), windows1252(feed));
    const items = await collect(readInputs(await expandInputs([join(scratch, 'alt.rss')])));
    expect(articles(items)[0].text).toContain(text);
    expect(notes(items)).toEqual([['read as windows-1252: the input declares ISO-8859-1']]);
  });
});

describe('HTML pages', () => {
  it('reads the article of a saved page: headline and body, without menus, teasers, share buttons or footer', async () => {
    const items = await collect(readInputs(await expandInputs(['fixtures/batch/pages/hafenfest-kiel.html'])));
    expect(articles(items)).toEqual([
      {
        id: 'hafenfest-kiel',
        title: 'Hafenfest: Bürgermeisterin lobt Helfer',
        url: 'https://example.org/kiel/hafenfest-helfer',
        publishedAt: '2025-06-02T09:30:00+02:00',
        text: 'Hafenfest: Bürgermeisterin lobt Helfer\n\nDie Kieler Oberbürgermeisterin Henrike Voßkamp hat am Montag die freiwilligen Helfer des Hafenfests gelobt.\n\nRund 400 Menschen hatten an drei Tagen im Hafen mitgearbeitet.',
      },
    ]);
  });

  it("prefers the page's schema.org articleBody, headline and date, also inside a @graph", async () => {
    const [article] = articles(await collect(readInputs(await expandInputs(['fixtures/batch/pages/werft-json-ld.html']))));
    expect(article).toMatchObject({ title: 'Werft erhält neuen Auftrag', publishedAt: '2025-06-03T07:00:00+02:00', url: 'https://example.org/werft-auftrag' });
    expect(article.text).toMatch(/^Werft erhält neuen Auftrag\n\nDie Werft in Kiel hat einen Auftrag über zwei Fähren erhalten\. .*\n\nDie Fähren sollen ab 2027/);
    expect(article.text).not.toContain('abonnieren');
  });

  it('finds the story on a page that marks no article: the column whose paragraphs hold the most text, its lead beside it, without menus, tickers and link boxes', async () => {
    const [article] = articles(await collect(readInputs(await expandInputs(['fixtures/batch/pages/werkschliessung-tabellenlayout.html']))));
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs[0]).toBe('Werk in Lindenau schließt: 300 Stellen fallen weg');
    expect(article.text).toContain('Der Maschinenbauer Krämer & Söhne schließt sein Werk in Lindenau bis Ende des Jahres.');
    expect(paragraphs.at(-1)).toBe('Bürgermeister Tobias Lange will mit dem Land über Hilfen für die Beschäftigten sprechen. Für den Standort sucht die Stadt einen neuen Investor.');
    for (const furniture of ['Politik', 'DAX', 'Mehr zum Thema', 'Zulieferer in der Region', 'kostenlos lesen', 'Grad', 'Impressum']) expect(article.text).not.toContain(furniture);
  });

  it('honours the charset a page declares, sniffs a page without extension, and gives a page without text an error', async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'depesche-html-'));
    try {
      const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>Der Bürgermeister sprach in Köln.</p></body></html>';
      await writeFile(join(scratch, 'alt'), Buffer.from(page, 'latin1'));
      await writeFile(join(scratch, 'leer.html'), '<html><body><nav>Menü</nav></body></html>');
      const files = await expandInputs([join(scratch, 'alt'), join(scratch, 'leer.html')]);
      expect(files.map((file) => file.format)).toEqual(['html', 'html']);
      const items = await collect(readInputs(files));
      expect(articles(items).map((article) => article.text)).toEqual(['Der Bürgermeister sprach in Köln.']);
      expect(items[0]).toMatchObject({ notes: [{ code: 'input-encoding', message: 'read as windows-1252: the input declares iso-8859-1' }] });
      expect(items[1]).toMatchObject({ kind: 'problem', code: 'empty-text', id: 'leer' });
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });

  it('reads a page nested too deep for the DOM walks as a stream of text instead of failing', async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'depesche-html-'));
    try {
      const depth = 5000;
      const page = `<html><body>${'<div>'.repeat(depth)}<p>Der Bürgermeister sprach in Riga.</p>${'</div>'.repeat(depth)}</body></html>`;
      await writeFile(join(scratch, 'tief.html'), page);
      const items = await collect(readInputs(await expandInputs([join(scratch, 'tief.html')])));
      expect(articles(items).map((article) => article.text)).toEqual(['Der Bürgermeister sprach in Riga.']);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });

  it('reads a page saved as UTF-8 that still declares a single-byte charset as UTF-8, and says so', async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'depesche-html-'));
    try {
      const page = '<html><head><meta charset="iso-8859-1"></head><body><p>Der Bürgermeister sprach in Köln über Zölle.</p></body></html>';
      await writeFile(join(scratch, 'resaved.html'), Buffer.from(page, 'utf8'));
      // Bytes of a single-byte page that happen to be ASCII only stay as declared, with nothing to say.
      await writeFile(join(scratch, 'ascii.html'), Buffer.from(page.replace(/[äöü]/g, 'e'), 'latin1'));
      const items = await collect(readInputs(await expandInputs([join(scratch, 'resaved.html'), join(scratch, 'ascii.html')])));
      expect(articles(items).map((article) => article.text)).toEqual(['Der Bürgermeister sprach in Köln über Zölle.', 'Der Bergermeister sprach in Keln eber Zelle.']);
      expect(items[0]).toMatchObject({ notes: [{ code: 'input-encoding', message: 'read as utf-8: the input declares iso-8859-1, but its bytes are UTF-8' }] });
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
