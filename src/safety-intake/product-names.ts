/**
 * Suspect-product vocabulary for case facts, maintained here (not shared with the safety guard, whose
 * list decides firing, not reporting). Add a name when the eval shows a miss; keep it lowercase, no accents.
 * Sources: the most dispensed US generics and brands (ClinCalc Top 300), CDC vaccine schedule names,
 * and the devices a pharmacy dispenses.
 */
export const DRUG_NAMES: readonly string[] = `
atorvastatin lipitor levothyroxine synthroid lisinopril metformin glucophage amlodipine norvasc metoprolol
toprol lopressor albuterol proair ventolin omeprazole prilosec losartan cozaar gabapentin neurontin
hydrochlorothiazide hctz sertraline zoloft simvastatin zocor montelukast singulair escitalopram lexapro
rosuvastatin crestor bupropion wellbutrin furosemide lasix pantoprazole protonix trazodone dextroamphetamine
adderall fluticasone flonase tamsulosin flomax fluoxetine prozac carvedilol coreg duloxetine cymbalta
meloxicam mobic clopidogrel plavix prednisone citalopram celexa insulin lantus humalog novolog tresiba
levemir basaglar toujeo ozempic wegovy semaglutide mounjaro zepbound tirzepatide trulicity victoza
liraglutide rybelsus jardiance empagliflozin farxiga dapagliflozin januvia sitagliptin glipizide glimepiride
potassium pravastatin tramadol ultram aspirin alprazolam xanax cyclobenzaprine flexeril amoxicillin
augmentin azithromycin zithromax zpak cephalexin keflex ciprofloxacin cipro levofloxacin levaquin doxycycline
bactrim sulfamethoxazole nitrofurantoin macrobid clindamycin metronidazole flagyl fluconazole diflucan
penicillin valacyclovir valtrex acyclovir oseltamivir tamiflu paxlovid warfarin coumadin apixaban eliquis
rivaroxaban xarelto dabigatran pradaxa enoxaparin lovenox heparin spironolactone aldactone propranolol
atenolol diltiazem verapamil hydralazine clonidine digoxin amiodarone entresto valsartan olmesartan
irbesartan benazepril enalapril ramipril quetiapine seroquel aripiprazole abilify risperidone risperdal
olanzapine zyprexa lithium lamotrigine lamictal levetiracetam keppra topiramate topamax divalproex depakote
carbamazepine tegretol phenytoin dilantin clonazepam klonopin lorazepam ativan diazepam valium zolpidem
ambien eszopiclone mirtazapine remeron venlafaxine effexor paroxetine paxil buspirone hydroxyzine
methylphenidate ritalin concerta vyvanse lisdexamfetamine atomoxetine strattera oxycodone oxycontin
percocet hydrocodone norco vicodin morphine fentanyl buprenorphine suboxone methadone naloxone narcan
acetaminophen tylenol paracetamol ibuprofen advil motrin naproxen aleve celecoxib celebrex diclofenac
famotidine pepcid esomeprazole nexium ondansetron zofran metoclopramide reglan allopurinol colchicine
methotrexate hydroxychloroquine plaquenil adalimumab humira etanercept enbrel ustekinumab stelara
dupilumab dupixent prednisolone methylprednisolone medrol dexamethasone finasteride oxybutynin sildenafil
viagra tadalafil cialis estradiol progesterone medroxyprogesterone testosterone levonorgestrel sprintec
yaz nexplanon mirena isotretinoin accutane tretinoin varenicline chantix sumatriptan imitrex rizatriptan
nurtec ubrelvy aimovig emgality alendronate fosamax denosumab prolia tamoxifen letrozole anastrozole
latanoprost timolol budesonide symbicort advair breo trelegy spiriva tiotropium benzonatate cetirizine
zyrtec loratadine claritin fexofenadine allegra diphenhydramine benadryl pseudoephedrine sudafed
guaifenesin mucinex dextromethorphan nyquil dayquil melatonin epinephrine epipen glucagon baqsimi
`.trim().split(/\s+/);

/** Names of more than one word, and the Spanish spellings callers use. */
export const OTHER_NAMES: readonly string[] = [
  'plan b', 'morning after pill', 'birth control', 'nicotine gum', 'blood thinner', 'water pill', 'chemo', 'chemotherapy',
  'metformina', 'levotiroxina', 'amoxicilina', 'ibuprofeno', 'paracetamol', 'omeprazol', 'atorvastatina', 'losartan',
  'insulina', 'glipizida', 'sertralina', 'warfarina', 'penicilina', 'azitromicina', 'naproxeno', 'prednisona', 'enalapril',
];

// Generic-name stems (-pril, -sartan, -statin ...): two letters before them at least ("lisinopril", not "pril").
export const GENERIC_SUFFIX =
  '(?:cef|ceph)[a-z]{3,}|[a-z]{2,}(?:pril|sartan|statin|olol|dipine|formin|gliptin|glutide|gliflozin|cillin|mycin|floxacin|cycline|prazole|tidine|conazole|ciclovir|mab|zepam|zolam|oxetine|triptyline|triptan|profen|coxib|codone|setron|lukast|sonide|thasone|parin|xaban|gatran|thiazide|semide|dronate|tiapine|peridol|vudine|navir|tegravir)';

/** Vaccines by name or as "<disease> shot". */
export const VACCINE_PATTERN =
  /(?<![a-z])(?:(?:flu|influenza|covid(?:-19)?|coronavirus|shingles|rsv|hpv|tetanus|tdap|dtap|pneumonia|pneumococcal|measles|mmr|hepatitis ?[ab]?|hep ?[ab]|polio|chickenpox|varicella|meningitis|whooping cough) (?:shot|vaccine|vaccination|jab|booster|dose)|tdap|dtap|mmr|shingrix|gardasil|prevnar|pneumovax|arexvy|abrysvo|comirnaty|spikevax|novavax|fluzone|flublok|flumist|boostrix|adacel|vacuna(?: de la| del| contra la| contra el| contra)? ?(?:gripe|covid|influenza|sarampion|tetanos|neumonia|culebrilla|herpes zoster)?|vacina|vaccin)(?![a-z])/g;

/** Devices that deliver or measure a dose. */
export const DEVICE_PATTERN =
  /(?<![a-z])(?:insulin pens?|pen needles?|(?:rescue |asthma )?inhalers?|nebuli[sz]er|glucose (?:meter|monitor)|gluco ?meter|test strips|(?:cgm|dexcom|libre|freestyle libre)(?: sensor| 3| g7| g6)?|insulin pump|omnipod|cpap|auto-?injector|epi-?pen|pacemaker|defibrillator|oxygen concentrator|oxygen tank|catheter|infusion pump|pulse oximeter|blood pressure (?:cuff|monitor)|syringes?|(?:nicotine|fentanyl|birth control|pain) patch(?:es)?|contact lens(?:es)?|jeringas?|inhalador|glucometro|bomba de insulina)(?![a-z])/g;

// A product the person takes but does not name: "the new pills", "my blood pressure medicine", "la pastilla nueva".
export const UNSPECIFIED_PATTERN =
  /(?<![a-z])(?:my|the|his|her|their|our|this|that|these|those|new|same|[a-z]+'s|mi|mis|la|las|el|los|su|sus|esta|esa|estas|esas|nueva|nuevo|nuevas|nuevos) (?:[a-z-]+ ){0,2}?(?:pills?|meds|medications?|medicines?|tablets?|capsules?|prescriptions?|drugs?|antibiotics?|antidepressants?|antihistamines?|steroids?|statins?|opioids?|painkillers?|pain killers?|injections?|shots?|cream|ointment|eye ?drops|drops|syrup|refill|pastillas?|medicinas?|medicamentos?|tabletas?|capsulas?|inyeccion(?:es)?|jarabe|gotas|pomada|receta)(?![a-z])(?! (?:list|history|records?|cards?|coverage|benefits?|plan|costs?|prices?|bill))/g;
