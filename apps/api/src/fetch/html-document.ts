import { parseHTML } from 'linkedom';

/** The part of a DOM element the extractor reads. */
export interface HtmlElement {
  textContent: string | null;
  parentElement: HtmlElement | null;
  closest: (selector: string) => HtmlElement | null;
  getAttribute: (name: string) => string | null;
  remove: () => void;
}

/** The part of a DOM document the extractor reads. */
export interface HtmlDocument {
  querySelector: (selector: string) => HtmlElement | null;
  querySelectorAll: (selector: string) => Iterable<HtmlElement>;
}

/**
 * Parses HTML into a document with linkedom (a fast, server-side DOM). Typed by the interfaces above
 * because linkedom's own declarations name the browser's DOM types, which the API compiles without.
 */
export function parseHtmlDocument(html: string): HtmlDocument {
  return (parseHTML(html) as unknown as { document: HtmlDocument }).document;
}
