import { ASKS_IN_WORDS, OPENS_AS_QUESTION } from './asking.ts';
import { MEDICATION_WORDS, namesDrug } from './medication.ts';
import { foldText } from './text.ts';

/**
 * A clinical finding with no treatment in it: the register of a case report or a clinical note ("A
 * 45-year-old woman presented with fever, rash and joint pain", "Physical examination revealed
 * hepatomegaly", "Renal biopsy showed focal glomerulosclerosis") that names no medicine, shot, device or
 * procedure and links the finding to nothing. LABELING.md: a symptom alone is not an adverse event; a
 * case-report sentence is a report only when it ties an event to a product ("developed agranulocytosis
 * while receiving clozapine").
 *
 * Everything that could carry the product blocks the reading, so an unnamed or misspelt drug still has its
 * link word: "-induced", "associated with", "after", "following", "treated with", "toxicity", a dose, or
 * "developed" (the verb of the event in case reports). First-person text is a patient's own message and is
 * left to the guard and the model as before.
 */

// The case-report or clinical-note register (folded text: lower case, commas and brackets dropped).
const REGISTER = new RegExp(
  [
    String.raw`\b(?:a|an|this|the|our|one) \d{1,3}[- ]?(?:years?|yrs?|months?|weeks?|days?)[- ]old\b`,
    String.raw`\b(?:the|this|our|a|an|one|two|three|both|all|these|elderly|any) (?:\w+ )?patients?\b`,
    String.raw`\bpresent(?:ed|ing|s) (?:with|to)\b`,
    String.raw`\b(?:was|were|is) (?:subsequently |then )?(?:admitted|referred|transferred|hospitali[sz]ed)\b`,
    String.raw`\b(?:we|the authors) (?:report|describe|present|discuss|review)\b`,
    String.raw`\bcases? (?:of|report|series|is|was)\b`,
    // A title's "An unusual cause of ...", a note's "On admission ...", an outcome's "returned to baseline".
    // A title's "Sarcoidosis presenting as ...", "Tuberculous pericarditis in an immunocompetent host", "Management of ...".
    String.raw`\b(?:presenting|manifesting|masquerading) as\b|\bmimicking\b|\bin (?:an?|two|three|four|\d+) (?:\S+ ){0,3}?(?:patients?|man|men|woman|women|child|children|boy|girl|infants?|neonates?|adolescents?|hosts?|siblings?|twins|family|families)\b`,
    String.raw`^(?:management|diagnosis|outcome|long-term outcome|prognosis|evaluation|imaging|features|clinical features|clinical course) of\b`,
    String.raw`\b(?:unusual|rare|uncommon|atypical|novel) (?:cause|presentation|case|form|manifestation)s? of\b|\b(?:on|at) (?:admission|presentation|follow-up)\b|\b(?:returned|normali[sz]ed|recovered) to (?:baseline|normal)\b`,
    String.raw`\b(?:examination|exam|biopsy|radiograph\w*|x-?rays?|tomograph\w*|ct|mri|scan|imaging|ultrasound|ultrasonograph\w*|sonograph\w*|angiograph\w*|echocardiogra\w*|electrocardiogra\w*|ecg|ekg|eeg|laboratory|labs?|serum|cultures?|histolog\w*|patholog\w*|autopsy|endoscopy|colonoscopy|bronchoscopy|aspirate|aspiration|puncture|fluid|count|smear|analysis|studies|findings|tests?) (?:\S+ ){0,5}?(?:showed|shows|revealed|reveals|demonstrated|demonstrates|disclosed|confirmed|indicated|detected|were|was)\b`,
    String.raw`\b(?:was|were) (?:diagnosed|found|noted|observed|detected|identified)\b`,
    String.raw`\b(?:diagnosis|differential diagnosis|history|past medical history|physical examination) (?:of|was|included|includes)\b`,
  ].join('|'),
);

// Anything that can carry a product or tie the finding to one.
const LINKED = new RegExp(
  [
    String.raw`induc|associat|related|attribut|due to|secondary to|caused|causing|because of|following|after|subsequent|during|while|since|upon|on (?:day|the \w+ day)`,
    String.raw`toxic|therap|treat|administ|receiv|given|giving|exposure|exposed|overdose|intoxicat|poison|withdraw|discontinu|stopp|cessation|ingest|injected|inject|infus|regimen|prophyla`,
    String.raw`chemo|radiat|surg|operat|procedure|transplant|transfus|implant|device|vaccin|immuni[sz]|dose|dosage|\d\s?(?:mg|mcg|µg|g|ml|units?|iu)\b(?!/(?:dl|l|ml)\b)|/kg|/day|daily`,
    String.raw`reaction|side effect|adverse|complicat|react|develop|onset|began|started|starting|switch|increas|initiat|resolv|improv|rechalleng|dechalleng|hypersensitiv|allerg`,
    String.raw`taking|took|taken|using|(?<!ca)use of|users?\b|on (?:long-term|chronic|high-dose|low-dose|maintenance)|died|death|fatal|lethal|\bdie\b`,
    // An acute visit or a dated time course reads as a report (a seriousness criterion, the reporting clock).
    String.raw`\b(?:er|ed|emergency|urgent care|icu|ambulance|911)\b|hosp|hopsital|referred|\b\d{1,2}/\d{1,2}\b|beginning|worsen`,
    // The patient's own experience, told by someone else ("the patient felt mild headaches"): a review's words.
    String.raw`\bfe(?:lt|el|els|eling)\b|experienc|suffer|complain`,
  ].join('|'),
);

// Endings of drug names the guard's list does not hold (USAN stems: cisplatin, gemcitabine, paclitaxel, domperidone, edoxaban, irinotecan,
// tacrolimus, interferon, imatinib, rituximab, thalidomide, bortezomib, vincristine, mesalamine, cytarabine...), on words of seven letters or more.
const DRUG_STEM = /[a-z]{3}(?:platin|tabine|rubicin|taxel|sporin|sporine|limus|feron|tinib|rafenib|ciclib|parib|zumab|ximab|umab|mumab|cept|caine|barbital|fibrate|gliflozin|penem|oxacin|cycline|mycin|micin|azole|vudine|navir|previr|buvir|tegravir|virine|ciclovir|dronate|tretin|olone|onide|asone|semide|amide|azepam|azolam|azepine|thioprine|uracil|triptyline|oxetine|afil|setron|tidine|prazole|statin|sartan|pril|olol|dipine|quine|midine|peridol|promazine|perazine|phenazine|apine|idone|tecan|poside|virin|ainide|afenone|pidine|parin|xaban|gatran|mustine|trexate|fosfamide|sulfan|oxicam|fenac|phylline|ipramine|thixene|dopa|zosin|profen|lukast|triptan|globulin|zolid|omide|imide|zomib|cavir|fovir|carnet|virenz|methacin|kacin|prostol|fulvin|tericin|oprim|rabine|elzine|promine|alamine|alazine|iramate|phenolate|prolide|relin|blastine|cristine|ambutol|trolene|ralfate|topurine|anosine|miphene)\b/;

// A patient's own message (first person) is not the register this reads.
const FIRST_PERSON = /\b(?:i|i'm|im|i've|ive|i'd|me|my|mine|myself)\b/;

/**
 * Does this folded text state a clinical finding in the case-report register, with no medicine, no
 * treatment and no link word? `namesProduct` is the guard's own test of a named medicine or medication word.
 */
export function isClinicalFinding(folded: string, namesProduct: () => boolean): boolean {
  if (tiesConditionToOtherCause(folded)) return true;
  // Cheapest test first: most messages are a customer's own (first person) and never reach the long REGISTER.
  if (FIRST_PERSON.test(folded) || !REGISTER.test(folded) || LINKED.test(folded) || DRUG_STEM.test(folded)) return false;
  return !namesProduct();
}

// A disease, a finding or an injury named as a noun, the way a case report's title or first sentence names the event.
const CONDITION = new RegExp(
  [
    String.raw`\b[a-z]{3,}(?:itis|osis|emia|aemia|penia|pathy|toxicity|plasia|kinesia|tonia|rrhea|rrhoea|lysis|necrosis|cytosis|edema|oedema|ischemia|infarction)\b`,
    String.raw`\b(?:an(?:a)?emia|syndrome|failure|necrolysis|reactions?|seizures?|convulsions?|arrhythmias?|tachycardia|bradycardia|fibrillation|h(?:a)?emorrhage|bleeding|injury|rash|eruption|urticaria|angioedema|anaphylaxis|psychosis|delirium|hallucinations?|coma|hypotension|hypoglyc\w*|hyperglyc\w*|hyperkal\w*|hypokal\w*|hyponatr\w*|hypernatr\w*|dyskinesia|dystonia|tremors?|neuropathy|pneumonitis|fibrosis|insufficiency|dysfunction|intoxication|overdose|pseudotumor|priapism|pancreatitis|chorea|overgrowth|thrombosis|embolism|stroke|ulcers?|perforation|cholestasis|jaundice|acidosis|alopecia|blindness|deafness|death|cardiomyopathy)\b`,
  ].join('|'),
);

// "... in a 62-year-old man", "... in an elderly patient", "... in two children": who the case is about.
const IN_A_PATIENT =
  /\bin (?:(?:a|an|the|this|one|two|three|four|five|several|\d+) )?(?:\S+ ){0,3}?(?:patients?|man|men|woman|women|child|children|boy|girl|infant|infants|neonates?|newborn|adolescents?|teenagers?|toddlers?|recipients?|volunteers?|subjects?|\d{1,3}[- ]?(?:years?|months?|weeks?|days?)[- ]old)\b/;

const ON_A_MEDICINE = /\b(?:on|given|receiving|treated with|taking|using)(?: long-term| chronic| high-dose| low-dose| oral| intravenous)? [a-z][a-z-]{4,}/;

const NEGATED = /\b(?:no|not|without|absence of|ruled out|denied|negative for|free of)\b/;

function namesDrugOrStem(folded: string): boolean {
  return namesDrug(folded) || DRUG_STEM.test(folded);
}

/**
 * A case report's sentence that ties an event to a named medicine without the words a patient would use
 * ("Ototoxicity of intravenous vancomycin in a 70-year-old man", "Tardive dyskinesia in an elderly woman on
 * metoclopramide", "Bleomycin pneumonitis in a young man"): a condition named before the patient it
 * happened to, or right after the drug, with a drug named. LABELING.md: a case-report sentence that ties an
 * event to a product is safety_compliance. A condition after "patient with" is the patient's illness ("in a
 * patient with lupus treated with ..."), so it does not count; nor does a negated one.
 */
function isCaseReportEvent(folded: string): boolean {
  if (folded.includes('?') || NEGATED.test(folded)) return false;
  if (tiesConditionToDrug(folded)) return true;
  if (FIRST_PERSON.test(folded)) return false;
  const patient = IN_A_PATIENT.exec(folded);
  // Both readings below need a case's words: a patient the case is about, or the case-report register
  // ("type A insulin resistance syndrome" alone is a disease's name). Most messages stop here.
  if (patient === null && !REGISTER.test(folded)) return false;
  // "... in a patient with hyperthyroidism on propylthiouracil": what the patient is on is a medicine.
  const onDrug = () => patient !== null && ON_A_MEDICINE.test(folded.slice(patient.index + patient[0].length));
  if (!namesDrugOrStem(folded) && !onDrug()) return false;
  if (patient !== null && CONDITION.test(folded.slice(0, patient.index))) return true;
  // "gemcitabine pulmonary toxicity", "cyclosporine nephropathy": the drug names the condition next to it.
  for (const m of folded.matchAll(DRUG_THEN_CONDITION)) {
    if (namesDrugOrStem(m[1]!)) return true;
  }
  return false;
}

// A clinical condition: a case report's noun (CONDITION) or one of the endings and names its titles use.
const CLINICAL_CONDITION = new RegExp(
  `${CONDITION.source}|\\b(?:[a-z]{3,}(?:toxicity|trophy|plegia|paresis|algia|ectasia|megaly|uria|oma)|parkinsonism|hirsutism|hypothyroidism|hyperthyroidism|gyn(?:a)?ecomastia|hiccups|lupus|hepatitis|psoriasis|acne|eosinophilia|hypersensitivity|toxic epidermal|torsade\\w*|qt prolongation|mania|hypomania|akathisia|myopathy|rhabdomyolysis|nephrolithiasis|hyperprolactin\\w*|hypomagnes\\w*|hypocalc\\w*|hypercalc\\w*|hyperammon\\w*)\\b`,
);
// The words that tie a condition to what caused it, in the order a case report writes them.
const CAUSED_BY = String.raw`(?:induced|caused|provoked|triggered|precipitated|produced) by|secondary to|due to|attributed to|attributable to|ascribed to|associated with|related to|as a (?:result|consequence|complication) of|(?:during|after|following|with|upon) (?:the )?(\S+ )?(?:use|administration|ingestion|initiation|introduction|addition|start|treatment|therapy|intake|exposure|infusion|injection|dose|doses|course|withdrawal|discontinuation|cessation)(?: of| with| to)?|while (?:on|taking|receiving)|on treatment with|in an? (?:\S+ ){0,2}?(?:man|woman|patient|child|boy|girl|infant|adult|person) (?:taking|receiving|treated with|on)|after|following|from`;
const CONDITION_THEN_CAUSE = new RegExp(String.raw`(?:${CLINICAL_CONDITION.source})(?: \S+){0,6}? (?:${CAUSED_BY}) ((?:\S+ ){0,3}\S+)`, 'g');
// "methotrexate-induced hepatotoxicity", "clozapine-associated agranulocytosis".
const DRUG_INDUCED = /\b([a-z][a-z-]{3,}?)-(?:induced|associated|related|attributed|triggered|provoked|mediated|exacerbated|caused)\b/g;
// "lithium toxicity", "tacrolimus neurotoxicity", "gemcitabine pulmonary toxicity", "bleomycin pneumonitis":
// the drug names what it did ("penicillin allergy" is a history, "Allegra Allergy" a product).
const DRUG_TOXICITY = /\b([a-z][a-z-]{3,}) (?:(?!cystic )[a-z]+ )?(?:[a-z]*toxicity|poisoning|intoxication|overdose|reaction|pneumonitis|fibrosis|(?:hyper)?pigmentation|embryopathy)\b/g;
const TOXICITY_WORD = /toxicity|poisoning|intoxication|overdose|reaction|pneumonitis|fibrosis|pigmentation|embryopathy/;
// "amiodarone was responsible for the pulmonary fibrosis", "clozapine caused agranulocytosis": the drug
// is one of the four words before the verb.
const DRUG_CAUSED = new RegExp(
  String.raw`((?:\S+ ){1,4})(?:caused|induced|produced|precipitated|triggered|resulted in|led to|was responsible for|is responsible for|was implicated in|was (?:the|a) (?:\S+ ){0,2}?(?:cause|culprit) of)(?: \S+){0,5}? (?:${CLINICAL_CONDITION.source})`,
  'g',
);
// A title that names the condition, then the drug it came with: "Neuroleptic malignant syndrome with olanzapine", "Hepatitis from isoniazid".
const TITLE_CONDITION_WITH_DRUG = new RegExp(String.raw`^(?:\S+ ){0,3}?(?:${CLINICAL_CONDITION.source}) (?:with|from|on) (?:intravenous |oral |high-dose |low-dose )?(\S+?)\.?$`, 'g');
// "pancreatitis is a rare complication of azathioprine", "neutropenia is a known adverse effect of clozapine",
// "hypothyroidism emerged as a late complication of lithium therapy", "the neuritis was considered a complication of ethambutol".
const CONDITION_OF_DRUG = new RegExp(
  String.raw`(?:${CLINICAL_CONDITION.source}) (?:(?:emerged|developed|appeared|occurred|arose|presented) as |(?:is|was|are|were|remains) (?:(?:considered|thought|regarded|judged|believed|deemed|felt|recogni[sz]ed|interpreted)(?: to be| as)? )?|as )(?:a |an )?(?:\S+ ){0,3}?(?:complication|adverse (?:effect|event|reaction)|side effect|sequela|consequence|toxicity|effect) of ((?:\S+ ){0,2}\S+)`,
  'g',
);
// "neutropenia occurred during treatment with valganciclovir", "hyponatremia developed after the dose of X was increased".
const CONDITION_OCCURRED = new RegExp(
  String.raw`(?:${CLINICAL_CONDITION.source}) (?:\S+ ){0,2}?(?:occurred|occurs|developed|develops|appeared|emerged|recurred|was observed|were observed|was noted|were noted|was reported|were reported|was seen|were seen|began|started) (?:\S+ ){0,4}?(?:during|after|following|while|with|on|upon) ((?:\S+ ){0,4}\S+)`,
  'g',
);
// A condition that got better is what a drug treated, not what it caused ("psoriasis improved after methotrexate").
const BETTER = /improv|resolv|remission|reliev|relief|respond|response|effective|success|controlled|benefi|cured|treat(?:ed|ment|ing) (?:of|for)|for the treatment|prevent/;
// A condition that went away once the drug was stopped is the drug's doing (a dechallenge): "lactic acidosis
// associated with linezolid resolved after the antibiotic was stopped". The words of its going away are no sign of a benefit.
const DECHALLENGE =
  /(?:resolved|improved|subsided|disappeared|abated|recovered|normali[sz]ed|reversed)(?: \S+){0,3}? (?:(?:after|following|upon|on|with) (?:the )?(?:\S+ )?(?:discontinu\w*|withdraw\w*|cessation|stopping|removal)|(?:after|when|once) (?:\S+ ){0,3}?(?:was|were|had been) (?:stopped|discontinued|withdrawn|removed))(?![a-z])/g;

// What a drug can do in general, or its risk, explained: "can be caused by long-term use of metoclopramide".
const GENERAL = /\b(?:can|could|may|might|will|would) (?:\S+ )?(?:be |also )?(?:cause|caused|induce|induced|lead|result|trigger|triggered|produce|produced|increase|occur)\b|\brisks?\b/;

/** The hyphen split, so that "methotrexate-induced" names methotrexate. */
function namesDrugIn(words: string): boolean {
  return namesDrugOrStem(words.replaceAll('-', ' '));
}

// "the myopathy was caused by the statin", "hepatitis attributed to this antibiotic": a case report names the
// drug again by its class or as "the drug", the product it named before.
const DRUG_NAMED_AGAIN =
  /\b(?:the|this|that|these|those|such) (?:\S+ )?(?:drugs?|medications?|medicines?|antibiotics?|statins?|vaccines?|antidepressants?|antipsychotics?|anticonvulsants?|antiepileptics?|anticoagulants?|agents?|supplements?|remed(?:y|ies)|preparations?)\b(?!-)/;

function namesDrugOrClass(words: string): boolean {
  return namesDrugIn(words) || DRUG_NAMED_AGAIN.test(words);
}

function someCapture(pattern: RegExp, folded: string): boolean {
  // "pneumonitis following bleomycin therapy": the drug may stand inside the words of cause (a second capture).
  for (const m of folded.matchAll(pattern)) if (m.slice(1).some((words) => words !== undefined && namesDrugOrClass(words))) return true;
  return false;
}

/**
 * A statement that ties a clinical condition to a named drug with a word of cause, the way case reports
 * and their titles write it ("Methotrexate-induced hepatotoxicity", "Acute interstitial nephritis secondary
 * to omeprazole", "Pancreatitis is a rare complication of azathioprine", "Neutropenia occurred during
 * treatment with valganciclovir"): no patient or register word is needed, the cause is the link
 * (LABELING.md: a case-report sentence that ties an event to a medicine is safety_compliance). A
 * question, a negation, a modal ("can cause", "may cause": what a drug is known to do, asked or
 * explained) or a condition that got better is not read here.
 */
export function tiesConditionToDrug(text: string): boolean {
  // "due to vitamin B12 deficiency", "from iron deficiency": a lack of a substance is no product given.
  const folded = text.replace(LACK_OF, 'deficiency');
  if (!CLINICAL_CONDITION.test(folded) && !folded.includes('-') && !TOXICITY_WORD.test(folded)) return false;
  // Every reading below needs a drug among its words (a capture of whole words of the text): most texts stop here.
  if (!namesDrugOrClass(folded)) return false;
  if (BETTER.test(folded.replace(DECHALLENGE, ' ')) || GENERAL.test(folded) || OPENS_AS_QUESTION.test(folded) || ASKS_IN_WORDS.test(folded)) return false;
  return (
    someCapture(DRUG_INDUCED, folded) ||
    someCapture(DRUG_TOXICITY, folded) ||
    someCapture(CONDITION_THEN_CAUSE, folded) ||
    someCapture(DRUG_CAUSED, folded) ||
    someCapture(CONDITION_OF_DRUG, folded) ||
    someCapture(CONDITION_OCCURRED, folded) ||
    someCapture(TITLE_CONDITION_WITH_DRUG, folded)
  );
}

const LACK_OF = /\b[a-z][a-z0-9-]* (?:[a-z0-9-]+ )?deficien(?:cy|cies|t)\b/g;

const DRUG_THEN_CONDITION =
  /\b([a-z][a-z-]{4,}) (?:[a-z]+ )?(?=(?:[a-z]{3,}(?:itis|osis|emia|penia|pathy|toxicity)|toxicity|syndrome|fibrosis|pneumonitis|reaction)\b)/g;

const MEDICATION_WORD = new RegExp(MEDICATION_WORDS.map((r) => String.raw`(?<![a-z])(?:${r.source})(?![a-z])`).join('|'));

// What a condition is tied to when it is no product: another disease, an infection or its germ, a tumour, a
// deficiency, an injury or an exertion ("secondary to rhabdomyolysis", "caused by hepatitis B virus infection").
const OTHER_CAUSE =
  /\b(?:infections?|infected|viral|virus|illness|bacteri\w*|parasit\w*|organisms?|[a-z]+(?:cocc\w*|bacter\w*|bacill\w*|monas|ella|eria|virus)|tumou?rs?|[a-z]{3,}(?:omas?|pathy|itis|osis|lysis|plasia|ism)|cancers?|malignan\w*|metasta\w*|deficien\w*|diseases?|disorders?|blood loss|obstruction|trauma|injury|fall|exercise|exertion|marathon|pregnancy|mutations?|autoimmun\w*)\b/;
// The condition tied: a case report's condition, or an infection's or a tumour's usual signs.
const CONDITION_NAMED = new RegExp(`${CLINICAL_CONDITION.source}|\\b(?:pneumonia|sepsis|abscess\\w*|fever|effusions?|ascites|lesions?|symptoms|signs|findings)\\b`);
// An infection a medicine lets in (C. difficile colitis after antibiotics, thrush after steroids) is the medicine's doing.
const SUPERINFECTION = /difficile|clostridi|candid|thrush|yeast|fungal|opportunistic|superinfection/;
// The words that tie a condition to its cause; the cause is read in the six words after them.
const TIED_TO =
  /\b(?:due to|secondary to|caused by|attributed to|attributable to|ascribed to|related to|resulting from|as a result of|from|following|after|complicating|associated with|consistent with|compatible with|suggestive of|typical of) ((?:\S+ ){0,5}\S+)/g;
// Anything that could carry a product or a treatment leaves the sentence to the other readings.
const TREATMENT_WORD =
  /toxic|therap|treat|administ|receiv|given|exposure|overdose|intoxicat|poison|withdraw|discontinu|stopp|ingest|inject|infus|regimen|prophyla|chemo|radiat|surg|operat|procedure|transplant|transfus|implant|vaccin|immuni[sz]|taking|took|taken|using|use of|induc|reaction|side effect|adverse|allerg|hypersensitiv|start|initiat|switch|cause[sd]? (?!by)|can |may |could |might /;
// "drug-resistant bacteria", "multidrug-resistant tuberculosis": the germ's resistance names no product given.
const RESISTANT = /\b(?:multi-?)?drug-(?:resistant|sensitive|susceptible)\b/g;

/**
 * "Acute kidney injury secondary to rhabdomyolysis after a marathon run", "His hepatitis was caused by hepatitis
 * B virus infection", "Obstructive jaundice caused by a carcinoma of the pancreatic head": a case report's
 * condition tied to another disease, an infection, a tumour or a deficiency, with no medicine, shot, device or
 * treatment anywhere in the sentence. LABELING.md: a case-report sentence is a report only when it ties an
 * event to a product; here the sentence itself names the cause and it is none.
 */
function tiesConditionToOtherCause(folded: string): boolean {
  if (FIRST_PERSON.test(folded) || folded.includes('?') || !CONDITION_NAMED.test(folded) || TREATMENT_WORD.test(folded) || SUPERINFECTION.test(folded)) return false;
  const text = folded.replace(RESISTANT, 'resistant');
  if (DRUG_STEM.test(text) || namesMedication(text)) return false;
  for (const m of text.matchAll(TIED_TO)) {
    const cause = m[1]!;
    if (CONDITION_NAMED.test(folded.slice(0, m.index)) && OTHER_CAUSE.test(cause)) return true;
  }
  return false;
}

/**
 * "Thrombocytopenia during linezolid treatment resolved after discontinuation": a condition tied to a drug that went
 * away once the drug was stopped (a dechallenge) is the drug's doing, though its words of going away read like relief.
 */
export function tellsDechallenge(text: string): boolean {
  const folded = foldedOf(text);
  return folded.search(DECHALLENGE) >= 0 && tiesConditionToDrug(folded);
}

/** The two readings on a message's own text, for the local classifier's second stage. */
export function readCaseReport(text: string): 'finding' | 'event' | 'treatment' | undefined {
  const folded = foldedOf(text);
  if (isCaseReportEvent(folded)) return 'event';
  const product = () => namesMedication(folded) || DRUG_STEM.test(folded);
  if (isClinicalFinding(folded, product)) return 'finding';
  if (isTreatmentStatement(folded, product) || explainsPharmacology(folded, product) || tellsGoodOutcome(folded, product) || tellsNoEventSeen(folded)) return 'treatment';
  return isDiscussionWithoutDrug(folded, product) ? 'finding' : undefined;
}

// What a treatment achieved: "induced a complete remission of the nephrotic syndrome", "led to sustained virological response".
const GOOD_OUTCOME =
  /\b(?:induced|led to|resulted in|achieved|produced|brought about) (?:a |an )?(?:complete|partial|sustained|rapid|prompt|dramatic|marked|significant|durable|long-term|lasting|full|clinical|virological|haematological|hematological|\s)*(?:remission|response|resolution|improvement|recovery|cure|control|normali[sz]ation|clearance)(?: of(?: [a-z0-9'-]+){1,4})?/g;

/**
 * "Cyclophosphamide and prednisone induced a complete remission of the nephrotic syndrome": a case report's
 * sentence of what a named drug achieved, with no other word of harm and no other condition (LABELING.md, a
 * case-report sentence with no event tied to a product is informational).
 */
function tellsGoodOutcome(folded: string, namesProduct: () => boolean): boolean {
  if (!folded.match(GOOD_OUTCOME) || FIRST_PERSON.test(folded) || folded.includes('?')) return false;
  const rest = folded.replace(GOOD_OUTCOME, ' ');
  return !HARM.test(rest) && !CLINICAL_CONDITION.test(rest.replace(FOR_CLAUSE, ' ')) && namesProduct();
}

// "No adverse reactions were observed during the study period", "No serious side effects were reported": an event denied in a study's words.
const NO_EVENT_SEEN =
  /^no (?:\S+ ){0,2}?(?:adverse|side|toxic|untoward|drug-related|treatment-related) ?(?:reactions?|effects?|events?|toxicit(?:y|ies)|effects?) (?:were|was|have been|has been) (?:\S+ )?(?:observed|seen|noted|reported|recorded|encountered|documented|found)\b/;

function tellsNoEventSeen(folded: string): boolean {
  const match = NO_EVENT_SEEN.exec(folded);
  if (match === null || MORE_THAN_ONE.test(folded) || folded.includes('?')) return false;
  const rest = folded.slice(match[0].length);
  return !HARM.test(rest) && !CLINICAL_CONDITION.test(rest);
}

// A discussion's words: "To our knowledge, this is the first report ...", "Clinicians should consider this diagnosis ...", "The literature is reviewed".
const DISCUSSION =
  /\bto (?:our|the best of our) knowledge\b|\b(?:illustrates|highlights|emphasi[sz]es|underscores|stresses) the (?:importance|need|value)\b|\b(?:clinicians|physicians|doctors|practitioners) should\b|\bshould (?:be aware|consider|be considered|keep in mind|be kept in mind|be included)\b|\b(?:is|are) (?:briefly )?(?:reviewed|discussed)\b|\bwe (?:discuss|review)\b|\bthe (?:relevant )?literature\b/;

/**
 * A discussion's sentence that names no drug, no treatment and no drug's class ("To our knowledge, this is the
 * first report of this association in a child"): what the authors think, no report of an event (LABELING.md).
 */
function isDiscussionWithoutDrug(folded: string, namesProduct: () => boolean): boolean {
  if (!DISCUSSION.test(folded) || FIRST_PERSON.test(folded) || folded.includes('?') || DRUG_NAMED_AGAIN.test(folded) || folded.includes('-')) return false;
  // "... the importance of a careful medication history": a medication word that names no drug.
  return !TREATMENT_WORD.test(folded) && !namesDrugOrStem(folded) && (!namesProduct() || MEDICATION_HISTORY.test(folded));
}
const MEDICATION_HISTORY = /\b(?:medication|drug) (?:history|histories|reconciliation|review)\b/;

// How a drug acts on another or on the body, or how it is to be used, in a discussion's present tense
// ("Probenecid prolongs the half-life of penicillin", "Combining two serotonergic drugs requires careful monitoring"),
// and a trial's methods ("Patients were randomized to receive the vaccine or a placebo").
const PHARMACOLOGY = new RegExp(
  [
    String.raw`\b(?:prolongs|shortens|raises|increases|lowers|reduces|decreases|inhibits|blocks|enhances|impairs|doubles|halves) (?:\S+ ){0,4}?(?:half-life|half life|bioavailability|absorption|metabolism|clearance|excretion|elimination|levels?|concentrations?|cyp\w*|cytochrome)\b`,
    String.raw`\b(?:requires?|needs?|warrants?) (?:\S+ ){0,3}?(?:monitoring|dose adjustment|caution)\b|\bshould be (?:\S+ )?(?:adjusted|monitored|reduced|avoided|used with caution)\b`,
    String.raw`\b(?:were|was) randomi[sz]ed\b|\bplacebo\b|\binclusion criteria\b`,
    // What a drug is: "remains the drug of choice for ...", "is widely used for the prevention of ...", "the half-life of X is ...".
    String.raw`\b(?:is|are|remains?) (?:\S+ ){0,2}?(?:used|indicated|recommended|approved) (?:for|in|to)\b|\b(?:drug|treatment|agent|therapy) of choice\b|\bhalf-life of\b|\b(?:is|are) metaboli[sz]ed\b|\btherapeutic (?:index|range|window)\b`,
    // A drug's level measured, a germ's susceptibility, a negative skin or challenge test: "Plasma concentrations of
    // digoxin were measured by immunoassay", "grew S. aureus sensitive to methicillin", "A skin test with penicillin was negative".
    String.raw`\b(?:concentrations?|levels?) of (?:\S+ ){1,2}?(?:were|was) (?:measured|determined|monitored|assayed|obtained|checked)\b|\b(?:sensitive|susceptible) to [a-z]|\b(?:skin|patch|prick|intradermal|provocation|challenge) tests?(?: \S+){0,3}? (?:was|were) negative\b`,
    // A study's methods: "we retrospectively reviewed the charts of 120 patients treated with rituximab", "Thirty patients with hepatitis C received ...".
    String.raw`\b(?:retrospectively|prospectively) (?:reviewed|studied|analy[sz]ed|evaluated|enrolled|identified)\b|^methods?:|^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one hundred)(?: [a-z]+)? (?:patients|subjects|children|adults|volunteers|women|men)\b`,
  ].join('|'),
);
// "... patients with chronic hepatitis C received ...": the illness the patients of a study have.
const PATIENTS_WITH = /\b(?:patients|subjects|children|adults|women|men) with(?: [a-z0-9'-]+){1,4}/g;
// A sentence of a discussion is one: a second sentence or clause may tell what happened.
const MORE_THAN_ONE = /[.;!] \S/;
// A person of the case, a course of events, or a condition: the sentence tells what happened, not how a drug acts.
const TELLS_A_CASE = /\b(?:he|she|his|her|him|they|their|lead|leads|led|leading|result|resulting|resulted|follows|followed|occurs|occurred|appears|appeared|ensued)\b/;

/**
 * A discussion's or a methods section's sentence about a drug that tells no event: how it acts on another drug or
 * the body, how it is to be monitored or dosed, how a trial gave it. LABELING.md: a case-report sentence with no
 * event tied to a product is informational.
 */
function explainsPharmacology(folded: string, namesProduct: () => boolean): boolean {
  if (FIRST_PERSON.test(folded) || folded.includes('?') || !PHARMACOLOGY.test(folded) || MORE_THAN_ONE.test(folded) || HARM.test(folded) || TELLS_A_CASE.test(folded)) return false;
  // "... for secondary prevention of stroke": the condition a drug is for is its indication; "patients with hepatitis C" have their illness.
  return !CLINICAL_CONDITION.test(folded.replace(FOR_CLAUSE, ' ').replace(PATIENTS_WITH, ' ')) && namesProduct();
}

// A treatment given, changed or stopped, told in the third person of a clinical note.
const TREATED =
  /\b(?:had been|has been|have been|was|were) (?:receiving|taking|on)\b|\b(?:was|were|had been|has been|have been|is|are) (?:\w+ )?(?:started|treated|discontinued|stopped|given|administered|adjusted|maintained|tapered|initiated|switched|changed|increased|decreased|reduced|continued|prescribed|begun|withdrawn|resumed|added|restarted|substituted|titrated|used (?:to|for|as))\b|\b(?:had|has|have) (?:received|taken|used)\b|\btreatment with\b|\btherapy (?:was|with)\b|\btreated with\b|\bdischarged (?:home )?on\b|\b(?:medications|drugs|medicines) (?:included|consisted of)\b|\bdose of [a-z-]+ (?:is|was) [\d.]+ ?(?:mg|mcg|g|units?|iu)\b/;
// Words of harm: any of them leaves the sentence to the guard and the model.
const HARM =
  /induc|toxic|reaction|adverse|side effect|develop|after|following|due to|because|secondary|complicat|died|death|fatal|hospital|emergency|overdose|poison|allerg|intoleran|sever|worse|symptom|problem|rash|pain|wrong|mistake|error|incorrect|underage|expired|too much|double|twice(?! (?:daily|a day|weekly|a week))|instead/;
// "... for lupus nephritis": the condition a treatment is for is its indication.
const FOR_CLAUSE = /\bfor(?: [a-z0-9'-]+){1,5}/g;
// "... with chronic myeloid leukemia treated with imatinib": the condition treated is the indication too.
const TREATED_CONDITION = /(?:[a-z0-9'-]+ ){1,4}treated with\b/g;

/**
 * "Treatment with prednisone was started at 60 mg daily", "Methotrexate was discontinued and folinic acid
 * was given": a case report's or a clinical note's treatment sentence, naming a medicine and no condition
 * but the one it is for, tells of no event (LABELING.md, a case-report sentence with no product link to an
 * event is informational).
 */
export function isTreatmentStatement(folded: string, namesProduct: () => boolean): boolean {
  if (FIRST_PERSON.test(folded) || folded.includes('?') || !TREATED.test(folded) || HARM.test(whatIsNotIndication(folded))) return false;
  if (CONDITION.test(folded.replace(FOR_CLAUSE, ' ').replace(TREATED_CONDITION, ' '))) return false;
  // Only in a clinical note's words: its register, or a sentence that opens with the treatment or the drug.
  const opening = NOTE_OPENING.exec(folded);
  if (!REGISTER.test(folded) && opening === null) return false;
  if (opening?.[1] !== undefined && !opensWithDrug(opening[1])) return false;
  return namesProduct();
}

// A treatment stopped, held or changed "for" something: what follows is the reason, which may be a harm ("stopped for a rash").
const STOPPED = /stopp|discontinu|withdr|held|switch|chang|reduc|decreas|substitut|replac|taper/;

/**
 * "Morphine was given for pain control after the operation", "prescribed for severe nodular acne": what a treatment is
 * given for is its indication, no harm; the for-clause is read as harm only when the treatment was stopped or changed.
 */
function whatIsNotIndication(folded: string): string {
  return STOPPED.test(folded) ? folded : folded.replace(FOR_CLAUSE, ' ');
}

// "Methotrexate 15 mg once weekly was given ...": a drug's dose and schedule may stand between it and its verb.
const NOTE_OPENING =
  /^(?:treatment|therapy|the dose|the (?:usual|recommended|standard|starting|initial|maximum|maximal|maintenance|typical) (?:\S+ )?dose|oral|intravenous|iv|he|she|his|her|(?:the|this) (?:\S+ )?(?:drugs?|medications?|medicines?|antibiotics?|statins?|agents?) (?:was|were|had been) |([a-z][a-z-]{3,}(?: [a-z][a-z-]{3,})?) (?:[\d.]+ ?(?:mg|mcg|g|units?|iu)\S* (?:\S+ ){0,2}?)?(?:was|were|had been) )/;

// "unfractionated heparin", "liposomal amphotericin", "topical tacrolimus": a form or a route before the drug.
const FORM_OR_ROUTE = /(?:ed|al|ous|ic)$/;

/** "Lithium carbonate", "Insulin glargine", "Unfractionated heparin" open the note; "Meanwhile prednisone" does not. */
function opensWithDrug(words: string): boolean {
  const [first = '', second] = words.split(' ');
  return namesDrugOrStem(first) || (second !== undefined && FORM_OR_ROUTE.test(first) && namesDrugOrStem(second));
}

/** Does the text name a medicine, a shot, a device or a medication word (the guard's lists)? */
export function namesProduct(text: string): boolean {
  return namesMedication(foldedOf(text));
}

/** A medication word or a listed drug name: the guard's own lists (medication.ts). */
function namesMedication(folded: string): boolean {
  return MEDICATION_WORD.test(folded) || namesDrug(folded);
}

// The second stage reads one message with readCaseReport and then namesProduct: it is folded once.
// Stryker disable next-line ObjectLiteral,StringLiteral: equivalent, the seed of a cache: whatever it holds, the first text that differs refolds, and '' folds to ''
let lastFold = { text: '', folded: '' };
/** Lets go of the last folded message: see forgetLastMessage in safety-guard.ts. */
export function forgetCaseReportFold(): boolean {
  const held = lastFold.text !== '';
  lastFold = { text: '', folded: '' };
  return held;
}
function foldedOf(text: string): string {
  if (lastFold.text !== text) lastFold = { text, folded: foldText(text).folded };
  return lastFold.folded;
}
