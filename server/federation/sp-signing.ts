import { X509Certificate, createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** This service provider's key pair for signing SAML requests: PEM texts, the certificate published in its metadata. */
export type SamlSigning = { privateKey: string; certificate: string };

export class SigningKeyInvalid extends Error {}

/**
 * Reads the key and certificate files and checks that they belong together,
 * so that a wrong pair stops the start instead of every login.
 */
export function readSamlSigning(keyFile: string, certificateFile: string): SamlSigning {
  const read = (file: string, what: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      throw new SigningKeyInvalid(`${what} ${file} cannot be read: ${(error as Error).message}`);
    }
  };
  const privateKey = read(keyFile, 'SAML_SP_KEY_FILE');
  const certificate = read(certificateFile, 'SAML_SP_CERTIFICATE_FILE');
  let matches: boolean;
  try {
    matches = new X509Certificate(certificate).checkPrivateKey(createPrivateKey(privateKey));
  } catch (error) {
    throw new SigningKeyInvalid(`SAML_SP_KEY_FILE or SAML_SP_CERTIFICATE_FILE is not a PEM key or certificate: ${(error as Error).message}`);
  }
  if (!matches) throw new SigningKeyInvalid('SAML_SP_CERTIFICATE_FILE is not the certificate of the key in SAML_SP_KEY_FILE.');
  return { privateKey, certificate };
}
