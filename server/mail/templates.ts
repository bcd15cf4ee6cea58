import type { Role } from '#shared/api/auth';

/** A role as a person reads it in a mail: Swedish first, as the app. */
/** A line of access in a mail: a role, or an auditor's read-only access for a period. */
export type RoleLine = { role: Role | 'auditor'; organisationName: string | null; period?: { startsOn: string; endsOn: string } };

const ROLE_SV: Record<RoleLine['role'], string> = {
  auditor: 'revisor med läsbehörighet för',
  respondent: 'svarar för',
  viewer: 'läser resultat för',
  analyst: 'analytiker (nationell)',
  admin: 'administratör (nationell)',
};
const ROLE_EN: Record<RoleLine['role'], string> = {
  auditor: 'auditor with read-only access to',
  respondent: 'respondent for',
  viewer: 'viewer for',
  analyst: 'analyst (national)',
  admin: 'administrator (national)',
};

export const describeAccess = (names: Record<RoleLine['role'], string>, lines: RoleLine[]) =>
  lines
    .map(
      (r) =>
        `  - ${names[r.role]}${r.organisationName ? ` ${r.organisationName}` : ''}${r.period ? ` ${r.period.startsOn} – ${r.period.endsOn}` : ''}`,
    )
    .join('\n');
const describe = describeAccess;

export const link = (publicUrl: string, path: string, token: string) => `${publicUrl.replace(/\/+$/, '')}${path}?token=${encodeURIComponent(token)}`;

export function invitationMail(input: { inviterName: string; roles: RoleLine[]; url: string }) {
  return {
    subject: 'Inbjudan till Mognad / Invitation to Mognad',
    text: [
      `Hej!`,
      ``,
      `${input.inviterName} har bjudit in dig till Mognad, självskattningen av informationssäkerhetsarbetet.`,
      `Du får behörighet som:`,
      describe(ROLE_SV, input.roles),
      ``,
      `Välj ditt lösenord via länken nedan. Länken gäller i 7 dagar och kan bara användas en gång:`,
      input.url,
      ``,
      `---`,
      `${input.inviterName} has invited you to Mognad. Your access:`,
      describe(ROLE_EN, input.roles),
      `Choose your password with the link above (valid for 7 days, single use).`,
    ].join('\n'),
  };
}

export function rolesGrantedMail(input: { inviterName: string; roles: RoleLine[]; url: string }) {
  return {
    subject: 'Ny behörighet i Mognad / New access in Mognad',
    text: [
      `Hej!`,
      ``,
      `${input.inviterName} har gett dig ny behörighet i Mognad:`,
      describe(ROLE_SV, input.roles),
      ``,
      `Logga in som vanligt: ${input.url}`,
      ``,
      `---`,
      `${input.inviterName} has given you new access in Mognad:`,
      describe(ROLE_EN, input.roles),
      `Log in as usual at the address above.`,
    ].join('\n'),
  };
}

export function passwordResetMail(input: { url: string }) {
  return {
    subject: 'Återställ lösenord i Mognad / Reset your Mognad password',
    text: [
      `Hej!`,
      ``,
      `Någon (förhoppningsvis du) har bett om att få återställa lösenordet till ditt konto i Mognad.`,
      `Välj ett nytt lösenord via länken nedan. Länken gäller i en timme och kan bara användas en gång:`,
      input.url,
      ``,
      `Har du inte bett om detta kan du bortse från meddelandet; ditt lösenord är oförändrat.`,
      ``,
      `---`,
      `Someone (hopefully you) asked to reset your Mognad password. Use the link above within one hour.`,
      `If it was not you, ignore this message: your password has not changed.`,
    ].join('\n'),
  };
}
