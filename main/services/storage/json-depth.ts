/**
 * How deeply a JSON text nests, found by one linear scan of its brackets before anything
 * parses or clones it. JSON.parse copes with 100,000 levels, but what comes after it
 * (structuredClone in migrations, zod, JSON.stringify for a checksum) recurses and throws
 * "Maximum call stack size exceeded", which at start-up means the app never opens.
 *
 * Pure, with no imports and no Node or DOM types, so the page's importers can reuse it.
 */

/**
 * Far above any real planner document (about 8 levels: document → section → list → item →
 * field → ...) and far below the few thousand levels where recursion runs out of stack.
 */
export const MAX_JSON_DEPTH = 64;

export type JsonDepthCheck = { ok: true; depth: number } | { ok: false; limit: number; detail: string };

const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \
const OPEN_BRACKET = 0x5b; // [
const OPEN_BRACE = 0x7b; // {
const CLOSE_BRACKET = 0x5d; // ]
const CLOSE_BRACE = 0x7d; // }

/**
 * Where the string opened at `open` ends: the next quote not escaped by an odd run of
 * backslashes, or the end of the text for a string never closed.
 */
function closingQuote(text: string, open: number): number {
  let quote = open;
  for (;;) {
    quote = text.indexOf('"', quote + 1);
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote;
  }
}

/**
 * The deepest nesting of `[` and `{` outside strings, or a refusal as soon as it passes
 * `limit`. It does not validate JSON (JSON.parse does that next); it only bounds the depth,
 * so unbalanced or malformed text simply reaches the parser, which names the error.
 */
export function checkJsonDepth(text: string, limit: number = MAX_JSON_DEPTH): JsonDepthCheck {
  let depth = 0;
  let deepest = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      // Strings are most of a document: jump over each one with the engine's own search.
      index = closingQuote(text, index);
    } else if (code === OPEN_BRACKET || code === OPEN_BRACE) {
      depth += 1;
      if (depth > limit) {
        return { ok: false, limit, detail: `the JSON nests deeper than ${limit} levels` };
      }
      if (depth > deepest) deepest = depth;
    } else if (code === CLOSE_BRACKET || code === CLOSE_BRACE) {
      depth -= 1;
    }
  }
  return { ok: true, depth: deepest };
}
