/**
 * Regexes of src/ that recheck finds vulnerable and that were judged safe where they run, each with the
 * reason. Keyed by file and exact pattern source (not line, so edits elsewhere do not stale it).
 * Adding an entry needs a reason a reviewer can check: the input is bounded (say where), the match is
 * anchored so the backtracking cannot repeat over the message, or the input is not a client's.
 */
export const REGEX_ALLOW_LIST: ReadonlyArray<{ file: string; source: string; why: string }> = [
  {
    file: 'src/classifier/local/command-turn.ts',
    source: String.raw`[,;.!]+\s*|\s+(?:so|just)\s+`,
    why: 'split only on a text of at most COMMAND_TURN_MAX_CHARS (120) characters (endsWithCommand returns before it on a longer one): bounded input',
  },
  {
    file: 'src/adapters/embedded/kb-snippet.ts',
    source: String.raw`[\s,;:.!?-]+$`,
    why: "runs on a cut of the knowledge base's own article text (the snippet), never on a client's message",
  },
  {
    file: 'src/classifier/safety/scanner.ts',
    source: String.raw`\[[^\]]*\]`,
    why: "runs on the guard's own rule sources while the rules are compiled at load, never on a client's message",
  },
  {
    file: 'src/observability/redact/name-alone.ts',
    source: String.raw`(?:^|[.!?:;\n]\s*|["'(]\s*)$`,
    why: 'tested on the 3 characters before a word (text.slice(token.start - 3, token.start)): bounded input',
  },
  {
    file: 'src/observability/redact/name-tagger-features.ts',
    source: String.raw`[.!?\n:;]\s*$`,
    why: 'tested on the at most 4 characters before a word (opens: text.slice(start - 4, start)): bounded input',
  },
  {
    file: 'src/observability/redact/name-tagger-guards.ts',
    source: String.raw`(?:^|[.!?\n]\s*)$`,
    why: 'tested on the at most 40 characters before a name (mayBeName: text.slice(start - 40, start)): bounded input',
  },
  {
    file: 'src/observability/redact.ts',
    source: String.raw`"((?:[^"\\]|\\.)*)"|\[([^\]]*)\]`,
    why: "quadratic only on '[' runs with no ']' after them, with a small constant: 33-70 ms on 5,000 of them (the checker's attack), on a line of our own wording",
  },
  {
    file: 'src/observability/url-credentials.ts',
    source: String.raw`\b([a-z][a-z0-9+.-]*:\/\/)[^/?#\s@]*@`,
    why: "the checker's attack ('A+' repeated, then 'A://@') at 5,000 characters takes under 2 ms; it runs only on strings holding '://' or '='",
  },
];

/**
 * `new RegExp(...)` sites whose pattern is built per call, read by hand (the check cannot load them).
 * `call` is how the site's source text begins.
 */
export const REGEX_SITES_READ_BY_HAND: ReadonlyArray<{ file: string; call: string; why: string }> = [
  { file: 'src/classifier/safety/benefit.ts', call: 'new RegExp(HARM.source', why: "a global copy of HARM, whose pattern the check reads where HARM is built" },
  { file: 'src/classifier/safety/illness-course.ts', call: 'new RegExp(NO_EFFECT.source', why: 'a global copy of NO_EFFECT, whose pattern the check reads where NO_EFFECT is built' },
  {
    file: 'src/observability/redact/echoes.ts',
    call: 'new RegExp(String.raw`(?<!${WORD_CHAR})${flexible(value)}',
    why: 'a found value (a name, a number) with its characters escaped and each whitespace run as \\s+ between literal characters: linear per start',
  },
  {
    file: 'src/observability/redact/name-subjects.ts',
    call: 'new RegExp(String.raw`\\b(?:dr\\.?|doctor|dra\\.?|doctora)[ \\t]+(?:\\p{L}+[ \\t]+)?` + t.key',
    why: 'a clinician title, one optional word, then the word itself with everything but letters removed: linear per start',
  },
];
