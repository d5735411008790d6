import type { LexiconGroup } from './lexicon-types.ts';
// Drug-like word endings (metformin, tylenol, adderall): the full name list would make these regexes slow.
const DRUG_LIKE = String.raw`[a-z]{3,}(?:in|ol|ide|one|am|ine|ril|fil|xil|vil|tan|ran|ex|ax|yl|ate|fen|phen|gen|all|rin|pam|lam|done|tal|ium|cin|mab)`;
const MED_NOUN = String.raw`(?:pills?|tablets?|capsules?|meds|medicines?|medications?|gummies|vitamins|patch(?:es)?|bottle|pill ?(?:box|organi[sz]er|bottle)|purse|cabinet|insulin|inhaler|syrup|liquid|drops|cream|patch|(?:(?:my|his|her|our|the|\S+'s|\S+s) )?${DRUG_LIKE})`;
const QUALITY_SUBJECT = String.raw`(?:pills?|tablets?|capsules?|medications?|medicines?|liquid|it|they|bottle|cream|drops|insulin|generic|refill|syrup|batch|these|them|pen|inhaler|(?:my|the|this|his|her|your) ${DRUG_LIKE})`;
const YOUNG_OR_PET = String.raw`(?:son|daughter|toddler|kid|child|baby|infant|grandson|granddaughter|nephew|niece|dog|cat|puppy|pet|boy|girl|teenager|teen|\d+ ?(?:yr|year|y\/?o|yo|month)s?(?:[- ]old)?)`;

/** Overdose and accidental ingestion, told as something that happened (past tense, by mistake). */
export const OVERDOSE: LexiconGroup = {
  name: 'overdose',
  kind: 'overdose',
  mode: 'evident',
  patterns: [
    /over ?dos(?:e|ed|ing|es)|overdoes|od'd|od'ed|sobredosis|surdose|overdosis|ingest(?:ed|ion)|poison control/,
    /(?:took|taken|swallowed|given|gave|injected|doubled|tomo|tome) (?:\S+ ){0,4}?(?:twice(?! (?:a|per|daily|every|weekly))|two times|double|a bunch|a handful|too many|too much|an extra|both (?:doses|pills)|(?:two|2|three|3) doses)/,
    /(?:took|taken|swallowed|ate|gave|given|injected|double|doubled|mixed up)(?: \S+){0,6}? (?:by (?:mistake|accident)|por (?:error|equivocacion)|sin querer)|(?:accident(?:al)?ly|accidently|accidentaly|mistakenly) (?:\S+ )?(?:took|taken|gave|given|swallowed|ate|injected|used|drank|double|doubled|overdosed)/,
    /double[ds]? ?(?:dosed|dosing|up)|double dose[ds]?|doubled (?:up )?(?:on )?(?:my |his |her |the )?(?:dose|meds|pills|medication)|instead of once/,
    new RegExp(String.raw`${YOUNG_OR_PET}(?:'s| has| had| just| may have| might have| must have| probably| accidentally| somehow| got| i think){0,2} (?:got into|ate|eaten|swallowed|chewed|drank|got a ?hold of|got hold of|ingested|sucked on|licked)(?: \S+){0,5}? ${MED_NOUN}`),
    /took (?:like |about |maybe |over |almost )?(?:\d+|two|three|four|five|six|seven|eight|ten|twelve) grams|con toi (?:\S+ ){0,3}?uong (?:\S+ ){0,3}?thuoc/,
    new RegExp(String.raw`${YOUNG_OR_PET}(?:'s| has| had| just| may have| might have| must have| probably| accidentally| somehow| i think){0,2} took (?:\S+ ){0,3}?(?:my|our|mom'?s|dad'?s|grandma'?s|grandpa'?s|\S+'s) (?:\S+ ){0,2}?${MED_NOUN}`),
    /(?:doble dosis|dosis doble|dos dosis|tome (?:dos|doble|de mas)|me tome (?:dos|doble)|se (?:tomo|comio) (?:mis|sus|las|unas|el|la|un|una)|tomou (?:duas|o dobro)|pris deux)/,
    /(?:missing|gone) from (?:my|his|her|the) (?:\S+ ){0,2}?(?:pills?|medication|medicine|bottle|pill ?box)/,
  ],
};

/** Wrong drug, strength, label, patient or directions: the pharmacy (or someone) got it wrong. */
export const MEDICATION_ERROR: LexiconGroup = {
  name: 'medication-error',
  kind: 'medication_error',
  mode: 'evident',
  patterns: [
    /wrong (?:medications?|medicines?|meds?|drug|pills?|prescription|strength|dose|dosage|directions|instructions|labels?|patient|bottle|insulin|inhaler|tablets?|mg|milligrams?|cream|syringe|concentration|formulation|vial|eye ?drops|generic|rx|name on|vaccine|shot)|(?:taking|took|taken|given|giving|gave|got|dispensed|filled|sent|labeled) (?:\S+ ){0,2}?(?:the )?wrong one|(?:been doing|was doing|did) it wrong|(?:evening|morning|night|bedtime) (?:pills|meds|doses?) in the (?:morning|evening|night|bedtime|wrong) (?:slot|compartment|section|day)/,
    /(?:got|received|given|gave me) (?:my |his |her |the )?(?:neighbou?r|husband|wife|son|daughter|mom|dad|mother|father|sister|brother|roommate|someone)(?:'s|s'|s)? (?:\S+ )?(?:pills?|meds|medications?|medicine|insulin|prescription|bottle)|(?:dispensed|filled|gave|given|sent|got|received|labeled)(?: \S+){0,5}? (?:an? |the )?adult (?:dose|strength|version|formulation|dosage)/,
    /(?:asked for|prescribed|ordered|supposed to (?:be|get)|(?:rx|prescription) (?:is|was) for)(?: \S+){1,4}? (?:and|but) (?:the|my|you|they|it|i got|i received)(?: \S+){0,2}? (?:bottle|label|box|gave|filled|got|received|says|sent|dispensed)/,
    /(?:got|received|gave me|filled|dispensed|bottle says|label says)(?: \S+){1,6}? but (?:my |the |his |her |our |you |your )?(?:rx|prescription|doctor|dr|script|prescribed|pediatrician|prescriber)|(?:got|received|gave me|filled|dispensed)(?: \S+){1,10}? (?:but|and) (?:my |the )?(?:doctor|dr|pediatrician|prescriber) (?:said|says|wrote|prescribed|ordered)/,
    /says (?:\S+ ){0,8}?but (?:the |my |his |her )?(?:doctor|dr|pediatrician|prescriber|rheumatologist|cardiologist) (?:said|says|told|prescribed|wants|ordered)|(?:pharmacist|pharmacy|label|tech|bottle|directions)(?: \S+){0,6}? (?:daily|every day|once|twice|three times|weekly|\d+ times)(?: \S+){0,4}? (?:dr|doctor|rheumatologist|prescriber|prescription)(?: \S+)? (?:says|said|told|wrote|prescribed)/,
    /(?:someone|somebody) else'?s? (?:name|medications?|meds|pills?|insulin|label|bottle|dob|date of birth|birthday|blood thinner|inhaler|cream|pen|vial|drops|patch)|another (?:person|patient|customer|member)'?s? (?:name|medications?|meds|pills?|label|bottle|insulin|inhaler|cream|pen|vial|drops|patch)/,
    /(?:not|isn'?t|aren'?t|wasn'?t|weren'?t) (?:my|mine|what my doctor) (?:name|medication|medicine|meds|pills?|prescription|drug|insulin)|(?:a )?(?:drug|medication|medicine|pills?) (?:that )?i (?:don'?t|do not|never) (?:take|use)/,
    /(?:gave|given|dispensed|filled|labeled|labelled) (?:me |us |him |her |my \S+ |it |the |a |an )?(?:\S+ ){0,4}?(?:instead of|in place of)(?! (?:\d+ days|a \d+|30|60|90|the (?:store|pickup|delivery)))/,
    new RegExp(String.raw`(?:got|is|was|were|are|sent|received|mailed|delivered) (?:\S+ ){0,4}?instead of (?:the |my |a |an )?(?:\d+(?:\.\d+)? ?(?:mg|mcg|ml|milligrams?|units?)|once|regular|brand|generic|extended|immediate|er|xr|ir|${DRUG_LIKE})`),
    /\d+(?:\.\d+)? ?(?:mg|mcg|ml|milligrams?|milliliters?|units?|percent|%)(?:\/ ?ml)? (?:\S+ ){0,3}?(?:instead of|but (?:the|my) (?:doctor|dr|rx|prescription|label|bottle|pills|prescribed))/,
    /(?:label|bottle|directions|instructions|paper|sticker|box|blister pack) (?:\S+ ){0,3}?(?:says?|said|reads?|shows?|has|had) (?:\S+ ){0,10}?but (?:\S+ ){0,3}?(?:doctor|dr|rheumatologist|cardiologist|prescriber|prescription|rx|pharmacist|old one|supposed|pills?|tablets?|capsules?)/,
    /(?:doctor|dr|prescription|rx|rheumatologist)(?: \S+){0,3}? (?:said|says|told|is for|was for|prescribed|ordered|wrote) (?:\S+ ){0,10}?but (?:the |my |you |they |pharmacy |i )(?:\S+ ){0,3}?(?:label|bottle|gave|filled|got|received|says|dispensed|sent|paper)/,
    /mis-?fill(?:ed|s)?|mis-?label(?:ed|led)?|dispensing error|filling error|pharmacy error|medication error|mix-?up|mixed up (?:my|the|our|his|her) (?:meds|medications?|prescriptions?|pills|bottles|order)/,
    /(?:filled|dispensed|labeled|labelled) (?:it |my \S+ |the \S+ )?(?:wrong|incorrectly|wrongly)|incorrect (?:dose|dosage|strength|label|medication|directions|instructions|drug)|(?:pills?|tablets?) (?:look|looks|looked) (?:exactly |just )?like (?:my |his |her )?\S+'?s/,
    /(?:took|taken|swallowed|taking|injected) (?:my |his |her )?(?:\S+'s|\S+s') (?:\S+ )?(?:pills?|meds|medications?|medicine|insulin|tablets?|dose|prescription)/,
    /(?:medicamento|medicina|pastillas?|dosis|receta|etiqueta|nombre) (?:\S+ )?equivocad[oa]s?|se equivocaron|no (?:es|son) (?:la |el |las |los )?(?:mi|mis|mia|mio|mias|mios)\b(?: (?:medicina|medicamento|pastillas|receta|nombre))?|(?:pastillas|medicina|medicamento|receta|etiqueta) de otra persona|(?:tiene|dice) otro nombre|a nombre de otra persona/,
    /donne (?:\S+ ){0,4}?au lieu de|mauvais medicament|remedio errado|nome de outra pessoa|nao e o meu/,
  ],
};

/** Defects, contamination, tampering, counterfeit, cold chain, devices that misdose or misread. */
export const PRODUCT_QUALITY: LexiconGroup = {
  name: 'product-quality',
  kind: 'product_quality',
  mode: 'evident',
  patterns: [
    /(?:safety |foil )?seal (?:\S+ ){0,3}?(?:broken|broke|open|opened|missing|torn|damaged|tampered|cut|peeled|loose|punctured|ripped)|(?:broken|torn|missing|damaged) (?:safety |foil )?seal|unsealed|not sealed|wasn'?t sealed|tamper(?:ed|ing)/,
    /contaminat(?:ed|ion)|mou?ld(?:y)?|mildew|particles?|specks?|(?:something|stuff|bits|things) floating|floating (?:stuff|things|bits|particles|in it)|foreign (?:object|body|material|particles?)|hair (?:inside|stuck|in (?:the|my|this) (?:bottle|capsule|pill|vial|box|bag|cream|liquid))|(?:bugs?|insects?|ants?|fly) in (?:the|my) (?:bottle|pills?|medicine|vial|liquid|cream)|(?:glass|metal|plastic|shards?|splinters?|a screw|a staple|a needle|a piece of \S+) (?:\S+ )?in (?:the|my|this|a|one|each)(?: of (?:the|my|these))? (?:\S+ )?(?:bottle|pills?|tablets?|capsules?|medicine|vial|liquid|cream|package|box|bag|syringe|pen)|cloudy|clumpy|chunky|curdled|(?:is|was|has|looks|looked|got) separated(?! from)|separated into/,
    /discolou?r(?:ed|ation)|changed colou?r|(?:different|weird|strange|odd) (?:colou?rs?|shapes?|sizes?|markings?|imprints?|smell|taste)|(?:some|one|a few|two|half) of (?:them|these|the pills) (?:are|is|were|was|look) (?:\S+ ){0,2}?different|(?:only |like )?half the pills|(?:some|one|a few|several|half) (?:of them )?(?:are|were|is|was) (?:broken|crushed|cracked|chipped|melted|crumbled)|wrong colou?r|(?:colou?r|shape|smell|taste) (?:is |was )?(?:different|off|weird|strange)/,
    new RegExp(String.raw`${QUALITY_SUBJECT} (?:\S+ ){0,2}?(?:look|looks|looked|smell|smells|smelled|smelt|taste|tastes|tasted) (?:\S+ )?(?:different|off|weird|funny|strange|rotten|nothing like|like (?:fish|vinegar|ammonia|cigarettes|chemicals|smoke|plastic|gasoline|mold))`),
    new RegExp(String.raw`(?:this|the|new|last|latest) (?:batch|refill|bottle|box|lot|generic)(?: \S+){0,4}? (?:doesn'?t|doesnt|don'?t|isn'?t|aren'?t|didn'?t) (?:work|working|helping|help)|like (?:taking )?sugar pills|(?:are|is|looks?|seems?|might be) (?:\S+ )?(?:fake|counterfeit|knock-?offs?)|misspell\w*|typos? on the (?:label|box|pen)`),
    /(?:pills?|tablets?|capsules?|caps) (?:are |were |look |r |came )?(?:\S+ )?(?:broken|crushed|crumbl\w*|cracked|melted|sticky|wet|soft|chipped|empty|half[- ]filled|powdery)|crumbl(?:e|ed|es|ing|y)|different pills? (?:mixed|in)|mixed in (?:with )?(?:my|the)/,
    /counterfeit|fake (?:pills?|meds?|medication|medicine|product|pens?|ozempic|insulin|drugs?)|knock-?off|not genuine|suspect(?:ed)? counterfeit|(?:my|his|her|our) (?:\S+ ){0,3}?(?:was|were|has been|have been|got|is|are) (?:being )?recalled|recalled (?:lot|batch)/,
    /(?:wasn'?t|was not|isn'?t|is not|not) child ?proof|child[- ]?(?:proof|resistant) (?:cap|lid) (?:\S+ )?(?:broken|doesn'?t|didn'?t|wasn'?t|isn'?t)|(?:toddler|kid|child|son|daughter) opened it/,
    /expired (?:pills?|medications?|medicine|insulin|vaccine|product|meds|stock|bottle|tablets?|drops)|(?:pills?|medications?|medicine|insulin|tablets?|meds|bottle|vaccine|shot|inhaler|product|drops) (?:\S+ )?(?:were|was|are|is) (?:already )?expired/,
    /(?:arrived|came|delivered|sat|left|shipped) (?:\S+ ){0,3}?(?:warm|hot|room temperature|unrefrigerated|not cold)|(?:sat|left) (?:\S+ ){0,4}?(?:in the (?:sun|heat)|outside|on (?:the|my) porch)|ice packs? (?:\S+ ){0,2}?(?:melted|warm)|melted ice/,
    /(?:insulin|vaccine|vials?|pens?|humira|meds|medication|medicine|injection|package|box|shipment|cold pack) (?:\S+ ){0,2}?(?:got|was|were|is|are) (?:\S+ )?(?:warm|hot|room temperature|frozen|melted)|frozen in the fridge/,
    /count (?:is |was |seems )?(?:short|off|wrong)|(?:missing|short) (?:pills|tablets|doses|\d+ pills)|dented|soaking wet|(?:canister|vial|bottle|pen|cartridge|syringe|tube|box|lid|cap) (?:\S+ ){0,3}?(?:cracked|broken|damaged|loose|leaking|leaked|soaking|sticky|crusty|crust)/,
    /(?:pen|vial|bottle|cartridge|inhaler|pump|patch|syringe|bag|tube|canister|container|insulin|liquid|cream|it|pod) (?:\S+ ){0,3}?leak(?:ing|ed|s|y)?|leak(?:ing|ed|s)? (?:from|out|all over|everywhere)/,
    /(?:pen|inhaler|meter|glucometer|monitor|cgm|sensor|pump|auto-?injector|epi ?pen|injector|nebuli[sz]er|device|needles?|syringe|dexcom|dex com|libre|omnipod|cpap|bipap|machine|dose counter|strips?|lancets?|cartridge|canister|mask|humidifier|concentrator|oximeter|thermometer)(?! (?:\S+ )?(?:card|account|app)) (?:\S+ ){0,4}?(?:jammed|jams|jamming|stuck|malfunction\w*|not working|stopped working|quit working|defective|faulty|cracked|errors?|e-?\d|overheat\w*|fell off|bent|bending|breaking off|broke off|alarm\w*|misfire\w*|went off|fired|fail(?:ed|s)? to (?:inject|fire|work|deliver|dispense|spray|read|click))(?! (?:\S+ ){0,3}?(?:after|because|when) (?:i |he |she |being |it was |we )?(?:dropped|dropping|sat on|stepped on))/,
    /(?:pen|inhaler|meter|monitor|cgm|sensor|pump|injector|epi ?pen|device|dexcom|libre|cpap|machine|strips?) (?:\S+ ){0,4}?(?:doesn'?t|didn'?t|won'?t|isn'?t|wasn'?t|did not|does not) (?:work|spray|click|fire|inject|dispense|deliver|go off|working|spraying|reading right)(?! (?:\S+ ){0,3}?(?:after|because|when) (?:i |he |she |being |it was |we )?(?:dropped|dropping|sat on|stepped on))/,
    /(?:wrong|false|inaccurate|incorrect|crazy|weird) readings?|readings? (?:\S+ ){0,4}?(?:off|wrong|inaccurate|lower|higher|different)|(?:meter|monitor|sensor|cgm|dexcom|dex com|libre|machine|strips?) (?:\S+ ){0,5}?(?:said|says|saying|showed|shows|reads?|read) (?:my )?(?:\S+ )?(?:was |is )?(?:normal|fine|\d{2,3})|(?:meter|monitor|sensor|cgm|dexcom|libre)(?:'s| is| was)? (?:\S+ )?(?:way |totally |completely )off|already (?:fired|went off|been used)|cap came off|trainer pen|caps? off|(?:syringes|needles|vials) (?:\S+ )?(?:were |are )?loose|nothing (?:comes|came) out|no (?:spray|medicine|medication|insulin) (?:\S+ )?(?:comes|came|coming) out|sprays? out the side|blew hot|blowing (?:really )?hot|dose window/,
    /(?:didn'?t|did not|doesn'?t|not) (?:get|getting|deliver|delivering|receive) (?:the |my |a )?full dose|not sure how much (?:insulin |medicine )?(?:i'?ve been|i'?m|i am|he'?s|she'?s|i) (?:getting|taking|got)|unsure of (?:the )?doses?|occlusion|didn'?t deliver|not delivering|under-?dos(?:ed|ing)|(?:dial|button|plunger|trigger) (?:\S+ )?(?:sticks|stuck|jammed|jams)|product_complaint|device_complaint|quality (?:issue|problem|complaint)/,
    // Machine-written reports (device telemetry, carrier webhooks) say it in codes.
    /dose[_ ]incomplete|incomplete dose|(?:delivered|dispensed)[_ ]units[=: ]+0(?![0-9.])|flag[=: ]+inconsistent|inconsistent readings?|readings? (?:\S+ ){0,3}?(?:inconsistent|erratic)|temp(?:erature)?[_ ]?(?:logger|log|alarm|monitor)?[=: _]+(?:out[_ ]of[_ ]range|excursion)|temperature excursion|cold[_ ]chain[_ ](?:break|breach|failure)/,
    /(?:syringes?|vials?|pens?|bottles?|cartridges?|tubes?|inhalers?|canisters?) (?:\S+ ){0,6}?(?:only )?(?:half|partially|partly|under|short)[- ]?fill(?:ed)?|(?:only )?half (?:full|filled|empty)(?! (?:of|with) (?:water|ice))|under-?fill(?:ed|ing)?/,
    /sello (?:\S+ )?(?:roto|abierto|despegado)|sin sello|frasco (?:\S+ )?(?:abierto|roto)|contaminad[oa]s?|moho|otro color|color (?:diferente|distinto|raro)|otra forma|forma diferente|huelen? (?:raro|mal|feo|extrano)|saben? (?:raro|mal)|falsificad[oa]s?|(?:medicina|medicamento|pastillas?) falsa?s?|gotea|defectuos[oa]|(?:medicinas?|medicamentos?|pastillas?|insulina|vacunas?|gotas) (?:\S+ ){0,2}?(?:vencid|caducad)[oa]s?|llego (?:\S+ )?(?:caliente|tibi[oa]|derretid[oa])/,
    /n'etait pas scelle|pas scelle|flacon ouvert|contamine|lacre (?:rompido|aberto)|thuoc gia|mau khac|mui la/,
  ],
};
