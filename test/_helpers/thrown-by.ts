import { expect } from 'vitest'

/**
 * The error a call throws, for tests that inspect it; fails the test when the call
 * returns instead, so that such a test can never pass without the throw.
 */
export function thrownBy(call: () => unknown): unknown {
  try {
    call()
  } catch (error) {
    return error
  }
  return expect.unreachable('expected the call to throw, but it returned')
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  return expect.unreachable('expected the promise to reject, but it resolved')
}
