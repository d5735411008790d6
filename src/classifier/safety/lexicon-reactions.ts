import type { LexiconGroup } from './lexicon-types.ts';

/** Phrases that tell of an adverse event by themselves: "allergic reaction", "ended up in the ER". */
export const REACTION_EVENTS: LexiconGroup = {
  name: 'reaction-events',
  kind: 'adverse_event',
  mode: 'evident',
  patterns: [
    /(?:allergic|alergic|allergi?c) (?:reaction|reacion|rxn)|(?:bad|severe|serious|terrible|horrible|awful|weird|strange|strong|nasty|scary|major|big) (?:side ?effects?|reactions?)/,
    /react(?:ing|ed)? (?:badly |poorly |strongly )?(?:to|with) (?:the|my|this|it|his|her)|adverse (?:event|reaction|drug reaction|effect|drug event)s?|ae_report\w*|ae report|vaccine injury/,
    /(?:ended up|went|rushed|taken|admitted|landed|had to go|wound up|brought|took (?:him|her|me)) (?:\S+ ){0,2}?(?:to |in |into )?(?:the )?(?:er|e r|emergency room|emergency department|hospital|urgent care|icu)(?![a-z])|hospitali[sz](?:ed|ation) (?:after|because|from|due to|for (?:a |an |the )?(?:reaction|overdose|bleed))|hospitalized=yes|er visit|er_visit|(?:vomiting|throwing up|threw up|coughing up|peeing|pooping|spitting up) blood/,
    /(?:had|have|needed) to use (?:my|his|her|the|a) (?:second |backup |other )?(?:epi ?pen|inhaler)|(?:made|making|makes) (?:me|him|her|them) (?:sick|ill|worse)|doesn'?t agree with me|not (?:myself|himself|herself)/,
    /allergic to (?:it|this|that|these|them|the new|my new|the shot|the vaccine|the generic)|(?:the|my|this|his|her) (?:new )?(?:\S+ ){0,2}?(?:med|meds|medication|medicine|pills?|shot|vaccine|drug|dose|generic|patch|cream|drops|inhaler|injection) (?:is|was|has been|keeps|seems to be) (?:making|giving|causing|messing)/,
    // feeling unwell: "feel weird" says who by itself
    /(?:feel|feeling|felt|feels)(?: (?:really|so|very|super|kinda|kind of|a bit|a little|just))? (?:weird|off|funny|strange|awful|terrible|horrible|sick|unwell|lousy|crappy|crap|like (?:crap|garbage|death|hell|poop)|not right|out of it|drugged|loopy|jittery|wired|spacey|faint|drunk|high|worse|gross|dopey)(?! (?:about|for|that|asking|bothering|to))/,
    /not feeling (?:well|good|right|myself|great)|don'?t feel (?:well|good|right|normal|myself)|doesn'?t feel (?:well|good|right)|haven'?t (?:felt|been feeling) (?:right|well|good|myself)|something (?:is |'s |s )?(?:off|wrong) with (?:me|him|her)|(?:got|getting|gets) sick (?:after|from|on|since|every)/,
  ],
};

/** Spanish symptoms and reactions (accents folded: "mareada", "hinchazon", "vomito"). */
export const SYMPTOMS_ES: LexiconGroup = {
  name: 'symptoms-es',
  kind: 'adverse_event',
  mode: 'symptom',
  needs: 'context',
  patterns: [
    /mareos?|mareado|mareada|me maree|me mareo|vertigo|sarpullido|salpullido|erupcion|ronchas?|urticaria|comezon|picazon|me pica|granitos|manchas (?:rojas|en la piel)/,
    /hinchazon|hinchad[oa]s?|se (?:me|le) (?:\S+ )?hinch\w+|hinchando|inflamad[oa]s?|vomit(?:o|os|ando|e|ar|a)|nauseas?|diarrea|palpitaciones|taquicardia|convulsion(?:es)?/,
    /dolor de (?:pecho|estomago|panza|barriga|garganta|musculos|huesos|piernas)|(?:me|le) duele el pecho|(?:me|le) falta (?:el )?aire|falta de aire|dificultad para respirar|(?:me|le) cuesta respirar/,
    /el corazon (?:me late|le late|acelerado|muy rapido)|sangrado|sangre en|moretones|morados|vision borrosa|vista borrosa|veo (?:todo )?borroso|se (?:me|le) (?:esta )?ca(?:e|yendo) el (?:pelo|cabello)|caida del (?:pelo|cabello)/,
    /ictericia|piel amarilla|ojos amarillos|entumecid[oa]|entumecimiento|hormigueo|adormecid[oa]s?|alucinaciones|alucinando|confundid[oa]|temblores|temblor|tiemblo|desmay(?:e|o|ado|ada|arse|os)/,
    /me siento (?:muy )?(?:mal|raro|rara|extrano|extrana|fatal|enferm[oa])|me cayo mal|me hizo (?:mal|dano)|me sienta mal|orina oscura|(?:brazo|pierna) (?:bien |muy )?(?:hinchad[oa]|roj[oa]|caliente)/,
  ],
};

export const COMPLAINTS_ES: LexiconGroup = {
  name: 'complaints-es',
  kind: 'adverse_event',
  mode: 'symptom',
  needs: 'medication',
  patterns: [/fiebre(?! amarilla)|escalofrios|calentura|tos(?: seca)?|cansancio|fatiga|debilidad|insomnio|no puedo dormir|dolor(?:es)?|me duele|le duele|dolor de cabeza/],
};

export const REACTION_WORDS_ES: LexiconGroup = {
  name: 'reaction-words-es',
  kind: 'adverse_event',
  mode: 'symptom',
  needs: 'cue',
  patterns: [/efectos? secundarios?|efectos adversos|reaccion(?:es)?(?: alergica)?|alergia(?! a )|alergic[oa](?! a )/],
};

/** French, Portuguese, Tagalog, Vietnamese and Chinese: the commonest symptom words only. */
export const SYMPTOMS_OTHER: LexiconGroup = {
  name: 'symptoms-other',
  kind: 'adverse_event',
  mode: 'symptom',
  needs: 'context',
  patterns: [
    /vertiges?|etourdi\w*|nausees?|vomi(?:r|s|t|ssements?)|diarrhee|urticaire|eruption|boutons|plaques rouges|ca gratte|demangeaisons?|gonfle\w*|gonflement|enfle\w*|fievre(?! jaune)|essouffle\w*|evanoui\w*|malaise|effets? (?:secondaires?|indesirables?)|reaction allergique/,
    /tontura|enjoo|enjoad[oa]|vomit(?:ando|ei|ou)|diarreia|coceira|inchad[oa]|inchaco|febre|dor de (?:cabeca|barriga|estomago)|falta de ar|desmai\w*|vista embacada|efeitos? colaterais|reacao alergica/,
    /nahihilo|nagsusuka|pantal|namamaga|nangangati|lagnat|nahimatay|sakit ng (?:ulo|tiyan)|hirap huminga/,
    /chong mat|buon non|non lien tuc|tieu chay|noi man|man do|ngua|sot cao|kho tho|dau dau|dau bung|dau nguc|tac dung phu|di ung/,
    /кружится голова|головокружени\S*|сып\S*|зуд\S*|от[её]к\S*|тошн\S*|рвот\S*|понос|диаре\S*|не могу дышать|задыха\S*|побочн\S*|аллерги\S*/,
    /头晕|头痛|恶心|呕吐|腹泻|拉肚子|皮疹|红疹|起疹|过敏|瘙痒|发痒|红肿|肿了|发烧|发热|呼吸困难|胸痛|心慌|晕倒|昏倒|摔倒|副作用|不舒服|难受/,
  ],
};

/**
 * The gravest outcomes, which a report may name with no symptom word: "my dad died after the new chemo
 * pills", "born with a cleft palate, I took X while pregnant", "estuvo internada". They fire when a
 * medicine is named, so "my phone died" alone stays quiet; the intake then sets the seriousness criterion.
 */
export const SERIOUS_OUTCOMES: LexiconGroup = {
  name: 'serious-outcomes',
  kind: 'adverse_event',
  mode: 'symptom',
  needs: 'medication',
  patterns: [
    /(?<!(?:phone|battery|car|laptop|app|signal|call|almost|nearly) )died|passed away|murio|fallecio|fallecid[oa]|se nos fue/,
    // "I almost died after the second dose": a life-threatening event in the patient's own words
    /(?:almost|nearly) (?:died|dying|lost (?:my|his|her) life)|could have died|(?:thought|felt like) (?:i|he|she) (?:was|were) (?:going to|gonna|about to) die/,
    /born with (?:a |an )?(?:\S+ )?(?:defect|deformity|cleft|hole)|birth defects?|cleft (?:lip|palate)|spina bifida|malformacion|defecto de nacimiento/,
    /internad[oa]|ingresad[oa]|hospitalizad[oa]|(?:fuimos|lo llevamos|la llevamos|me llevaron|lo llevaron|la llevaron) (?:a|al) (?:urgencias|hospital|emergencias)/,
  ],
};
