/** Mails of a survey round. Swedish first (the survey's language), English after, as the app's other mails. */

const DATE_SV = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' });
const DATE_EN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' });

export type RoundMailContext = { year: number; opensAt: Date; closesAt: Date; organisationName: string };

export function roundInvitationMail(input: RoundMailContext & { registrationUrl: string }) {
  return {
    subject: `Inbjudan: självskattning av informationssäkerhetsarbetet ${input.year} / Invitation: information security self-assessment ${input.year}`,
    text: [
      `Hej!`,
      ``,
      `${input.organisationName} är inbjuden att delta i ${input.year} års självskattning av det systematiska informationssäkerhetsarbetet (SKR och MSB).`,
      `Enkäten är öppen ${DATE_SV.format(input.opensAt)} – ${DATE_SV.format(input.closesAt)}.`,
      ``,
      `Vidarebefordra gärna detta meddelande till den som ska besvara enkäten, t.ex. er informationssäkerhetssamordnare.`,
      `Via länken nedan registrerar sig den personen som svarande för ${input.organisationName}. Länken kan användas en gång:`,
      input.registrationUrl,
      ``,
      `---`,
      `${input.organisationName} is invited to the ${input.year} self-assessment of systematic information security work.`,
      `The survey is open ${DATE_EN.format(input.opensAt)} – ${DATE_EN.format(input.closesAt)}.`,
      `Please forward this message to the person who will answer; the link above registers them as respondent (single use).`,
    ].join('\n'),
  };
}

export type ReminderMailInput = RoundMailContext & {
  loginUrl: string;
  /** A fresh registration link when nobody has registered for the organisation yet. */
  registrationUrl: string | null;
  note: string | undefined;
};

export function reminderMail(input: ReminderMailInput) {
  const note = input.note ? [input.note, ``] : [];
  const howSv = input.registrationUrl
    ? [
        `Ingen har ännu registrerat sig som svarande för er. Den som ska svara registrerar sig via länken (kan användas en gång):`,
        input.registrationUrl,
      ]
    : [`Logga in och skicka in svaren här:`, input.loginUrl];
  const howEn = input.registrationUrl
    ? `Nobody has registered as your respondent yet: the link above registers one (single use).`
    : `Log in and submit your answers at the address above.`;
  return {
    subject: `Påminnelse: självskattningen ${input.year} stänger ${DATE_SV.format(input.closesAt)} / Reminder: the ${input.year} self-assessment`,
    text: [
      `Hej!`,
      ``,
      ...note,
      `${input.organisationName} har ännu inte skickat in sina svar på ${input.year} års självskattning av informationssäkerhetsarbetet.`,
      `Enkäten stänger ${DATE_SV.format(input.closesAt)}.`,
      ``,
      ...howSv,
      ``,
      `---`,
      `${input.organisationName} has not yet submitted its answers to the ${input.year} self-assessment. It closes ${DATE_EN.format(input.closesAt)}.`,
      howEn,
    ].join('\n'),
  };
}
