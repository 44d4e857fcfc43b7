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
 * Below this many texts, a typo query measures every text of a nearby length instead
 * of asking a letter-pair index, whose building costs more than the scans it saves.
 * The shipped officials have about 1,100 names. In fresh processes (medians of 5), a
 * first mistyped name took 46 to 52 ms with the index and 22 to 25 ms with the scan
 * (which also measures names without making them); later, uncached queries take about
 * 0.25 ms against 0.2 ms (`npm run bench:names`).
 */
const PAIR_INDEX_MIN_TEXTS = 5000

/**
 * An index over texts (the compact forms of every name): by length, and for many
 * texts also by letter pair. An edit changes at most three letter pairs, so a text
 * within `edits` edits shares all but `3 × edits` of the pairs of the longer string;
 * counting shared pairs through the index finds those texts while touching only the
 * ones that share a pair. Few texts are only grouped by length, and every text of a
 * nearby length is a candidate. Built on first use, so that only a mistyped name
 * pays for it.
 *
 * @example
 * lazyTypoIndex(() => ['abbasi', 'obeidi', 'al'])().candidates('abasi', 1) //=> [0, 1]
 */
export function lazyTypoIndex(texts: () => readonly string[]): () => TypoIndex {
  let index: TypoIndex | undefined
  return () => {
    if (index === undefined) {
      const all = texts()
      index = all.length < PAIR_INDEX_MIN_TEXTS ? lengthIndex(all) : pairIndex(all)
    }
    return index
  }
}

/** Every text within `edits` of the query's length is a candidate. */
function lengthIndex(texts: readonly string[]): TypoIndex {
  const byLength = new Map<number, number[]>()
  texts.forEach((text, position) => {
    const positions = byLength.get(text.length)
    if (positions) positions.push(position)
    else byLength.set(text.length, [position])
  })
  return {
    candidates(text, edits) {
      const found: number[] = []
      for (let length = text.length - edits; length <= text.length + edits; length++) {
        for (const position of byLength.get(length) ?? []) found.push(position)
      }
      return found.sort((a, b) => a - b)
    },
  }
}

/**
 * The letter-pair index of many texts; see {@link lazyTypoIndex}.
 *
 * @example
 * pairIndex(['abbasi', 'obeidi']).candidates('abasi', 1) //=> [0]
 */
export function pairIndex(texts: readonly string[]): TypoIndex {
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
