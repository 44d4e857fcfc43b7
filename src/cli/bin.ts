#!/usr/bin/env node
import { run } from './main'

const { stdout, stderr, code } = run(process.argv.slice(2), process.stdout.columns || 100)
process.stdout.write(stdout)
process.stderr.write(stderr)
process.exitCode = code
