import {
  AGE_PATTERN,
  ANONYMOUS,
  FIRST_PERSON,
  RELATION_PATTERN,
  RELATIONS,
  REPORTER_PATTERNS,
  REPORTING_FRAMES,
  SUBJECT_PATTERNS,
} from './people-words.ts';
import { absent, type ElementFact } from './types.ts';

export interface People {
  patient: ElementFact;
  reporter: ElementFact;
}

const SENDER = 'the sender';
const CONSUMER_PATIENT = 'consumer (the patient)';
const CONSUMER_CAREGIVER = 'consumer (caregiver or family member)';
/** The fixed values of the patient and reporter facts (the rest name a relation or an age). */
export const FIXED_PEOPLE_VALUES: readonly string[] = [SENDER, CONSUMER_PATIENT, CONSUMER_CAREGIVER, ...REPORTER_PATTERNS.map((p) => p.value)];

// HIPAA Safe Harbor: ages over 89 are identifiers and are reported as one group.
const OLDEST_GROUP = 90;

/** The age as a value that identifies nobody: "4 years old", "70s", "90 or older". */
function ageOf(folded: string): string | null {
  const m = AGE_PATTERN.exec(folded);
  if (m === null) return null;
  const [, years, yo, months, decade, anos, something] = m;
  const n = Number(years ?? yo ?? anos);
  if (!Number.isNaN(n) && (years ?? yo ?? anos) !== undefined) return n >= OLDEST_GROUP ? `${OLDEST_GROUP} or older` : `${n} years old`;
  if (months !== undefined) return `${months} ${/week/.test(m[0]) ? 'weeks' : 'months'} old`;
  const d = decade ?? something;
  return d === undefined ? null : Number(d) >= OLDEST_GROUP ? `${OLDEST_GROUP} or older` : `${d}s`;
}

function withAge(value: string, folded: string): string {
  const age = ageOf(folded);
  return age === null ? value : `${value}, ${age}`;
}

type ReporterPattern = (typeof REPORTER_PATTERNS)[number];

/** One pass over the reporter patterns: the first that matches, and whether any professional one does. */
function scanReporters(folded: string): { known: ReporterPattern | undefined; professional: boolean } {
  let known: ReporterPattern | undefined;
  for (const p of REPORTER_PATTERNS) {
    if (known !== undefined && (known.professional || !p.professional)) continue;
    if (!p.re.test(folded)) continue;
    known ??= p;
    if (p.professional) return { known, professional: true };
  }
  return { known, professional: false };
}

function reporterOf(folded: string, known: ReporterPattern | undefined, firstPerson: boolean, caregiver: boolean): ElementFact {
  if (known) return { present: true, value: known.value };
  if (ANONYMOUS.test(folded) || !firstPerson) return absent();
  return { present: true, value: caregiver ? CONSUMER_CAREGIVER : CONSUMER_PATIENT };
}

/**
 * The patient and the reporter. A relative or a clinician's patient named in the text is the patient
 * ("my mom", "our patient"); otherwise a first-person sender is; "someone" or no person at all is not
 * identifiable. The reporter is a professional when the text says so, else a first-person consumer.
 */
export function extractPeople(folded: string): People {
  // Writing "I want to report ..." makes the sender the reporter, not the patient.
  const firstPerson = FIRST_PERSON.test(folded.replace(REPORTING_FRAMES, ' '));
  const sender = FIRST_PERSON.test(folded);
  const reporters = scanReporters(folded);
  const relation = RELATION_PATTERN.exec(folded);
  RELATION_PATTERN.lastIndex = 0;
  let patient: ElementFact = absent();
  let thirdParty = false;
  if (relation !== null) {
    const owner = relation[1] ?? '';
    const word = relation[2] ?? '';
    const who = RELATIONS[word] ?? word;
    const professional = reporters.professional;
    const whose = /member/.test(owner) ? "the member's" : /caller/.test(owner) ? "the caller's" : professional ? "the reporter's" : "the sender's";
    const value = owner === 'a' || owner.startsWith('one of') ? `a ${who} of the sender` : `${whose} ${who}`;
    patient = { present: true, value: withAge(value, folded) };
    thirdParty = true;
  } else {
    const subject = SUBJECT_PATTERNS.find((s) => s.re.test(folded));
    if (subject) {
      patient = { present: true, value: withAge(subject.value, folded) };
      thirdParty = true;
    } else if (firstPerson) patient = { present: true, value: withAge(SENDER, folded) };
  }
  return { patient, reporter: reporterOf(folded, reporters.known, sender, thirdParty) };
}
