import { describeAccess as describe, type RoleLine } from '#server/mail/templates';

const ROLE_SV = {
  auditor: 'revisor med läsbehörighet för',
  respondent: 'svarar för',
  viewer: 'läser resultat för',
  analyst: 'analytiker (nationell)',
  admin: 'administratör (nationell)',
};
const ROLE_EN = {
  auditor: 'auditor with read-only access to',
  respondent: 'respondent for',
  viewer: 'viewer for',
  analyst: 'analyst (national)',
  admin: 'administrator (national)',
};

/** An invitation to someone who already has an account: nothing changes until they accept. */
export function acceptWithAccountMail(input: { inviterName: string; roles: RoleLine[]; url: string }) {
  return {
    subject: 'Inbjudan i Mognad / Invitation in Mognad',
    text: [
      `Hej!`,
      ``,
      `${input.inviterName} har bjudit in dig till ny behörighet i Mognad:`,
      describe(ROLE_SV, input.roles),
      ``,
      `Du får behörigheten först när du tackar ja. Öppna länken, logga in med ditt konto och välj`,
      `"Tacka ja". Länken gäller i 7 dagar. Vill du inte ha behörigheten gör du ingenting.`,
      input.url,
      ``,
      `---`,
      `${input.inviterName} has invited you to new access in Mognad:`,
      describe(ROLE_EN, input.roles),
      `Nothing changes until you accept: open the link above, log in and choose "Accept" (valid for 7 days).`,
    ].join('\n'),
  };
}
