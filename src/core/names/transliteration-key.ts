/**
 * Folds one word of a romanized Arabic, Persian or Urdu name to a key that ignores
 * the usual transliteration noise: kh/h, gh/q/k, vowel quality and length
 * (Inad/Enad/Anaad, ou/oo/u), doubled letters (Abbasi/Abbassi) and a final h
 * (Jumah/Juma). Vowels are kept as a single placeholder, not deleted, so that
 * Mahmoud and Mohammed, or Abbas and Abbasi, stay apart.
 *
 * @example
 * transliterationKey('Enaad') === transliterationKey('Inad') //=> true
 * transliterationKey('Baqeri') === transliterationKey('Bagheri') //=> true
 */
export function transliterationKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/(?<=[aeiouy])h$/, '') // trailing h after a vowel: Jumah, Abdullah
    .replace(/kh/g, 'h')
    .replace(/gh|q|c(?!h)/g, 'k')
    .replace(/[aeiou]+/g, 'a')
    .replace(/(.)\1+/g, '$1')
}
