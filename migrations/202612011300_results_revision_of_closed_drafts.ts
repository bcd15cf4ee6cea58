import { sql, type Kysely } from 'kysely';

/**
 * Answers of drafts bumped no revision, because every autosave writes one
 * and would queue on the round's row. Outside an open round nobody
 * autosaves, yet an import can still change a draft's answers there, and
 * the published basis (submitted and partial responses) and its disclosure
 * pattern count them. So an answer change bumps its round when the response
 * is submitted, or when the round is not open.
 */
const SUBMITTED_OR_ROUND_NOT_OPEN = `r.status = 'submitted' or rd.state <> 'open'`;
const SUBMITTED = `r.status = 'submitted'`;

/** The trigger function, bumping the rounds of the changed answers whose response and round meet `condition`. */
function answersTrigger(condition: string) {
  const bump = (rows: string) => `
      perform bump_results_revision(array(
        select r.round_id from ${rows} a
        join response r on r.id = a.response_id
        join round rd on rd.id = r.round_id
        where ${condition}));`;
  return sql.raw(`
    create or replace function bump_results_revision_of_answers() returns trigger
    language plpgsql as $$
    begin
      if tg_op = 'DELETE' then${bump('old_rows')}
      else${bump('new_rows')}
      end if;
      return null;
    end
    $$`);
}

export async function up(db: Kysely<any>): Promise<void> {
  await answersTrigger(SUBMITTED_OR_ROUND_NOT_OPEN).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await answersTrigger(SUBMITTED).execute(db);
}
