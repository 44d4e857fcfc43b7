import { readFileSync } from 'node:fs'
import ts from 'typescript'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type * as z from 'zod'
import type { ALPHA2_CODES, CountryCode } from '../../../src/core/countries/alpha2-codes.generated'
import type {
  CitationSchema,
  EngagementSchema,
  ParticipantSchema,
} from '../../../src/core/schema/engagement'
import { FIELD_DESCRIPTIONS } from '../../../src/core/schema/field-descriptions'
import type { OfficialSchema } from '../../../src/core/schema/official'
import type {
  Citation,
  Engagement,
  Official,
  Participant,
  Source,
} from '../../../src/core/schema/record-types'
import type { SourceSchema } from '../../../src/core/schema/source'

describe('the record interfaces', () => {
  it('are exactly the types zod infers from the schemas', () => {
    expectTypeOf<Engagement>().toEqualTypeOf<z.output<typeof EngagementSchema>>()
    expectTypeOf<Participant>().toEqualTypeOf<z.output<typeof ParticipantSchema>>()
    expectTypeOf<Citation>().toEqualTypeOf<z.output<typeof CitationSchema>>()
    expectTypeOf<Official>().toEqualTypeOf<z.output<typeof OfficialSchema>>()
    expectTypeOf<Source>().toEqualTypeOf<z.output<typeof SourceSchema>>()
  })

  it('document every field with its FIELD_DESCRIPTIONS entry, word for word', () => {
    const kindOf: Record<string, keyof typeof FIELD_DESCRIPTIONS> = {
      Engagement: 'engagement',
      Participant: 'participant',
      Citation: 'citation',
      EngagementLocation: 'location',
      DistinctEngagement: 'distinctEngagement',
      Official: 'official',
      NativeName: 'nativeName',
      Alias: 'alias',
      Position: 'position',
      DistinctPerson: 'distinctPerson',
      Source: 'source',
    }
    const file = 'src/core/schema/record-types.ts'
    const source = ts.createSourceFile(
      file,
      readFileSync(file, 'utf8'),
      ts.ScriptTarget.ES2022,
      true,
    )
    const found: Record<string, Record<string, string>> = {}
    source.forEachChild((node) => {
      if (!ts.isInterfaceDeclaration(node)) return
      const kind = kindOf[node.name.text] as string
      found[kind] = Object.fromEntries(
        node.members
          .filter(ts.isPropertySignature)
          .map((member) => [
            (member.name as ts.Identifier).text,
            ts.getTextOfJSDocComment(ts.getJSDocCommentsAndTags(member)[0]?.comment as never) ?? '',
          ]),
      )
    })
    expect(found).toEqual(FIELD_DESCRIPTIONS)
  })
})

describe('CountryCode', () => {
  it('is exactly the codes of ALPHA2_CODES (written out so editors and docs show its name)', () => {
    expectTypeOf<CountryCode>().toEqualTypeOf<(typeof ALPHA2_CODES)[number]>()
  })
})
