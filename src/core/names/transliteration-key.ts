const isVowel = (char: string) =>
  char === 'a' || char === 'e' || char === 'i' || char === 'o' || char === 'u'

/** Line terminators are never collapsed: the pattern this loop replaced skipped them. */
const isLineTerminator = (char: string) =>
  char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029'

/** gh, q and a c not followed by h become k; kh has already become h. */
function hardSoundsToK(text: string): string {
  let folded = ''
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string
    const next = text[index + 1]
    if (char === 'g' && next === 'h') {
      folded += 'k'
      index++
    } else if (char === 'q' || (char === 'c' && next !== 'h')) {
      folded += 'k'
    } else {
      folded += char
    }
  }
  return folded
}

/**
 * Folds one word of a romanized Arabic, Persian or Urdu name to a key that ignores
 * the usual transliteration noise: kh/h, gh/q/k, vowel quality and length
 * (Inad/Enad/Anaad, ou/oo/u), doubled letters (Abbasi/Abbassi) and a final h
 * (Jumah/Juma). Vowels are kept as a single placeholder, not deleted, so that
 * Mahmoud and Mohammed, or Abbas and Abbasi, stay apart.
 *
 * Written as loops, not regular expressions: a first name query runs it, and each
 * pattern cost a compilation on that first call. `test/core/names/transliteration-key.test.ts`
 * holds it to the patterns it replaced.
 *
 * @example
 * transliterationKey('Enaad') === transliterationKey('Inad') //=> true
 * transliterationKey('Baqeri') === transliterationKey('Bagheri') //=> true
 * transliterationKey('Jumah') //=> 'jama'
 */
export function transliterationKey(word: string): string {
  let text = word.toLowerCase()
  // A final h after a vowel: Jumah, Abdullah.
  const beforeLast = text[text.length - 2]
  if (
    text.endsWith('h') &&
    beforeLast !== undefined &&
    (isVowel(beforeLast) || beforeLast === 'y')
  ) {
    text = text.slice(0, -1)
  }
  text = hardSoundsToK(text.replaceAll('kh', 'h'))
  // Each run of vowels becomes one "a", and each run of one letter that letter once.
  let key = ''
  let last = ''
  for (const unit of text.split('')) {
    const char = isVowel(unit) ? 'a' : unit
    if (char === last && !isLineTerminator(char)) continue
    key += char
    last = char
  }
  return key
}
