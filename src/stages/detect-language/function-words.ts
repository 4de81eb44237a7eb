/**
 * The commonest function words of each language the language gate may choose: articles, pronouns, prepositions,
 * conjunctions, auxiliaries. Short texts are where franc's trigrams misread German ("Die Übergabe lief am Donnerstag
 * laut Polizei geordnet." as French); a count of these words settles them. A word may stand in several lists ("in",
 * "de"): it then counts for each. Written from general knowledge of the languages.
 */
export const functionWords: Readonly<Record<string, readonly string[]>> = {
  deu: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'und', 'oder', 'aber', 'ist', 'sind', 'war', 'waren', 'wird', 'wurde', 'wurden', 'hat', 'haben', 'hatte', 'nicht', 'auch', 'sich', 'mit', 'von', 'vom', 'zu', 'zum', 'zur', 'in', 'im', 'an', 'am', 'um', 'auf', 'für', 'bei', 'beim', 'nach', 'aus', 'über', 'vor', 'laut', 'gegen', 'seit', 'noch', 'nur', 'wie', 'als', 'dass', 'sie', 'er', 'es', 'wir', 'ich', 'sagte', 'soll', 'kann', 'werden', 'mehr', 'schon', 'bereits', 'sein', 'seine', 'ihre', 'diese', 'dieser', 'durch', 'unter', 'zwischen', 'wieder', 'jetzt', 'damit', 'dabei', 'doch', 'man'],
  eng: ['the', 'a', 'an', 'and', 'or', 'but', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'not', 'of', 'to', 'in', 'on', 'for', 'with', 'by', 'from', 'at', 'as', 'that', 'this', 'it', 'he', 'she', 'they', 'we', 'you', 'his', 'her', 'their', 'which', 'who', 'will', 'would', 'said', 'can', 'after', 'about', 'also', 'more', 'than', 'there', 'its'],
  fra: ['le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'ou', 'mais', 'est', 'sont', 'était', 'été', 'a', 'ont', 'pas', 'ne', 'il', 'elle', 'ils', 'nous', 'vous', 'que', 'qui', 'dans', 'sur', 'pour', 'avec', 'par', 'au', 'aux', 'ce', 'cette', 'ses', 'leur', 'se', 'plus', 'après', 'selon', 'sera', 'fait', 'comme'],
  ita: ['il', 'lo', 'la', 'gli', 'le', 'un', 'una', 'di', 'del', 'della', 'dei', 'delle', 'e', 'o', 'ma', 'è', 'sono', 'era', 'stato', 'ha', 'hanno', 'non', 'che', 'chi', 'in', 'nel', 'nella', 'su', 'per', 'con', 'da', 'dal', 'alla', 'al', 'si', 'suo', 'sua', 'loro', 'questo', 'questa', 'anche', 'più', 'dopo', 'secondo', 'come'],
  spa: ['el', 'la', 'los', 'las', 'un', 'una', 'de', 'del', 'y', 'o', 'pero', 'es', 'son', 'era', 'fue', 'ha', 'han', 'no', 'que', 'quien', 'en', 'sobre', 'para', 'por', 'con', 'al', 'se', 'su', 'sus', 'este', 'esta', 'también', 'más', 'después', 'según', 'como', 'lo'],
  por: ['o', 'a', 'os', 'as', 'um', 'uma', 'de', 'do', 'da', 'dos', 'das', 'e', 'ou', 'mas', 'é', 'são', 'era', 'foi', 'tem', 'não', 'que', 'quem', 'em', 'no', 'na', 'nos', 'nas', 'sobre', 'para', 'por', 'com', 'ao', 'se', 'seu', 'sua', 'este', 'esta', 'também', 'mais', 'depois', 'segundo', 'como'],
  nld: ['de', 'het', 'een', 'en', 'of', 'maar', 'is', 'zijn', 'was', 'waren', 'wordt', 'werd', 'heeft', 'hebben', 'niet', 'ook', 'zich', 'met', 'van', 'te', 'in', 'op', 'voor', 'bij', 'naar', 'uit', 'over', 'door', 'dat', 'die', 'dit', 'deze', 'hij', 'zij', 'ze', 'wij', 'we', 'zal', 'zei', 'kan', 'meer', 'nog', 'al', 'als', 'om', 'tegen'],
  pol: ['i', 'w', 'z', 'na', 'do', 'się', 'nie', 'jest', 'są', 'był', 'była', 'było', 'to', 'że', 'o', 'od', 'po', 'przez', 'dla', 'przy', 'oraz', 'ale', 'lub', 'jak', 'tak', 'co', 'który', 'która', 'które', 'jego', 'jej', 'ich', 'ten', 'ta', 'także', 'już', 'może', 'będzie', 'według'],
  tur: ['ve', 'bir', 'bu', 'da', 'de', 'ile', 'için', 'olarak', 'olan', 'çok', 'daha', 'gibi', 'ama', 'veya', 'ne', 'o', 'en', 'her', 'kadar', 'sonra', 'önce', 'değil', 'var', 'yok', 'ise', 'diye', 'göre', 'şu', 'biz', 'siz', 'onlar', 'ben', 'sen'],
};

/**
 * Letters that, among the languages the gate may choose, only one writes: a word holding one counts as one of that
 * language's function words ("bestätigte" is German wherever "das" might be Portuguese). Turkish shares ö and ü.
 */
export const ownLetters: Readonly<Record<string, RegExp>> = {
  deu: /[äß]/u,
  tur: /[ğış]/u,
};

/**
 * A counter of function words for the given languages: for each, how many of a text's words are its function words,
 * or hold a letter only it writes (`ownLetters`). The word lists are built once, here.
 */
export function createFunctionWordCounter(languages: readonly string[]): (text: string) => Map<string, number> {
  const lists = languages.map((language) => [language, new Set(functionWords[language] ?? []), ownLetters[language]] as const);
  return (text) => {
    const counts = new Map<string, number>(languages.map((language) => [language, 0]));
    for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) {
      for (const [language, words, letters] of lists) if (words.has(match[0]) || letters?.test(match[0])) counts.set(language, counts.get(language)! + 1);
    }
    return counts;
  };
}
