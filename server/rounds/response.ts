import type { Round } from '#shared/api/rounds';
import type { RoundRecord } from './repository';
import { isAcceptingAnswers } from './service';

export function toRoundResponse(round: RoundRecord, now = new Date()): Round {
  return {
    year: round.year,
    state: round.state,
    opensAt: round.opensAt.toISOString(),
    closesAt: round.closesAt.toISOString(),
    bankVersion: round.bankVersion,
    shareComments: round.shareComments,
    acceptingAnswers: isAcceptingAnswers(round, now),
  };
}
