import nlp from 'compromise/two';
import { DRUG_NAMES, OTHER_NAMES } from '../../safety-intake/product-names.ts';

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

export const fold = (word: string): string => word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');

const withTag = (test: (tag: string) => boolean) => new Set(Object.keys(lexicon).filter((w) => !w.includes(' ') && tagsOf(w).some(test)));
export const FIRST_NAMES = withTag((t) => t === 'FemaleName' || t === 'MaleName' || t === 'FirstName');
export const LAST_NAMES = withTag((t) => t === 'LastName');
export const CITIES = withTag((t) => t === 'City' || t === 'Place');

// Word classes that never continue a name: "maria took", "john and", "ana is".
const FUNCTION_TAGS = new Set(['Verb', 'PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Modal', 'Copula', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb', 'QuestionWord', 'Possessive', 'Negative', 'Month', 'WeekDay', 'Unit', 'Cardinal', 'Ordinal', 'TextValue']);
export const isFunctionWord = (key: string): boolean => tagsOf(key).some((t) => FUNCTION_TAGS.has(t));
export const isKnownWord = (key: string): boolean => lexicon[key] !== undefined;
const DESCRIBING_TAGS = new Set(['Adjective', 'Comparative', 'Superlative', 'Participle', 'Expression', 'Adverb']);
/** "urgent", "worried", "allergic": after "this is" or "I'm" such a word describes, it names nobody. */
export const isDescribingWord = (key: string): boolean => tagsOf(key).some((t) => DESCRIBING_TAGS.has(t));

// Names that must stay readable: medicines (Allegra, Lyrica look like first names), pharmacies, plans.
export const NOT_A_NAME = new Set([
  ...DRUG_NAMES,
  ...OTHER_NAMES.filter((n) => !n.includes(' ')),
  ...('walgreens cvs rite aid kroger costco walmart publix aetna cigna humana anthem kaiser medicare medicaid unitedhealthcare optum express scripts caremark farmacia farmacias ahorro blue cross shield' +
    // Spanish words the English lexicon lists as first names.
    ' cara abril mayo junio julio agosto marzo enero dolores paz luz mar sol alba fe'
  ).split(' '),
]);
