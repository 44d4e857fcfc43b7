import type { CompletedRecords } from '../../records/complete-records'
import type { CsvValue } from '../csv'

/** A Table Schema field: name, Frictionless type, description and constraints. */
export interface TableField {
  readonly name: string
  readonly type: 'string' | 'integer' | 'date'
  readonly description: string
  readonly constraints?: {
    readonly required?: boolean
    readonly enum?: readonly string[]
  }
}

/** A foreign key from some fields to another table's fields. */
export interface TableForeignKey {
  readonly fields: readonly string[]
  readonly reference: { readonly resource: string; readonly fields: readonly string[] }
}

/** One column of a table: its schema and how to read its cell from a row. */
export interface Column<Row> {
  readonly name: string
  readonly type: TableField['type']
  readonly description: string
  readonly required?: boolean
  /** The allowed values, from the vocabulary, for single-valued vocabulary columns. */
  readonly enum?: readonly string[]
  readonly value: (row: Row) => CsvValue
}

/** How one CSV table is made from the records: its rows and its columns. */
export interface TableDefinition<Row> {
  readonly name: string
  readonly title: string
  readonly description: string
  readonly primaryKey: readonly string[]
  readonly foreignKeys: readonly TableForeignKey[]
  readonly rowsOf: (records: CompletedRecords) => readonly Row[]
  readonly columns: readonly Column<Row>[]
}

/** One flattened table: its schema, keys and rows, in a stable column order. */
export interface Table {
  readonly name: string
  readonly title: string
  readonly description: string
  readonly fields: readonly TableField[]
  readonly primaryKey: readonly string[]
  readonly foreignKeys: readonly TableForeignKey[]
  readonly rows: readonly (readonly CsvValue[])[]
}

/**
 * Appended to the description of a column that holds several values.
 *
 * @example
 * LIST //=> 'Several values are separated by ";".'
 * engagementsTable.columns.find((column) => column.name === 'topics').description.endsWith(LIST)
 * //=> true
 */
export const LIST = 'Several values are separated by ";".'

/**
 * Several values in one cell, separated by ";"; nothing when there are none.
 *
 * @example
 * listCell(['IQ', 'KR']) //=> 'IQ;KR'
 * listCell([]) //=> null
 */
export const listCell = (values: readonly string[]): string | null =>
  values.length ? values.join(';') : null

/**
 * A foreign key to another table's `id` (or other fields).
 *
 * @example
 * references(['official_id'], 'officials')
 * //=> { fields: ['official_id'], reference: { resource: 'officials', fields: ['id'] } }
 */
export const references = (
  fields: readonly string[],
  resource: string,
  target: readonly string[] = ['id'],
): TableForeignKey => ({ fields, reference: { resource, fields: target } })

/**
 * The `engagement_id` column of a table whose rows belong to engagements.
 *
 * @example
 * engagementIdColumn((row: { id: string }) => row.id).name //=> 'engagement_id'
 */
export const engagementIdColumn = <Row>(value: (row: Row) => string): Column<Row> => ({
  name: 'engagement_id',
  type: 'string',
  description: 'The engagement.',
  required: true,
  value,
})

const fieldOf = <Row>(column: Column<Row>): TableField => {
  const constraints = {
    ...(column.required ? { required: true } : {}),
    ...(column.enum ? { enum: column.enum } : {}),
  }
  const { name, type, description } = column
  return Object.keys(constraints).length > 0
    ? { name, type, description, constraints }
    : { name, type, description }
}

/**
 * Renders a table definition over the records: its Table Schema fields and its rows,
 * one cell per column, in column order.
 *
 * @example
 * renderTable(sourcesTable, { engagements: [], officials: [], sources: [] }).rows
 * //=> []
 */
export function renderTable<Row>(
  definition: TableDefinition<Row>,
  records: CompletedRecords,
): Table {
  const { name, title, description, primaryKey, foreignKeys, columns } = definition
  return {
    name,
    title,
    description,
    fields: columns.map(fieldOf),
    primaryKey,
    foreignKeys,
    rows: definition.rowsOf(records).map((row) => columns.map((column) => column.value(row))),
  }
}
