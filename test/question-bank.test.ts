import { describe, expect, it } from 'vitest';
import bankFile from '../shared/question-bank/bank-2019.json';
import { questionBankFileSchema } from '#shared/question-bank/schema';
import { AREA_KEYS_2019 } from '#shared/question-bank/types';
import { seedQuestionBank } from '#server/question-bank/seed';
import { useTestApp } from './support/app';
import { loginAs } from './support/auth';

const ctx = useTestApp();
const bank = questionBankFileSchema.parse(bankFile);

const MAIN_QUESTIONS_SV: Record<string, string> = {
  ciso: 'Har er kommun en CISO med uppdrag att samordna det övergripande informationssäkerhetsarbetet?',
  management: 'Har ni ett etablerat arbetssätt så att ledningen regelbundet informerar sig och beslutar i informationssäkerhetsfrågor?',
  action_plan: 'Har ni ett etablerat arbetssätt så att ledningens mål omsätts i konkreta handlingsplaner?',
  risk: 'Har ni ett etablerat arbetssätt så att informationssäkerhetsriskerna hanteras?',
  classification: 'Har ni ett etablerat arbetssätt så att informationstillgångarna klassas?',
  incidents: 'Har ni ett etablerat arbetssätt så att informationssäkerhetsincidenter/-avvikelser hanteras?',
  continuity: 'Har ni ett etablerat arbetssätt så att verksamhetens kontinuitet säkerställs?',
  awareness: 'Har ni ett etablerat arbetssätt så att medarbetarnas informationssäkerhetsmedvetande säkerställs?',
  procurement: 'Har ni ett etablerat arbetssätt så att beaktningen av informationssäkerhet i hela upphandlingsprocessen säkerställs?',
  follow_up:
    'Har ni ett etablerat arbetssätt så att tillämpningen av gemensamma arbetssätt inom informationssäkerhetsområdet (till exempel egenkontroll, leverantörsuppföljning, revisioner) följs upp?',
};

describe('the 2019 bank file', () => {
  it('has the ten areas of the survey in order, with their Swedish main questions', () => {
    expect(bank.version).toBe('2019.1');
    expect(bank.areas.map((a) => a.key)).toEqual([...AREA_KEYS_2019]);
    for (const area of bank.areas) expect(area.mainQuestion.sv).toBe(MAIN_QUESTIONS_SV[area.key]);
  });

  it('asks the degree of implementation everywhere but ciso, which asks for the share of working time', () => {
    const optionsOf = (key: string) => bank.followupScales[bank.areas.find((a) => a.key === key)!.followup.scale]!.options;
    expect(optionsOf('ciso').map((o) => [o.key, o.label.sv])).toEqual([
      ['lt25', 'Mindre än 25 %'],
      ['25to49', '25–49 %'],
      ['50to74', '50–74 %'],
      ['75to100', '75–100 %'],
    ]);
    for (const key of AREA_KEYS_2019.filter((k) => k !== 'ciso')) {
      expect(optionsOf(key).map((o) => [o.key, o.label.sv])).toEqual([
        ['started', 'Införandet har påbörjats'],
        ['partial', 'Delvis infört'],
        ['full', 'Infört i hela organisationen'],
        ['improving', 'Infört, följs upp och förbättras'],
      ]);
    }
  });

  it('defines "etablerat arbetssätt" as the survey does', () => {
    expect(bank.definition.text.sv).toBe('Utarbetade och beslutade arbetssätt som används konsekvent i relevanta processer.');
  });

  it('has guidance to levels 2, 3 and 4 for every area', () => {
    for (const area of bank.areas) expect(Object.keys(area.guidance).sort()).toEqual(['2', '3', '4']);
  });

  it('rejects a bank whose rule does not fit its areas', () => {
    const broken = structuredClone(bankFile);
    const ruleAreas: Partial<typeof broken.scoring.areas> = broken.scoring.areas;
    delete ruleAreas.risk;
    expect(questionBankFileSchema.safeParse(broken).error?.issues[0]).toMatchObject({ path: ['scoring', 'areas', 'risk'] });
  });

  it('rejects a rule where a higher degree gives a lower level', () => {
    const broken = structuredClone(bankFile);
    broken.scoring.areas.risk.followup.improving = 2;
    expect(questionBankFileSchema.safeParse(broken).error?.issues[0]?.message).toMatch(/must not decrease/);
  });

  it('rejects duplicate area keys and unknown scales', () => {
    const duplicate = structuredClone(bankFile);
    duplicate.areas[1]!.key = 'ciso';
    expect(questionBankFileSchema.safeParse(duplicate).success).toBe(false);
    const unknownScale = structuredClone(bankFile);
    unknownScale.areas[1]!.followup.scale = 'percent';
    expect(questionBankFileSchema.safeParse(unknownScale).error?.issues[0]?.path).toEqual(['areas', 1, 'followup', 'scale']);
  });
});

async function countRows() {
  const count = (table: 'question_bank_version' | 'question_area' | 'followup_option' | 'scoring_rule') =>
    ctx.app.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
      .then((r) => r.n);
  return {
    versions: await count('question_bank_version'),
    areas: await count('question_area'),
    options: await count('followup_option'),
    rules: await count('scoring_rule'),
  };
}

async function riskTitle() {
  const row = await ctx.app.db.selectFrom('question_area').select('title').where('key', '=', 'risk').executeTakeFirstOrThrow();
  return row.title.sv;
}

describe('seeding the bank', () => {
  it('is idempotent', async () => {
    const before = await countRows();
    expect(before).toEqual({ versions: 1, areas: 10, options: 40, rules: 1 });
    expect(await seedQuestionBank(ctx.app.db)).toEqual({ version: '2019.1', outcome: 'written' });
    expect(await countRows()).toEqual(before);
  });

  it('repairs an unfrozen version from the file, and leaves a frozen one alone', async () => {
    const tamper = () =>
      ctx.app.db
        .updateTable('question_area')
        .set({ title: JSON.stringify({ sv: 'Ändrad', en: 'Changed' }) })
        .where('key', '=', 'risk')
        .execute();
    await tamper();
    await seedQuestionBank(ctx.app.db);
    expect(await riskTitle()).toBe('Hantering av informationssäkerhetsrisker');

    await ctx.app.db.updateTable('question_bank_version').set({ frozen_at: new Date() }).execute();
    await tamper();
    expect(await seedQuestionBank(ctx.app.db)).toEqual({ version: '2019.1', outcome: 'frozen' });
    expect(await riskTitle()).toBe('Ändrad');

    // Restore the bank for the tests below.
    await ctx.app.db.updateTable('question_bank_version').set({ frozen_at: null }).execute();
    await seedQuestionBank(ctx.app.db);
    expect(await riskTitle()).toBe('Hantering av informationssäkerhetsrisker');
  });
});

describe('GET /api/rounds/{year}/questions', () => {
  async function createRound(year: number, state: 'draft' | 'open') {
    const bankVersion = await ctx.app.db.selectFrom('question_bank_version').select('id').executeTakeFirstOrThrow();
    await ctx.app.db
      .insertInto('round')
      .values({
        year,
        state,
        opens_at: new Date('2020-01-01T00:00:00Z'),
        closes_at: new Date('2030-01-01T00:00:00Z'),
        bank_version_id: bankVersion.id,
      })
      .execute();
  }

  it('needs a login', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/rounds/2019/questions' });
    expect(response.statusCode).toBe(401);
  });

  it('answers the bank in Swedish by default, areas and options in order', async () => {
    await createRound(2019, 'open');
    const user = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0114' }]);
    const response = await ctx.app.inject({ method: 'GET', url: '/api/rounds/2019/questions', headers: { cookie: user.cookie } });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      year: 2019,
      bankVersion: '2019.1',
      lang: 'sv',
      targetLevel: 3,
      definition: { term: 'Etablerat arbetssätt', text: 'Utarbetade och beslutade arbetssätt som används konsekvent i relevanta processer.' },
      answerLabels: { yes: 'Ja', no: 'Nej' },
    });
    expect(body.levels.map((l: { level: number; title: string }) => [l.level, l.title])).toEqual([
      [1, 'Nivå 1'],
      [2, 'Nivå 2'],
      [3, 'Nivå 3'],
      [4, 'Nivå 4'],
    ]);
    expect(body.areas.map((a: { key: string }) => a.key)).toEqual([...AREA_KEYS_2019]);
    const risk = body.areas[3];
    expect(risk).toMatchObject({ key: 'risk', position: 4, title: 'Hantering av informationssäkerhetsrisker', mainQuestion: MAIN_QUESTIONS_SV.risk });
    expect(risk.followup.options.map((o: { key: string; rank: number }) => [o.key, o.rank])).toEqual([
      ['started', 1],
      ['partial', 2],
      ['full', 3],
      ['improving', 4],
    ]);
    expect(risk.guidance.map((g: { toLevel: number }) => g.toLevel)).toEqual([2, 3, 4]);
    expect(risk.guidance[0].text).toMatch(/^Besluta om en metod för riskanalys/);
  });

  it('answers in English on request and rejects other languages', async () => {
    const user = await loginAs(ctx.app, [{ role: 'viewer', organisationCode: '0114' }]);
    const english = await ctx.app.inject({ method: 'GET', url: '/api/rounds/2019/questions?lang=en', headers: { cookie: user.cookie } });
    expect(english.statusCode).toBe(200);
    expect(english.json()).toMatchObject({ lang: 'en', answerLabels: { yes: 'Yes', no: 'No' } });
    expect(english.json().areas[0].followup.options[0].label).toBe('Less than 25%');
    const german = await ctx.app.inject({ method: 'GET', url: '/api/rounds/2019/questions?lang=de', headers: { cookie: user.cookie } });
    expect(german.statusCode).toBe(400);
  });

  it('hides draft rounds from everyone but administrators', async () => {
    await createRound(2031, 'draft');
    const respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0114' }]);
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    const hidden = await ctx.app.inject({ method: 'GET', url: '/api/rounds/2031/questions', headers: { cookie: respondent.cookie } });
    expect(hidden.statusCode).toBe(404);
    const shown = await ctx.app.inject({ method: 'GET', url: '/api/rounds/2031/questions', headers: { cookie: admin.cookie } });
    expect(shown.statusCode).toBe(200);
    const missing = await ctx.app.inject({ method: 'GET', url: '/api/rounds/2040/questions', headers: { cookie: admin.cookie } });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
  });
});
