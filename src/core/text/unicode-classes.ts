let marks: RegExp | undefined
let nonLetters: RegExp | undefined

/**
 * Combining marks (`\p{M}`), as a global pattern made on first use. Written as a
 * regular-expression literal, a Unicode-class pattern costs V8 about 0.4 ms to check
 * when the module is parsed, and again when a function holding it is first compiled,
 * even if only ASCII text ever reaches it. Made from a string, it costs only when a
 * non-ASCII text first needs it.
 *
 * @example
 * 'Türkiye'.normalize('NFKD').replace(combiningMarks(), '') //=> 'Turkiye'
 */
export const combiningMarks = (): RegExp => {
  // biome-ignore lint/complexity/useRegexLiterals: a literal is what this module avoids (see above)
  marks ??= new RegExp('\\p{M}', 'gu')
  return marks
}

/**
 * Runs of characters that are neither letters nor digits in any script
 * (`[^\p{L}\p{N}]+`), as a global pattern made on first use (see `combiningMarks`).
 *
 * @example
 * 'نوري، المالكي'.split(nonLettersOrDigits()) //=> ['نوري', 'المالكي']
 * 'F-16 · Su-25'.replace(nonLettersOrDigits(), ' ') //=> 'F 16 Su 25'
 */
export const nonLettersOrDigits = (): RegExp => {
  // biome-ignore lint/complexity/useRegexLiterals: a literal is what this module avoids
  nonLetters ??= new RegExp('[^\\p{L}\\p{N}]+', 'gu')
  return nonLetters
}
