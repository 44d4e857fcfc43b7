import { asciiWords } from '../text/ascii-words'
import { isAscii } from '../text/is-ascii'
import { foldCase } from '../text/lookup-key'
import { nonLettersOrDigits } from '../text/unicode-classes'

/** Name particles that romanizations attach or drop freely (al-Maliki, el-Terras, Ikram-ul-Haq). */
const PARTICLES = /* @__PURE__ */ new Set(['al', 'el', 'ul'])

/** Arabic-script letters that different keyboards and languages write differently. */
const ARABIC_FOLDS: [RegExp, string][] = [
  [/[\u064B-\u065F\u0670\u0640]/g, ''], // harakat, superscript alef, tatweel
  [/[أإآٱ]/g, 'ا'],
  [/[ىی]/g, 'ي'],
  [/ک/g, 'ك'],
  [/ة/g, 'ه'],
  [/ہ/g, 'ه'],
]

/**
 * Splits a name into comparable words: lower case, without diacritics, apostrophes
 * or hyphens, with Arabic-script letter variants folded and the particles al/el/ul
 * dropped ("Abd al-" is kept together as "abdal").
 *
 * @example
 * nameTokens("Juma'a Anad Sa'adoun Khatab Al-Jabouri")
 * //=> ['jumaa', 'anad', 'saadoun', 'khatab', 'jabouri']
 */
export function nameTokens(name: string): string[] {
  let text = foldCase(name)
  let words: string[]
  if (isAscii(text)) {
    // No Arabic letters to fold, and words split without Unicode tables or any pattern.
    words = asciiWords(text, "'`")
  } else {
    for (const [pattern, replacement] of ARABIC_FOLDS) text = text.replace(pattern, replacement)
    words = text
      .replace(/['’‘`ʿʾ]/g, '')
      .split(nonLettersOrDigits())
      .filter(Boolean)
  }
  const tokens: string[] = []
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string
    if (word === 'abd' && PARTICLES.has(words[index + 1] ?? '')) {
      tokens.push('abdal')
      index++
    } else if (!PARTICLES.has(word)) {
      tokens.push(word)
    }
  }
  return tokens
}

/**
 * The exact-match form of a name: its tokens joined by single spaces. Two spellings
 * that differ only in case, diacritics, punctuation or particles share it.
 *
 * @example
 * normalizeName('Abdel Moneim El-Terras') === normalizeName('abdel moneim terras') //=> true
 */
export function normalizeName(name: string): string {
  return nameTokens(name).join(' ')
}
