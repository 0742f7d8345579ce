import { foldDiacritics } from './foldDiacritics.js';

/**
 * Turns what a person typed into a Lucene query for the `entity_search_v2` index: folded like the
 * index ("Vĩnh Long", "VINH LONG" and "vinh long" all become `vinh long`), every word required,
 * the last also as a prefix so a name being typed ("vinh lo") already matches. Splitting on
 * anything that is not a letter or digit leaves no Lucene syntax to escape. Null when no word is left.
 */
export function toFullTextQuery(text: string): string | null {
  const words = foldDiacritics(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.length === 0) return null;
  return words.map((word, i) => (i === words.length - 1 ? `+(${word} OR ${word}*)` : `+${word}`)).join(' ');
}
