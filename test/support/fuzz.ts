import fc from 'fast-check';

/**
 * Hostile input for every route, derived from its OpenAPI description:
 * wrong types, huge strings, unknown keys, unicode, SQL and HTML payloads.
 */

type JsonSchema = {
  type?: string | string[];
  nullable?: boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
};
type Parameter = { in: 'path' | 'query' | 'header'; name: string; schema: JsonSchema };
type Operation = { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } };

export type FuzzRoute = {
  method: string;
  /** As Fastify registered it, e.g. /api/rounds/:year/aggregates */
  url: string;
  pathParams: string[];
  queryParams: Parameter[];
  /** JSON body properties; null when the route takes no JSON object body. */
  bodyProperties: Record<string, JsonSchema> | null;
  /** The body is raw text (CSV imports). */
  textBody: boolean;
};

export function routesFromOpenApi(document: { paths: Record<string, Record<string, Operation>> }): FuzzRoute[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => {
      const parameters = operation.parameters ?? [];
      const body = Object.values(operation.requestBody?.content ?? {})[0]?.schema;
      return {
        method: method.toUpperCase(),
        url: path.replace(/\{(\w+)\}/g, ':$1'),
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters.filter((p) => p.in === 'query'),
        bodyProperties: body?.type === 'object' ? (body.properties ?? {}) : null,
        textBody: body?.type === 'string',
      };
    }),
  );
}

const SQL = ["' OR '1'='1", "'; drop table answer; --", '1; select pg_sleep(10)', "%' union select * from app_user --", '$1', '\\'];
const HTML = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '&lt;&#x3C;'];
const ODD = [
  '',
  ' ',
  '\u0000',
  '\ud800',
  '\u202e',
  '𝕄ögnad 🛡️',
  'ÅÄÖåäö',
  '../../etc/passwd',
  '%00',
  '%',
  'null',
  'NaN',
  '-1',
  '1e309',
  '0x10',
  '9'.repeat(40),
];

export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...SQL, ...HTML, ...ODD),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.integer({ min: 10_001, max: 200_000 }).map((n) => 'å'.repeat(n)),
);

export const nastyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(-1, 0, 1.5, 2147483648, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e300),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  nastyNumber,
  fc.boolean(),
  fc.constant(null),
  fc.array(nastyString, { maxLength: 3 }),
  fc.dictionary(nastyString, nastyString, { maxKeys: 3 }),
);

const TYPE_VALUES: Record<string, fc.Arbitrary<unknown>> = {
  string: nastyString,
  number: nastyNumber,
  integer: nastyNumber,
  boolean: fc.boolean(),
  null: fc.constant(null),
  array: fc.array(nastyValue, { maxLength: 3 }),
  object: fc.dictionary(nastyString, nastyValue, { maxKeys: 3 }),
};

/** The JSON types a schema accepts (undefined: anything). */
function allowedTypes(schema: JsonSchema): Set<string> | undefined {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) {
    const sets = alternatives.map(allowedTypes);
    return sets.some((s) => s === undefined) ? undefined : new Set(sets.flatMap((s) => [...s!]));
  }
  if (schema.type === undefined) return undefined;
  const types = new Set([schema.type].flat());
  if (types.has('integer')) types.add('number');
  if (types.has('number')) types.add('integer');
  if (schema.nullable) types.add('null');
  return types;
}

/** A value of a JSON type the schema refuses, or null when it accepts every type. */
function wrongType(schema: JsonSchema): fc.Arbitrary<unknown> | null {
  const allowed = allowedTypes(schema);
  if (!allowed) return null;
  const wrong = Object.keys(TYPE_VALUES).filter((type) => !allowed.has(type));
  return wrong.length ? fc.oneof(...wrong.map((type) => TYPE_VALUES[type]!)) : null;
}

export type FuzzBody = { payload: string; contentType: string };

const json = (value: unknown): FuzzBody => ({ payload: JSON.stringify(value), contentType: 'application/json' });

/**
 * A body the route must refuse: a JSON object with at least one known
 * property of the wrong type (the others nasty, plus unknown keys), a JSON
 * value that is no object, or text that is no JSON at all.
 */
export function invalidBody(route: FuzzRoute): fc.Arbitrary<FuzzBody> {
  const broken = fc.constantFrom(
    { payload: '{"main": ', contentType: 'application/json' },
    { payload: '{"__proto__": {"admin": true}}', contentType: 'application/json' },
    { payload: '\u0000\u0001', contentType: 'application/json' },
    { payload: '<xml/>', contentType: 'application/xml' },
  );
  if (route.textBody)
    return fc.oneof(
      broken,
      nastyString.map((text) => ({ payload: text, contentType: 'text/csv' })),
      nastyValue.map(json),
    );
  const notObject = fc.oneof(nastyString, nastyNumber, fc.array(nastyValue, { maxLength: 3 })).map(json);
  const properties = Object.entries(route.bodyProperties ?? {});
  const wrongly = properties.flatMap(([name, schema]) => {
    const wrong = wrongType(schema);
    return wrong ? [{ name, wrong }] : [];
  });
  if (wrongly.length === 0) return fc.oneof(broken, notObject);
  const objectWithWrongType = fc
    .record({
      target: fc.constantFrom(...wrongly),
      others: fc.record(Object.fromEntries(properties.map(([name]) => [name, nastyValue])), { requiredKeys: [] }),
      unknown: fc.dictionary(fc.string({ maxLength: 12 }), nastyValue, { maxKeys: 3 }),
    })
    .chain(({ target, others, unknown }) => target.wrong.map((value) => ({ ...unknown, ...others, [target.name]: value })))
    .map(json);
  return fc.oneof({ weight: 4, arbitrary: objectWithWrongType }, { weight: 1, arbitrary: notObject }, { weight: 1, arbitrary: broken });
}

/** Query strings: known parameters with nasty values, unknown ones, and malformed encodings. */
export function nastyQuery(route: FuzzRoute): fc.Arbitrary<string> {
  const names = [...route.queryParams.map((p) => p.name), 'unknown', 'include[]', '__proto__'];
  const pairs = fc.array(fc.tuple(fc.constantFrom(...names), fc.oneof(nastyString, nastyNumber.map(String))), { maxLength: 4 });
  const encoded = pairs.map((list) => new URLSearchParams(list.map(([k, v]) => [k, v.slice(0, 3000)])).toString());
  return fc.oneof(encoded, fc.constantFrom('a=%E0%A4%A', 'year=1&year=2', '%%%', 'county=01&county=02'));
}
