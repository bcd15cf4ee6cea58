import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import bank from '../../shared/question-bank/bank-2019.json';
import type { QuestionBankFile } from '#shared/question-bank/schema';
import { ApiError } from '#web/api/client';
import { schemaResolver } from '#web/forms/schemaResolver';
import { FORM_PROBLEM, showServerError } from '#web/forms/serverErrors';
import { i18n, loadNamespaces } from '#web/i18n/index';
import { areasOnScale, newOption, toDocument, toDraft, withOptionAdded, type BankDraft } from '#web/pages/admin/rounds/bank-editor/draft';
import {
  bankDraftSchema,
  bankFieldId,
  bankPlacement,
  numberRanges,
  placeIssue,
  serverFieldName,
  serverPath,
  summaryLine,
} from '#web/pages/admin/rounds/bank-editor/problems';
import bankEditorSv from '../../web/src/i18n/sv/bankEditor.json';

// The client's i18n module marks the page's language on <html> when it loads: give it a document first.
vi.hoisted(() => {
  Object.assign(globalThis, { document: { documentElement: { lang: '' } } });
});

// The form's pure part: draft ⇄ bank document, the bank schema's problems placed on the form's fields
// by the resolver the form uses (schemaResolver with the bank's placement), and the server's on the same fields.
const BANK = bank as QuestionBankFile;
let t: TFunction<'bankEditor'>;

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ lng: 'sv', resources: { sv: { bankEditor: bankEditorSv } }, interpolation: { escapeValue: false } });
  t = instance.getFixedT<'bankEditor'>('sv', 'bankEditor');
  await i18n.changeLanguage('sv');
  await loadNamespaces(['errors']);
});

type Placed = { name: string; message: string | undefined; fieldId: string };

/** What the form's resolver reports for a draft, flattened to field names in the order reported. */
async function place(draft: BankDraft): Promise<Placed[]> {
  const resolver = schemaResolver(bankDraftSchema, { place: bankPlacement(t) });
  const result = await resolver(draft, undefined, { fields: {}, shouldUseNativeValidation: false });
  const placed: Placed[] = [];
  collect(result.errors, [], placed);
  return placed;
}

function collect(node: unknown, path: string[], into: Placed[]) {
  if (node === null || typeof node !== 'object') return;
  const error = node as { type?: unknown; message?: string };
  if (typeof error.type === 'string') {
    const name = path.join('.');
    into.push({ name, message: error.message, fieldId: bankFieldId(name) });
    return;
  }
  for (const [key, child] of Object.entries(node)) if (key !== 'ref') collect(child, [...path, key], into);
}

/** A copy of the draft with one value changed. */
function withValue(draft: BankDraft, path: (string | number)[], value: unknown): BankDraft {
  const copy = structuredClone(draft);
  let node = copy as unknown as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

/** What the scale's "add an option" does: the option, and a level for it in every area on the scale. */
function addOption(draft: BankDraft, scale: string): BankDraft {
  const copy = structuredClone(draft);
  copy.followupScales[scale]!.options.push(newOption());
  for (const key of areasOnScale(copy, scale)) copy.scoring.areas[key]!.levels = withOptionAdded(copy.scoring.areas[key]!);
  return copy;
}

describe('bank editor draft', () => {
  test('a bank goes through the form state unchanged, and the unchanged form has no problems', async () => {
    const draft = toDraft(BANK);
    expect(toDocument(draft)).toEqual(BANK);
    expect(await place(draft)).toEqual([]);
  });

  test('an empty or blank text is a problem on its field, named with its area and language in the summary', async () => {
    let draft = withValue(toDraft(BANK), ['areas', 1, 'mainQuestion', 'sv'], '');
    draft = withValue(draft, ['areas', 2, 'title', 'en'], '   ');
    expect(await place(draft)).toEqual([
      { name: 'areas.1.mainQuestion.sv', fieldId: 'bank-areas-1-mainQuestion-sv', message: 'Fyll i texten.' },
      { name: 'areas.2.title.en', fieldId: 'bank-areas-2-title-en', message: 'Fyll i texten.' },
    ]);
    expect(summaryLine('areas.1.mainQuestion.sv', 'Fyll i texten.', draft, t, 'sv')).toBe(
      'Område 2: Information till ledningen – Huvudfråga (ja eller nej) (svenska): Fyll i texten.',
    );
  });

  test('levels that go down are a problem of the area rule, linked to its first level', async () => {
    const draft = withValue(toDraft(BANK), ['scoring', 'areas', 'risk', 'levels', 3], 1);
    expect(toDocument(draft).scoring.areas.risk!.followup.improving).toBe(1);
    expect(await place(draft)).toEqual([
      { name: 'scoring.areas.risk.root', fieldId: 'bank-scoring-areas-risk-no', message: expect.stringMatching(/inte sjunka/) as string },
    ]);
    expect(summaryLine('scoring.areas.risk.root', 'x', draft, t, 'sv')).toMatch(/^Område \d+: .* – Poängregel: mognadsnivå för varje svar: x$/);
  });

  test('the comment length must be a whole number from 1 to 100 000', async () => {
    for (const typed of ['', 'abc', '0', '100001', '2.5']) {
      const draft = withValue(toDraft(BANK), ['comment', 'maxLength'], typed);
      expect(
        (await place(draft)).map((p) => p.fieldId),
        typed,
      ).toEqual(['bank-comment-maxLength']);
    }
    expect(await place(withValue(toDraft(BANK), ['comment', 'maxLength'], ' 500 '))).toEqual([]);
  });

  test('an added option gets a level in every area on its scale; its key is checked, a duplicate key is the scale’s problem', async () => {
    const scale = BANK.areas[1]!.followup.scale;
    const added = addOption(toDraft(BANK), scale);
    const index = added.followupScales[scale]!.options.length - 1;
    expect(added.scoring.areas.management!.levels.at(-1)).toBe(4);

    expect((await place(added)).map((p) => p.fieldId)).toEqual(
      expect.arrayContaining([`bank-followupScales-${scale}-options-${index}-key`, `bank-followupScales-${scale}-options-${index}-label-sv`]),
    );

    let named = withValue(added, ['followupScales', scale, 'options', index, 'key'], 'partial');
    named = withValue(named, ['followupScales', scale, 'options', index, 'label'], { sv: 'Nytt', en: 'New' });
    expect(await place(named)).toEqual([
      {
        name: `followupScales.${scale}.options.root`,
        fieldId: `bank-followupScales-${scale}-options-0-label-sv`,
        message: expect.stringMatching(/samma nyckel/) as string,
      },
    ]);

    const valid = withValue(named, ['followupScales', scale, 'options', index, 'key'], 'certified');
    expect(await place(valid)).toEqual([]);
    const document = toDocument(valid);
    expect(document.scoring.areas.follow_up!.followup.certified).toBe(4);
    expect(document.scoring.areas.ciso!.followup.certified).toBeUndefined();
  });

  test("the server's field names land on the same fields through showServerError; the rest is a problem of the whole form", () => {
    const draft = toDraft(BANK);
    expect(serverFieldName('body.areas.3.title.en', draft)).toBe('areas.3.title.en');
    expect(serverFieldName('body.scoring.areas.management.followup.partial', draft)).toBe('scoring.areas.management.levels.1');
    expect(serverFieldName('body.followupScales.degree.options.1.key', draft)).toBe('followupScales.degree.options.root');
    expect(serverFieldName('body.version', draft)).toBeUndefined();

    const set: Record<string, { type: string; message?: string }> = {};
    const form = { setError: (name: string, error: { type: string; message?: string }) => void (set[name] = error), getValues: () => draft };
    const refusal = (issues: object[]) => new ApiError(400, 'validation_failed', 'Invalid body', { issues });
    const options = {
      fields: (field: string) => serverFieldName(field, draft) as never,
      message: (issue: { field: string; message: string }) => placeIssue(serverPath(issue.field), issue.message, draft, t).message,
    };
    showServerError(form as never, refusal([{ field: 'body.areas.3.title.en', rule: 'too_small', message: 'Too small' }]), options);
    expect(set).toEqual({ 'areas.3.title.en': { type: 'too_small', message: 'Fyll i texten.' } });

    delete set['areas.3.title.en'];
    showServerError(form as never, refusal([{ field: 'body.version', rule: 'version_mismatch', message: 'must be 2027.1' }]), options);
    expect(Object.keys(set)).toEqual([FORM_PROBLEM]);
  });

  test('area numbers are shown as ranges', () => {
    expect(numberRanges([2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe('2–10');
    expect(numberRanges([1])).toBe('1');
    expect(numberRanges([1, 2, 4, 6, 7, 8])).toBe('1, 2, 4, 6–8');
  });
});
