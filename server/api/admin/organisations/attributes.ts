import type { Kysely } from 'kysely';
import type { RowErrorParams, RowRule } from '#shared/api/error-codes';
import { ATTRIBUTE_CSV_COLUMNS, attributeNameSchema, type AttributeImportResult, type RowError } from '#shared/api/organisations';
import { recordAudit } from '#server/audit/repository';
import type { Actor } from '#server/audit/actor';
import type { Database } from '#server/db/schema';
import { csvRejected, readCsv, type CsvRow } from '#server/http/csv';
import { findOrganisationIdsByCode } from '#server/organisations/repository';

type Column = (typeof ATTRIBUTE_CSV_COLUMNS)[number];
type Attribute = { organisationId: number; attribute: string; value: string };

const MAX_VALUE_LENGTH = 200;

/**
 * Imports code,attribute,value rows all or nothing: every row is checked
 * first and any problem rejects the file. Importing the same file again
 * changes nothing.
 */
export async function importAttributes(db: Kysely<Database>, actor: Actor, csv: string): Promise<AttributeImportResult> {
  const rows = readCsv(csv, ATTRIBUTE_CSV_COLUMNS);
  if (rows.length === 0) throw csvRejected([{ row: 2, column: null, rule: 'no_rows', message: 'The file has no rows after the header.' }]);
  const idsByCode = await findOrganisationIdsByCode(db, [...new Set(rows.map((r) => r.values.code))]);
  const { attributes, errors } = validateRows(rows, idsByCode);
  if (errors.length) throw csvRejected(errors);
  return db.transaction().execute(async (trx) => {
    const result = await upsertAttributes(trx, attributes);
    await recordAudit(trx, {
      actorUserId: actor.id,
      action: 'organisation.attributes_imported',
      ip: actor.ip,
      details: { ...result, attributes: [...new Set(attributes.map((a) => a.attribute))] },
    });
    return result;
  });
}

function validateRows(rows: CsvRow<Column>[], idsByCode: Map<string, number>) {
  const errors: RowError[] = [];
  const attributes: Attribute[] = [];
  const seen = new Map<string, number>();
  for (const { row, values } of rows) {
    const problems = rowProblems(values, idsByCode);
    const key = `${values.code}\u0000${values.attribute}`;
    if (problems.length === 0 && seen.has(key)) {
      problems.push({
        column: 'attribute',
        rule: 'duplicate_row',
        message: `Repeats ${values.code} ${values.attribute} from row ${seen.get(key)}.`,
        params: { value: `${values.code} ${values.attribute}`, otherRow: seen.get(key) },
      });
    }
    seen.set(key, seen.get(key) ?? row);
    errors.push(...problems.map((p) => ({ row, ...p })));
    if (problems.length === 0) {
      attributes.push({ organisationId: idsByCode.get(values.code)!, attribute: values.attribute, value: values.value });
    }
  }
  return { attributes, errors };
}

function rowProblems(values: Record<Column, string>, idsByCode: Map<string, number>) {
  const problems: { column: Column; rule: RowRule; message: string; params?: RowErrorParams }[] = [];
  if (!values.code) problems.push({ column: 'code', rule: 'code_empty', message: 'The organisation code is empty.' });
  else if (!idsByCode.has(values.code))
    problems.push({
      column: 'code',
      rule: 'unknown_organisation',
      message: `No organisation has the code ${values.code}.`,
      params: { value: values.code },
    });
  const name = attributeNameSchema.safeParse(values.attribute);
  if (!name.success)
    problems.push({
      column: 'attribute',
      rule: 'attribute_name_invalid',
      message: `The attribute name ${name.error.issues[0]!.message}.`,
      params: { value: values.attribute },
    });
  if (!values.value) problems.push({ column: 'value', rule: 'value_empty', message: 'The value is empty.' });
  else if (values.value.length > MAX_VALUE_LENGTH) {
    problems.push({
      column: 'value',
      rule: 'value_too_long',
      message: `The value is longer than ${MAX_VALUE_LENGTH} characters.`,
      params: { maximum: MAX_VALUE_LENGTH },
    });
  }
  return problems;
}

async function upsertAttributes(db: Kysely<Database>, attributes: Attribute[]): Promise<AttributeImportResult> {
  const existing = await db
    .selectFrom('organisation_attribute')
    .select(['organisation_id', 'attribute', 'value'])
    .where('organisation_id', 'in', [...new Set(attributes.map((a) => a.organisationId))])
    .execute();
  const current = new Map(existing.map((e) => [`${e.organisation_id}\u0000${e.attribute}`, e.value]));
  const changed = attributes.filter((a) => current.get(`${a.organisationId}\u0000${a.attribute}`) !== a.value);
  const created = changed.filter((a) => !current.has(`${a.organisationId}\u0000${a.attribute}`)).length;
  // PostgreSQL takes at most 65535 parameters per statement.
  for (let start = 0; start < changed.length; start += 5000) {
    await db
      .insertInto('organisation_attribute')
      .values(changed.slice(start, start + 5000).map((a) => ({ organisation_id: a.organisationId, attribute: a.attribute, value: a.value })))
      .onConflict((oc) => oc.columns(['organisation_id', 'attribute']).doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })))
      .execute();
  }
  return { rows: attributes.length, created, updated: changed.length - created, unchanged: attributes.length - changed.length };
}
