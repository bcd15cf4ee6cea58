/** The mail telling an account's holder that logins to it are being throttled. */
export function loginThrottledMail(input: { url: string }) {
  return {
    subject: 'Många misslyckade inloggningar i Mognad / Many failed logins to Mognad',
    text: [
      `Hej!`,
      ``,
      `Någon har många gånger i rad försökt logga in på ditt konto i Mognad med fel lösenord.`,
      `Därför får nya inloggningsförsök vänta en stund. Från en dator eller webbläsare där du`,
      `har loggat in förut kan du logga in som vanligt.`,
      ``,
      `Var det inte du? Byt gärna lösenord under Mitt konto, eller via "Glömt lösenord": ${input.url}`,
      ``,
      `---`,
      `Someone has repeatedly tried to log in to your Mognad account with a wrong password, so new`,
      `attempts are slowed down for a while. From a browser where you have logged in before you can`,
      `log in as usual. If it was not you, consider changing your password.`,
    ].join('\n'),
  };
}
