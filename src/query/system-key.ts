import { lettersOnly } from '../core/text/lookup-key'

/**
 * A weapons system's name folded for matching: lower case, letters and digits only,
 * so that "F16", "F-16" and "f 16" agree. A query matches every system whose key
 * contains its key ("F-16" finds "F-16IQ"; "KM-SAM" finds "Cheongung-II (KM-SAM)").
 *
 * @example
 * systemKey('F-16IQ (F-16 Block 52)') //=> 'f16iqf16block52'
 */
export function systemKey(name: string): string {
  return lettersOnly(name)
}
