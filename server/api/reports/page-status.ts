import type { Db } from '#server/db/sql';
import { findRound } from '#server/rounds/repository';

const REPORT_PAGE = /^\/rapport\/(\d{4})\/?$/i;

/**
 * The HTTP status of the report page `/rapport/{year}` (interfaces §5: a
 * round that is not published answers 404): 200 when the round is
 * published, 404 otherwise; null for any other address. The page itself is
 * the client's either way (analysts preview a closed round there).
 */
export async function reportPageStatus(db: Db, pathname: string): Promise<200 | 404 | null> {
  const match = REPORT_PAGE.exec(pathname);
  if (!match) return null;
  const round = await findRound(db, { year: Number(match[1]) });
  return round?.state === 'published' ? 200 : 404;
}
