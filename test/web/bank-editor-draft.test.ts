import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, test } from 'vitest';
import bank from '../../shared/question-bank/bank-2019.json';
import type { QuestionBankFile } from '#shared/question-bank/schema';
import { addOption, removeOption, setIn, toDocument, toDraft, type BankDraft } from '#web/pages/admin/rounds/bank-editor/draft';
import { issuesFromServer, numberRanges, placeProblems, validateDraft } from '#web/pages/admin/rounds/bank-editor/problems';
import bankEditorSv from '../../web/src/i18n/sv/bankEditor.json';

// The form's pure part: draft ⇄ bank document, the bank schema's problems placed on form fields.
const BANK = bank as QuestionBankFile;
let t: TFunction<'bankEditor'>;

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ lng: 'sv', resources: { sv: { bankEditor: bankEditorSv } }, interpolation: { escapeValue: false } });
  t = instance.getFixedT<'bankEditor'>('sv', 'bankEditor');
});

const place = (draft: BankDraft) => placeProblems(validateDraft(draft), draft, t, 'sv');

describe('bank editor draft', () => {
  test('a bank goes through the form state unchanged, and the unchanged form has no problems', () => {
    const draft = toDraft(BANK);
    expect(toDocument(draft)).toEqual(BANK);
    expect(validateDraft(draft)).toEqual([]);
  });

  test('an empty or blank text is a problem on its field, named with its area and language in the summary', () => {
    let draft = setIn(toDraft(BANK), ['areas', 1, 'mainQuestion', 'sv'], '');
    draft = setIn(draft, ['areas', 2, 'title', 'en'], '   ');
    expect(place(draft)).toEqual([
      {
        errorKey: 'bank-areas-1-mainQuestion-sv',
        fieldId: 'bank-areas-1-mainQuestion-sv',
        message: 'Fyll i texten.',
        summary: 'Område 2: Information till ledningen – Huvudfråga (ja eller nej) (svenska): Fyll i texten.',
      },
      expect.objectContaining({ fieldId: 'bank-areas-2-title-en', message: 'Fyll i texten.' }),
    ]);
  });

  test('levels that go down are a problem of the area rule, linked to its first level', () => {
    const draft = setIn(toDraft(BANK), ['scoring', 'areas', 'risk', 'levels', 3], 1);
    expect(toDocument(draft).scoring.areas.risk!.followup.improving).toBe(1);
    expect(place(draft)).toEqual([
      expect.objectContaining({
        errorKey: 'bank-scoring-areas-risk',
        fieldId: 'bank-scoring-areas-risk-no',
        message: expect.stringMatching(/inte sjunka/),
      }),
    ]);
  });

  test('the comment length must be a whole number from 1 to 100 000', () => {
    for (const typed of ['', 'abc', '0', '100001', '2.5']) {
      const draft = setIn(toDraft(BANK), ['comment', 'maxLength'], typed);
      expect(
        place(draft).map((p) => p.fieldId),
        typed,
      ).toEqual(['bank-comment-maxLength']);
    }
    expect(validateDraft(setIn(toDraft(BANK), ['comment', 'maxLength'], ' 500 '))).toEqual([]);
  });

  test('an added option gets a level in every area on its scale; its key is checked and it can be removed again', () => {
    const scale = BANK.areas[1]!.followup.scale;
    const added = addOption(toDraft(BANK), scale);
    const index = added.followupScales[scale]!.options.length - 1;
    expect(added.scoring.areas.management!.levels.at(-1)).toBe(4);

    expect(place(added).map((p) => p.fieldId)).toEqual(
      expect.arrayContaining([`bank-followupScales-${scale}-options-${index}-key`, `bank-followupScales-${scale}-options-${index}-label-sv`]),
    );

    let named = setIn(added, ['followupScales', scale, 'options', index, 'key'], 'partial');
    named = setIn(named, ['followupScales', scale, 'options', index, 'label'], { sv: 'Nytt', en: 'New' });
    expect(place(named)).toEqual([
      expect.objectContaining({ errorKey: `bank-followupScales-${scale}`, message: expect.stringMatching(/samma nyckel/) }),
    ]);

    const valid = setIn(named, ['followupScales', scale, 'options', index, 'key'], 'certified');
    expect(validateDraft(valid)).toEqual([]);
    const document = toDocument(valid);
    expect(document.scoring.areas.follow_up!.followup.certified).toBe(4);
    expect(document.scoring.areas.ciso!.followup.certified).toBeUndefined();

    expect(toDocument(removeOption(valid, scale, index))).toEqual(BANK);
    expect(removeOption(valid, scale, 0)).toBe(valid);
  });

  test("the server's field names land on the same fields; the rest is a problem of the whole form", () => {
    const draft = toDraft(BANK);
    const issues = issuesFromServer({
      issues: [
        { field: 'body.areas.3.title.en', message: 'Too small' },
        { field: 'body.scoring.areas.management.followup.partial', message: 'Invalid' },
        { field: 'body.version', message: 'must be 2027.1, the version being edited' },
      ],
    });
    expect(placeProblems(issues, draft, t, 'sv').map((p) => [p.errorKey, p.fieldId])).toEqual([
      ['bank-areas-3-title-en', 'bank-areas-3-title-en'],
      ['bank-scoring-areas-management-levels-1', 'bank-scoring-areas-management-levels-1'],
      ['bank-form', undefined],
    ]);
  });

  test('area numbers are shown as ranges', () => {
    expect(numberRanges([2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe('2–10');
    expect(numberRanges([1])).toBe('1');
    expect(numberRanges([1, 2, 4, 6, 7, 8])).toBe('1, 2, 4, 6–8');
  });
});
