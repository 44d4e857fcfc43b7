import { describe, expect, it } from 'vitest'
import {
  createDataset,
  engagements,
  InvalidArgumentError,
  InvalidRecordsError,
  officials,
  sources,
} from '../../src/index'

const valid = { ...engagements[0] } as Record<string, unknown>

describe('createDataset with hostile input', () => {
  it.each([
    ['a number', 42],
    ['an array', [1, 2, 3]],
    ['null', null],
    ['a string field', { engagements: 'oops' }],
    ['an unknown key', { engagement: [] }],
    ['a Date', new Date()],
  ])('rejects %s with InvalidArgumentError', async (_, input) => {
    await expect(createDataset(input as never)).rejects.toThrow(InvalidArgumentError)
  })

  it('names the argument and what it expected', async () => {
    await expect(createDataset({ engagements: 'oops' } as never)).rejects.toThrow(
      'Invalid argument `records.engagements` "oops": expected an array of engagement records',
    )
  })

  it.each([
    [
      'a getter',
      Object.defineProperty({ ...valid }, 'title', { get: () => 'x', enumerable: true }),
    ],
    ['a BigInt', { ...valid, extra: 1n }],
    ['a function', { ...valid, extra: () => 1 }],
    ['a Map', { ...valid, extra: new Map() }],
    [
      'a Proxy that throws',
      new Proxy(
        { ...valid },
        {
          ownKeys: () => {
            throw new Error('boom')
          },
        },
      ),
    ],
    [
      'a cycle',
      (() => {
        const record: Record<string, unknown> = { ...valid }
        record.extra = { back: record }
        return record
      })(),
    ],
    [
      '3,000 nested arrays',
      { ...valid, extra: JSON.parse(`${'['.repeat(3000)}${']'.repeat(3000)}`) },
    ],
  ])('reports %s as a located problem, not a crash', async (_, record) => {
    const error = await createDataset({ engagements: [record], officials, sources }).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(InvalidRecordsError)
    expect((error as InvalidRecordsError).issues[0]).toMatchObject({
      rule: 'plain-data',
      file: 'engagements[0]',
    })
  })

  it('returns a frozen dataset', async () => {
    const dataset = await createDataset({ engagements, officials, sources })
    expect(Object.isFrozen(dataset)).toBe(true)
  })
})
