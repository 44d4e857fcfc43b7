/** Finds the names that may lie within a few edits of a text, without measuring them all. */
export interface TypoIndex {
  /** Positions of the texts within `edits` edits of the text, and a few more. */
  candidates(text: string, edits: number): number[]
}

/**
 * How often each pair of adjacent letters occurs in a string.
 *
 * @example
 * [...letterPairs('abab')] //=> [['ab', 2], ['ba', 1]]
 */
export function letterPairs(text: string): Map<string, number> {
  const pairs = new Map<string, number>()
  for (let index = 0; index + 1 < text.length; index++) {
    const pair = text.slice(index, index + 2)
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1)
  }
  return pairs
}

/**
 * An index over texts (the compact forms of every name): by length, and by letter
 * pair. An edit changes at most three letter pairs, so a text within `edits` edits
 * shares all but `3 × edits` of the pairs of the longer string; counting shared pairs
 * through the index finds those texts while touching only the ones that share a pair.
 * Built on first use, so that only a mistyped name pays for it.
 *
 * @example
 * lazyTypoIndex(() => ['abbasi', 'obeidi'])().candidates('abasi', 1) //=> [0]
 */
export function lazyTypoIndex(texts: () => readonly string[]): () => TypoIndex {
  let index: TypoIndex | undefined
  return () => {
    index ??= buildTypoIndex(texts())
    return index
  }
}

function buildTypoIndex(texts: readonly string[]): TypoIndex {
  // Per length, the texts and their letter-pair postings: a query looks only at
  // texts of nearby lengths.
  const byLength = new Map<number, { names: number[]; pairs: Map<string, [number, number][]> }>()
  const shared = new Int32Array(texts.length)
  texts.forEach((text, position) => {
    let bucket = byLength.get(text.length)
    if (!bucket) {
      bucket = { names: [], pairs: new Map() }
      byLength.set(text.length, bucket)
    }
    bucket.names.push(position)
    for (const [pair, count] of letterPairs(text)) {
      const list = bucket.pairs.get(pair)
      if (list) list.push([position, count])
      else bucket.pairs.set(pair, [[position, count]])
    }
  })
  return {
    candidates(text, edits) {
      const found: number[] = []
      const pairs = letterPairs(text)
      for (let length = text.length - edits; length <= text.length + edits; length++) {
        const bucket = byLength.get(length)
        if (!bucket) continue
        const needed = Math.max(text.length, length) - 1 - 3 * edits
        if (needed <= 0) {
          found.push(...bucket.names)
          continue
        }
        for (const [pair, count] of pairs) {
          for (const [position, theirs] of bucket.pairs.get(pair) ?? []) {
            shared[position] = (shared[position] ?? 0) + Math.min(count, theirs)
          }
        }
        for (const position of bucket.names) {
          if ((shared[position] ?? 0) >= needed) found.push(position)
          shared[position] = 0
        }
      }
      return found
    },
  }
}
