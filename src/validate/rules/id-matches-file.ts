import { ID_PREFIXES } from '../../core/record-kinds'
import { type LintRule, stringAt } from '../context'

/**
 * The file name of a record is its id, and the id prefix matches the folder's kind.
 *
 * @example
 * const files = [
 *   { file: 'data/sources/src_aaaaaa.json', kind: 'source', value: { id: 'src_bbbbbb' } },
 *   { file: 'data/officials/src_cccccc.json', kind: 'official', value: { id: 'src_cccccc' } },
 * ]
 * idMatchesFileRule.check({ files, today: '2026-11-30' }).map((issue) => issue.message)
 * //=> ['file name and id differ', 'id has the wrong prefix for an official']
 */
export const idMatchesFileRule: LintRule = {
  name: 'id-matches-file',
  description: 'A record lives in <id>.json inside the folder of its kind.',
  scope: 'file',
  check({ files }) {
    return files.flatMap(({ file, kind, value }) => {
      const id = stringAt(value, 'id')
      if (id === undefined) return []
      const stem = file.slice(file.lastIndexOf('/') + 1).replace(/\.json$/, '')
      const prefix = `${ID_PREFIXES[kind]}_`
      if (!id.startsWith(prefix)) {
        return [
          {
            rule: 'id-matches-file',
            severity: 'error',
            file,
            path: ['id'],
            message: `id has the wrong prefix for ${kind === 'engagement' || kind === 'official' ? 'an' : 'a'} ${kind}`,
            expected: `an id starting with "${prefix}"`,
            actual: `"${id}"`,
            tip: `move the file to the folder of its kind, or run "npm run new -- ${kind}" for a new file with a fresh id`,
          },
        ]
      }
      if (stem === id) return []
      return [
        {
          rule: 'id-matches-file',
          severity: 'error',
          file,
          path: ['id'],
          message: 'file name and id differ',
          expected: `the file to be named ${id}.json`,
          actual: `${stem}.json`,
          tip: 'rename the file; never change an id that has been published',
        },
      ]
    })
  },
}
