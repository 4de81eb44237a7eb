/** Small questions about a token's characters that several segmentation rules ask. */

const lowercaseInitial = /^\p{Ll}/u;
const uppercaseInitial = /^\p{Lu}/u;
const singleUppercaseLetter = /^\p{Lu}$/u;
const digitsOnly = /^\d+$/;

export function startsLowercase(text: string): boolean {
  return lowercaseInitial.test(text);
}

export function startsUppercase(text: string): boolean {
  return uppercaseInitial.test(text);
}

export function isSingleUppercaseLetter(text: string): boolean {
  return singleUppercaseLetter.test(text);
}

export function isDigitsOnly(text: string): boolean {
  return digitsOnly.test(text);
}

/** "dr." → "Dr.": a lower-case abbreviation written at a sentence start. */
export function capitaliseFirstLetter(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const firstCharacter = String.fromCodePoint(first);
  return firstCharacter.toUpperCase() + text.slice(firstCharacter.length);
}
