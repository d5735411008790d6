/**
 * General-question and hypothetical markers: "what are the side effects of", "can X cause", "what
 * should I do if", "is it normal to". A symptom that follows one of them is information, not a report,
 * unless an experience cue comes between or right after.
 */
export const GENERAL_MARKERS: readonly RegExp[] = [
  /what(?:'s| are| is| r| s)(?: the| some| any)?(?: most)?(?: (?:common|possible|usual|typical|known|main|potential|long[- ]term|short[- ]term|serious|rare|bad|worst|normal))* (?:side ?effects?|side ?affects?|symptoms?|risks?|signs?|reactions?|adverse|dangers?|effects?|warning)/,
  /(?:which|what) (?:side ?effects?|side ?affects?|symptoms?|reactions?|signs?)/,
  /(?<!(?:^|[^a-z])(?:i|you|he|she|we|they|it|who|that|which|u) )(?:can|could|does|do|will|would|may|might|should) (?!have (?:been|[a-z]+ed|taken|had|got|gotten|given)(?![a-z]))(?<!(?:can|could) (?=(?:no longer|not|never|barely|hardly) ))(?:\S+ ){0,4}?(?:cause|causes|give|gives|make|makes|lead|leads|trigger|triggers|result|bring|induce|induces|increase|increases|raise|raises|affect|affects|get|gets|have|has|develop|experience|feel|become|turn|mess|harm|damage)/,
  /is (?:(?!(?:this|that|is|it)\s)\S+ ){1,6}?(?:an? )?(?:(?:common|normal|known|possible|usual|typical|rare|serious|frequent|listed) )?(?:side ?effects?|side ?affects?|symptoms?|reactions?|sign|risk)/,
  /are (?:(?!(?:these|those|they|my)\s)\S+ ){1,3}?(?:(?:common|normal|known|possible|usual) )?(?:side ?effects?|symptoms?|reactions?|signs?)/,
  /is (?:\S+ ){0,4}?(?:common|normal|usual|typical|expected|rare|likely|possible|dangerous|serious|a concern|an issue) (?:with|on|after|for|when|from|in|among)/,
  /(?:is|are) (?:\S+ ){0,3}?(?:safe|ok|okay|dangerous|toxic|harmful|bad) (?:for|to|with|during|if|when|while)/,
  // "are nosebleeds a known thing with warfarin?", "is hair loss a thing on lithium?"
  /(?:is|are) (?:\S+ ){1,4}?(?:a |an )?(?:(?:known|common|real|normal|usual|typical) )?thing (?:with|on|for|from|after)/,
  /why (?:do|does|would|are|is|did)/,
  /what (?:is|are|causes?)(?= )|tell me (?:more )?about|more (?:info|information|details) (?:about|on)|general question/,
  /(?:can|could|should|may) (?:i|we|you) (?:give|take|use|mix|combine|crush)|se pueden? (?:tomar|dar|usar|combinar)|puedo (?:tomar|dar|darle|usar)|posso (?:dar|tomar|usar)/,
  /is (?:this|that|it) (?:a |an )?(?:scam|real|legit|legitimate|fake|phishing|spam)/,
  /site_search|faq_query|search_query|kb_search/,
  /(?:is|are) it (?:normal|common|safe|ok|okay|possible|true|bad|dangerous|usual|expected|likely|serious|rare|typical|a problem|fine|alright|an issue)/,
  /how (?:common|likely|often|rare|long|soon|serious|dangerous|bad|frequent|quickly)/,
  /what (?:should|do|can|would|must|could|will) (?:i|you|we|one|someone|people|he|she|they|my \S+|a person|u) do/,
  /what (?:happens|would happen|will happen|could happen|if|to do|should i expect|can i expect)/,
  /(?<!(?:^|[^a-z])(?:wondering|know|knows|sure|see|check|tell|asking|ask|wonder|unsure|curious|idea|as|even|checking|find out|confirm) )(?:if|in case|incase|supposing|suppose|hypothetically|whenever|if ever)/,
  /say (?:someone|somebody|i|you|my|a|he|she|u)/,
  /(?:someone|somebody|anyone|people|a person|patients|kids|children|most people|some people|everyone|teens|adults) (?:who |that |on \S+ )?(?:gets?|feels?|develops?|experiences?|usually|always|often|normally|generally)/,
  /how (?:do|can|should|would|will|could|does) (?:i|you|we|one|someone|people|a person|u) (?:report|know|tell|recogni[sz]e|identify|treat|handle|prevent|avoid|manage|deal|stop|reduce|minimi[sz]e|get rid|spot|check|notice)/,
  /how to (?:report|know|tell|recogni[sz]e|identify|treat|handle|prevent|avoid|manage|deal|stop|reduce|spot)/,
  /(?:chance|chances|odds|risk|risks|likelihood|possibility|probability|incidence|percentage) (?:of|for|that)/,
  /(?:is|was|are|were) there (?:an? |any )?(?:risk|chance|link|connection|recall|interaction|way|danger|possibility|breach)/,
  /(?:signs|symptoms|warning signs) (?:of|to watch|to look)/,
  /(?:question|questions|wondering|curious|asking|info|information|read|reading|heard|hear|saw|learn|researching|research|article|tiktok|news|worried|nervous|scared) (?:about|regarding|that|whether|re|there)/,
  /(?:before|prior to) (?:i |he |she |we |they |you |my \S+ )?(?:start|starts|starting|begin|begins|take|takes|get|gets|getting|taking|try)/,
  /(?:planning|going|about|thinking|considering|deciding|supposed) (?:to |on |about )?(?:start|starting|take|taking|get|getting|try|trying)/,
  /in general|generally|asking for a friend|just curious|hypothetical(?:ly)?|known to (?:cause|have|be)|(?:which|what) (?:\S+ ){0,3}?(?:cause|causes|can cause|give|gives)|(?:tips|advice|ways?) (?:for|to|on)/,
  // Spanish
  /(?:cuales|que|cual) (?:son )?(?:los |las )?(?:\S+ )?(?:efectos|sintomas|riesgos|reacciones|contraindicaciones)/,
  /(?<!(?:^|[^a-z])(?:me|le|te|nos|les) )(?:puede|pueden|podria|podrian|suele|suelen) (?:\S+ ){0,3}?(?:causar|provocar|dar|producir|ocasionar|hacer)/,
  /es (?:normal|comun|seguro|peligroso|grave|malo|posible|cierto|verdad|frecuente|raro)/,
  /(?:que|q) (?:hago|hacer|debo hacer|deberia hacer|pasa|sucede|ocurre|hacemos|hay que hacer)/,
  /(?<!(?:^|[^a-z])(?:se|saber|sabe|pregunto) )si (?:me|te|le|tengo|tiene|tomo|toma|olvido|se|mi|el|la|uno|alguien|un|una|llego|llega|mi)/,
  /en caso de|todavia no|aun no|antes de (?:empezar|tomar|ponerme|vacunarme)/,
  /como (?:reporto|reportar|puedo|se reporta|evito|evitar|prevenir|saber)/,
  /(?:hay|existe) (?:algun |alguna )?(?:riesgo|posibilidad|retiro|peligro)/,
  // French, Portuguese
  /quels sont|est-ce que|peut(?:-il|-elle)? (?:causer|provoquer|donner)|que faire si|si je|quais (?:sao|os)|pode causar|o que fazer se|se eu|e normal|neu (?:toi|bi|con)/,
  // Chinese: question particles and "if"
  /吗|什么|会不会|是否|如果/,
];

/** A question stated first and a report after it: "...might make me tired but this is way more". */
export const CLAUSE_CONTRAST = /(?<![a-z])(?:but|however|although|though|pero|aunque|sin embargo|mais)(?![a-z])/;

/** The message says the medicine has not been started: what it describes cannot have happened yet. */
export const NOT_STARTED =
  /(?<![a-z])(?:(?:haven'?t|havent|have not|has not|hasn'?t|not|didn'?t|did not) (?:even )?(?:started|begun|taken|tried|gotten|had|got)(?: (?:it|them|this|that|the \S+|any|my \S+))? yet|before (?:i|he|she) (?:start|starts|begin|begins|take|takes)|todavia no (?:me )?(?:la |lo )?(?:empiezo|tomo|pongo|empece))(?![a-z])/;

/** Asking what to take or give: a symptom in the message is then why, unless a medicine is blamed. */
export const TREATMENT_QUESTION =
  /(?<![a-z])(?:do you (?:have|sell|carry|stock|recommend)|(?:can|could|should) (?:i|we|he|she) (?:take|give|use|buy|get|do|try|have)|what (?:can|should|do) (?:i|we) (?:take|give|use|have|try|put)|(?:is there|are there|any|anything|something) (?:\S+ ){0,3}?(?:i|we) (?:can|could|should) (?:take|use|try|do|put)|(?:would|do|could) you (?:suggest|advise)|(?:is there|are there|any) (?:\S+ ){0,2}?(?:other than|instead of|besides|alternatives?)|suggest|over the counter|otc|pain ?killers?|what (?:would|will|could|can) help|recommend|(?:is|are) (?:\S+ ){0,2}?safe (?:for|to)|se pueden? (?:tomar|dar|usar)|puedo (?:tomar|dar|darle|usar)|posso (?:dar|tomar))(?![a-z])/;
/** Words that tie a symptom to a medicine or a change: "since", "after", "the new pill". */
export const BLAME_LINK =
  /(?<![a-z])(?:since(?! (?:i|he|she|we|they|you) (?:have|has|am|is|are|'m|'re|m|re|suffer|get|tend)(?![a-z]))|after|ever since|from (?:the|my|his|her|taking|it)|started|starting|began|new|switched|because of|caused|causing|due to|gave|giving|made|making|desde|despues|depuis|depois|me dio|le dio)(?![a-z])/;

/** Clearly general framing, the only kind that suppresses a `topic` word such as "suicidal". */
export const TOPIC_MARKERS: readonly RegExp[] = [
  /(?:read|heard|saw|seen|article|study|studies|news|tiktok|warning|label) (?:that|about|on|somewhere|says|warns)/,
  /(?:cause|causes|make|makes|increase|increases|raise|raises|linked to)(?: \S+){0,3}? (?:people|young people|kids|teens|teenagers|children|adults|patients|someone|anyone|you)/,
  /risk (?:of|for)|chances? of|in general|generally|black box|boxed warning|hotline number|crisis line number/,
  // An encyclopedia's questions: "What are the treatments for suicidal behavior?", "How to prevent suicide?"
  /what (?:are|is) (?:the )?(?:treatments?|symptoms?|causes?|signs?|risk factors?|outlook|prognosis|complications?|statistics) (?:for|of)|how (?:to|do you|can you|is|are) (?:diagnose|diagnosed|treat|treated|prevent|prevented|recogni[sz]e)|who is at risk/,
];
