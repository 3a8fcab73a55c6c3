// Folding a word for comparison: lower case, every accent and diacritic dropped (Ekström =
// Ekstrom, Åberg = Aberg, hälsa = halsa, Émile = Emile), ligatures spelt out, anything that is
// not a letter or digit removed ("O'Neil" = "ONeil"). People write names and trainings with and
// without the dots: keyboards, e-mail programs and old systems drop them; the same thing is meant.

const SPELT_OUT: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
};

export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/[æøœßłđðþ]/g, (c) => SPELT_OUT[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}
