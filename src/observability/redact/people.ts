import type { PiiSpan } from './kinds.ts';
import { blanks, type Token } from './spoken-names.ts';
import { namesAlone } from './name-alone.ts';
import { findHandles } from './name-handles.ts';
import { namesWithTitles } from './name-titles.ts';
import { FIRST_NAMES, LAST_NAMES, NOT_A_NAME, inflected, isFunctionWord, isKnownWord, isUsTown } from './lexicon.ts';
import { STATE_NAMES } from './detectors.ts';

/**
 * People's names where no pattern cue introduces them ("…, Maria Lopez.", "verify me dorothy cruz",
 * "my son olga took"), found with the lexicon's first names:
 * - a first name and a surname (known, or a word the lexicon does not know) in any case;
 * - a capitalised first name and a capitalised word;
 * - a first name after a cue ("this is", "hi", "my son", "thanks") and, if it is no function word, the word after.
 * Medicines, pharmacies and plans are never names.
 */
const CAPITAL = /^\p{Lu}/u;
const CUE_BEFORE = /(?:\b(?:this\s+is|i['’]?m|i\s+am|it['’]?s|name(?:\s+is)?|verify\s+me|me\s+llamo|soy|thanks|thank\s+you|regards|saludos|gracias|patient|caller|for|my\s+(?:mother|father|mom|dad|son|daughter|wife|husband|brother|sister|child|grandson|granddaughter|partner)|mi\s+(?:madre|padre|hijo|hija|esposo|esposa|mam[aá]|pap[aá]))[\s,:;.!-]*)$/i;
// "North Carolina", "West Virginia", "New Georgia": a state, not Carolina or Virginia.
const PLACE_BEFORE = /\b(?:north|south|west|new)\s+$/i;
// "mi tía kasimira", "my will": after a possessive a first name that is a word too is that word ("Tia", "Will").
const POSSESSIVE_BEFORE = /\b(?:mi|su|tu|my|your|his|her|our)\s+$/i;
// Greetings and fillers before a first name vouch less: a surname must follow ("yeah so natalie nelson", not "so bill it").
const FILLER_BEFORE = /(?:\b(?:hi|hello|hey|um|uh|so|yes|yeah|hola|bueno)[\s,:;.!-]*)$/i;
// "Billy here", "ana calling": the caller names themself.
const SAYS_WHO = /[ \t,]*(?:here|calling|speaking|al\s+habla)\b/iy;
const PRONOUN_CONTRACTED = /^(?:i|you|we|they|he|she|it)['’]/;
const STATE_AFTER = new RegExp(`^[ \\t]+(?:${STATE_NAMES})\\b`, 'iu');
const MODAL_NAMES = new Set(['will', 'may']);
const KIN_WORDS = new Set(['tia', 'tio', 'nana', 'mama', 'papa', 'abuela', 'sis', 'bro']);
const isKinWord = (key: string) => KIN_WORDS.has(key);
const CONTRACTION = /['’](?:s|t|re|ll|d|ve|m)$/;
const STOP = new Set(
  ('and or but the a an my your his her to of in on at for from with is was are here calling speaking please thanks i me y de la el en con que es first last middle' +
    // A place or an institution named after someone: "Waverly City", "Churchill College".
    ' city county college university hospital center centre clinic national park street avenue road hall school' +
    // Fillers of a transcript: "this is chidera uh nwosu" (the surname comes after it).
    ' uh um er erm ah eh').split(' '),
);

const isSurname = (word: string, key: string) =>
  !NOT_A_NAME.has(key) && !STOP.has(key) && key.length > 1 && !CONTRACTION.test(key) && !isFunctionWord(key) && (LAST_NAMES.has(key) || !isKnownWord(key) || CAPITAL.test(word));

export function findPeople(text: string, tokens: readonly Token[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const { word, key, start } = tokens[i]!;
    if (!FIRST_NAMES.has(key) || NOT_A_NAME.has(key) || tokens[i]!.place || PLACE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
    if (isKinWord(key) && POSSESSIVE_BEFORE.test(text.slice(Math.max(0, start - 6), start))) continue;
    // "Will Molina cover Cialis?", "May Aetna ask …?": a question's modal, not the name Will or May.
    if (MODAL_NAMES.has(key) && CAPITAL.test(word) && /(?:^|[.!?])\s*$|\n[^\S\n]*$/.test(text.slice(0, start)) && /^[^.!\n]*\?/.test(text.slice(start))) continue;
    let end = start + word.length;
    const next = tokens[i + 1];
    const adjacent = next !== undefined && blanks(text, end, next.start);
    const nextKey = next ? next.key : '';
    // "Tyler Texas", "Marion Indiana": a town and its state; "tell Austin I'll": no surname "I".
    const capitalPair = adjacent && CAPITAL.test(word) && CAPITAL.test(next!.word) && !NOT_A_NAME.has(nextKey) && !isFunctionWord(nextKey) && !STOP.has(nextKey) && !PRONOUN_CONTRACTED.test(nextKey) && !(isUsTown(key) && STATE_AFTER.test(text.slice(end, end + 24)));
    const knownPair = adjacent && !CAPITAL.test(next!.word) === !CAPITAL.test(word) && isSurname(next!.word, nextKey) && (LAST_NAMES.has(nextKey) || !isKnownWord(nextKey));
    const before = text.slice(Math.max(0, start - 40), start);
    const cued = CUE_BEFORE.test(before);
    // A lower-case letter is chat's "r u", not an initial ("hi its talulah r u open").
    const follows = adjacent && !isFunctionWord(nextKey) && !STOP.has(nextKey) && !inflected(nextKey) && !NOT_A_NAME.has(nextKey) && !CONTRACTION.test(nextKey) && (nextKey.length > 1 || CAPITAL.test(next!.word));
    const filler = follows && FILLER_BEFORE.test(before);
    SAYS_WHO.lastIndex = end;
    if (!capitalPair && !knownPair && !cued && !filler && !SAYS_WHO.test(text)) continue;
    if (adjacent && (capitalPair || knownPair || follows)) {
      end = next!.end;
      i++;
    }
    spans.push({ kind: 'name', start, end });
  }
  return [...spans, ...namesAlone(text, tokens), ...findHandles(text), ...namesWithTitles(text, tokens)];
}
