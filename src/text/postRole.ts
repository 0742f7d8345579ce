/** What a post in an office is, read from its title as the source writes it. */
export type PostRole = 'HEAD' | 'DEPUTY' | 'OTHER';

/**
 * HEAD for a Chánh Văn phòng, DEPUTY for a Phó Chánh Văn phòng, OTHER for any other post (a post
 * "phụ trách Văn phòng", in charge of it, is not a head: the title says the post was not filled).
 * Titles carry other posts too ("Tỉnh ủy viên, Chánh Văn phòng Tỉnh ủy") and their case varies
 * ("Chánh văn phòng", "Phó chánh Văn phòng"), so the words are looked for, case folded.
 */
export function postRole(title: string): PostRole {
  const text = title.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ');
  if (/phó chánh văn phòng/.test(text)) return 'DEPUTY';
  if (/chánh văn phòng/.test(text)) return 'HEAD';
  return 'OTHER';
}
