import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../../src/core/deep-freeze'

describe('deepFreeze', () => {
  it('freezes objects and arrays at every depth and returns the same value', () => {
    const record = { a: [{ b: { c: [1, 2] } }], d: 'text' }
    expect(deepFreeze(record)).toBe(record)
    expect(Object.isFrozen(record)).toBe(true)
    expect(Object.isFrozen(record.a)).toBe(true)
    expect(Object.isFrozen(record.a[0])).toBe(true)
    expect(Object.isFrozen(record.a[0]?.b)).toBe(true)
    expect(Object.isFrozen(record.a[0]?.b.c)).toBe(true)
  })

  it('leaves primitives and null as they are', () => {
    expect(deepFreeze(null)).toBe(null)
    expect(deepFreeze(3)).toBe(3)
    expect(deepFreeze('x')).toBe('x')
    expect(deepFreeze(undefined)).toBe(undefined)
  })

  it('ends on cycles', () => {
    const node: { self?: unknown; list: unknown[] } = { list: [] }
    node.self = node
    node.list.push(node)
    expect(deepFreeze(node)).toBe(node)
    expect(Object.isFrozen(node.list)).toBe(true)
  })

  it('freezes what sits under an already frozen branch only when reached another way', () => {
    const inner = { value: { deeper: {} } }
    Object.freeze(inner)
    const outer = deepFreeze({ inner, other: inner.value })
    expect(Object.isFrozen(outer.other)).toBe(true)
    expect(Object.isFrozen(outer.other.deeper)).toBe(true)
  })

  it('freezes own properties only, never a prototype', () => {
    const prototype = { inherited: { shared: true } }
    const record = Object.assign(Object.create(prototype) as object, { own: { value: 1 } })
    deepFreeze(record)
    expect(Object.isFrozen((record as { own: object }).own)).toBe(true)
    expect(Object.isFrozen(prototype)).toBe(false)
    expect(Object.isFrozen(prototype.inherited)).toBe(false)
  })

  it('freezes array holes and sparse arrays without failing', () => {
    const list: unknown[] = [{ a: 1 }]
    list[3] = { b: 2 }
    deepFreeze(list)
    expect(Object.isFrozen(list[3])).toBe(true)
  })
})
