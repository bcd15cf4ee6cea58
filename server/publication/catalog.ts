import type { Config } from '#server/config';
import { CC0, OPEN_DATA_FORMATS, catalogUrl, openDataFiles, openDataPageUrl } from './open-data';
import type { PublishedRound } from './rounds';

/**
 * The DCAT-AP-SE catalogue of open data (JSON-LD, interfaces §5): one
 * dcat:Dataset per published round, one dcat:Distribution per file. The
 * context is inlined — a harvester fetches nothing else — and every node a
 * shape constrains by class carries its rdf:type, so the document validates
 * against the DCAT-AP 3.0 and DCAT-AP-SE shapes without inference
 * (test/open-data-catalog.test.ts, data/dcat-ap-se/).
 */

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
} as const;

const EU = 'http://publications.europa.eu/resource/authority';
const SWEDEN = `${EU}/country/SWE`;
const SWEDISH = `${EU}/language/SWE`;
const ENGLISH = `${EU}/language/ENG`;
const THEME_GOVERNMENT = `${EU}/data-theme/GOVE`;
const PUBLIC_ACCESS = `${EU}/access-right/PUBLIC`;
const IANA_MEDIA_TYPES = 'https://www.iana.org/assignments/media-types';
const PUBLISHER_TYPES = 'http://purl.org/adms/publishertype';

type Node = Record<string, unknown>;
const ref = (id: string) => ({ '@id': id });
const typed = (id: string, type: string) => ({ '@id': id, '@type': type });
const text = (sv: string, en: string) => [
  { '@value': sv, '@language': 'sv' },
  { '@value': en, '@language': 'en' },
];
/** A term of a controlled vocabulary, labelled: a harvester need not load the vocabulary to read it. */
const concept = (id: string, sv: string, en: string) => ({ '@id': id, '@type': 'skos:Concept', 'skos:prefLabel': text(sv, en) });
/** A web address (DCAT-AP 3.0 gives accessURL and downloadURL the range rdfs:Resource). */
const resource = (id: string) => typed(id, 'rdfs:Resource');
/** ADMS's publisher type keys as words ("NonProfitOrganisation" → "Non Profit Organisation"). */
const spaced = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2');
const dateTime = (at: Date) => ({ '@value': at.toISOString(), '@type': 'xsd:dateTime' });
const date = (value: string) => ({ '@value': value, '@type': 'xsd:date' });

/** `published`: newest first, as listPublishedRounds gives them. */
export function buildCatalog(config: Config, published: readonly PublishedRound[]): Node {
  const catalog = catalogUrl(config.publicUrl);
  const page = openDataPageUrl(config.publicUrl);
  const publisher = `${catalog}#publisher`;
  const contact = `${catalog}#contact`;
  const licence = typed(CC0.url, 'dct:LicenseDocument');
  const latest = published.reduce<Date | undefined>((max, { modifiedAt }) => (max && max > modifiedAt ? max : modifiedAt), undefined);
  const { publisherName, publisherType, contactEmail } = config.openData;

  const datasets = published.map(({ round, publishedAt, modifiedAt }): Node => {
    const id = `${catalog}#dataset-${round.year}`;
    return {
      '@id': id,
      '@type': 'dcat:Dataset',
      'dct:identifier': id,
      'dct:title': text(`Kommunernas informationssäkerhetsarbete ${round.year}`, `Municipal information security work ${round.year}`),
      'dct:description': text(
        `Sammanräknade svar från ${round.year} års självskattning av informationssäkerhetsarbetet enligt MSB:s mognadsmodell, nationellt och per län: svarsfrekvens och per område ja/nej, följdfrågor och mognadsnivåer. Underlaget är inskickade och delvis besvarade svar. Siffror som skulle kunna peka ut enskilda organisationer är undertryckta (tomma, med skäl).`,
        `Aggregated answers of the ${round.year} self-assessment of information security work against MSB's maturity model, national and per county: response figures and per area yes/no, follow-up answers and maturity levels. The basis is submitted and partially answered responses. Figures that could single out individual organisations are suppressed (empty, with a reason).`,
      ),
      'dct:publisher': ref(publisher),
      ...(contactEmail ? { 'dcat:contactPoint': ref(contact) } : {}),
      'dct:issued': dateTime(publishedAt),
      'dct:modified': dateTime(modifiedAt),
      'dct:temporal': {
        '@type': 'dct:PeriodOfTime',
        'dcat:startDate': date(`${round.year}-01-01`),
        'dcat:endDate': date(`${round.year}-12-31`),
      },
      'dct:spatial': typed(SWEDEN, 'dct:Location'),
      'dct:language': [typed(SWEDISH, 'dct:LinguisticSystem')],
      'dct:accessRights': typed(PUBLIC_ACCESS, 'dct:RightsStatement'),
      'dcat:theme': concept(THEME_GOVERNMENT, 'Regeringen och den offentliga sektorn', 'Government and public sector'),
      'dcat:keyword': [
        { '@value': 'informationssäkerhet', '@language': 'sv' },
        { '@value': 'kommuner', '@language': 'sv' },
        { '@value': 'information security', '@language': 'en' },
        { '@value': 'municipalities', '@language': 'en' },
      ],
      'dcat:landingPage': typed(page, 'foaf:Document'),
      'dcat:distribution': openDataFiles(config.publicUrl, round.year).map((file): Node => ({
        '@id': `${id}-${file.format}`,
        '@type': 'dcat:Distribution',
        'dct:title': text(
          `${round.year}: ${OPEN_DATA_FORMATS[file.format].file} (${file.format.toUpperCase()})`,
          `${round.year}: ${OPEN_DATA_FORMATS[file.format].file} (${file.format.toUpperCase()})`,
        ),
        'dcat:accessURL': resource(file.url),
        'dcat:downloadURL': resource(file.url),
        'dct:format': typed(`${EU}/file-type/${OPEN_DATA_FORMATS[file.format].euFileType}`, 'dct:MediaTypeOrExtent'),
        'dcat:mediaType': typed(`${IANA_MEDIA_TYPES}/${file.mediaType}`, 'dct:MediaType'),
        'dct:license': licence,
        'dct:issued': dateTime(publishedAt),
        'dct:modified': dateTime(modifiedAt),
      })),
    };
  });

  const graph: Node[] = [
    {
      '@id': catalog,
      '@type': 'dcat:Catalog',
      'dct:title': text('Mognad – öppna data', 'Mognad – open data'),
      'dct:description': text(
        'Sammanräknade resultat av kommunernas självskattning av informationssäkerhetsarbetet, per publicerad omgång.',
        'Aggregated results of the municipalities’ self-assessment of their information security work, per published round.',
      ),
      'dct:publisher': ref(publisher),
      'dct:license': licence,
      'dct:language': [typed(SWEDISH, 'dct:LinguisticSystem'), typed(ENGLISH, 'dct:LinguisticSystem')],
      'dct:spatial': typed(SWEDEN, 'dct:Location'),
      'foaf:homepage': typed(page, 'foaf:Document'),
      ...(latest ? { 'dct:modified': dateTime(latest) } : {}),
      'dcat:dataset': datasets,
    },
    {
      '@id': publisher,
      '@type': 'foaf:Agent',
      'foaf:name': { '@value': publisherName, '@language': 'sv' },
      'dct:type': concept(`${PUBLISHER_TYPES}/${publisherType}`, spaced(publisherType), spaced(publisherType)),
    },
  ];
  if (contactEmail) {
    graph.push({
      '@id': contact,
      // DCAT-AP-SE names vcard:Organization, DCAT-AP 3.0 its superclass vcard:Kind: both, as no inference is assumed.
      '@type': ['vcard:Organization', 'vcard:Kind'],
      'vcard:fn': publisherName,
      'vcard:hasEmail': ref(`mailto:${contactEmail}`),
    });
  }
  return { '@context': CONTEXT, '@graph': graph };
}
