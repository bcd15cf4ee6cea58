import type { TFunction } from 'i18next';
import type { RoundState } from '#shared/api/rounds';
import { formatDateTime } from './format';

type RoundTimes = { roundState: RoundState; opensAt: string; closesAt: string; acceptingAnswers: boolean };

/**
 * Where a round stands for the respondent: not open yet (before its window),
 * open (taking answers) or closed (after its window, or closed early by an
 * administrator). The server's acceptingAnswers decides "open".
 */
export type RoundPhase = 'notYetOpen' | 'open' | 'closed';

export function roundPhase(round: RoundTimes, now = new Date()): RoundPhase {
  if (round.acceptingAnswers) return 'open';
  const beforeWindow = now < new Date(round.opensAt);
  return round.roundState === 'open' && beforeWindow ? 'notYetOpen' : 'closed';
}

/** When the round opens or closes, in words fitting its phase: "Sista dag att svara: 31 mars 2027 kl. 23:59." */
export function roundTimeText(t: TFunction<'survey'>, round: RoundTimes, language: string, now = new Date()): string {
  const opens = formatDateTime(round.opensAt, language);
  const closes = formatDateTime(round.closesAt, language);
  switch (roundPhase(round, now)) {
    case 'open':
      return t('roundTime.open', { closes });
    case 'notYetOpen':
      return t('roundTime.notYetOpen', { opens, closes });
    default:
      return new Date(round.closesAt) <= now ? t('roundTime.closed', { closes }) : t('roundTime.closedEarly');
  }
}
