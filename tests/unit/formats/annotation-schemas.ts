// The W3C Web Annotation schemas of tests/schemas/, compiled with ajv. Tests only: ajv compiles
// with new Function, which an MV3 extension page or worker may not run.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';

const DIR = join(import.meta.dirname, '../../schemas');
const BASE = 'https://talk-notes.example/schemas/';

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
for (const file of readdirSync(DIR).filter((f) => f.endsWith('.schema.json'))) {
  ajv.addSchema(JSON.parse(readFileSync(join(DIR, file), 'utf8')) as object);
}

/** The schema's complaints about `doc`, as `path message` lines; empty when it is valid. */
export function schemaErrors(schema: string, doc: unknown): string[] {
  const validate = ajv.getSchema(`${BASE}${schema}.schema.json`);
  if (!validate) throw new Error(`no schema ${schema}`);
  return validate(doc) ? [] : (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath} ${e.message ?? ''}`);
}
