import 'i18next';
import type access from './sv/access.json';
import type account from './sv/account.json';
import type admin from './sv/admin.json';
import type auditRegister from './sv/auditRegister.json';
import type auth from './sv/auth.json';
import type bankEditor from './sv/bankEditor.json';
import type common from './sv/common.json';
import type errors from './sv/errors.json';
import type federation from './sv/federation.json';
import type language from './sv/language.json';
import type mfa from './sv/mfa.json';
import type national from './sv/national.json';
import type openData from './sv/openData.json';
import type plan from './sv/plan.json';
import type registration from './sv/registration.json';
import type report from './sv/report.json';
import type results from './sv/results.json';
import type rounds from './sv/rounds.json';
import type start from './sv/start.json';
import type survey from './sv/survey.json';

// Swedish is the reference catalogue: keys are checked against it at compile
// time, and test/web/client-consistency.test.ts checks every language has the same keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      access: typeof access;
      account: typeof account;
      admin: typeof admin;
      auditRegister: typeof auditRegister;
      common: typeof common;
      auth: typeof auth;
      start: typeof start;
      survey: typeof survey;
      results: typeof results;
      national: typeof national;
      plan: typeof plan;
      rounds: typeof rounds;
      registration: typeof registration;
      report: typeof report;
      bankEditor: typeof bankEditor;
      errors: typeof errors;
      federation: typeof federation;
      language: typeof language;
      openData: typeof openData;
      mfa: typeof mfa;
    };
  }
}
