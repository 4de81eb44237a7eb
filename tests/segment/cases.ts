/**
 * German segmentation cases, shared by the table-driven test and `scripts/compare-segmenters.ts`.
 * Add a row to cover a new case: the input, the sentences it must give, and where the case is about
 * tokenisation, the expected token texts and the kinds of some of them.
 */
import type { TokenKind } from '../../src/doc/types.ts';

export interface SegmentCase {
  name: string;
  text: string;
  /** Expected sentence texts, in order. */
  sentences: string[];
  /** Expected token texts of the whole input, in order. */
  tokens?: string[];
  /** Expected kinds of some tokens, by token text (every token with that text must have the kind). */
  kinds?: Record<string, TokenKind>;
}

export const segmentCases: SegmentCase[] = [
  {
    name: 'a heading that lost its line break is a sentence of its own',
    text: 'Der Plan kam spät. Gutachten liegen noch nicht vor Beim Asylgipfel hatte man noch vereinbart, zu warten.',
    sentences: ['Der Plan kam spät.', 'Gutachten liegen noch nicht vor', 'Beim Asylgipfel hatte man noch vereinbart, zu warten.'],
  },
  {
    name: 'a title after an article, a sentence starter opening the sentence, and a polite "Sie" are no heading',
    text: 'Laut einem Bericht der Zeitung Die Presse trat er zurück. Wie Die Presse berichtet, ging er. Da fragen Sie besser einen Politiker.',
    sentences: ['Laut einem Bericht der Zeitung Die Presse trat er zurück.', 'Wie Die Presse berichtet, ging er.', 'Da fragen Sie besser einen Politiker.'],
  },
  {
    name: 'ordinal date am 3. März 2025',
    text: 'Am 3. März 2025 trat er zurück. Danach schwieg er.',
    sentences: ['Am 3. März 2025 trat er zurück.', 'Danach schwieg er.'],
    tokens: ['Am', '3.', 'März', '2025', 'trat', 'er', 'zurück', '.', 'Danach', 'schwieg', 'er', '.'],
    kinds: { '3.': 'ordinal', '2025': 'number', '.': 'punct' },
  },
  {
    name: 'ordinal without space 2.Oktober',
    text: 'Die Wahl findet am 2.Oktober statt. Sie gilt als offen.',
    sentences: ['Die Wahl findet am 2.Oktober statt.', 'Sie gilt als offen.'],
    tokens: ['Die', 'Wahl', 'findet', 'am', '2.', 'Oktober', 'statt', '.', 'Sie', 'gilt', 'als', 'offen', '.'],
    kinds: { '2.': 'ordinal' },
  },
  {
    name: 'ordinal after article: der 20. Jahrestag',
    text: 'Der 20. Jahrestag wurde gefeiert. Viele kamen.',
    sentences: ['Der 20. Jahrestag wurde gefeiert.', 'Viele kamen.'],
    kinds: { '20.': 'ordinal' },
  },
  {
    name: 'ordinal century: im 19. Jahrhundert',
    text: 'Im 19. Jahrhundert wuchs die Stadt stark. Heute ist sie klein.',
    sentences: ['Im 19. Jahrhundert wuchs die Stadt stark.', 'Heute ist sie klein.'],
    kinds: { '19.': 'ordinal' },
  },
  {
    name: 'ordinal date after seit dem',
    text: 'Das geschah seit dem 1. Januar 2024 mehrfach.',
    sentences: ['Das geschah seit dem 1. Januar 2024 mehrfach.'],
    kinds: { '1.': 'ordinal' },
  },
  {
    name: 'year ends the sentence: seit 2019. Die',
    text: 'Die Zahl stieg seit 2019. Die Regierung reagierte.',
    sentences: ['Die Zahl stieg seit 2019.', 'Die Regierung reagierte.'],
    kinds: { '2019': 'number', '.': 'punct' },
  },
  {
    name: 'year ends the sentence: bis 2030. Experten',
    text: 'Die Ausgaben steigen bis 2030. Experten warnen.',
    sentences: ['Die Ausgaben steigen bis 2030.', 'Experten warnen.'],
  },
  {
    name: 'date range vom 1. bis 3. Mai',
    text: 'Die Messe läuft vom 1. bis 3. Mai in Berlin.',
    sentences: ['Die Messe läuft vom 1. bis 3. Mai in Berlin.'],
    kinds: { '1.': 'ordinal', '3.': 'ordinal' },
  },
  {
    name: 'ordinal before lower-case word',
    text: 'Er ist am 3. nicht gekommen.',
    sentences: ['Er ist am 3. nicht gekommen.'],
    kinds: { '3.': 'ordinal' },
  },
  {
    name: 'weekday date: Montag, 3. März',
    text: 'Am Montag, 3. März, tagt der Rat.',
    sentences: ['Am Montag, 3. März, tagt der Rat.'],
    kinds: { '3.': 'ordinal' },
  },
  {
    name: 'abbreviated month: 3. Sept.',
    text: 'Am 3. Sept. beginnt die Schule.',
    sentences: ['Am 3. Sept. beginnt die Schule.'],
    kinds: { '3.': 'ordinal', 'Sept.': 'abbreviation' },
  },
  {
    name: 'abbreviation z. B. as two tokens',
    text: 'Viele Länder, z. B. Frankreich und Italien, stimmten zu. Deutschland nicht.',
    sentences: ['Viele Länder, z. B. Frankreich und Italien, stimmten zu.', 'Deutschland nicht.'],
    tokens: ['Viele', 'Länder', ',', 'z.', 'B.', 'Frankreich', 'und', 'Italien', ',', 'stimmten', 'zu', '.', 'Deutschland', 'nicht', '.'],
    kinds: { 'z.': 'abbreviation', 'B.': 'abbreviation' },
  },
  {
    name: 'abbreviation z.B. without space as one token',
    text: 'Manche Tiere, z.B. Katzen, schlafen viel.',
    sentences: ['Manche Tiere, z.B. Katzen, schlafen viel.'],
    tokens: ['Manche', 'Tiere', ',', 'z.B.', 'Katzen', ',', 'schlafen', 'viel', '.'],
    kinds: { 'z.B.': 'abbreviation' },
  },
  {
    name: 'title Dr.',
    text: 'Dr. Anna Schmidt leitet die Klinik. Sie ist Ärztin.',
    sentences: ['Dr. Anna Schmidt leitet die Klinik.', 'Sie ist Ärztin.'],
    kinds: { 'Dr.': 'abbreviation' },
  },
  {
    name: 'abbreviation bzw.',
    text: 'Der Kanzler bzw. sein Sprecher äußerte sich. Mehr nicht.',
    sentences: ['Der Kanzler bzw. sein Sprecher äußerte sich.', 'Mehr nicht.'],
    kinds: { 'bzw.': 'abbreviation' },
  },
  {
    name: 'abbreviation u. a.',
    text: 'Es kamen u. a. Vertreter aus Polen. Auch Ungarn war dabei.',
    sentences: ['Es kamen u. a. Vertreter aus Polen.', 'Auch Ungarn war dabei.'],
    tokens: ['Es', 'kamen', 'u.', 'a.', 'Vertreter', 'aus', 'Polen', '.', 'Auch', 'Ungarn', 'war', 'dabei', '.'],
  },
  {
    name: 'abbreviation Nr. before a number',
    text: 'Das Gesetz Nr. 12 tritt in Kraft. Es gilt ab sofort.',
    sentences: ['Das Gesetz Nr. 12 tritt in Kraft.', 'Es gilt ab sofort.'],
    kinds: { 'Nr.': 'abbreviation', '12': 'number' },
  },
  {
    name: 'decimal comma with Mio.',
    text: 'Das Projekt kostet 3,5 Mio. Euro. Die Stadt zahlt.',
    sentences: ['Das Projekt kostet 3,5 Mio. Euro.', 'Die Stadt zahlt.'],
    tokens: ['Das', 'Projekt', 'kostet', '3,5', 'Mio.', 'Euro', '.', 'Die', 'Stadt', 'zahlt', '.'],
  },
  {
    name: 'Mio. at the end of a sentence',
    text: 'Der Schaden beträgt 3 Mio. Die Versicherung zahlt.',
    sentences: ['Der Schaden beträgt 3 Mio.', 'Die Versicherung zahlt.'],
    kinds: { 'Mio.': 'abbreviation' },
  },
  {
    name: 'abbreviation ca.',
    text: 'Es waren ca. 300 Menschen. Die Polizei zählte mehr.',
    sentences: ['Es waren ca. 300 Menschen.', 'Die Polizei zählte mehr.'],
  },
  {
    name: 'capitalised abbreviation Ca. at a sentence start',
    text: 'Ca. 50 Menschen kamen. Es regnete.',
    sentences: ['Ca. 50 Menschen kamen.', 'Es regnete.'],
    kinds: { 'Ca.': 'abbreviation' },
  },
  {
    name: 'abbreviation St. in a place name',
    text: 'Er lebt in St. Gallen. Dort arbeitet er.',
    sentences: ['Er lebt in St. Gallen.', 'Dort arbeitet er.'],
    kinds: { 'St.': 'abbreviation' },
  },
  {
    name: 'whole-token matching: Angst. is not St.',
    text: 'Er hatte Angst. St. Pauli gewann trotzdem.',
    sentences: ['Er hatte Angst.', 'St. Pauli gewann trotzdem.'],
    tokens: ['Er', 'hatte', 'Angst', '.', 'St.', 'Pauli', 'gewann', 'trotzdem', '.'],
  },
  {
    name: 'titles Prof. Dr.',
    text: 'Prof. Dr. Karl Lauterbach sprach. Er warnte.',
    sentences: ['Prof. Dr. Karl Lauterbach sprach.', 'Er warnte.'],
  },
  {
    name: 'usw. followed by a sentence start ends the sentence',
    text: 'Sie verkaufen Obst, Gemüse usw. Dann schließen sie.',
    sentences: ['Sie verkaufen Obst, Gemüse usw.', 'Dann schließen sie.'],
    kinds: { 'usw.': 'abbreviation' },
  },
  {
    name: 'usw. inside a sentence',
    text: 'Obst, Gemüse usw. werden verkauft.',
    sentences: ['Obst, Gemüse usw. werden verkauft.'],
  },
  {
    name: 'abbreviation d. h.',
    text: 'Die Wahl ist ungültig, d. h. sie wird wiederholt. Das steht fest.',
    sentences: ['Die Wahl ist ungültig, d. h. sie wird wiederholt.', 'Das steht fest.'],
  },
  {
    name: 'legal references Art. and Abs.',
    text: 'Nach Art. 5 Abs. 1 GG ist das erlaubt. Der Richter stimmte zu.',
    sentences: ['Nach Art. 5 Abs. 1 GG ist das erlaubt.', 'Der Richter stimmte zu.'],
    kinds: { 'Art.': 'abbreviation', 'Abs.': 'abbreviation' },
  },
  {
    name: 'abbreviation with hyphen Dipl.-Ing.',
    text: 'Dipl.-Ing. Maria Huber leitet das Amt.',
    sentences: ['Dipl.-Ing. Maria Huber leitet das Amt.'],
    tokens: ['Dipl.-Ing.', 'Maria', 'Huber', 'leitet', 'das', 'Amt', '.'],
  },
  {
    name: 'v. Chr. before a lower-case word',
    text: 'Rom wurde 753 v. Chr. gegründet. So heißt es.',
    sentences: ['Rom wurde 753 v. Chr. gegründet.', 'So heißt es.'],
  },
  {
    name: 'v. Chr. at the end of a sentence',
    text: 'Das war 44 v. Chr. Danach herrschte Augustus.',
    sentences: ['Das war 44 v. Chr.', 'Danach herrschte Augustus.'],
  },
  {
    name: 'dateline with city, date and agency',
    text: 'Hamburg, 18. Mai (dpa) – Die Polizei hat einen Mann festgenommen. Er war bewaffnet.',
    sentences: ['Hamburg, 18. Mai (dpa) – Die Polizei hat einen Mann festgenommen.', 'Er war bewaffnet.'],
    kinds: { '18.': 'ordinal', '–': 'punct' },
  },
  {
    name: 'title line then dateline',
    text: 'Festnahme in Hamburg\nHamburg (dpa) – Die Polizei nahm einen Mann fest.',
    sentences: ['Festnahme in Hamburg', 'Hamburg (dpa) – Die Polizei nahm einen Mann fest.'],
  },
  {
    name: 'time with period 14.30 Uhr',
    text: 'Die Sitzung beginnt um 14.30 Uhr. Alle sind geladen.',
    sentences: ['Die Sitzung beginnt um 14.30 Uhr.', 'Alle sind geladen.'],
    kinds: { '14.30': 'number' },
  },
  {
    name: 'time with colon 14:30 Uhr',
    text: 'Anpfiff ist um 14:30 Uhr.',
    sentences: ['Anpfiff ist um 14:30 Uhr.'],
    tokens: ['Anpfiff', 'ist', 'um', '14:30', 'Uhr', '.'],
  },
  {
    name: 'initials F. Merz',
    text: 'F. Merz traf O. Scholz. Beide schwiegen.',
    sentences: ['F. Merz traf O. Scholz.', 'Beide schwiegen.'],
    kinds: { 'F.': 'abbreviation', 'O.': 'abbreviation' },
  },
  {
    name: 'initials J. R. R. Tolkien',
    text: 'J. R. R. Tolkien schrieb den Herrn der Ringe.',
    sentences: ['J. R. R. Tolkien schrieb den Herrn der Ringe.'],
    tokens: ['J.', 'R.', 'R.', 'Tolkien', 'schrieb', 'den', 'Herrn', 'der', 'Ringe', '.'],
  },
  {
    name: 'single capital letter ends a sentence: Plan B. Dann',
    text: 'Wir brauchen einen Plan B. Dann sehen wir weiter.',
    sentences: ['Wir brauchen einen Plan B.', 'Dann sehen wir weiter.'],
    tokens: ['Wir', 'brauchen', 'einen', 'Plan', 'B', '.', 'Dann', 'sehen', 'wir', 'weiter', '.'],
  },
  {
    name: 'decimal comma and thousands point',
    text: 'Die Inflation lag bei 3,5 Prozent. 1.000 Menschen demonstrierten.',
    sentences: ['Die Inflation lag bei 3,5 Prozent.', '1.000 Menschen demonstrierten.'],
    kinds: { '3,5': 'number', '1.000': 'number' },
  },
  {
    name: 'number starts the next sentence',
    text: 'Es war knapp. 300 Menschen starben.',
    sentences: ['Es war knapp.', '300 Menschen starben.'],
  },
  {
    name: 'gender forms are one token',
    text: 'Die Kund:innen, Bürger*innen und Lehrer_innen sowie Kolleg/innen protestierten.',
    sentences: ['Die Kund:innen, Bürger*innen und Lehrer_innen sowie Kolleg/innen protestierten.'],
    tokens: ['Die', 'Kund:innen', ',', 'Bürger*innen', 'und', 'Lehrer_innen', 'sowie', 'Kolleg/innen', 'protestierten', '.'],
  },
  {
    name: 'capital umlauts',
    text: 'Österreichs Ärzte warnen. Übermorgen streiken sie.',
    sentences: ['Österreichs Ärzte warnen.', 'Übermorgen streiken sie.'],
    tokens: ['Österreichs', 'Ärzte', 'warnen', '.', 'Übermorgen', 'streiken', 'sie', '.'],
  },
  {
    name: 'sentence end inside German quotes',
    text: '„Wir kommen.“ Dann ging er.',
    sentences: ['„Wir kommen.“', 'Dann ging er.'],
    tokens: ['„', 'Wir', 'kommen', '.', '“', 'Dann', 'ging', 'er', '.'],
  },
  {
    name: 'quote closed before the period',
    text: 'Er sagte „Nein“. Dann ging er.',
    sentences: ['Er sagte „Nein“.', 'Dann ging er.'],
  },
  {
    name: 'single German quotes',
    text: 'Er nannte es ‚absurd‘. Sie lachte.',
    sentences: ['Er nannte es ‚absurd‘.', 'Sie lachte.'],
    tokens: ['Er', 'nannte', 'es', '‚', 'absurd', '‘', '.', 'Sie', 'lachte', '.'],
  },
  {
    name: 'guillemets »…«',
    text: '»Das ist falsch«, sagte sie. »Wir prüfen das.« Dann ging sie.',
    sentences: ['»Das ist falsch«, sagte sie.', '»Wir prüfen das.«', 'Dann ging sie.'],
  },
  {
    name: 'question in quotes followed by a comma',
    text: '„Warum?“, fragte er. Niemand antwortete.',
    sentences: ['„Warum?“, fragte er.', 'Niemand antwortete.'],
  },
  {
    name: 'question in quotes followed by a lower-case verb',
    text: '„Wer ist das?“ fragte er leise.',
    sentences: ['„Wer ist das?“ fragte er leise.'],
  },
  {
    name: 'hyphenated compounds are one token',
    text: 'Der Kreml-Sprecher schrieb Baden-Württemberg zum Videokonferenz-Meeting eine E-Mail.',
    sentences: ['Der Kreml-Sprecher schrieb Baden-Württemberg zum Videokonferenz-Meeting eine E-Mail.'],
    tokens: ['Der', 'Kreml-Sprecher', 'schrieb', 'Baden-Württemberg', 'zum', 'Videokonferenz-Meeting', 'eine', 'E-Mail', '.'],
  },
  {
    name: 'truncated compound keeps its hyphen',
    text: 'Die Ein- und Ausreise ist gesperrt.',
    sentences: ['Die Ein- und Ausreise ist gesperrt.'],
    tokens: ['Die', 'Ein-', 'und', 'Ausreise', 'ist', 'gesperrt', '.'],
  },
  {
    name: 'spaced dashes are punctuation',
    text: 'Die Lage – so der Minister – ist ernst. Das — sagen alle — stimmt.',
    sentences: ['Die Lage – so der Minister – ist ernst.', 'Das — sagen alle — stimmt.'],
    kinds: { '–': 'punct', '—': 'punct' },
  },
  {
    name: 'genitive names',
    text: 'Putins Sprecher widersprach Selenskyjs Angaben.',
    sentences: ['Putins Sprecher widersprach Selenskyjs Angaben.'],
    tokens: ['Putins', 'Sprecher', 'widersprach', 'Selenskyjs', 'Angaben', '.'],
  },
  {
    name: 'URL before the sentence period',
    text: 'Mehr unter https://www.tagesschau.de/inland. Dort steht alles.',
    sentences: ['Mehr unter https://www.tagesschau.de/inland.', 'Dort steht alles.'],
    tokens: ['Mehr', 'unter', 'https://www.tagesschau.de/inland', '.', 'Dort', 'steht', 'alles', '.'],
    kinds: { 'https://www.tagesschau.de/inland': 'url' },
  },
  {
    name: 'bare domain',
    text: 'Infos gibt es unter www.allinrechner.at. Das Angebot ist neu.',
    sentences: ['Infos gibt es unter www.allinrechner.at.', 'Das Angebot ist neu.'],
    kinds: { 'www.allinrechner.at': 'url' },
  },
  {
    name: 'e-mail address',
    text: 'Hinweise an presse@polizei-hamburg.de. Danke.',
    sentences: ['Hinweise an presse@polizei-hamburg.de.', 'Danke.'],
    kinds: { 'presse@polizei-hamburg.de': 'url' },
  },
  {
    name: 'ellipsis before a capitalised word',
    text: 'Er wartete... Dann kam sie.',
    sentences: ['Er wartete...', 'Dann kam sie.'],
    tokens: ['Er', 'wartete', '...', 'Dann', 'kam', 'sie', '.'],
  },
  {
    name: 'ellipsis character before a lower-case word',
    text: 'Und dann … nichts.',
    sentences: ['Und dann … nichts.'],
  },
  {
    name: 'omission in brackets',
    text: 'Er sagte, [...] Die Regierung müsse handeln.',
    sentences: ['Er sagte, [...] Die Regierung müsse handeln.'],
  },
  {
    name: 'question and exclamation marks',
    text: 'Was nun? Niemand weiß es! Wirklich?!',
    sentences: ['Was nun?', 'Niemand weiß es!', 'Wirklich?!'],
    tokens: ['Was', 'nun', '?', 'Niemand', 'weiß', 'es', '!', 'Wirklich', '?!'],
  },
  {
    name: 'exclamation mark inside a name',
    text: 'Yahoo! ist eine Firma.',
    sentences: ['Yahoo! ist eine Firma.'],
  },
  {
    name: 'title line and blank line',
    text: 'Macron besucht Berlin\n\nDer französische Präsident reist am Montag an.',
    sentences: ['Macron besucht Berlin', 'Der französische Präsident reist am Montag an.'],
  },
  {
    name: 'single line break ends a sentence',
    text: 'Die erste Zeile\nzweite Zeile.',
    sentences: ['Die erste Zeile', 'zweite Zeile.'],
  },
  {
    name: 'colon does not end a sentence',
    text: 'Neue Runde: Macron und Starmer gründen eine Allianz.',
    sentences: ['Neue Runde: Macron und Starmer gründen eine Allianz.'],
  },
  {
    name: 'parentheses inside a sentence',
    text: 'Die SPD (Sozialdemokraten) verlor. Die CDU (Union) gewann.',
    sentences: ['Die SPD (Sozialdemokraten) verlor.', 'Die CDU (Union) gewann.'],
  },
  {
    name: 'sentence in parentheses',
    text: 'Er ging. (Das war klug.) Dann kam sie.',
    sentences: ['Er ging.', '(Das war klug.)', 'Dann kam sie.'],
  },
  {
    name: 'numbers with units',
    text: 'Der Stau war 5 km lang, bei 20% Steigung und 3°C. Es regnete.',
    sentences: ['Der Stau war 5 km lang, bei 20% Steigung und 3°C.', 'Es regnete.'],
    tokens: ['Der', 'Stau', 'war', '5', 'km', 'lang', ',', 'bei', '20', '%', 'Steigung', 'und', '3', '°C', '.', 'Es', 'regnete', '.'],
    kinds: { '%': 'symbol', '°C': 'symbol', km: 'word' },
  },
  {
    name: 'apostrophes inside words',
    text: 'So geht’s nicht, sagte er über die Macron\'sche Politik.',
    sentences: ['So geht’s nicht, sagte er über die Macron\'sche Politik.'],
    tokens: ['So', 'geht’s', 'nicht', ',', 'sagte', 'er', 'über', 'die', 'Macron\'sche', 'Politik', '.'],
  },
  {
    name: 'emoji are single symbol tokens',
    text: 'Toll 👍🏽! Wir feiern 🎉. Dann schlafen wir.',
    sentences: ['Toll 👍🏽!', 'Wir feiern 🎉.', 'Dann schlafen wir.'],
    tokens: ['Toll', '👍🏽', '!', 'Wir', 'feiern', '🎉', '.', 'Dann', 'schlafen', 'wir', '.'],
    kinds: { '👍🏽': 'symbol', '🎉': 'symbol' },
  },
  {
    name: 'astral-plane letters',
    text: '𝔊𝔬𝔱𝔥𝔦𝔰𝔠𝔥 ist schön. Ja.',
    sentences: ['𝔊𝔬𝔱𝔥𝔦𝔰𝔠𝔥 ist schön.', 'Ja.'],
    tokens: ['𝔊𝔬𝔱𝔥𝔦𝔰𝔠𝔥', 'ist', 'schön', '.', 'Ja', '.'],
  },
  {
    name: 'enumeration at line starts',
    text: 'Beschlüsse:\n1. Die Steuer sinkt.\n2. Die Rente steigt.',
    sentences: ['Beschlüsse:', '1. Die Steuer sinkt.', '2. Die Rente steigt.'],
    kinds: { '1.': 'ordinal', '2.': 'ordinal' },
  },
  {
    name: 'ampersand is a symbol',
    text: 'Die Firma Müller & Söhne wächst.',
    sentences: ['Die Firma Müller & Söhne wächst.'],
    kinds: { '&': 'symbol' },
  },
  {
    name: 'no-break space between number and unit',
    text: 'Es kostet 5\u00a0Euro. Gut.',
    sentences: ['Es kostet 5\u00a0Euro.', 'Gut.'],
    tokens: ['Es', 'kostet', '5', 'Euro', '.', 'Gut', '.'],
  },
  {
    name: 'leading and trailing whitespace',
    text: '  \n Das ist gut.  \n\n',
    sentences: ['Das ist gut.'],
  },
  {
    name: 'Austrian date with spaces: 30. 9. 2015',
    text: 'Er sprach in Wien. (APA, 30. 9. 2015)',
    sentences: ['Er sprach in Wien.', '(APA, 30. 9. 2015)'],
    kinds: { '30.': 'ordinal', '9.': 'ordinal', '2015': 'number' },
  },
  {
    name: 'day and month written together: 12.2. 2016',
    text: 'Das Spiel endete torlos. (APA, 12.2. 2016)',
    sentences: ['Das Spiel endete torlos.', '(APA, 12.2. 2016)'],
    kinds: { '12.2.': 'ordinal' },
  },
  {
    name: 'rank after a sentence end: 3. Minute',
    text: 'Der Wille war zu spüren. 3. Minute: Wiland pariert.',
    sentences: ['Der Wille war zu spüren.', '3. Minute: Wiland pariert.'],
    kinds: { '3.': 'ordinal' },
  },
  {
    name: 'ordinal in brackets and after in',
    text: 'Er sah in 56. Minute Rot, Müller (66. Ibser) kam.',
    sentences: ['Er sah in 56. Minute Rot, Müller (66. Ibser) kam.'],
    kinds: { '56.': 'ordinal', '66.': 'ordinal' },
  },
  {
    name: 'ranks in results written without spaces',
    text: 'Watabe (1./26.) siegte vor Rießle (3./15.).',
    sentences: ['Watabe (1./26.) siegte vor Rießle (3./15.).'],
  },
  {
    name: 'missing space after the period: geboren.Noch',
    text: 'Das Projekt war geboren.Noch vor 30 Jahren war alles anders.',
    sentences: ['Das Projekt war geboren.', 'Noch vor 30 Jahren war alles anders.'],
  },
  {
    name: 'unit abbreviation with slash: Gbit/s.',
    text: 'Es bietet 10 Gbit/s. Das verspricht viel.',
    sentences: ['Es bietet 10 Gbit/s.', 'Das verspricht viel.'],
  },
  {
    name: 'URL after a sentence end starts a new sentence',
    text: 'Die Strecke ist gesperrt. https://t.co/txnhoB02BN',
    sentences: ['Die Strecke ist gesperrt.', 'https://t.co/txnhoB02BN'],
    kinds: { 'https://t.co/txnhoB02BN': 'url' },
  },
  {
    name: 'spaced periods are one pause',
    text: 'Er wartete . . . und wartete.',
    sentences: ['Er wartete . . . und wartete.'],
  },
  {
    name: 'Co. followed by a sentence start',
    text: 'Er trauert um Apple, Google & Co. Im Silicon Valley war er bekannt.',
    sentences: ['Er trauert um Apple, Google & Co.', 'Im Silicon Valley war er bekannt.'],
  },
  {
    name: 'empty text',
    text: '',
    sentences: [],
    tokens: [],
  },
];
