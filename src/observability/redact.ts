import { DETECTORS } from './redact/detectors.ts';
import { forgetAsciiLower } from './redact/gate.ts';
import { PII_TOKENS, type PiiKind, type PiiSpan } from './redact/kinds.ts';
import { findNames } from './redact/names.ts';
import { findInContext } from './redact/context.ts';
import { maskEchoes } from './redact/echoes.ts';
import { findPeople } from './redact/people.ts';
import { namesBeforeTheirCue } from './redact/name-positions.ts';
import { findRelatives } from './redact/relatives.ts';
import { namesBesideNames, namesInStructure } from './redact/name-structure.ts';
import { namesByClues, namesWithParticles } from './redact/name-clues.ts';
import { namesByDeeds, namesSaidAgain } from './redact/name-deeds.ts';
import { namesBesideFound, namesByContact } from './redact/name-contacts.ts';
import { CLINICIAN_BEFORE, findSpokenNames, tokenize } from './redact/spoken-names.ts';
import { namesTown } from './redact/name-places.ts';
import { namesInFreeText } from './redact/name-free.ts';
import { nameTrimmed, namesByRole, namesCarriedOn } from './redact/name-roles.ts';
import { namesByTies } from './redact/name-ties.ts';
import { namesInCompany } from './redact/name-company.ts';
import { namesOfPatients } from './redact/name-patients.ts';
import { nameUntied, namesTiedOn } from './redact/name-tied-on.ts';
import { namesByTagger } from './redact/name-tagger.ts';
import { namesABuilding } from './redact/name-buildings.ts';

/**
 * PII redaction for everything that leaves the request: logs, metrics labels, ticket descriptions and
 * the compliance narrative. Errs on the side of masking, but keeps the numbers triage needs (doses,
 * quantities, times, years, store numbers). The cue before a value stays ("dob [DOB]") so a redacted
 * message still reads as what the customer asked.
 * @see https://www.hhs.gov/hipaa/for-professionals/privacy/special-topics/de-identification/ (Safe Harbor identifiers)
 */
export type { PiiKind, PiiSpan } from './redact/kinds.ts';
export { PII_KINDS, PII_TOKENS } from './redact/kinds.ts';

const POSSESSIVE_END = /\p{L}['’]s$/iu;
/** "Ana Ruiz's daughter": the name, not its possessive "'s". */
const withoutPossessive = (text: string, span: PiiSpan): PiiSpan => (POSSESSIVE_END.test(text.slice(span.start, span.end)) ? { ...span, end: span.end - 2 } : span);

// Many detectors share one requirement (a digit): each distinct requirement is tested once per text, in the
// order a detector lists them (a costly one after a cheaper one that every text it holds for holds too).
const requirementsOf = (d: (typeof DETECTORS)[number]) => (d.requires === undefined ? [] : Array.isArray(d.requires) ? d.requires : [d.requires]);
const REQUIREMENTS = [...new Set(DETECTORS.flatMap(requirementsOf))];
const REQUIREMENT_OF = DETECTORS.map((d) => requirementsOf(d).map((r) => REQUIREMENTS.indexOf(r)));
const UNTESTED = 0;
const MET = 1;

const LOWER_CASE = /\p{Ll}/u;
const LETTERS = /\p{Lu}[^\n]*\p{Lu}[^\n]*\p{Lu}/u;
/** No lower-case letter and a few capitals, with lower-case forms of the same length (offsets carry over). */
const shouted = (text: string) => !LOWER_CASE.test(text) && LETTERS.test(text) && text.toLowerCase().length === text.length;

function collect(text: string, learned: boolean): PiiSpan[] {
  const found: Array<PiiSpan & { rank: number }> = [];
  const tested = new Uint8Array(REQUIREMENTS.length);
  const meets = (r: number) => {
    if (tested[r] === UNTESTED) {
      const requires = REQUIREMENTS[r]!;
      tested[r] = (typeof requires === 'string' ? text.includes(requires) : typeof requires === 'function' ? requires(text) : requires.test(text)) ? MET : MET + 1;
    }
    return tested[r] === MET;
  };
  DETECTORS.forEach(({ kind, re, accept }, rank) => {
    if (!REQUIREMENT_OF[rank]!.every(meets)) return;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const value = m.indices?.groups?.['v'];
      const [start, end] = value ?? [m.index, m.index + m[0].length];
      // A rejected match resumes after itself rather than one character on: linear time over the input.
      if (accept && !accept(text.slice(start, end))) continue;
      found.push({ kind, start, end, rank });
    }
  });
  // An all-capitals message ("I CALLED BRYNMOR TWICE") is read for names as a lower-case transcript is, at the same offsets.
  const named = shouted(text) ? text.toLowerCase() : text;
  for (const span of findNames(named)) found.push({ ...withoutPossessive(named, span), rank: DETECTORS.length });
  const tokens = tokenize(named);
  // A clinician named with a title ("dr patel", "Dr. Samuel") stays: the prescriber, not the customer.
  // A town that is a first name or a surname, where a message puts a town ("we moved to Tyler", "en Santa Ana"), stays too.
  const byName = (span: PiiSpan) => !CLINICIAN_BEFORE.test(named.slice(Math.max(0, span.start - 10), span.start)) && !namesTown(named, span);
  for (const span of [...findPeople(named, tokens), ...findRelatives(named), ...findSpokenNames(named, tokens), ...namesBeforeTheirCue(named, tokens), ...namesInStructure(named, tokens), ...namesByClues(named, tokens), ...namesByDeeds(named, tokens), ...namesByContact(named, tokens), ...namesInFreeText(named, tokens), ...namesByRole(named, tokens), ...namesByTies(named, tokens), ...namesInCompany(named, tokens), ...namesOfPatients(named, tokens), ...(learned ? namesByTagger(named, tokens) : [])]) {
    if (byName(span)) found.push({ ...withoutPossessive(named, span), rank: DETECTORS.length + 1 });
  }
  // A second name after "and" or "&", a surname repeated alone: from the names found so far.
  const names = found.filter((f) => f.kind === 'name');
  if (names.length > 0) for (const span of namesBesideNames(named, tokens, names)) if (byName(span)) found.push({ ...span, rank: DETECTORS.length + 1 });
  // "my name is prairie like the field prairie bramwell": a found name said again before a surname.
  if (names.length > 0) for (const span of namesSaidAgain(named, tokens, names)) if (byName(span)) found.push({ ...span, rank: DETECTORS.length + 1 });
  // "tomasa no sorry tomasita", "me, oriel, marcelline and zenaida": a speaker's repair, the other people of a list.
  if (names.length > 0 || named.includes(',')) for (const span of namesBesideFound(named, tokens, names)) if (byName(span)) found.push({ ...span, rank: DETECTORS.length + 1 });
  // "Hendrik van den Broek": a name carried over its particles.
  if (names.length > 0) for (const span of namesWithParticles(named, tokens, found.filter((f) => f.kind === 'name'))) found.push({ ...withoutPossessive(named, span), rank: DETECTORS.length + 1 });
  // "rodrigo quintanilla barragán": a third word of a double surname; then no verb read as a surname, no plan before "coverage".
  for (const span of namesCarriedOn(named, tokens, found.filter((f) => f.kind === 'name'))) found.push({ ...span, rank: DETECTORS.length + 1 });
  // "khadija el amrani", "le van hung", "ji woo park j i w o o": a found name tied on over a particle, a middle name, a spelling.
  for (const span of namesTiedOn(named, tokens, found.filter((f) => f.kind === 'name'))) if (byName(span)) found.push({ ...span, rank: DETECTORS.length + 1 });
  for (let f = found.length - 1; f >= 0; f--) {
    const span = found[f]!;
    if (span.kind !== 'name') continue;
    const trimmed = nameTrimmed(named, tokens, span);
    const untied = trimmed === null ? null : nameUntied(named, tokens, trimmed);
    if (untied === null || namesABuilding(named, untied.end)) found.splice(f, 1);
    else [span.start, span.end] = [untied.start, untied.end];
  }
  for (const span of findInContext(text, found)) found.push({ ...span, rank: DETECTORS.length + 2 });
  forgetAsciiLower();
  // Leftmost-longest wins so no tail of a longer match stays visible; the detector order breaks ties.
  found.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const kept: PiiSpan[] = [];
  let covered = 0;
  for (const { kind, start, end } of found) {
    const last = kept[kept.length - 1];
    if (last && start < covered) {
      // Overlapping detections merge, so the tail of the later one is masked too.
      if (end > covered) last.end = covered = end;
      continue;
    }
    kept.push({ kind, start, end });
    covered = end;
  }
  return kept;
}

// One word without a digit holds no identifier: every detector needs digits, "@", "/" or two words.
const ONE_WORD = /^\s*(?:[\p{L}'’.-]+\s*)?$/u;

/** Where the personal data in `text` is, in order, without overlaps; offsets are UTF-16 indices. */
export function findPii(text: string): Array<{ kind: PiiKind; start: number; end: number }> {
  if (text.length === 0 || ONE_WORD.test(text)) return [];
  return collect(text, true);
}

/** findPii without the learned name tagger: the hand-written finders alone (its trainer weighs what it adds to them). */
export function findPiiByRules(text: string): Array<{ kind: PiiKind; start: number; end: number }> {
  if (text.length === 0 || ONE_WORD.test(text)) return [];
  return collect(text, false);
}

/**
 * Our own fixed wording that reaches redaction on every request (a category name, a route, "no human
 * review needed", "consumer (the patient)"): redacted once when its module registers it, then looked
 * up. The answer is the redactor's own, so nothing changes but the cost; only constants are held, never
 * customer text.
 */
const OWN_WORDING = new Map<string, string>();

/** Registers constant strings of the service's own (no customer text) for `redactPii` to answer from memory. */
export function rememberOwnWording(texts: Iterable<string>): void {
  for (const text of texts) if (!OWN_WORDING.has(text)) OWN_WORDING.set(text, mask(text, findPii(text)));
}

/** `text` with every personal datum replaced by its kind's token ("[PHONE]"); idempotent. */
export function redactPii(text: string): string {
  return OWN_WORDING.get(text) ?? mask(text, findPii(text));
}

function mask(text: string, spans: readonly PiiSpan[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const { kind, start, end } of spans) {
    out += text.slice(at, start) + PII_TOKENS[kind];
    at = end;
  }
  return out + text.slice(at);
}

/** `text` masked where it repeats `source` verbatim from `at` on: the source's spans, cut to the text. */
function maskAsSource(text: string, at: number, spans: readonly PiiSpan[]): string {
  const inside: PiiSpan[] = [];
  for (const s of spans) {
    const [start, end] = [Math.max(s.start, at) - at, Math.min(s.end, at + text.length) - at];
    if (start < end) inside.push({ kind: s.kind, start, end });
  }
  return mask(text, inside);
}

const CUT = /…$/u;
// A JSON string ("refill please") or a bracketed list of terms ([rash, dizzy]) in a line of our own wording.
const QUOTED = /"((?:[^"\\]|\\.)*)"|\[([^\]]*)\]/g;
/** The words of a JSON string, or a string no source holds (U+0000) when it is not one. */
function unquote(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return '\u0000';
  }
}

/**
 * `source` redacted, and a redactor for texts derived from it (a summary, a reasoning line, a case
 * fact): each is redacted, and every identifier found in `source` is masked where the derived text
 * repeats it without its cue or cuts it short at its end. `source` is scanned once; a derived text
 * that is the source or a verbatim piece of it (the summary: its first sentence, maybe cut short with
 * "…") is masked with the source's spans instead of being scanned again.
 *
 * `quoting(line)` is for a line of our own wording that quotes the source: the local model's reasoning
 * (`evidence "refill please", "two two"`) and the guard's decision_path line (`adverse_event [rash, dizzy]`).
 * Each quoted word or bracketed term the source holds verbatim is masked with the source's spans, so a piece
 * of an identifier ("two two" of a prescription number read out) is masked as in the message, where the
 * line scanned alone would not know it; the wording around them is the caller's and is not scanned. A line
 * with any quote the source does not hold verbatim is redacted as `derived` does.
 */
export function redactWithEchoes(source: string): { redacted: string; derived: (text: string) => string; quoting: (line: string) => string; term: (text: string) => string } {
  // Scanned here only: triage hands this redactor on to the workflows (the case's facts), so the message
  // is read once per request, and nothing of it is kept once the request lets the redactor go.
  const spans = findPii(source);
  const redacted = mask(source, spans);
  // Each distinct short text (a fact, a guard term: "dizzy" is often both) is scanned once per request;
  // the map lives as long as this redactor, i.e. the request.
  const scanned = new Map<string, string>();
  const alone = (text: string) => {
    let masked = scanned.get(text);
    if (masked === undefined) scanned.set(text, (masked = redactPii(text)));
    return masked;
  };
  const derived = (text: string) => {
    if (text === source) return maskEchoes(redacted, source, spans);
    const body = text.replace(CUT, '');
    const at = body.length >= 20 ? source.indexOf(body) : -1;
    const masked = at >= 0 ? maskAsSource(body, at, spans) + text.slice(body.length) : alone(text);
    return maskEchoes(masked, source, spans);
  };
  /** A piece of the source masked with the source's spans, or null when the source does not hold it verbatim. */
  const piece = (text: string) => {
    const at = source.indexOf(text);
    return at >= 0 ? maskAsSource(text, at, spans) : null;
  };
  return {
    redacted,
    derived,
    /**
     * A guard term (the words of the message a signal matched) as redactPii answers it, scanned once per request
     * (a term is often a fact too). Not masked with the source's spans: a term carries no offset, its first
     * occurrence may lie inside a name ("itch" in "Mitchell"), and 10 of 15,868 terms of data/corpus and data/pii
     * would read otherwise than scanned alone.
     */
    term: alone,
    quoting: (line) => {
      let whole = true;
      const out = line.replace(QUOTED, (quoted, inQuotes: string | undefined, inBrackets: string | undefined) => {
        if (inQuotes !== undefined) {
          const masked = piece(unquote(quoted));
          whole &&= masked !== null;
          return masked === null ? quoted : JSON.stringify(masked);
        }
        const terms = inBrackets!.split(', ').map(piece);
        whole &&= terms.every((t) => t !== null);
        return `[${terms.join(', ')}]`;
      });
      return whole ? maskEchoes(out, source, spans) : derived(line);
    },
  };
}
