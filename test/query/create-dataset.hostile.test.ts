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
      Object.defineProperty({ ...valid }, 'title', { get: () => 'A title', enumerable: true }),
    ],
    [
      'a getter that throws',
      Object.defineProperty({ ...valid }, 'title', {
        get: () => {
          throw new Error('boom')
        },
        enumerable: true,
      }),
    ],
    [
      'a class instance holding valid fields',
      new (class Record {
        constructor() {
          Object.assign(this, valid)
        }
      })(),
    ],
    [
      'a class instance in a valid field',
      {
        ...valid,
        location: new (class Place {
          country = 'IQ'
        })(),
      },
    ],
    ['a record whose fields are all inherited', Object.create(valid)],
    [
      'a participant whose fields are inherited',
      {
        ...valid,
        participants: (valid.participants as object[]).map((participant) =>
          Object.create(participant),
        ),
      },
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

  it.each([
    [
      'a field that is not enumerable',
      Object.defineProperty({ ...valid }, 'id', { value: valid.id, enumerable: false }),
    ],
    [
      'a Proxy that hides every field',
      new Proxy({ ...valid }, { ownKeys: () => [], getOwnPropertyDescriptor: () => undefined }),
    ],
  ])('reads only what a plain copy sees, not %s', async (_, record) => {
    const error = await createDataset({ engagements: [record], officials, sources }).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(InvalidRecordsError)
    expect((error as InvalidRecordsError).issues[0]).toMatchObject({
      rule: 'schema',
      path: ['id'],
      message: 'missing required field',
    })
  })

  it('runs a getter of an otherwise valid record at most once, and reports it', async () => {
    let reads = 0
    const record = Object.defineProperty({ ...valid }, 'title', {
      get: () => {
        reads++
        return 'A title read from a getter'
      },
      enumerable: true,
    })
    const error = await createDataset({ engagements: [record], officials, sources }).catch(
      (caught: unknown) => caught,
    )
    expect((error as InvalidRecordsError).issues).toMatchObject([
      { rule: 'plain-data', path: ['title'], message: '"title" is a getter, not data' },
    ])
    expect(reads).toBeLessThanOrEqual(1)
  })

  it('leaves out a field whose value is undefined, as the shipped records do', async () => {
    const record = { ...valid, notes: undefined, location: undefined, parentId: undefined }
    const dataset = await createDataset({ engagements: [record], officials, sources })
    const built = dataset.getEngagement(valid.id as string) as object
    expect(['notes', 'location', 'parentId'].filter((field) => field in built)).toEqual([])
  })

  it.each([
    ['an object', '{"admin": true}'],
    ['a string', '"x"'],
  ])('reports an own __proto__ key holding %s, never drops it', async (_, json) => {
    const text = JSON.stringify(sources[0]).replace('{', `{"__proto__": ${json}, `)
    const error = await createDataset({ sources: [JSON.parse(text)] }).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(InvalidRecordsError)
    expect((error as InvalidRecordsError).issues).toMatchObject([
      { rule: 'no-prototype-keys', file: `sources[0] (${sources[0]?.id})`, path: ['__proto__'] },
    ])
  })

  it("never returns, freezes or keeps one of the caller's objects", async () => {
    const input = structuredClone({
      engagements: [...engagements],
      officials: [...officials],
      sources: [...sources],
    })
    const objectsIn = (value: unknown, found = new Set<object>()): Set<object> => {
      if (typeof value === 'object' && value !== null && !found.has(value)) {
        found.add(value)
        for (const item of Object.values(value)) objectsIn(item, found)
      }
      return found
    }
    const given = objectsIn(input)
    const dataset = await createDataset(input)
    const returned = objectsIn([dataset.engagements, dataset.officials, dataset.sources])
    expect([...given].filter((object) => Object.isFrozen(object))).toEqual([])
    expect([...returned].filter((object) => given.has(object))).toEqual([])
  })

  it('returns a frozen dataset', async () => {
    const dataset = await createDataset({ engagements, officials, sources })
    expect(Object.isFrozen(dataset)).toBe(true)
  })
})
