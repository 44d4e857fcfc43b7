import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { engagements, officials, sources } from '../../src/index'
import { computeCoverage } from '../../src/pipeline/coverage/compute-coverage'
import { renderCoverageDocuments } from '../../src/pipeline/coverage/render-coverage-documents'

const records = { engagements: [...engagements], officials: [...officials], sources: [...sources] }
const coverage = computeCoverage(records)

describe('coverage of the shipped data', () => {
  it.each(coverage.floors.map((floor) => [floor.label, floor]))(
    'meets the floor for %s',
    (_label, floor) => {
      expect(floor.count).toBeGreaterThanOrEqual(floor.floor)
    },
  )

  it('keeps docs/coverage.md and the counts in README, CHANGELOG and CITATION.cff current', () => {
    for (const [path, text] of Object.entries(renderCoverageDocuments(records))) {
      expect(readFileSync(path, 'utf8'), `${path} is stale: run npm run build`).toBe(text)
    }
  })

  it('dates the terms of every Iraqi defence minister and army chief of staff since 2004', () => {
    const ids = [
      'off_qlxn3o', // Hazim al-Shaalan
      'off_6wdvbt', // Saadoun al-Dulaimi
      'off_706h6m', // Abdul Qader al-Obeidi
      'off_s04j8d', // Khalid al-Obeidi
      'off_5o3qmv', // Erfan al-Hiyali
      'off_gqbkmh', // Najah al-Shammari
      'off_mga91j', // Juma Inad
      'off_6biaw6', // Thabet al-Abbasi
      'off_kx8460', // Babakir Zebari
      'off_zdv7xj', // Othman al-Ghanimi
      'off_ub6hil', // Abdul Amir Yarallah
    ]
    for (const id of ids) {
      const official = officials.find((candidate) => candidate.id === id)
      // A deputy's post is not a term as minister or chief of staff.
      const terms = official?.positions.filter(
        (position) =>
          /Minister of Defence|Chief of Staff/.test(position.title) &&
          !/^Deputy /.test(position.title),
      )
      expect(terms?.length, id).toBeGreaterThan(0)
      for (const term of terms ?? []) expect(term.from, `${id} ${term.title}`).toBeDefined()
    }
  })
})
