import { describe, expect, it } from 'vitest'
import { run } from '../../src/cli/run'

describe('run', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'treats the inherited property name "%s" as an unknown command',
    (name) => {
      const result = run([name])
      expect(result.code).toBe(2)
      expect(result.stderr).toContain(`unknown command "${name}"`)
    },
  )

  it('answers a known command with exit code 0', () => {
    const result = run(['country', 'Iceland', '--format', 'json'])
    expect(result).toEqual({ stdout: '[]\n', stderr: '', code: 0 })
  })
})
