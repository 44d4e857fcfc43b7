import { describe, expect, it } from 'vitest'
import { cyclesOf, layerEdges, layerOf, moduleImports } from './module-graph'

/**
 * The layers, lowest first: a module may import its own layer and the layers below,
 * never one above. docs/architecture.md draws the same picture.
 */
const RANK: Record<string, number> = {
  core: 0,
  validate: 1,
  records: 2,
  generated: 2,
  query: 3,
  api: 4,
  formats: 4,
  entries: 5,
  cli: 6,
  pipeline: 7,
}
const rankOf = (layer: string) => RANK[layer.split('/')[0] as string]

const imports = moduleImports('src')
const edges = layerEdges(imports)

describe('the layers of src/', () => {
  it('puts every module in a known layer', () => {
    const unknown = imports.flatMap(({ from, to }) =>
      [from, to].filter((path) => rankOf(layerOf(path)) === undefined),
    )
    expect(unknown).toEqual([])
  })

  it('only ever imports downwards', () => {
    const upward = [...edges]
      .filter(([key]) => {
        const [from, to] = key.split(' -> ') as [string, string]
        return (rankOf(to) as number) > (rankOf(from) as number)
      })
      .map(([key, example]) => `${key} (${example.from} imports ${example.to})`)
    expect(upward).toEqual([])
  })

  it('has no cycles between folders, core’s folders included', () => {
    expect(cyclesOf(edges.keys())).toEqual([])
  })

  it('keeps the build tooling out of everything that ships', () => {
    const intoPipeline = imports.filter(
      ({ from, to }) => layerOf(to) === 'pipeline' && layerOf(from) !== 'pipeline',
    )
    expect(intoPipeline).toEqual([])
  })

  it('exposes no validator internals from the entries but the documented issue type', () => {
    const fromEntries = imports.filter(({ from }) => layerOf(from) === 'entries')
    expect(fromEntries.filter(({ to }) => /^src\/(validate|records|pipeline)\//.test(to))).toEqual(
      [],
    )
  })
})

describe('the checker itself', () => {
  it('finds a cycle between two folders', () => {
    expect(cyclesOf(['core/schema -> core/countries', 'core/countries -> core/schema'])).toEqual([
      ['core/schema', 'core/countries', 'core/schema'],
    ])
  })

  it('finds no cycle in a chain', () => {
    expect(cyclesOf(['a -> b', 'b -> c', 'a -> c'])).toEqual([])
  })

  it('names layers by folder, core by its subfolder', () => {
    expect(
      ['src/index.ts', 'src/core/issue.ts', 'src/core/dates/parse-edtf.ts', 'src/query/x.ts'].map(
        layerOf,
      ),
    ).toEqual(['entries', 'core', 'core/dates', 'query'])
  })

  it('sees type-only and dynamic imports', () => {
    const targets = imports
      .filter(({ from }) => from === 'src/query/create-dataset.ts')
      .map(({ to }) => to)
    expect(targets).toContain('src/records/snapshot-records.ts')
    expect(targets).toContain('src/records/validate-records.ts')
  })
})
