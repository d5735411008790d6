/**
 * Who a report is about and who sends it, as words of the folded text (lowercase, no accents).
 * Relations map to one English word, so a value never quotes the message (and never a name).
 */
export const RELATIONS: Record<string, string> = {
  mom: 'mother', mother: 'mother', mum: 'mother', mommy: 'mother', mama: 'mother', madre: 'mother', mami: 'mother',
  dad: 'father', father: 'father', daddy: 'father', papa: 'father', padre: 'father', papi: 'father',
  son: 'son', hijo: 'son', boy: 'son', daughter: 'daughter', hija: 'daughter', girl: 'daughter',
  child: 'child', kid: 'child', kiddo: 'child', nino: 'child', nina: 'child', kids: 'children', children: 'children', hijos: 'children', twins: 'twins',
  baby: 'baby', bebe: 'baby', infant: 'baby', newborn: 'baby', toddler: 'toddler',
  husband: 'husband', esposo: 'husband', marido: 'husband', wife: 'wife', esposa: 'wife', mujer: 'wife', spouse: 'spouse',
  partner: 'partner', pareja: 'partner', boyfriend: 'partner', girlfriend: 'partner', novio: 'partner', novia: 'partner', fiance: 'partner', fiancee: 'partner',
  brother: 'brother', hermano: 'brother', sister: 'sister', hermana: 'sister',
  grandmother: 'grandmother', grandma: 'grandmother', granny: 'grandmother', nana: 'grandmother', abuela: 'grandmother', abuelita: 'grandmother',
  grandfather: 'grandfather', grandpa: 'grandfather', abuelo: 'grandfather', abuelito: 'grandfather',
  grandson: 'grandchild', granddaughter: 'grandchild', nieto: 'grandchild', nieta: 'grandchild',
  aunt: 'aunt', tia: 'aunt', uncle: 'uncle', tio: 'uncle', niece: 'niece', sobrina: 'niece', nephew: 'nephew', sobrino: 'nephew', cousin: 'cousin',
  'mother-in-law': 'mother-in-law', suegra: 'mother-in-law', 'father-in-law': 'father-in-law', suegro: 'father-in-law',
  friend: 'friend', amigo: 'friend', amiga: 'friend', roommate: 'roommate', neighbor: 'neighbour', neighbour: 'neighbour',
  patient: 'patient', paciente: 'patient', client: 'client', resident: 'resident',
};

const RELATION_WORDS = Object.keys(RELATIONS).sort((a, b) => b.length - a.length).join('|');
const AGE_WORDS = '(?:\\d{1,3}[- ]?(?:year|yr|month|week|day)s?[- ]?old |little |elderly |older |younger |baby |teenage |adult |step-?)?';

/** "my mom", "our 3 year old son", "mi mamá", "the caller's mother", "our patient". */
export const RELATION_PATTERN = new RegExp(
  `(?<![a-z])(my|our|his|her|their|the caller's|caller's|the member's|member's|mi|mis|nuestr[oa]s?|su|sus|a|one of (?:my|our))\\s+${AGE_WORDS}(${RELATION_WORDS})(?![a-z])`,
  'g',
);

/** A patient named by role or description in notes and clinician reports: "pt reports", "a 54-year-old man". */
export const SUBJECT_PATTERNS: Array<{ re: RegExp; value: string }> = [
  { re: /(?<![a-z])(?:the |this )?(?:member|mbr)(?: \S+){0,2} (?:reports?|reported|states?|stated|said|says|called|developed|experienced|has|had|is|was|c\/o|complain\w*|took|received|went)(?![a-z])/, value: 'the member (per agent note)' },
  { re: /(?<![a-z])(?:the )?caller(?: \S+){0,2} (?:reports?|reported|states?|stated|said|says|developed|experienced|has|had|is|was|c\/o|complain\w*|took|received|went)(?![a-z])/, value: 'the caller (per agent note)' },
  { re: /(?<![a-z])(?:pt|patient)(?: \S+){0,1} (?:reports?|reported|states?|stated|developed|experienced|presented|c\/o|complain\w*|has|had|was|is)(?![a-z])|(?<![a-z])(?:the|this|a) patient(?![a-z])|el paciente|la paciente/, value: "the reporter's patient" },
  { re: /(?<![a-z])(?:a|an|one) (?:customer|client|resident|shopper)(?![a-z])/, value: 'a customer of the reporting site' },
  { re: /(?<![a-z])(?:el|la) (?:afiliad[oa]|asegurad[oa]|miembro)(?![a-z])/, value: 'the member (per agent note)' },
  { re: /(?<![a-z])(?:patient_?age|pt_?age|age|sex|gender|patient_?initials)\s*[=:]\s*"?\w/, value: 'the patient of the structured report' },
  { re: /(?<![a-z])(?:a|an) (?:\d{1,3}[- ]?(?:year|yr)s?[- ]?old |elderly |older |young |pregnant )?(?:man|woman|male|female|lady|gentleman|boy|girl|teen|teenager|infant)(?![a-z])/, value: 'a person described by age or sex' },
];

/** First person, outside the frames that only say who is writing ("I want to report ..."). */
export const FIRST_PERSON = /(?<![a-z'])(?:i|i'm|im|i've|ive|i'd|i'll|me|my|myself|mine|we|we're|we've|us|our|ours|yo|mi|tengo|estoy|tome|empece|siento|senti)(?![a-z'])/;
export const REPORTING_FRAMES =
  /(?<![a-z])(?:i|we)(?:'d| would| want| need| am| 'm|'m| wish)?(?: like| want)? to (?:report|complain|file|let you know|inform|tell you|notify|make a complaint|flag|alert)|(?<![a-z])i (?:saw|noticed|heard|read|think|believe|am writing|am calling|'m writing|'m calling|m writing|m calling)|please (?:call|contact|email|write to) me|contact me|call me back|reach me|my (?:number|phone|email|name) is|this is (?:my|me)|(?:thanks|thank you|regards),? \S*$/g;

export const AGE_PATTERN =
  /(?<![a-z0-9])(\d{1,3})[- ]?(?:years?|yrs?)[- ]?old|(?<![a-z0-9])(\d{1,3}) ?(?:yo|y\/o|y\.o\.)(?![a-z])|(?<![a-z0-9])(\d{1,2}) ?(?:months?|weeks?)[- ]old|in (?:his|her|their|my) (\d0)s|(?<![a-z0-9])(\d{1,3}) anos(?: de edad)?|(?<![a-z0-9])(\d0)-something/;

/** Who sends the report, strongest evidence first. */
export const REPORTER_PATTERNS: Array<{ re: RegExp; value: string; professional: boolean }> = [
  { re: /(?<![a-z])(?:calling|call|writing|reaching out|speaking|this is \S+(?: \S+)?|i'?m|i am|nurse|ma|medical assistant)(?:,)? (?:from|with|at|for|in) (?:the )?(?:dr\.?|doctor|dra\.?) |(?<![a-z])(?:dr\.?|doctor|dra\.?) \S+(?: \S+)?'s (?:office|clinic|practice)|(?:physician|provider|prescriber|doctor)'s office|(?:our|the) (?:clinic|practice|office) (?:is reporting|reports|has|had)|del consultorio del? (?:dr\.?|doctor|dra\.?)/, value: "health professional (clinician's office)", professional: true },
  { re: /(?<![a-z])(?:i'?m|i am|this is)(?: \S+,?)?(?: \S+)? (?:a |an |the )?(?:\S+ )?(?:nurse|rn|lpn|nurse practitioner|physician assistant|np|pa-c)(?![a-z])|soy (?:la |el )?enfermer[oa]/, value: 'health professional (nurse)', professional: true },
  { re: /(?<![a-z])(?:i'?m|i am)(?: \S+)? (?:a |an |the )?(?:\S+ )?(?:physician|doctor|md|gp|pediatrician|psychiatrist|cardiologist)(?![a-z])|this is dr\.? |soy (?:el |la )?(?:doctor|doctora|medic[oa])/, value: 'health professional (physician)', professional: true },
  { re: /(?<![a-z])(?:i'?m|i am|this is \S+,?)(?: \S+)? (?:a |an |the )?(?:staff |clinical |consultant |hospital |retail |lead )?pharmacist|pharmacist (?:here|at|from|with|on duty)|(?:pharmacy )?tech(?:nician)? here|soy (?:el |la )?farmaceutic[oa]/, value: 'health professional (pharmacist)', professional: true },
  { re: /(?<![a-z])reporter(?:_type|_role)?\s*[=:]\s*"?(?:hcp|pharmacist|physician|nurse|md|rn)|(?<![a-z])role\s*[=:]\s*"?(?:pharmacist|physician|nurse|doctor)/, value: 'health professional (structured report)', professional: true },
  { re: /(?<![a-z])(?:crm|case|agent|call|rep|csr|contact) notes?|nota (?:crm|del agente|de llamada)|(?:el|la) (?:afiliad[oa]|asegurad[oa]) (?:refiere|reporta|dice|indica)|(?:^|\n)(?:agent|rep|csr):|ivr (?:intent|transcript)|(?:member|caller|customer|mbr) (?:reports?|reported|states?|stated|said|says|called in|c\/o|advised)/, value: 'consumer, relayed by a contact-centre agent', professional: false },
];

export const ANONYMOUS = /(?<![a-z])(?:anonymous(?:ly)?|anonimo|anonima|rather not (?:give|say|share) my name|won'?t give (?:you )?my name|no name)(?![a-z])/;
