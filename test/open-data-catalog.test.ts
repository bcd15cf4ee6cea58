import { readFileSync } from 'node:fs';
import { JsonLdParser } from 'jsonld-streaming-parser';
import { Store, Parser as TurtleParser, type Quad } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SYSTEM_ACTOR } from '#server/audit/actor';
import { changeRoundState, createRound } from '#server/rounds/service';
import { useTestApp } from './support/app';

/**
 * The catalogue validates against the DCAT-AP 3.0.0 SHACL shapes and the
 * DCAT-AP-SE additions vendored in data/dcat-ap-se/ (its README says where
 * they come from and under which licence), parsed with its context inlined:
 * the JSON-LD parser here may fetch nothing.
 */

const ctx = useTestApp({ PUBLIC_URL: 'https://mognad.example.se', OPEN_DATA_CONTACT_EMAIL: 'oppnadata@example.se' });
const SHAPES = ['data/dcat-ap-se/dcat-ap-SHACL.ttl', 'data/dcat-ap-se/dcat-ap-se-additions.ttl'];
const PUBLISHED = [2031, 2032];
const CLOSED = 2033;

const idOf = z.object({ '@id': z.string() });
const datasetSchema = z.object({
  '@id': z.string(),
  'dct:temporal': z.unknown(),
  'dct:publisher': z.unknown(),
  'dcat:distribution': z.array(z.object({ 'dcat:accessURL': idOf, 'dcat:downloadURL': idOf, 'dct:license': idOf, 'dct:format': idOf }).loose()),
});

type JsonLd = { '@context': unknown; '@graph': Record<string, unknown>[] };

async function parseJsonLd(document: unknown): Promise<Quad[]> {
  const parser = new JsonLdParser({
    baseIRI: 'https://mognad.example.se/oppna-data/catalog.jsonld',
    documentLoader: {
      load: (url: string) => Promise.reject(new Error(`The catalogue needs a remote document: ${url}`)),
    },
  });
  const quads: Quad[] = [];
  return new Promise((resolve, reject) => {
    parser.on('data', (quad: Quad) => quads.push(quad));
    parser.on('error', reject);
    parser.on('end', () => resolve(quads));
    parser.write(JSON.stringify(document));
    parser.end();
  });
}

const shapes = SHAPES.flatMap((file) => new TurtleParser({ baseIRI: `file:///${file}` }).parse(readFileSync(file, 'utf8')));

async function validate(document: unknown) {
  return new SHACLValidator(new Store(shapes)).validate(new Store(await parseJsonLd(document)));
}

const violations = (report: Awaited<ReturnType<typeof validate>>) =>
  report.results.map(
    (r) => `${r.focusNode?.value} ${r.path?.value ?? ''}: ${r.message.map((m) => m.value).join('; ')} (${r.sourceConstraintComponent?.value})`,
  );

let catalog: JsonLd;

beforeAll(async () => {
  for (const year of [...PUBLISHED, CLOSED]) {
    await createRound(ctx.app.db, { year, opensAt: new Date(Date.UTC(year, 2, 1)), closesAt: new Date(Date.UTC(year, 5, 1)) }, SYSTEM_ACTOR);
    for (const state of ['open', 'closed', 'published'] as const) {
      if (year === CLOSED && state === 'published') break;
      await changeRoundState(ctx.app.db, year, state, SYSTEM_ACTOR);
    }
  }
  const response = await ctx.app.inject({ url: '/oppna-data/catalog.jsonld' });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('application/ld+json; charset=utf-8');
  catalog = response.json<JsonLd>();
});

describe('the DCAT-AP-SE catalogue', () => {
  it('conforms to the DCAT-AP 3.0 and DCAT-AP-SE shapes', async () => {
    const report = await validate(catalog);
    expect(violations(report)).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it('has one dataset per published round with a distribution per file: absolute URLs, format, CC0, the year as its period', async () => {
    const node = catalog['@graph'].find((n) => n['@type'] === 'dcat:Catalog')!;
    const datasets = z.array(datasetSchema).parse(node['dcat:dataset']);
    expect(datasets.map((d) => d['@id'])).toEqual(
      [...PUBLISHED].reverse().map((year) => `https://mognad.example.se/oppna-data/catalog.jsonld#dataset-${year}`),
    );
    expect(JSON.stringify(catalog)).not.toContain(String(CLOSED));
    for (const dataset of datasets) {
      const year = Number(/(\d{4})$/.exec(dataset['@id'])![1]);
      expect(dataset['dct:temporal']).toMatchObject({
        'dcat:startDate': { '@value': `${year}-01-01` },
        'dcat:endDate': { '@value': `${year}-12-31` },
      });
      expect(dataset['dct:publisher']).toEqual({ '@id': 'https://mognad.example.se/oppna-data/catalog.jsonld#publisher' });
      const distributions = dataset['dcat:distribution'];
      expect(distributions.map((d) => d['dcat:downloadURL']['@id'])).toEqual([
        `https://mognad.example.se/oppna-data/${year}/aggregates.json`,
        `https://mognad.example.se/oppna-data/${year}/aggregates.csv`,
      ]);
      for (const distribution of distributions) {
        expect(distribution['dcat:accessURL']).toEqual(distribution['dcat:downloadURL']);
        expect(distribution['dct:license']['@id']).toBe('http://creativecommons.org/publicdomain/zero/1.0/');
        expect(distribution['dct:format']['@id']).toMatch(/^http:\/\/publications\.europa\.eu\/resource\/authority\/file-type\/(JSON|CSV)$/);
      }
    }
    // Every listed file answers.
    for (const url of datasets.flatMap((d) => d['dcat:distribution'].map((x) => x['dcat:downloadURL']['@id']))) {
      expect((await ctx.app.inject({ url: new URL(url).pathname })).statusCode, url).toBe(200);
    }
  });

  it('fails validation without what DCAT-AP-SE requires (so the check can fail)', async () => {
    const withoutLicence = structuredClone(catalog);
    delete withoutLicence['@graph'][0]!['dct:license'];
    const publisher = withoutLicence['@graph'].find((n) => n['@type'] === 'foaf:Agent')!;
    delete publisher['dct:type'];
    const report = await validate(withoutLicence);
    expect(report.conforms).toBe(false);
    const paths = report.results.map((r) => r.path?.value);
    expect(paths).toContain('http://purl.org/dc/terms/license');
    expect(paths).toContain('http://purl.org/dc/terms/type');
  });

  it('revalidates with ETag and Last-Modified (the latest publication)', async () => {
    const first = await ctx.app.inject({ url: '/oppna-data/catalog.jsonld' });
    expect(first.headers['cache-control']).toBe('public, max-age=3600');
    expect(first.headers['last-modified']).toBeDefined();
    const again = await ctx.app.inject({ url: '/oppna-data/catalog.jsonld', headers: { 'if-none-match': first.headers.etag as string } });
    expect(again.statusCode).toBe(304);
  });
});
