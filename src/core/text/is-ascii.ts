/**
 * Whether a text is plain ASCII. Case folding, splitting into words and stripping
 * punctuation treat such a text without Unicode tables or patterns: those cost a tenth
 * to half a millisecond each the first time (`unicode-classes.ts`), which a first
 * query of a Latin-script name would otherwise pay.
 *
 * @example
 * isAscii('Jumah Enad') //=> true
 * isAscii('Türkiye') //=> false
 */
export function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) > 0x7f) return false
  }
  return true
}
