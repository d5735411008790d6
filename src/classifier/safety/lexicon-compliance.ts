import type { LexiconGroup } from './lexicon-types.ts';

// "someone else's", "another patient's", "other patients'": a possessive is needed, "can someone check my order" is not one.
const OTHER_PERSON = String.raw`(?:(?:someone|somebody|some one) else(?:'?s|s')?|(?:the )?(?:last|previous|next) (?:person|customer|patient)(?:'?s|s')?|(?:someone|somebody|a stranger)(?:'s|s')|(?:another|other|a different) (?:person|patient|member|customer|pt|family|people|patients|members|customers)(?:'?s|s'|')?)`;
const THEIR_THINGS = String.raw`(?:records?|information|info|data|prescriptions?|rx|results|lab results|test results|mail|letter|eob|statement|bag|package|order|medical|details|chart|bill|claims?|id|card|names?|address(?:es)?|birthday|dob|date of birth|phone|ssn|paperwork|medication list|medications?|meds|medicine|insulin|pills|stuff|receipt|history|account|voicemail|email|attachment|lab)`;
// Whom the message should not have reached; "sent to my new doctor" is a normal request.
const WRONG_RECIPIENT = String.raw`(?:ex|ex's|ex-husband|ex-wife|ex husband|ex wife|ex-husband's|husband'?s email|parents'?|employer|boss|coworkers?|co-workers?|neighbou?r|someone else|somebody else|a stranger|another (?:person|patient|member)|wrong (?:person|patient|email|fax))`;
const CONFIDANT = String.raw`(?:ex|ex's|ex-husband|ex-wife|ex husband|ex wife|husband'?s?|wife'?s?|employer|boss|coworkers?|co-workers?|mom|mother|dad|father|parents?|neighbou?r|sister|brother|family|friends?|people|everyone|other customers|the whole \S+|another (?:person|patient|address|member)|someone else|somebody else|a stranger|wrong (?:person|address|patient|email|doctor))`;

/** Someone else's records reached this person, or this person's records reached someone else. */
export const PRIVACY_BREACH: LexiconGroup = {
  name: 'privacy-breach',
  kind: 'privacy_breach',
  mode: 'evident',
  patterns: [
    new RegExp(String.raw`${OTHER_PERSON} (?:\S+ ){0,2}?${THEIR_THINGS}`),
    /(?:for|of|belonging to|addressed to) (?:someone|somebody|a person|people) (?:i don'?t know|i do not know)|someone named (?:\S+ ){1,5}?(?:with|and) (?:his|her|their)|sent to me (?:\S+ ){0,6}?(?:not me|not mine|someone else)|(?:employees|staff|members|patients|customers|residents|students)'?s? (?:\S+ ){0,2}?(?:names|medications|prescriptions|prescription data|data|records|diagnos[ie]s)|not addressed to me|(?:was|were|is|are) for (?:another|a different|someone|somebody) (?:\S+ )?(?:customer|person|patient|member|else)/,
    /(?:boss|employer|coworkers?|co-workers?|neighbou?rs?|everyone|whole line) (?:\S+ ){0,2}?(?:heard|saw|found out|knows|read)|(?:employee|staff|technician|tech|pharmacist|worker|someone) (?:\S+ ){0,4}?posted (?:\S+ ){0,3}?(?:about|on)/,
    /(?:my|our|his|her) (?:\S+ ){0,3}?(?:information|info|data|records?|details|ssn|social security(?: number)?|medical history|diagnosis|prescriptions?|history|medications?|results|status|condition|birth control) (?:\S+ ){0,3}?(?:was|were|got|has been|have been|had been|is being|are being|been) (?:\S+ )?(?:leaked|exposed|stolen|hacked|breached|compromised|shared|disclosed|sold|posted|released|accessed|viewed|visible|read out)/,
    new RegExp(String.raw`(?:sent|mailed|faxed|emailed|released|disclosed|shared|leaked) (?:\S+ ){0,3}?(?:to|with) (?:my |her |his |the |an? )?${WRONG_RECIPIENT}`),
    new RegExp(String.raw`(?:told|said|shouted|yelled|announced|read) (?:\S+ ){0,2}?(?:to )?(?:my |her |his )?${CONFIDANT} (?:about|that|what|i'?m|i am|i was|my|he'?s|she'?s)|(?:told|tell) (?:her|him|them|my \S+) (?:that )?(?:i'?m|i am|he'?s|she'?s) (?:on|taking|pregnant|positive)`),
    /(?<!(?:^|[^a-z])(?:to|i|we|you|wanna|please|me) )(?:knew|knows|know|found out) (?:\S+ ){0,2}?(?:about )?(?:my|a) (?:\S+ )?(?:prescriptions?|meds|medications?|diagnosis|condition|hiv|status|results|birth control)|knows what (?:i'?m|i am|i) tak(?:e|ing)/,
    /(?:snoop\w*|went through|pried into|accessed|looked up|looked into|pulled up|shared|disclosed|gossip\w*|announced|yelled|shouted|read|discussed)(?: \S+){0,6}? (?:without (?:my |his |her )?(?:permission|consent|authori[sz]ation|knowledge|asking)|out loud|in front of|across the (?:whole )?(?:store|pharmacy|counter)|so (?:the whole line|everyone)|everyone (?:heard|could hear))/,
    /(?<!(?:^|[^a-z])i )(?:snoop\w*|went through|pried into|accessed|looked up|gossip\w*)(?: \S+){0,2}? (?:my|his|her) (?:\S+ ){0,2}?(?:records?|chart|history|file|prescriptions?)/,
    // Personal data passed on to marketers or third parties: "my phone number was given to a marketing company", "you sold my email".
    /(?:sold|sells|selling|gave|given|giving|passed|handed|shared|sharing|leaked|leaking) (?:\S+ ){0,3}?(?:to|with) (?:an? |the |some |other |your )?(?:marketing|marketers|spammers|advertis\w+|third[- ]part\w+|data brokers?|telemarketers?)|(?:sold|leaked) (?:my|our) (?:e-?mail|phone|number|data|details|address|information|info|contact)/,
    /(?:data|security|privacy) (?:breach|incident|violation)|breach (?:notice|letter|notification)|breach of (?:my )?(?:privacy|confidentiality)|hipaa (?:violation|breach|violated)|violat(?:ed|ion of|ing) (?:my )?(?:privacy|hipaa|confidentiality)|violated hipaa|privacy_incident|account_takeover\w*/,
    /(?:someone|somebody|a stranger|hacker|unknown (?:person|device)) (?:\S+ ){0,3}?(?:logged (?:in|into|on)|got into|broke into|accessed|hacked|changed (?:my|the) (?:password|address|pharmacy|email|shipping))|(?:my )?account (?:was |has been |got |is )?(?:hacked|compromised|broken into)|i (?:didn'?t|never|did not) (?:change|put|add) (?:that|this|it) (?:there|in|on|address|number|email|pharmacy)/,
    /(?:getting|got|received|receiving|seeing|see|showing|shows) (?:all )?(?:her|his|their|this person'?s) (?:information|info|records|prescriptions?|medications?|meds|results|data|mail|stuff|address)|(?:tenant|neighbou?r|stranger|roommate) (?:\S+ ){0,2}?opened (?:it|my)|(?:on|in) (?:the )?(?:screen|app|portal) (?:\S+ ){0,3}?(?:someone|somebody|another|other)/,
    /(?:datos|informacion|expediente|historial|recetas?|direccion|nombre|carta|correo|paquete|bolsa) (?:\S+ ){0,2}?de otra persona|(?:mis|sus) (?:datos|informacion|expediente|historial|registros) (?:\S+ ){0,3}?(?:filtrad|expuest|robad|compartid|hackead|divulgad)\w*|violacion de (?:mi )?privacidad|conto a (?:mi|su) (?:\S+ )?(?:que|sobre|de)/,
    /misrout\w*|mis-?deliver\w*|intended_(?:member|recipient|patient)|(?:delivered|sent|mailed|shipped) (?:\S+ ){0,3}?to (?:the )?wrong (?:member|recipient|patient|person)/,
    /dados de outra pessoa|donnees d'un autre|别人的|他人的|cua nguoi khac/,
  ],
};

/** Identity or benefit misuse, claims or charges for things never received, phishing. */
export const FRAUD: LexiconGroup = {
  name: 'fraud',
  kind: 'fraud',
  mode: 'evident',
  patterns: [
    /(?:someone|somebody|some one|a stranger|someone else|somebody else|an unknown|my ex(?:-| )?(?:husband|wife|spouse|boyfriend|girlfriend)?|ex-spouse) (?:\S+ ){0,3}?(?:used|using|uses|opened|filled|filling|called in|picked up|picking up|ordered|stole|stolen|billed|bought|obtained|forged)\w* (?:\S+ ){0,3}?(?:my|his|her|our) (?:\S+ ){0,2}?(?:insurance|member ?id|member number|id|identity|card|account|benefits|name|credit card|ssn|social|policy|medicaid|medicare|prescriptions?|rx|meds|medication|number|information|info|plan|stuff|adderall|oxycodone)/,
    /(?:filled|filling|opened|called in|picked up|picking up|ordered|ordering|prescriptions?|account|fills) (?:\S+ ){0,4}?(?:using|under|in) (?:my|his|her) (?:\S+ )?(?:name|member id|id|identity|insurance|card|number|doctor'?s name|info)/,
    /(?:charged|billed|billing|charges?|claims?|bills?|eob|explanation of benefits|statement|shows?|showing|listed|lists|cobro|cobraron|recetas) (?:\S+ ){0,8}?(?:i|we|he|she|yo)(?:'ve| have| had| has)? (?:never|did ?n'?t|have ?n'?t|has ?n'?t|had ?n'?t|did not|have not|never ever|nunca) (?:\S+ )?(?:received|got|gotten|ordered|filled|picked up|requested|had|visited|went to|go to|been to|been|receive|order|get|take|took|taken|use|used|authori[sz]ed|see|saw|seen|placed|pedi|recibi|recogi|compre|signed up)(?! (?:it|them)(?![a-z])| (?:my |the |a |an )?(?:package|order|delivery|shipment|refund|box|parcel))/,
    /(?:charged|billed) (?:me |us )?for (?:\S+ ){1,6}?(?:never|not) (?:received|delivered|ordered|picked up)/,
    /(?:orders?|charges?|purchases?) (?:\S+ ){0,3}?i (?:didn'?t|did not|never) (?:place|make|authori[sz]e|order)|i (?:didn'?t|did not|never) (?:order|place)(?:ed|d)? (?:that|this|these|those|them)(?! (?:yet|again))|(?:never|didn'?t|did not) (?:signed up|sign up|enrolled|authori[sz]ed|authorize)|i (?:didn'?t|did not|never) (?:buy|purchase|order) anything|who picked (?:it|this|that|them) up|clicked (?:it|the link|on it|on the link|a link|that link)(?: \S+){0,3}? (?:and|then) (?:put|entered|gave|typed)/,
    /(?:card|account|insurance|id|identity|member id) (?:\S+ )?(?:was|were|has been|got|is being) used (?:at|by|for|to|without)|unauthori[sz]ed (?:use|charges?|purchases?|access|transactions?|pickups?)|identity theft|stolen identity|(?:stole|steal|stealing) (?:my|his|her) (?:identity|insurance|card|info|information|id|member id|ssn)|identity (?:was |has been |got )?(?:stolen|compromised)|fraud\w*|scam(?:med|mer|mers)?|phishing|impersonat\w*|pretending to be|posing as|forged|forgery/,
    /fake (?:id|prescriptions?|scripts?|rx|caller|call|text|email|website)|(?:asking|asked) (?:me )?for (?:my )?(?:ssn|social|member ?id|member number|password|credit card|card number|bank)|(?:text|email|message|call)(?: \S+){0,12}? (?:click|link)(?: \S+){0,8}? (?:i (?:clicked|did|entered|put|gave|typed)|and (?:entered|put|gave))/,
    /unknown (?:pickups?|charges?|claims?|fills?|prescriptions?|orders?|transactions?|address|device)|(?:don'?t|do not) recogni[sz]e (?:\S+ ){0,2}?(?:claims?|prescriptions?|visits?|pharmacy|pharmacies|address|fills?|doctor)|address (?:i|we) (?:don'?t|do not) recogni[sz]e|(?:it|that) (?:wasn'?t|was not) me/,
    // card and account misuse in everyday words: a payment the customer does not recognise, a stolen card (a lost one is a service request)
    /(?:don'?t|do not|didn'?t|did not|can'?t|cannot) recogni[sz]e (?:\S+ ){0,3}?(?:charges?|payments?|transactions?|withdrawals?|purchases?|debits?|transfers?)|(?:unrecogni[sz]ed|suspicious|unfamiliar|strange|random) (?:\S+ )?(?:charges?|payments?|transactions?|withdrawals?|purchases?|debits?|transfers?)|(?:charges?|payments?|transactions?|withdrawals?|purchases?|debits?|transfers?) (?:\S+ ){0,4}?(?:i|we) (?:did ?n'?t|did not|never) (?:make|made|do|did|authori[sz]e|authori[sz]ed|recogni[sz]e|buy|bought)|i (?:never|didn'?t|did not) (?:bought|buy|purchased|purchase|authori[sz]ed?) (?:that|this|it|these|those|them|anything)/,
    // LABELING.md: a stolen card (a wallet stolen with it) can be misused, so it is compliance; a lost one is a replacement request.
    /(?:card|cards|wallet|purse) (?:\S+ ){0,2}?(?:was|were|has been|have been|got|had been|is|'s|s) (?:\S+ )?stolen|(?:stole|nicked|pickpocketed) (?:my|his|her) (?:\S+ )?(?:card|cards|wallet|purse)|(?:someone|somebody|a stranger) (?:\S+ ){0,2}?(?:took|taken|withdrew|withdrawn|stole|stolen|moved|transferred) (?:\S+ ){0,3}?(?:money|cash|funds) (?:from|out of) (?:my|our|his|her)|(?:card|account) (?:\S+ )?(?:was |has been |is |got |may have been |might have been )?(?:compromised|cloned|skimmed)/,
    // money gone from an account or through a card: "someone withdrew $300 at an ATM", "somebody transferred $500 from my account"
    /(?:someone|somebody|some one|a stranger) (?:\S+ ){0,3}?(?:took|taken|withdrew|withdrawn|withdraw|stole|stolen|moved|transferred|transfered|drained|spent|charged|got) (?:\S+ ){0,4}?(?:from|out of|at|off) (?:my|our|his|her|the|an|a) (?:\S+ )?(?:account|accounts|atm|card|bank|savings|checking)|(?:someone|somebody) (?:stole|has stolen|took money) from (?:me|us)|suspicious (?:\S+ )?(?:activity|activities|behaviou?r|logins?|sign ?ins?|access|movements?) (?:on|in|with) (?:my|our|the)/,
    /(?:someone|somebody|some one|a stranger|a thief|some \S+)(?:'s| has| have| had| just| already)? (?:\S+ ){0,2}?(?:took out|taken out|withdrew|withdrawn|withdraw|stole|stolen|transferred|transfered|transferring|transfering|jacked|took|taken|drained) (?:\S+ )?(?:\$\S+|\d+(?:[.,]\d+)*\$?(?! ?(?:mg|mcg|ml|milligrams?|pills?|tablets?|capsules?|caps|doses?|units?|times|of (?:his|her|my|the|them))(?![a-z]))|money|cash|funds)(?! (?:dollars |bucks )?(?:to|into) (?:my|me|our|us)(?![a-z]))|(?:money|funds|cash) (?:\S+ )?(?:is|are|was|were|has been|have been|keeps being) (?:being )?(?:taken|withdrawn|transferred|stolen|disappearing|missing) (?:from|out of)|(?:missing|lost) (?:\S+ )?(?:\$\S+|\d\S*) from (?:my|our) (?:\S+ )?account|thefts? (?:from|on|of) (?:my|our)|(?:report|reporting) (?:a |the )?theft|hacking my|(?:my|our) (?:\S+ )?(?:account|card|bank|email) (?:\S+ )?(?:was|got|has been|is|been) hacked/,
    /stolen (?:\S+ )?(?:credit |debit |bank |member |insurance |id )?cards?|(?:card|wallet|purse) (?:\S+ )?stolen|(?:stole|has stolen|took) (?:my|our) (?:\S+ ){0,2}?(?:cash|money|funds|savings)|(?:they|he|she|the thief|the person) (?:\S+ )?(?:took out|withdrew|withdrawn|transferred) (?:\S+ )?(?:\$\S+|\d+ ?(?:\$|dollars|bucks|usd|euros?))|(?:card|cards|wallet|purse) (?:was|were|got|has been) (?:theft|thieved|taken by)|(?:thief|stranger|pickpocket) (?:\S+ )?(?:stole|stolen|took|taken|has) (?:my|our)|(?:charges?|payments?|transactions?|purchases?|withdrawals?|debits?) (?:\S+ ){0,6}?(?:is|was|are|were) ?(?:n'?t|not) (?:mine|ours|me)|(?:charges?|payments?|transactions?|purchases?|withdrawals?|debits?) (?:\S+ ){0,6}?(?:i|we) (?:dont|don'?t|do not) recogni[sz]e/,
    // "block my card, someone used it at a gas station": the card named first, its misuse after
    /(?:card|account|wallet|purse)[^a-z0-9]+(?:\S+ ){0,8}?(?:someone|somebody|some one|a stranger)(?: else)?(?: has| had| just| is| already)? (?:used|using|uses|charged|spent|withdrew|took out|emptied|drained) (?:it|them)(?![a-z])/,
    // money stolen in everyday words: "someone is stealing my money", "they stole $500 from me", "suspicious activity", "I didn't make any purchases"
    /(?:stole|stolen|steal|steals|stealing|ripping (?:me|us) off|ripped (?:me|us) off) (?:\S+ ){0,3}?(?:money|cash|funds|savings|paycheck|\$\s?\d\S*|\d+ ?(?:dollars|bucks|usd|euros?))|(?:stole|steal|steals|stealing) (?:\S+ ){0,4}?from (?:me|us|(?:my|his|her|our) (?:\S+ )?(?:account|bank|card|savings|checking))|(?:someone|somebody)(?:'s| is| was)? (?:\S+ )?ripping (?:me|us|him|her) off|(?:refund|return|recover|get back) (?:what|the money|the funds) (?:was|is|has been|they|he|she) stolen?|suspicious (?:\S+ )?(?:activity|activities|behaviou?r|beahavior|transactions?|transfers?|withdrawals?|logins?)|(?:didn'?t|did not|never) make (?:any|these|this|that|those) (?:\S+ )?(?:purchases?|charges?|transactions?|withdrawals?|transfers?)|(?:possible|suspected|reporting|report a) theft|(?:someone|somebody) (?:\S+ ){0,3}?(?:transfer|transferring|moving|taking|withdrawing) (?:\S+ ){0,3}?(?:around )?(?:in|into|from|out of) my (?:\S+ )?account/,
    /(?:passed away|deceased|died)(?: \S+){0,10}? (?:still|being) (?:billed|charged|picked up|filled)|fraud_alert|siu_referral|member_reported_fraud/,
    /(?:alguien|otra persona) (?:\S+ ){0,3}?(?:uso|usando|ha usado|utilizo|uso) (?:mi|su) (?:\S+ )?(?:seguro|tarjeta|identidad|numero|cuenta|nombre)|robo de identidad|robaron (?:mi )?(?:la )?identidad|(?:cobro|cobraron|cobrado|recetas?) (?:\S+ ){0,8}?(?:que )?(?:yo )?nunca (?:\S+ )?(?:recibi|pedi|recogi|compre|solicite)|estafa|fraude|usurpation|alguem (?:esta|tem|estao) usando|(?:nunca|eu nunca) (?:fiz|recebi|pedi)/,
  ],
};

/**
 * A charge the customer says they never made: "what is this 49.99 charge, I never bought that". The
 * denial is first-hand by nature, so a question around it ("what is this charge") does not make it general.
 */
export const FRAUD_DENIED_CHARGE: LexiconGroup = {
  name: 'fraud-denied-charge',
  kind: 'fraud',
  mode: 'always',
  patterns: [
    /(?:charges?|payments?|transactions?|purchases?|withdrawals?|debits?|transfers?)(?: [^\s?.!]+){0,8}? (?:i|we) (?:never|didn'?t|did not) (?:authori[sz]ed?|bought|buy|purchased?|made|make|ordered|order|recogni[sz]e)(?! (?:it|them) (?:yet|again))/,
  ],
};

/** Legal and regulatory complaints: lawyers, lawsuits, boards, regulators, discrimination. */
export const LEGAL: LexiconGroup = {
  name: 'legal',
  kind: 'legal',
  mode: 'evident',
  patterns: [
    /(?<!power of )attorneys?|lawyers?|law ?firm|this firm represents|legal (?:action|team|counsel|department|proceedings?|claim|representation)|law ?suit|lawsuit|class action|litigation|malpractice|negligen\w*|small claims|demand letter|notice of (?:intent|claim)|subpoena/,
    /su(?:e|ing|ed) (?:you|your|the|them|this|for)|(?:to|will|going to|gonna|i'?ll|could|might|planning to|want to|thinking (?:of|about)|considering) sue|i'?m suing|take (?:you|this|them|it) to court|pay(?:ing)? (?:for )?damages|seek(?:ing)? damages/,
    /(?:report|reporting|reported|complain\w*|complaint|file|filing|filed|lodge|lodging|contact(?:ing|ed)?|going|went|notify\w*|writing) (?:\S+ ){0,5}?(?:to|with) (?:the )?(?:state|board|board of pharmacy|pharmacy board|ocr|office for civil rights|hhs|fda|medwatch|attorney general|department of (?:health|insurance)|health department|insurance (?:commissioner|department)|bbb|better business bureau|regulators?|authorities|licensing|dea|police|news|media|consumer protection|ombudsman)/,
    /(?:hipaa|ocr|civil rights) complaint|grievance|discriminat\w*|violat(?:ed|ion|ing) (?:my )?rights|(?:reporting|report|reported) you|(?:reporting|report|reported) (?:this|the|your|that) (?:pharmacist|pharmacy|store|tech|technician|employee|staff)|reported to the board|board of pharmacy|state board|office for civil rights|vaccine injury/,
    /abogad[oa]s?|demandar(?:los|les)?|voy a demandar|queja formal|queja ante|denuncia(?:r|re)?|junta de farmacia|avocat|advogad[oa]|processar/,
  ],
};
