// The part of @xmldom/xmldom's API the SAML code reads, typed without the DOM library. The package's own declarations
// begin with `/// <reference lib="dom" />`, which would bring `document`, `window` and every browser global into the
// whole server program, where they are a mistake tsc should catch (tsconfig.server.json maps the package here).
declare module '@xmldom/xmldom' {
  export interface XmlElement {
    readonly localName: string | null;
    readonly textContent: string | null;
    getAttribute(name: string): string | null;
    getElementsByTagNameNS(namespace: string | null, localName: string): ArrayLike<XmlElement> & Iterable<XmlElement>;
  }

  export interface XmlDocument {
    readonly documentElement: XmlElement;
    getElementsByTagNameNS(namespace: string | null, localName: string): ArrayLike<XmlElement> & Iterable<XmlElement>;
  }

  type ErrorHandler = (message: string) => void;

  export interface DOMParserOptions {
    errorHandler?: ErrorHandler | { warning?: ErrorHandler; error?: ErrorHandler; fatalError?: ErrorHandler };
  }

  export class DOMParser {
    constructor(options?: DOMParserOptions);
    parseFromString(source: string, mimeType: string): XmlDocument;
  }
}
