import type { Span } from './text.ts';

/**
 * Medication context: does the message mention a medicine, a shot or a medical device? A symptom with
 * no experience cue still counts when it sits next to one ("metformin rash", "face swelling lisinopril").
 */

// Common generic and brand names seen at a US pharmacy counter; suffixes below catch most others.
const NAMES = [
  'levothyroxine synthroid ozempic wegovy mounjaro zepbound trulicity saxenda victoza rybelsus jardiance farxiga invokana',
  'eliquis xarelto warfarin coumadin jantoven plavix clopidogrel brilinta aspirin heparin lovenox pradaxa',
  'lipitor crestor zocor pravachol norvasc hydrochlorothiazide hctz chlorthalidone furosemide lasix bumex torsemide',
  'prednisone prednisolone medrol dexamethasone hydrocortisone cortisone triamcinolone kenalog',
  'amoxicillin augmentin penicillin keflex cephalexin cefalexin cefdinir ceftriaxone cipro levaquin bactrim sulfa',
  'clindamycin nitrofurantoin macrobid flagyl metronidazole fluconazole diflucan valtrex acyclovir tamiflu paxlovid zpak',
  'zoloft lexapro celexa prozac paxil wellbutrin bupropion effexor venlafaxine cymbalta duloxetine trazodone mirtazapine',
  'remeron abilify seroquel risperdal zyprexa lithium lamictal lamotrigine keppra depakote topamax gabapentin neurontin',
  'lyrica pregabalin xanax alprazolam klonopin clonazepam ativan lorazepam valium diazepam ambien zolpidem lunesta',
  'adderall ritalin concerta vyvanse methylphenidate strattera guanfacine intuniv clonidine',
  'oxycodone hydrocodone norco percocet vicodin tramadol morphine fentanyl suboxone buprenorphine methadone narcan naloxone',
  'tylenol acetaminophen paracetamol advil motrin ibuprofen aleve naproxen excedrin nyquil dayquil benadryl zyrtec claritin',
  'allegra sudafed mucinex flonase montelukast singulair albuterol proair ventolin symbicort advair breo spiriva trelegy',
  'insulin lantus humalog novolog levemir tresiba basaglar toujeo admelog fiasp glipizide glyburide glimepiride januvia',
  'metoprolol atenolol carvedilol propranolol diltiazem verapamil digoxin amiodarone entresto spironolactone hydralazine',
  'hydroxyzine omeprazole prilosec pantoprazole protonix nexium famotidine pepcid ondansetron zofran reglan metoclopramide miralax',
  'humira enbrel stelara dupixent skyrizi otezla methotrexate hydroxychloroquine plaquenil allopurinol colchicine',
  'finasteride tamsulosin flomax oxybutynin sildenafil viagra cialis estradiol premarin progesterone testosterone',
  'depo provera nexplanon sprintec yaz nurtec ubrelvy aimovig emgality imitrex sumatriptan botox epipen auvi-q',
  'shingrix gardasil prevnar pneumovax tdap dtap mmr arexvy abrysvo chantix varenicline accutane isotretinoin tretinoin',
  'fosamax alendronate prolia latanoprost timolol tamoxifen letrozole anastrozole capecitabine xeloda biktarvy truvada',
  'descovy doxycycline minocycline azithromycin lisinopril losartan metformin atorvastatin amlodipine sertraline',
  'escitalopram citalopram fluoxetine quetiapine aripiprazole levetiracetam carbamazepine phenytoin valproate',
  'melatonin b12 iron potassium magnesium nitro nitroglycerin dexcom libre omnipod cpap nebulizer glucometer',
  'risperidone paliperidone ziprasidone lurasidone olanzapine clozapine haloperidol buspirone cyclobenzaprine flexeril',
  'baclofen tizanidine methocarbamol meloxicam diclofenac celecoxib ketorolac terbinafine isoniazid rifampin',
  // brand names and spellings of tweets and short reviews ("pristiq brain zaps", "my doxy", "adderal crash"); none
  // that is also a first name (yasmin, kyleena), which the log redaction would then leave unmasked
  'topiramate pristiq desvenlafaxine latuda zyban nuvaring doxy elvanse cetirizine loratadine fexofenadine xyzal',
  'buspar provigil modafinil nuvigil armodafinil focalin dexedrine adipex phentermine contrave qsymia belsomra restoril',
  'temazepam halcion ultram dilaudid hydromorphone oxycontin nucynta celebrex mobic voltaren naprosyn toradol zithromax',
  'avelox vibramycin solodyn retin-a differin epiduo loestrin mirena propecia avodart minoxidil cozaar',
  'diovan benicar zestril toprol tenormin coreg cardizem aldactone zetia luvox anafranil elavil pamelor doxepin nardil',
  'viibryd trintellix brintellix fetzima savella rexulti vraylar caplyta geodon invega saphris haldol lithobid trileptal',
  'oxcarbazepine tegretol dilantin zonegran zonisamide vimpat requip ropinirole mirapex pramipexole aricept namenda',
  'zanaflex skelaxin robaxin maxalt relpax fioricet byetta remicade entyvio cosentyx xeljanz rinvoq evista boniva',
  'arimidex femara lupron estrace cytomel zantac imodium linzess phenergan promethazine compazine vistaril',
  'benzo benzos adderal aderall adderol xanex zanax',
  'seroqel vyvance vivance prozak lexipro klonopen tysabri avonex copaxone gilenya ampyra rebif tecfidera aubagio',
  'seroquil norethindrone ocrevus betaseron multaq dronedarone zometa reclast actonel effient prasugrel ticagrelor',
];

const DRUG_NAMES = new Set(NAMES.join(' ').split(' '));

// Endings of generic names (-pril, -sartan, -statin ...), checked on words of six letters or more.
const SUFFIXES = new Set(
  'pril sartan statin olol alol dipine formin gliptin glutide flozin cillin mycin micin floxacin cycline prazole tidine conazole ciclovir mab zepam zolam oxetine pramine triptyline triptan profen coxib codone morphone setron lukast terol sonide solone thasone parin xaban gatran grel thiazide semide azosin afil dronate gabalin tiapine peridol peridone thyroxine'.split(' '),
);
const SUFFIX_LENGTHS = [...new Set([...SUFFIXES].map((s) => s.length))];
const WORD = /[a-z][a-z0-9-]*/g;

/** Medication words and phrases, for the scanner (see safety-lexicon.ts). */
export const MEDICATION_WORDS: readonly RegExp[] = [
  /medications?|medicines?|meds?|medicat\w*|pills?|tablets?|capsules?|caplets?|doses?|dosage|dosing|prescriptions?|rx|refills?/,
  /shots?|vaccines?|vaccinat\w*|vax|boosters?|jabs?|injections?|injectables?|infusions?|inhalers?|insulin|pens?|patch(?:es)?|creams?|ointments?/,
  /gels?|eye ?drops|drops|syrup|antibiotics?|generic|drugs?|supplements?|vitamins?|gummies|otc|steroids?|antidepressants?|statins?/,
  /(?:muscle )?relaxers?|sleeping pills?|sleep aids?|pain ?killers?|blood thinners?|water pill|birth control|the pill|contracept\w*|chemo|epi ?pen|sensor|monitor|meter|strips|pump|device|iud|suboxone/,
  /(?:flu|covid|shingles|rsv|hpv|tetanus|pneumonia|measles) (?:shot|vaccine|jab|booster)|nicotine (?:gum|lozenges?|patch(?:es)?|spray|inhaler|replacement)/,
  /medicamentos?|medicinas?|pastillas?|tabletas?|capsulas?|vacunas?|inyecci\w+|dosis|recetas?|resurtido|tratamiento|jarabe|pomada|insulina|gotas|parche/,
  /medicaments?|comprimes?|vaccins?|gelules?|piqure|ordonnance|traitement|remedios?|vacinas?|comprimidos?|injecao|receita|thuoc|tiem|vac ?xin|gamot|bakuna|iniksyon/,
  /药|疫苗|打针|处方/,
  /таблетк\S*|лекарств\S*|препарат\S*|прививк\S*|вакцин\S*|укол\S*|рецепт\S*/,
  // Clinical wording of a treatment (case reports): "after starting", "while on", "at the injection site".
  /after (?:starting|initiating|initiation of|beginning|receiving|the (?:first|second|third|last) dose)|while (?:on|taking|receiving)|at the injection site/,
  // A medication change implies a medication even when its name is garbled ("the jar dance").
  /since (?:i |he |she |we |they )?(?:started|starting|began|beginning|switched|switching|changed|changing|increased|upped|went up on|got on)|(?:new|higher|increased|lower|doubled) dose|dose (?:was |got )?(?:increased|changed|went up|doubled)|(?:from|on|since|after|with) (?:the|my|his|her) new|been on (?:the|this|that) (?!phone|line|hold|website|app|list)\S+|(?:takes|taking|i take) (?:the|his|her|my)|desde que (?:empece|empeze|comence|tomo|empezo)/,
];

/** Does a word of the message name a drug (listed, or by a generic-name ending)? */
export function namesDrug(folded: string): boolean {
  for (const m of folded.matchAll(WORD)) if (isDrugWord(m[0])) return true;
  return false;
}

/** One word of WORD's shape: a listed name or a generic name's ending. */
function isDrugWord(word: string): boolean {
  if (DRUG_NAMES.has(word)) return true;
  if (word.length < 6) return false;
  for (const n of SUFFIX_LENGTHS) if (word.length - n >= 2 && SUFFIXES.has(word.slice(-n))) return true;
  return false;
}

/** Where the message names a drug (listed, or by a generic-name ending): the spans of those words. */
export function drugSpans(folded: string): Span[] {
  const spans: Span[] = [];
  for (const m of folded.matchAll(WORD)) if (isDrugWord(m[0])) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

const ONE_WORD = /^[a-z][a-z0-9-]*$/;
/** namesDrug for a text of one word, as the name finders ask it ("is 'metformin' a name?"): no regex iterator. */
export function namesDrugWord(word: string): boolean {
  return ONE_WORD.test(word) ? isDrugWord(word) : namesDrug(word);
}
