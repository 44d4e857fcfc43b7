import { describe, expect, it } from 'vitest'
import type { RecordFile } from '../../../src/core/record-kinds'
import { lintDataset } from '../../../src/validate/rules'
import { sourcesAreCitedRule } from '../../../src/validate/rules/sources-are-cited'
import { validDataset } from '../fixture-dataset'

const check = (files: RecordFile[]) => sourcesAreCitedRule.check({ files, today: '2026-11-30' })
const source = (id: string): RecordFile => ({
  file: `data/sources/${id}.json`,
  kind: 'source',
  value: { ...(validDataset().find((f) => f.kind === 'source')?.value as object), id },
})
/** The valid dataset with its records' citations of src_aaaaaa rewritten by `edit`. */
const editedDataset = (edit: (file: RecordFile) => RecordFile) => validDataset().map(edit)

describe('sources-are-cited', () => {
  it('accepts a dataset whose every source is cited', () => {
    expect(check(validDataset())).toEqual([])
  })

  it('warns about a source that nothing cites, naming it', () => {
    const issues = check([...validDataset(), source('src_alone1')])
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'sources-are-cited',
        severity: 'warning',
        file: 'data/sources/src_alone1.json',
        path: ['id'],
        message: 'no engagement, official or alias cites src_alone1',
      }),
    ])
  })

  it('counts a citation by an engagement alone, by an official alone, and by an alias alone', () => {
    const withoutOfficialCitations = editedDataset((file) =>
      file.kind === 'official'
        ? { ...file, value: { ...(file.value as object), sources: [] } }
        : file,
    )
    expect(check(withoutOfficialCitations)).toEqual([])

    const withoutEngagements = validDataset().filter((file) => file.kind !== 'engagement')
    expect(check(withoutEngagements)).toEqual([])

    const onlyAnAlias = editedDataset((file) => {
      if (file.kind === 'engagement')
        return { ...file, value: { ...(file.value as object), sources: [] } }
      if (file.kind !== 'official') return file
      const value = file.value as { aliases: object[] }
      return {
        ...file,
        value: {
          ...value,
          sources: [],
          aliases: value.aliases.map((alias) => ({ ...alias, sources: ['src_aaaaaa'] })),
        },
      }
    })
    expect(check(onlyAnAlias)).toEqual([])
    const nothing = editedDataset((file) =>
      file.kind === 'engagement' || file.kind === 'official'
        ? { ...file, value: { ...(file.value as object), sources: [] } }
        : file,
    )
    expect(check(nothing).map((issue) => issue.file)).toEqual(['data/sources/src_aaaaaa.json'])
  })

  it('ignores malformed citations rather than throwing', () => {
    const malformed = editedDataset((file) =>
      file.kind === 'engagement'
        ? { ...file, value: { ...(file.value as object), sources: 'src_aaaaaa' } }
        : file,
    )
    expect(() => check(malformed)).not.toThrow()
  })

  it('checks the files of data/ only, not records a caller passes as values', () => {
    const files = [...validDataset(), source('src_alone1')]
    const rulesFor = (recordsFrom?: 'values') =>
      lintDataset({ files, today: '2026-11-30', recordsFrom }).map((issue) => issue.rule)
    expect(rulesFor()).toContain('sources-are-cited')
    expect(rulesFor('values')).not.toContain('sources-are-cited')
  })
})
