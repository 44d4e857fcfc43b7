// Minimal ambient types for the `edtf` package, used only as a reference oracle in tests.
declare module 'edtf' {
  interface EdtfValue {
    readonly min: number
    readonly max: number
  }
  const edtf: (input: string) => EdtfValue
  export default edtf
}
