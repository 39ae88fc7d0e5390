/** The first sentence of free text, for a one-line reason that still reads as a whole. */

/** Past this many characters a sentence is cut at a word, so a pasted essay cannot fill a headline. */
const LONGEST = 240;

/**
 * The text up to its first sentence end (`.`, `!` or `?` followed by a space and a capital
 * letter), on one line. "e.g. the" or "5.000" do not end a sentence.
 */
export function firstSentence(value: string): string {
  const line = value.replace(/\s+/g, ' ').trim();
  const end = /[.!?](?= \p{Lu})/u.exec(line);
  const sentence = end ? line.slice(0, end.index + 1) : line;
  if (sentence.length <= LONGEST) return sentence;
  const cut = sentence.slice(0, LONGEST);
  const space = cut.lastIndexOf(' ');
  return `${(space > LONGEST / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
