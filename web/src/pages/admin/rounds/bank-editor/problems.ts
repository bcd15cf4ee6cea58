import type { TFunction } from 'i18next';
import { z } from 'zod';
import { questionBankFileSchema, type LocalizedText } from '#shared/question-bank/schema';
import { toDocument, type BankDraft, type Path } from './draft';

type T = TFunction<'bankEditor'>;

const LANGUAGES = new Set<unknown>(['sv', 'en']);

/**
 * The draft checked with the server's own bank schema (on the document the
 * draft saves as), and that no text is only spaces. Its issues name places
 * in the document; placeIssue puts them on the draft's fields.
 */
export const bankDraftSchema = z
  .custom<BankDraft>()
  .transform(toDocument)
  .pipe(
    questionBankFileSchema.superRefine(
      (document, ctx) => {
        for (const path of blankTexts(document)) ctx.addIssue({ code: 'custom', path: [...path], message: 'is blank' });
      },
      { when: () => true },
    ),
  );

/** Text leaves ('sv'/'en') that hold only white space: the schema counts them as filled in. */
function blankTexts(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return LANGUAGES.has(path.at(-1)) && value !== '' && value.trim() === '' ? [path] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => blankTexts(child, [...path, Array.isArray(value) ? Number(key) : key]));
}

/** The form's name of a draft path ('areas.1.mainQuestion.sv'), and back. */
export const nameOf = (path: Path) => path.join('.');
const pathOf = (name: string): Path => name.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));

/** The problem of a group of fields: a scale's options (a key twice), an area's rule (levels that go down). */
export const scaleProblemName = (scale: string) => `followupScales.${scale}.options.root`;
export const ruleProblemName = (areaKey: string) => `scoring.areas.${areaKey}.root`;

/** The id of the control that edits the field `name`; a group's problem links to the group's first control. */
export function bankFieldId(name: string): string {
  const scale = /^followupScales\.([^.]+)\.options\.root$/.exec(name);
  if (scale) return `bank-followupScales-${scale[1]}-options-0-label-sv`;
  const rule = /^scoring\.areas\.([^.]+)\.root$/.exec(name);
  if (rule) return `bank-scoring-areas-${rule[1]}-no`;
  return `bank-${name.replaceAll('.', '-')}`;
}

/** The id of a group's problem text, under the group's legend. */
export const groupProblemId = (name: string) => `bank-${name.replaceAll('.', '-')}-error`;

/**
 * Where a problem at a document path (the schema's issue, or the server's
 * `body.areas.3.mainQuestion.sv`) goes on the form, in the editor's words:
 * a field, a group's problem, or the whole form's (`root.server`).
 */
export function placeIssue(path: Path, message: string, draft: BankDraft, t: T): { name: string; message: string } {
  const target = targetOf(path, draft);
  const name = target.kind === 'form' ? 'root.server' : target.kind === 'group' ? target.name : nameOf(target.path);
  return { name, message: messageFor({ path, message }, target, t) };
}

/** The resolver's placement of the schema's issues (schemaResolver's `place`): as placeIssue, leaving out what follows from a duplicate key. */
export const bankPlacement =
  (t: T) =>
  (issue: z.core.$ZodIssue, draft: BankDraft, issues: readonly z.core.$ZodIssue[]): { name: string; message: string } | null => {
    const path = issue.path as Path;
    return followsFromDuplicateKey(path, issues, draft) ? null : placeIssue(path, issue.message, draft, t);
  };

/** The field a refused request field (`body.areas.3.mainQuestion.sv`) goes on; undefined for the whole form's problem. */
export function serverFieldName(field: string, draft: BankDraft): string | undefined {
  const target = targetOf(serverPath(field), draft);
  return target.kind === 'form' ? undefined : target.kind === 'group' ? target.name : nameOf(target.path);
}

/** Two options with one key also leave every rule on the scale a level short: only the key is the problem to show. */
function followsFromDuplicateKey(path: Path, issues: readonly { path: readonly PropertyKey[] }[], draft: BankDraft): boolean {
  const [section, a, areaKey, part] = path;
  if (section !== 'scoring' || a !== 'areas' || part !== 'followup' || path.length !== 4) return false;
  const scale = draft.areas.find((area) => area.key === areaKey)?.followup.scale;
  return issues.some((other) => other.path.length === 2 && other.path[0] === 'followupScales' && other.path[1] === scale);
}

/** The server's field name ('body.areas.3.mainQuestion.sv') as a document path. */
export const serverPath = (field: string): Path => pathOf(field.replace(/^body\.?/, '')).filter((segment) => segment !== '');

type Issue = { path: Path; message: string };

type Target = { kind: 'field'; path: Path } | { kind: 'group'; path: Path; name: string } | { kind: 'form' };

/**
 * Where a document path lands on the form. The rule's option levels are
 * keyed by option in the document and by position in the draft; a path the
 * form has no control for (the version key, the order of areas) is a problem
 * of the whole form.
 */
function targetOf(path: Path, draft: BankDraft): Target {
  const [section, a, b, c, d] = path;
  if (LANGUAGES.has(path.at(-1)) && hasText(draft, path)) return { kind: 'field', path };
  if (section === 'comment' && a === 'maxLength') return { kind: 'field', path };
  if (section === 'followupScales' && typeof a === 'string' && draft.followupScales[a]) {
    const options = draft.followupScales[a].options;
    if (b === 'options' && typeof c === 'number' && d === 'key' && options[c]?.isNew) return { kind: 'field', path };
    return { kind: 'group', path: ['followupScales', a], name: scaleProblemName(a) };
  }
  if (section === 'scoring' && a === 'targetLevel') return { kind: 'field', path };
  if (section === 'scoring' && a === 'areas' && typeof b === 'string') return ruleTarget(draft, b, c, d);
  return { kind: 'form' };
}

function ruleTarget(draft: BankDraft, areaKey: string, part: unknown, optionKey: unknown): Target {
  const area = draft.areas.find((candidate) => candidate.key === areaKey);
  if (!area) return { kind: 'form' };
  const rule: Path = ['scoring', 'areas', areaKey];
  if (part === 'no') return { kind: 'field', path: [...rule, 'no'] };
  const index = draft.followupScales[area.followup.scale]?.options.findIndex((o) => o.key === optionKey) ?? -1;
  if (part === 'followup' && index >= 0) return { kind: 'field', path: [...rule, 'levels', index] };
  return { kind: 'group', path: rule, name: ruleProblemName(areaKey) };
}

function hasText(draft: BankDraft, path: Path): boolean {
  let value: unknown = draft;
  for (const segment of path) value = (value as Record<string | number, unknown> | undefined)?.[segment];
  return typeof value === 'string';
}

function messageFor(issue: Issue, target: Target, t: T): string {
  if (target.kind === 'field' && LANGUAGES.has(target.path.at(-1))) return t('errors.required');
  if (target.kind === 'field' && target.path[1] === 'maxLength') return t('errors.maxLength');
  if (target.kind === 'field' && target.path.at(-1) === 'key') return t('errors.key');
  if (target.kind === 'group' && target.path[0] === 'followupScales') return t('errors.duplicateKey');
  if (target.kind === 'group' && issue.path.length === 3) return t('errors.levelsOrder');
  if (target.kind === 'group') return t('errors.ruleOptions');
  return issue.path.length > 0 ? t('errors.other', { message: `${issue.path.join('.')}: ${issue.message}` }) : issue.message;
}

/** The summary's line for a problem on the field `name`: "Område 2: … – Huvudfråga (ja eller nej) (svenska): Fyll i texten." */
export function summaryLine(name: string, message: string, draft: BankDraft, t: T, uiLanguage: string): string {
  const path = pathOf(name.replace(/(\.options)?\.root$/, ''));
  return t('errors.summaryLine', { field: describeField(path, draft, t, uiLanguage), message });
}

/** A field's name for the error summary, with the part of the form it is in: "Område 2: … – Huvudfråga (svenska)". */
export function describeField(path: Path, draft: BankDraft, t: T, uiLanguage: string): string {
  const [section, a, b, c, d] = path;
  const language = (value: unknown) => t(`language.${value === 'en' ? 'en' : 'sv'}`);
  const withLanguage = (label: string, lang: unknown) => t('withLanguage', { label, language: language(lang) });
  switch (section) {
    case 'source':
    case 'scope':
      return withLanguage(t(`general.${section}`), a);
    case 'definition':
      return withLanguage(t(a === 'term' ? 'general.definitionTerm' : 'general.definitionText'), b);
    case 'answerLabels':
      return withLanguage(t(a === 'yes' ? 'general.yes' : 'general.no'), b);
    case 'comment':
      return a === 'maxLength' ? t('general.commentMaxLength') : withLanguage(t('general.commentLabel'), b);
    case 'levels':
      return `${t('levels.level', { level: Number(a) + 1 })} – ${withLanguage(t(b === 'title' ? 'levels.title' : 'levels.description'), c)}`;
    case 'followupScales': {
      const scale = scaleLegend(draft, String(a), t);
      if (b !== 'options') return scale;
      const option = t('scale.option', { number: Number(c) + 1 });
      const field = d === 'key' ? t('scale.key') : withLanguage(t(d === 'label' ? 'scale.label' : 'scale.description'), path[5]);
      return `${scale}, ${option} – ${field}`;
    }
    case 'areas':
      return `${areaLegend(draft, Number(a), t, uiLanguage)} – ${areaFieldLabel(path.slice(2), t, withLanguage)}`;
    case 'scoring':
      return a === 'targetLevel' ? t('levels.target') : ruleFieldLabel(draft, String(b), c, d, t, uiLanguage);
    default:
      return path.join('.');
  }
}

function areaFieldLabel(rest: Path, t: T, withLanguage: (label: string, lang: unknown) => string): string {
  const [field, x, y] = rest;
  if (field === 'followup') return withLanguage(t('area.followupQuestion'), y);
  if (field === 'guidance') return withLanguage(t('area.toLevel', { level: Number(x) }), y);
  const labels = { title: t('area.title'), mainQuestion: t('area.mainQuestion'), description: t('area.description') };
  return withLanguage(labels[field as keyof typeof labels] ?? String(field), x);
}

function ruleFieldLabel(draft: BankDraft, areaKey: string, part: unknown, index: unknown, t: T, uiLanguage: string): string {
  const areaIndex = draft.areas.findIndex((area) => area.key === areaKey);
  const prefix = `${areaLegend(draft, areaIndex, t, uiLanguage)} – ${t('area.rule')}`;
  if (part === 'no') return `${prefix}: ${t('area.no')}`;
  if (part !== 'levels') return prefix;
  const option = draft.followupScales[draft.areas[areaIndex]?.followup.scale ?? '']?.options[Number(index)];
  return `${prefix}: ${t('area.yesWith', { option: option ? inLanguage(option.label, uiLanguage) : '', key: option?.key ?? '' })}`;
}

/** What the legends are made of: the areas' keys, titles and scales (a BankDraft has them). */
export type AreasOutline = { areas: readonly { key: string; title: LocalizedText; followup: { scale: string } }[] };

/** "Område 2: Information till ledningen", with the title as it is now (or the key while the title is empty). */
export function areaLegend(draft: AreasOutline, index: number, t: T, uiLanguage: string): string {
  const area = draft.areas[index];
  const title = area ? inLanguage(area.title, uiLanguage).trim() || area.key : '';
  return t('area.legend', { number: index + 1, title });
}

/** A bank text in the language of the interface (Swedish unless English is chosen). */
export const inLanguage = (text: LocalizedText, uiLanguage: string) => (uiLanguage.startsWith('en') ? text.en : text.sv);

/** "Svarsalternativ för följdfrågan i områdena 2–10". */
export function scaleLegend(draft: AreasOutline, scale: string, t: T): string {
  const numbers = draft.areas.flatMap((area, index) => (area.followup.scale === scale ? [index + 1] : []));
  return t('scale.legend', { count: numbers.length, areas: numberRanges(numbers) });
}

/** [2, 3, 4, 6] → "2–4, 6" */
export function numberRanges(numbers: number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j += 1;
    ranges.push(j > i + 1 ? `${numbers[i]}–${numbers[j]}` : numbers.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return ranges.join(', ');
}
