/** The parser's version: bumped whenever its output changes, so the API re-parses stored articles. */
export const PARSER_VERSION = '0.5.335';
