import type { Level, ScoringRule } from '../scoring/rule';
import type { LocalizedText } from './schema';

export type BankOption = { key: string; rank: number; label: LocalizedText; description: LocalizedText | null };

export type BankArea = {
  key: string;
  position: number;
  title: LocalizedText;
  description: LocalizedText;
  mainQuestion: LocalizedText;
  followup: { question: LocalizedText; options: BankOption[] };
  guidance: { toLevel: Exclude<Level, 1>; text: LocalizedText }[];
};

/** One stored version of the question bank, in both languages, with its scoring rule. */
export type QuestionBank = {
  id: number;
  version: string;
  frozenAt: Date | null;
  source: LocalizedText;
  scope: LocalizedText;
  definition: { term: LocalizedText; text: LocalizedText };
  answerLabels: { yes: LocalizedText; no: LocalizedText };
  comment: { label: LocalizedText; maxLength: number };
  levels: { level: Level; title: LocalizedText; description: LocalizedText }[];
  areas: BankArea[];
  scoring: ScoringRule;
};

/** The area keys of the 2019 survey, in question-bank order. */
export const AREA_KEYS_2019 = [
  'ciso',
  'management',
  'action_plan',
  'risk',
  'classification',
  'incidents',
  'continuity',
  'awareness',
  'procurement',
  'follow_up',
] as const;
