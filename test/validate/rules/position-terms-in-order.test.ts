import { describe, expect, it } from 'vitest'
import type { RecordFile } from '../../../src/core/record-kinds'
import { noFutureDatesRule } from '../../../src/validate/rules/no-future-dates'
import { positionTermsInOrderRule } from '../../../src/validate/rules/position-terms-in-order'
import { validDataset, withChange } from '../fixture-dataset'

const TODAY = '2026-11-30'
const terms = (files: RecordFile[]) => positionTermsInOrderRule.check({ files, today: TODAY })
const IRAQI = 'data/officials/off_iraq01.json'
const position = (from?: string, to?: string) => ({
  positions: [{ title: 'Minister of Defence', ...(from && { from }), ...(to && { to }) }],
})

describe('position-terms-in-order', () => {
  it('accepts terms in order, open-ended and undated', () => {
    expect(terms(withChange(IRAQI, position('2005', '2010')))).toEqual([])
    expect(terms(withChange(IRAQI, position('2020-05')))).toEqual([])
    expect(terms(validDataset())).toEqual([])
  })

  it('reports a term that ends before it starts', () => {
    expect(terms(withChange(IRAQI, position('2010', '2005')))).toMatchObject([
      { path: ['positions', 0, 'to'], message: 'the term ends before it starts' },
    ])
  })

  it('reports a term that starts in the future', () => {
    expect(terms(withChange(IRAQI, position('2099-01')))[0]?.message).toBe(
      'the term starts in the future (today is 2026-11-30)',
    )
  })
})

describe('no-future-dates on sources', () => {
  it('reports a source published after today, not one published today', () => {
    const source = 'data/sources/src_aaaaaa.json'
    const check = (published: string) =>
      noFutureDatesRule.check({ files: withChange(source, { published }), today: TODAY })
    expect(check('2099')).toMatchObject([{ path: ['published'], file: source }])
    expect(check('2026-11-30')).toEqual([])
  })
})
