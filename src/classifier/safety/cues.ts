/**
 * Experience cues: words that say somebody is having or had the problem (first/third person, onset
 * verbs, time anchors). They can rescue a match that follows a general-question marker.
 * Patterns are written against folded text (lowercase, no accents, straight apostrophes).
 */
export const EXPERIENCE_CUES: readonly RegExp[] = [
  // pronoun + optional auxiliaries + a verb of having/feeling/onset
  /(?:i|we|he|she|they|it|u)(?:'ve|ve|'s|s|'m|m|'re|'d| have| has| had| am| is| are| was| were)?(?: (?:been|just|also|now|still|really|recently|suddenly|kind of|kinda|sort of|literally|actually|already|even|all|keep|kept|always|only|constantly)){0,4} (?:having|getting|got|gotten|feeling|felt|feel|experiencing|noticing|noticed|developing|developed|broke|breaking|woke|waking|threw|throwing|passed|passing|fainted|fainting|vomiting|vomited|coughing|bleeding|itching|shaking|sweating|peeing|losing|lost|seeing|hearing|suffering|struggling|dealing|ended|collapsed|fell|blacked|puked|puking|went|turned|have|has|had|am|is|are|was|were|keep|keeps|kept|can'?t|cant|couldn'?t|started|starting|began|get|gets|took|used|ate|swallowed|injected)/,
  /(?:gave|giving|gives|given|made|making|makes|caused|causing|causes|left|leaving|leaves|triggered|triggering|has|had|got) (?:me|him|her|us|them|my|his)/,
  /(?:got|gotten|getting|having|been|broke out|breaking out|broken out|woke up|waking up|came out|(?:keep|keeps|kept) (?:on )?(?!going|taking|using|trying|calling|asking|waiting)[a-z]+ing|developed|developing|noticed|noticing|experiencing|suffering|ended up|can'?t stop|cant stop|won'?t stop|wont stop|hasn'?t stopped|still|now|again|currently|reports|reported|reporting|complains of|complaining of|c\/o|presented with|presents with)/,
  /(?:want|need|would like|'d like|like|calling|writing|here|trying|have) to (?:report|tell you|let you know|inform you)/,
  // time anchors
  /(?:since (?:i|he|she|we|they|my|his|her|the|this|that|then|starting|taking|switching|changing|getting|using|beginning|increasing|upping|going|yesterday|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday|a|two|three|about|around|\d+))|ever since|yesterday|last (?:night|week|month|evening|time)|this (?:morning|afternoon|evening|week)|tonight|today|right now|rn|all (?:day|night|week)|every (?:day|night|morning|time|single)|(?:a|an|one|two|three|four|five|six|few|couple|several|\d+) (?:days?|weeks?|hours?|months?|mins?|minutes?|hrs?) (?:ago|now|straight)/,
  /(?:on|with|from|since|after|off) (?:the|my|his|her|this|these|that|your) (?:new|generic|latest|last|recent|increased|higher)/,
  /(?:the|my|his|her|this) (?:new )?(?:\S+ )?(?:med|meds|medication|medicine|pills?|shot|vaccine|drug|dose|patch|cream|drops|inhaler|generic) (?:is|was|has been|keeps|kept|seems)/,
  // Spanish
  /(?:me|le|les|nos) (?:ha |han |he |se )?(?:salio|salieron|sale|salen|salido|dio|dieron|da|dan|dado|esta|estan|siento|senti|sentia|duele|duelen|dolio|dolia|duela|pica|pican|picaba|hincho|hinchan|hinchaba|hinche|hincharon|hinchado|mareo|maree|mareaba|desmaye|desmayo|causo|causa|provoco|provoca|cayo|hizo|hace|paso|empezo|empezaron|comenzo|puso|pusieron|cuesta|costaba|falta|tiembla|tiemblan|sangra|sangran|arde|quema|cae|puse)/,
  /(?:tengo(?! (?:una |unas |otra )?(?:pregunta|duda|consulta|cita))|tuve|tenia|tenemos|estoy|estuve|estaba|siento|senti|sentia|empece|empeze|comence|amaneci|amanecio|desperte|he tenido|ha tenido|he estado|ha estado|vomite|ando|llevo|tiene (?:la|el|los|las|mucha|mucho|muy|fiebre|ronchas))/,
  /desde (?:que|ayer|hace|el|la|anoche|esta|entonces)|anoche|ayer|hoy|esta manana|ahorita/,
  // French, Portuguese, Tagalog, Vietnamese, Chinese: short anchors only
  /depuis|j'ai|j'en ai|je me sens|je suis|depois d[aoe]|fiquei|estou|to com|tenho|comecei|simula|nung|tu khi|sau khi|toi bi|bay gio/,
  /以后|之后|后来|开始|一直|打完|吃了/,
];

/** People and body parts with a possessive: "my son", "her lips", "mi hijo". */
export const SUBJECT_CUES: readonly RegExp[] = [
  /(?:my|his|her|our|their|mi|su|sus|mis)(?: \S+)? (?:son|sons|daughter|kid|kids|child|children|baby|babies|toddler|infant|boy|girl|mom|moms|mum|mother|dad|father|husband|wife|partner|spouse|boyfriend|girlfriend|grandma|grandmother|grandpa|grandfather|grandson|granddaughter|brother|sister|aunt|uncle|patient|client|friend|roommate|teen|teenager|nephew|niece|dog|cat|pet|resident|hijo|hija|nino|nina|bebe|mama|mami|madre|papa|padre|esposo|esposa|marido|mujer|abuela|abuelo|nieto|nieta|hermano|hermana|paciente|pareja)(?:'s|s)?/,
  /(?:my|his|her|their|mi|su|sus|mis|la|el|los|las) (?:face|lips?|tongue|throat|eyes?|eyelids?|skin|arms?|legs?|feet|foot|hands?|fingers?|fingertips|toes?|ankles?|knees?|calf|neck|back|chest|stomach|belly|tummy|head|body|heart|heartbeat|pulse|blood pressure|bp|sugars?|blood sugar|glucose|vision|hair|mouth|gums|ears?|nose|joints?|muscles?|kidneys?|liver|urine|pee|poop|stools?|period|injection site|cara|labios?|lengua|garganta|ojos|piel|brazos?|piernas?|pies|manos|cuello|espalda|pecho|estomago|panza|barriga|cabeza|cuerpo|corazon|presion|azucar|vista|pelo|cabello|boca|orina)(?:'s)?/,
  /(?:pt|patient|member|caller|customer|resident|client|mother|father|husband|wife|son|daughter)(?:'s)? (?:says|said|states|stated|reports|reported|has|had|is|was|felt|feels|developed|fainted|collapsed|took|ingested)/,
];

/**
 * A cue directly after these words is hypothetical, not experienced: "if my son gets", "does it make me",
 * "chance of getting". One word back, or two for the strongest conditionals.
 */
export const NEUTRALISED_BEFORE =
  /(?:(?<![a-z])(?:if|when|whenever|case|suppose|supposing|can|could|will|would|might|may|do|does|should|to|of|about|be|avoid|prevent|without|si|cuando|de|para|puede|pueden)\s|(?<![a-z])(?:if|can|could|will|would|might|may|do|does|should|si|cuando|puede)\s\S+\s)$/;

/** Possessive, demonstrative or "I'm" right before a term: "my rash", "this red rash", "i'm so dizzy". */
export const OWNED_BEFORE =
  /(?<![a-z])(?:(?:my|his|her|their|our|this|these|mi|mis|su|sus|esta|este|estas|estos|mon|ma|mes|meu|minha)\s(?:\S+\s)?|(?:i'?m|im|i am|i was|he'?s|she'?s|he is|she is|he was|she was|estoy|esta|estaba)\s(?:(?:so|very|really|super|kinda|kind of|a little|a bit|feeling|getting|still|always|now|constantly|extremely|muy|bien)\s){0,2})$/;

/** Intensifiers right before a term that only counts with experience ("bad side effects"). */
export const INTENSIFIER_BEFORE =
  /(?<![a-z])(?:bad|severe|serious|terrible|horrible|awful|weird|strange|strong|nasty|scary|major|crazy|intense|allergic|unusual|worst|mala|fuerte|grave|rara)\s$/;

/** What a medicine treats, said before or after the word: "medicine for my headache", "seizure meds". */
export const INDICATION_BEFORE =
  /(?<![a-z])(?:for|para|pour|treat|treats|treating|treatment of|relieve|relieves|relief of|relief from|prevent|prevents|preventing|help with|helps with|good for|anti|against|contra|history of|diagnosed with|prone to|(?:to|will|would|could|can|it|that|this|they) (?:\S+ ){0,2}?(?:help|ease|alleviate|reduce|manage|control|suppress|stop|cure|get rid of)|(?:to|will|would|could|can|it|that|this|they) help with|under control|lifting of|eliminated|got rid of)\s(?:(?:my|the|a|an|his|her|your|bad|mild|occasional|both|this|these|that|all|allergy|el|la|los|las|mi|su|un|una)\s){0,2}(?:(?<=(?:^|\s)(?:my|the|his|her|your|this|these|that)\s)[a-z]+\s|(?<=(?:^|\s)for\s)(?!(?:days?|weeks?|months?|years?|hours?|nights?|ages|about|over|almost|nearly|some|several|two|three|four|five|a|an|me|him|her|them|us|it)\s)[a-z]+\s)?$/;
/**
 * A medicine credited with making a symptom better, said before the word: "helped my depression",
 * "relief of severe pain", "completely cured my acne", "reduced my panic attacks". The symptom is what
 * the medicine treated (a praise sentence of a review, LABELING.md), not an event.
 */
export const IMPROVED_BEFORE =
  /(?<![a-z])(?:helped(?: me)?(?: with)?|helps(?: me)?(?: with)?|helping(?: with)?|relieved|relieves|relief of|relief from|cleared(?: up)?|clears(?: up)?|cured|cures|eliminated|eliminates|alleviated|alleviates|eased|eases|calmed|improved|improvement (?:in|of)|toned down|got rid of|gets rid of|no more|reduced|reduces|reducing|reduction (?:in|of)|lessened|lessens)\s(?:(?:my|the|a|an|his|her|your|all|of|severe|mild|bad|chronic|constant|recurrent|occasional|extreme|her|his|their|our)\s){0,3}$/;
/** The same, said after the word: "the pain went away", "my acne cleared up", "anxiety greatly diminished". */
export const IMPROVED_AFTER =
  /^\s(?:(?:has|have|had|was|were|is|are|completely|totally|all|finally|pretty much|almost|mostly|quickly|slowly|greatly|significantly|dramatically|very|much|a lot|been|seemed to|seems to|started to|began to|to)\s){0,3}(?:went away|go away|gone away|gone|disappeared|vanished|cleared(?: up)?|improved|diminished|lessened|subsided|got better|under control|controlled|stabili[sz]ed)(?![a-z])/;
/** What a person can lose to a medicine: less of it is an event ("lowered my sex drive"), not a relief. */
export const BODY_FUNCTION = /(?<![a-z])(?:sex ?drive|libido|desire|appetite|energy|motivation|concentration|memory|focus|erections?|orgasms?|sleep|hair|weight)(?![a-z])/;
/** A symptom that went away when the medicine was stopped is a dechallenge: still a report. */
export const DECHALLENGE = /(?<![a-z])(?:stop(?:ped|ping)?|quit(?:ting)?|discontinu\w*|came off|come off|coming off|went off|weaned|off (?:of )?(?:it|the|this|that|them))(?![a-z])/;
export const INDICATION_AFTER =
  /^[\s-](?:(?!(?:after|since|from|with|on|at|in|of|to|and|or|the|my|is|was|are)\s)\S+\s)?(?:medicines?|medications?|meds|med|pills?|tablets?|capsules?|cream|ointment|syrup|drops|spray|relief|relievers?|prescriptions?|rx|treatments?|remedy|remedies|doctor|specialist|clinic|patch|drugs?|nurse|test|testing|screening|supplies|program|vaccines?|shots?|jabs?|boosters?)(?![a-z])/;
