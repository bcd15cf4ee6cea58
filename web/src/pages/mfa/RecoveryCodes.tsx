import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The recovery codes, shown once (the server keeps only their hashes); the heading takes focus when they appear. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const { t } = useTranslation('mfa');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="mfa-section" aria-labelledby="recovery-codes-heading" data-testid="recovery-codes">
      <h2 id="recovery-codes-heading" ref={heading} tabIndex={-1}>
        {t('recoveryCodes.heading')}
      </h2>
      <p>{t('recoveryCodes.intro')}</p>
      <ul className="mfa-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </section>
  );
}
