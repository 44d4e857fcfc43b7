import { describe, expect, it } from 'vitest'
import { createDataset, engagements, officials, sources } from '../../src/index'
import { syntheticRecords } from './synthetic-records'

describe('syntheticRecords', () => {
  // Two copies of every record and part of a third: the benchmarks need every size to
  // validate, cut wherever it falls.
  const count = engagements.length * 2 + Math.floor(engagements.length / 2)
  const records = syntheticRecords(count, { engagements, officials })

  it('makes exactly the number of engagements asked for, each with an id of its own', () => {
    expect(records.engagements).toHaveLength(count)
    expect(new Set(records.engagements.map(({ id }) => id)).size).toBe(count)
  })

  it('makes records that createDataset accepts', async () => {
    const dataset = await createDataset({ ...records, sources })
    expect(dataset.engagements).toHaveLength(count)
  })
})
