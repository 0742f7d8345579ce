// The Vietnamese alphabet orders ă and â after a, đ after d, ê after e, ô and ơ after o, ư after u
// (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y); tones only break ties. Neo4j orders
// strings by code point, which puts "Đ" after "Z", so nodes carry this key for ORDER BY.
const LETTER_ORDER = 'aăâbcdđeêghiklmnoôơpqrstuưvxy';
const BASE = 0x41; // keys are printable ASCII from 'A'
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323']; // ngang, huyền, hỏi, ngã, sắc, nặng

/** A string whose code-point order is Vietnamese alphabetical order of `name`. */
export function vietnameseSortKey(name: string): string {
  let letters = '';
  let tones = '';
  for (const char of name.normalize('NFC').toLowerCase()) {
    const decomposed = char.normalize('NFD');
    const tone = TONES.findIndex((mark, i) => i > 0 && decomposed.includes(mark));
    // Remove only the tone: the vowel marks (breve, circumflex, horn) make distinct letters.
    const letter = (tone > 0 ? decomposed.replace(TONES[tone]!, '') : decomposed).normalize('NFC');
    const index = LETTER_ORDER.indexOf(letter);
    letters += index >= 0 ? String.fromCharCode(BASE + index) : letter === ' ' ? ' ' : `~${letter}`;
    tones += String(Math.max(tone, 0));
  }
  return `${letters}|${tones}`;
}
