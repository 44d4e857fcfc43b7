#!/usr/bin/env node
import { helpFor } from './help'

type Answer = { stdout: string; stderr: string; code: number }

const argv = process.argv.slice(2)
const print = ({ stdout, stderr, code }: Answer) => {
  process.stdout.write(stdout)
  process.stderr.write(stderr)
  process.exitCode = code
}
// Help needs no records: answer it before loading the dataset.
const help = helpFor(argv)
if (help) print(help)
else void import('./run').then(({ run }) => print(run(argv, process.stdout.columns || 100)))
