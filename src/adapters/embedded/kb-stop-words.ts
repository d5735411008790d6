/**
 * Words that say nothing about which article is wanted: English and Spanish function words plus
 * the greetings and fillers customers wrap a question in ("hi, quick question, please help").
 * Written folded (lower case, no accents), as the tokenizer compares them.
 */
const ENGLISH = `a about above after again against all also am an and any are as at be because been before
being below between both but by can cannot could did didn do does doesn doing don down during each
few for from further had has have having he her here hers herself him himself his how i id if im in
into is isn it its itself ive just ll me might more most must my myself no nor not now of off on once
only or other our ours ourselves out over own re same shall she should so some such than that the
their theirs them themselves then there these they this those through to too under until up us ve
very was wasn we were what when where which while who whom why will with won would you your yours
yourself yourselves get got gets getting let may want wants wanted need needs needed know like
please pls thanks thank thx hi hello hey dear question questions help ask asking tell wondering
wonder regarding ok okay yes sir madam someone something anything thing things way much many`;

const SPANISH = `a al algo algunas algunos ante antes como con contra cual cuales cuando cuanto cuantos de
del desde donde durante e el ella ellas ellos en entre era eres es esa esas ese eso esos esta estas
este esto estos estoy estamos estan estar fue gracias hasta hay hola la las le les lo los mas me mi
mis mio mia muy mucho muchos nada ni no nos nosotros nosotras nuestro o os otra otras otro otros
para pero poco por porque puede pueden puedo que quien quienes se ser si sin sobre soy somos son su
sus tambien tanto te tengo tener tiene tienen ti tu tus un una uno unos usted ustedes y ya yo
favor ayuda pregunta quiero necesito saber buenos buenas dias tardes noches`;

export const STOP_WORDS: ReadonlySet<string> = new Set(
  `${ENGLISH} ${SPANISH}`.split(/\s+/).filter(Boolean),
);
