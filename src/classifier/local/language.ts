/**
 * A small language guess for routing and reporting (not for classification): scripts first
 * (Han -> zh, Vietnamese letters -> vi), then counts of frequent function words. Returns 'und'
 * when nothing stands out, which is the honest answer for "ok", "refill?" or "👍".
 */
const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'is', 'my', 'i', 'you', 'to', 'of', 'for', 'it', 'have', 'can', 'what', 'do', 'with', 'this', 'please', 'not', 'hi', 'thanks', 'need', 'how', 'when', 'are', 'was', 'your', 'me', 'im', 'dont', 'just', 'since', 'hello', 'does', 'will', 'get', 'would', 'could', 'there', "i'm", "i'd", "i've", "i'll", 'at', 'that', 'be', 'we', 'from', 'want', 'like', 'or', 'if'],
  es: ['el', 'los', 'las', 'que', 'y', 'mi', 'mis', 'por', 'para', 'con', 'es', 'una', 'del', 'al', 'está', 'esta', 'tengo', 'hola', 'gracias', 'necesito', 'quiero', 'puedo', 'cuando', 'desde', 'pero', 'muy', 'su', 'tiene', 'cómo', 'como', 'qué', 'sus', 'hay', 'estoy', 'receta', 'medicamento', 'usted', 'buenos', 'días', 'también', 'ya'],
  pt: ['os', 'meu', 'minha', 'não', 'nao', 'com', 'uma', 'um', 'do', 'da', 'você', 'voce', 'obrigado', 'obrigada', 'tenho', 'preciso', 'quero', 'remédio', 'receita', 'farmácia', 'estou', 'isso', 'então', 'mas', 'muito', 'é', 'ao', 'em', 'dos', 'das', 'olá', 'oi', 'bom', 'dia', 'tô', 'pra'],
  fr: ['le', 'les', 'des', 'et', 'je', 'mon', 'ma', 'mes', 'ne', 'pas', 'pour', 'avec', 'une', 'est', 'bonjour', 'merci', 'médicament', 'ordonnance', 'pharmacie', 'depuis', 'ai', 'suis', 'vous', 'nous', 'mais', 'au', 'du', 'il', 'elle', 'qui', 'cest', "c'est", "j'ai", 'jai', 'votre', 'très'],
  tl: ['ang', 'ng', 'mga', 'sa', 'ko', 'ako', 'po', 'at', 'ay', 'hindi', 'ba', 'kung', 'gamot', 'salamat', 'paano', 'yung', 'naman', 'lang', 'kasi', 'ito', 'ano', 'may', 'wala', 'akin', 'ninyo', 'niyo', 'opo', 'pa', 'siya', 'nag', 'magandang'],
  vi: ['tôi', 'không', 'của', 'thuốc', 'và', 'có', 'là', 'được', 'cho', 'bị', 'một', 'này', 'với', 'xin', 'cảm', 'ơn', 'em', 'anh', 'chị'],
};
const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);
}

const HAN = /\p{Script=Han}/gu;
const KANA_HANGUL = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// Letters only Vietnamese uses among the languages we guess.
const VIETNAMESE = /[ăơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
const WORD = /[\p{L}']+/gu;
const LETTER = /\p{L}/u;

/** The number of letters (code points of \p{L}) in `text`, without an array of them: ASCII by range, the rest by the regex. */
function countLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) n++;
      continue;
    }
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i++;
    if (LETTER.test(String.fromCodePoint(point))) n++;
  }
  return n;
}

export function detectLanguage(text: string): string {
  const lower = text.toLowerCase();
  if (KANA_HANGUL.test(lower)) return 'und';
  const letters = countLetters(lower);
  if (letters === 0) return 'und';
  if ((lower.match(HAN)?.length ?? 0) / letters > 0.3) return 'zh';
  if ((lower.match(VIETNAMESE)?.length ?? 0) >= 2) return 'vi';
  const score: Record<string, number> = { en: 0, es: 0, pt: 0, fr: 0, tl: 0, vi: 0 };
  for (const word of lower.match(WORD) ?? []) {
    for (const lang of LOOKUP.get(word.includes('’') ? word.replace(/’/g, "'") : word) ?? []) score[lang]! += 1;
  }
  if (/[ñ¿¡]/.test(lower)) score['es']! += 2;
  if (/[ãõ]|ção|ções/.test(lower)) score['pt']! += 2;
  if (/[èêëîïûœ]|\b[jcdlnq]'/.test(lower)) score['fr']! += 1;
  const ranked = Object.entries(score).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] === 0 || (second && second[1] === first[1])) return 'und';
  return first[0];
}
