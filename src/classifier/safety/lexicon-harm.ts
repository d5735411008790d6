import type { LexiconGroup } from './lexicon-types.ts';

/** First-person self-harm and suicidal statements: never suppressed, whatever the phrasing. */
export const SELF_HARM: LexiconGroup = {
  name: 'self-harm',
  kind: 'self_harm',
  mode: 'always',
  patterns: [
    /kill(?:ing)? (?:my ?self|meself)|end (?:it all|my life|my own life|everything|it tonight|it today|it now|it soon|things)|ending (?:it all|my life|things)|take my (?:own )?life|taking my (?:own )?life/,
    /want(?:ed)? to die|wanna die|wish i (?:was|were) dead|wish i (?:could )?(?:disappear|die|wasn'?t here|wasn'?t alive|didn'?t exist|could sleep forever)|better off (?:dead|without me)/,
    /(?:don'?t|dont|do not) (?:want|wanna) (?:to )?(?:be here|live|be alive|exist|wake up|go on)|no (?:reason|point) (?:to|in) (?:live|living|going on|being here)|(?:what'?s|whats) the point (?:anymore|of living|of anything|of going on)|not worth living|nothing to live for/,
    /hurt(?:ing)? myself|harm(?:ing)? myself|self[- ]?harm\w*|cut(?:ting)? myself|(?:been|started|keep|kept) cutting(?! (?:\S+ )?(?:pills?|tablets?|them|it|in half|back|down|the|my|costs?))|cutting again(?! (?:my|the|pills))/,
    /(?:take|taking|swallow|swallowing|took|down|overdose on) (?:all|every one|every single one)(?: of)? (?:my|his|her|the|these|those|our)|(?:took|swallowed|drank|downed|take|taking) (?:the |a )?(?:whole|entire) (?:bottle|pack|box|thing of)|(?:took|swallowed|downed) (?:a|the|half a|half the|most of (?:a|the|my)) (?:whole |full |entire )?bottle of (?:\S+ )?(?:pills|meds|tablets|medicine|medication|capsules)/,
    /(?:easier|better)(?: for everyone)? if i (?:wasn'?t|weren'?t|was not|were not|wasnt|werent) (?:around|here|alive)|(?:nobody|no one|no-one) would (?:even )?(?:notice|care|miss me)|(?:i'?m|im|i am|like i'?m|like im) (?:just )?(?:a )?burden/,
    /(?:sleep|sleeping|go to sleep) and (?:not|never) wake up|to not wake up|(?:not|never) wake up again|disappear(?:ing)? forever|(?:saying|said|say|texted|text|wrote) (?:me )?goodbye|goodbye (?:note|letter)|made (?:my )?peace with it/,
    /(?:a plan|the pills) to (?:do it|end it|die|kill)|(?:i have|i'?ve got|got|have) enough (?:of )?(?:my )?(?:pills|meds|medication|insulin)(?= ?(?:[.!;\n]|$| to (?:do|end|make)))|counted (?:all )?(?:my|the|his|her) pills|enough of my medication to|stockpil\w*|(?:saving up|hoarding) (?:my )?(?:pills|meds|medication|pain pills)|sav(?:ed|ing) (?:up )?enough (?:of )?(?:my |these |the )?pills|made my decision/,
    /won'?t (?:be )?need(?:ing)? (?:these|them|my (?:refills|meds|pills|prescriptions?|medications?)) (?:much )?(?:longer|anymore|after)|letting it happen|dark thoughts|thoughts (?:of|about) (?:hurting|harming|killing|ending|suicide|dying)/,
    /(?:how many|how much) (?:\S+ ){0,5}?(?:to (?:die|not wake up|kill|end it)|would (?:it take|be fatal|kill)|(?:is|would be) (?:fatal|lethal|deadly))|(?:fatal|lethal|deadly) (?:dose|amount)|would it be (?:painless|fatal)|want (?:everything|it all) to stop|can'?t go on|(?:don'?t|can'?t) see (?:a|any) way out|no way out|(?:so )?tired of (?:everything|living|life|it all)|(?:don'?t|can'?t) see the point(?: anymore| in)?/,
    // a deliberate overdose told as a fact: "he intentionally took 20 of his sertraline pills"
    /(?:intentionally|deliberately|purposely|purposefully|on purpose) (?:took|swallowed|ingested|downed|overdosed|od'?d)|(?:took|swallowed|ingested|downed) (?:\S+ ){0,4}?(?:pills|tablets|capsules|meds|doses|all|extra|too many|\d+) (?:\S+ ){0,4}?(?:intentionally|deliberately|purposely|on purpose)/,
    /(?:pills|meds|medication|ones) (?:\S+ )?saved up|sav(?:ed|ing) up (?:all )?(?:my |these |the )?(?:\S+ )?pills|(?:been )?keeping the extra|(?:thinking|thought|think) (?:about|of) (?:just )?(?:taking|swallowing|downing) (?:all|the whole|every)/,
    // Someone else at risk, as a caregiver reports it ("my son keeps saying he wants to die").
    /(?:wants|wanted|wanting) to die|(?:kill|killing|hurt|hurting|harm|harming|end|ending) (?:him|her|them)sel(?:f|ves)|(?:thinks?|thinking|talks?|talking|talked|thought) about (?:not being (?:here|around|alive)|dying|ending it|ending (?:his|her|their|my) life)/,
    /no puedo mas|quitarme la vida|matarme|me quiero morir|quiero morir(?:me)?|no quiero (?:seguir )?vivir|acabar con (?:todo|mi vida)|hacerme dano|lastimarme|(?:tomarme|tomar|me voy a tomar) todas (?:las|mis) (?:pastillas|medicinas)|no vale la pena vivir|tomarmel[ao]s tod[ao]s|pastillas (?:\S+ )?guardadas|cansad[oa] de todo/,
    /me tuer|en finir|me matar|nao aguento mais|(?:tomar|tomo) todos os meus remedios|muon chet|tu sat|自杀|不想活|想死/,
  ],
};

/** A medical emergency in progress: fires whatever the phrasing ("should I call 911?"). */
/**
 * Suicide as a word: a report when somebody says it, information when it is a drug-label topic
 * ("I read that antidepressants can make young people suicidal"). Only clearly general framing suppresses.
 */
export const SUICIDE_TOPIC: LexiconGroup = {
  name: 'suicide-topic',
  kind: 'self_harm',
  mode: 'topic',
  patterns: [/suicid\w*|sucid\w*|suicde|suiside|suicidal thoughts/],
};

export const EMERGENCY: LexiconGroup = {
  name: 'emergency',
  kind: 'emergency',
  mode: 'always',
  patterns: [
    /not breathing|isn'?t breathing|stopped breathing|barely breathing|can'?t breathe?|cant breath?e?|cannot breathe|can not breathe|couldn'?t breathe|unable to breathe/,
    /unconscious|unresponsive|not responding|won'?t wake(?: up)?|not waking up|can'?t wake (?:him|her|them|my \S+)|wont wake|passed out and (?:won'?t|can'?t|isn'?t)/,
    /turning blue|lips (?:are |r )?(?:turning )?blue|blue lips|anaphyla\w*|throat (?:is |feels |was )?(?:closing|shutting)/,
    /(?:call|called|calling|dial|dialed|dialled|phoned|phone) (?:to |the )?(?:911|9-1-1|nine one one|999|112|an ambulance|ambulance)|ambulance (?:is )?(?:on (?:the|its) way|coming|came|took)|medical emergency/,
    /having a (?:heart attack|stroke|seizure)|seizing|convulsing|overdosing|choking|no pulse|(?:severe|crushing) chest pain|chest pain (?:and|with) (?:my |his |her )?(?:left )?arm/,
    /no puedo respirar|no puede respirar|no respira|dejo de respirar|inconsciente|no despierta|no reacciona|se (?:me |le )?cierra la garganta|anafila\w*|(?:llame|llamar|llamamos|llamaron|llamen) (?:al |a (?:la |una )?)?(?:911|ambulancia|emergencias)/,
    /je n'arrive pas a respirer|nao consigo respirar|khong tho duoc|呼吸不了|喘不过气/,
  ],
};
