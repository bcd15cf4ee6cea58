import type { TFunction } from 'i18next';
import { questionBankFileSchema, type LocalizedText } from '#shared/question-bank/schema';
import { toDocument, type BankDraft, type Path } from './draft';

type T = TFunction<'bankEditor'>;

/** A problem as zod or the server's 400 names it: a path in the bank document. */
export type Issue = { path: Path; message: string };

/**
 * A problem placed on the form: on one control (`fieldId`), or on a group of
 * controls (a scale, an area's rule) whose message sits in the group and
 * whose summary link goes to its first control.
 */
export type PlacedProblem = {
  /** The element id the message is shown under: `${errorKey}-error`. */
  errorKey: string;
  /** The control the summary links to, if any. */
  fieldId: string | undefined;
  message: string;
  /** The line in the error summary, naming the field. */
  summary: string;
};

const LANGUAGES = new Set<unknown>(['sv', 'en']);

/** The id of the control that edits the value at `path` (a path of the draft). */
export const fieldId = (path: Path) => `bank-${path.join('-')}`;

/** Checks the draft with the server's own schema, plus that no text is only spaces. */
export function validateDraft(draft: BankDraft): Issue[] {
  const document = toDocument(draft);
  const parsed = questionBankFileSchema.safeParse(document);
  const issues: Issue[] = parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: issue.path as Path, message: issue.message }));
  for (const path of blankTexts(document)) {
    if (!issues.some((issue) => samePath(issue.path, path))) issues.push({ path, message: 'is blank' });
  }
  return issues.filter((issue) => !followsFromDuplicateKey(issue, issues, draft));
}

/** Two options with one key also leave every rule on the scale a level short: only the key is the problem to show. */
function followsFromDuplicateKey(issue: Issue, issues: Issue[], draft: BankDraft): boolean {
  const [section, a, areaKey, part] = issue.path;
  if (section !== 'scoring' || a !== 'areas' || part !== 'followup' || issue.path.length !== 4) return false;
  const scale = draft.areas.find((area) => area.key === areaKey)?.followup.scale;
  return issues.some((other) => other.path.length === 2 && other.path[0] === 'followupScales' && other.path[1] === scale);
}

/** Text leaves ('sv'/'en') that hold only white space: the schema counts them as filled in. */
function blankTexts(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return LANGUAGES.has(path.at(-1)) && value !== '' && value.trim() === '' ? [path] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => blankTexts(child, [...path, Array.isArray(value) ? Number(key) : key]));
}

const samePath = (a: Path, b: Path) => a.length === b.length && a.every((segment, i) => segment === b[i]);

/** The server's field names ('body.areas.3.mainQuestion.sv') as document paths. */
export function issuesFromServer(details: { issues?: readonly { field?: unknown; message?: unknown }[] } | undefined): Issue[] {
  const issues = details?.issues;
  if (!issues) return [];
  return issues
    .filter((issue): issue is { field: string; message: unknown } => typeof issue.field === 'string')
    .map((issue) => ({
      path: issue.field
        .replace(/^body\.?/, '')
        .split('.')
        .filter(Boolean)
        .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)),
      message: typeof issue.message === 'string' ? issue.message : '',
    }));
}

type Target = { kind: 'field'; path: Path } | { kind: 'group'; path: Path; first: Path } | { kind: 'form' };

/**
 * Where a document path lands on the form. The rule's option levels are
 * keyed by option in the document and by position in the draft; a path the
 * form has no control for (the version key, the order of areas) is a problem
 * of the whole form.
 */
export function targetOf(path: Path, draft: BankDraft): Target {
  const [section, a, b, c, d] = path;
  if (LANGUAGES.has(path.at(-1)) && hasText(draft, path)) return { kind: 'field', path };
  if (section === 'comment' && a === 'maxLength') return { kind: 'field', path };
  if (section === 'followupScales' && typeof a === 'string' && draft.followupScales[a]) {
    const options = draft.followupScales[a].options;
    if (b === 'options' && typeof c === 'number' && d === 'key' && options[c]?.isNew) return { kind: 'field', path };
    return { kind: 'group', path: ['followupScales', a], first: ['followupScales', a, 'options', 0, 'label', 'sv'] };
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
  return { kind: 'group', path: rule, first: [...rule, 'no'] };
}

function hasText(draft: BankDraft, path: Path): boolean {
  let value: unknown = draft;
  for (const segment of path) value = (value as Record<string | number, unknown> | undefined)?.[segment];
  return typeof value === 'string';
}

/** The problems placed on the form, at most one per field or group. */
export function placeProblems(issues: Issue[], draft: BankDraft, t: T, language: string): PlacedProblem[] {
  const placed = new Map<string, PlacedProblem>();
  for (const issue of issues) {
    const target = targetOf(issue.path, draft);
    const errorKey = target.kind === 'form' ? 'bank-form' : fieldId(target.path);
    if (placed.has(errorKey)) continue;
    const message = messageFor(issue, target, t);
    const field = target.kind === 'form' ? undefined : describeField(target.path, draft, t, language);
    placed.set(errorKey, {
      errorKey,
      fieldId: target.kind === 'field' ? fieldId(target.path) : target.kind === 'group' ? fieldId(target.first) : undefined,
      message,
      summary: field ? t('errors.summaryLine', { field, message }) : message,
    });
  }
  return [...placed.values()];
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

/** "Område 2: Information till ledningen", with the title as it is now (or the key while the title is empty). */
export function areaLegend(draft: BankDraft, index: number, t: T, uiLanguage: string): string {
  const area = draft.areas[index];
  const title = area ? inLanguage(area.title, uiLanguage).trim() || area.key : '';
  return t('area.legend', { number: index + 1, title });
}

/** A bank text in the language of the interface (Swedish unless English is chosen). */
export const inLanguage = (text: LocalizedText, uiLanguage: string) => (uiLanguage.startsWith('en') ? text.en : text.sv);

/** "Svarsalternativ för följdfrågan i områdena 2–10". */
export function scaleLegend(draft: BankDraft, scale: string, t: T): string {
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
