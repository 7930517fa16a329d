// Chat spellings people type in Discord, mapped to the words they stand for. These are general
// English shorthands, not answers to anything: spelling correction cannot reach them because
// they are several edits away from the word ("ppl" → "people").
// A Map, not an object literal: a question saying "constructor" must not find Object's methods.
export const CHAT_SPELLINGS: ReadonlyMap<string, string> = new Map(Object.entries({
  u: 'you', ur: 'your', r: 'are', y: 'why', n: 'and', b4: 'before', bc: 'because', cuz: 'because', coz: 'because',
  wat: 'what', wut: 'what', wht: 'what', whats: 'what', hw: 'how', abt: 'about', bout: 'about', ppl: 'people',
  peeps: 'people', tho: 'though', thru: 'through',
  govt: 'government', gov: 'government', intl: 'international', natl: 'national',
  pres: 'president', prez: 'president', ppls: 'people', dunno: 'know', wanna: 'want', gonna: 'going',
  rly: 'really', srsly: 'seriously', smth: 'something', sth: 'something', w: 'with', wo: 'without',
  bcuz: 'because', becuz: 'because', msg: 'message', pic: 'picture', pics: 'pictures',
  vid: 'video', vids: 'videos', convo: 'conversation', info: 'information', approx: 'approximately',
  nah: 'no', nope: 'no', yep: 'yes', yeah: 'yes', ya: 'you', cos: 'because', tmrw: 'tomorrow', yday: 'yesterday',
  rn: 'now', wdym: 'what do you mean', irl: 'in real life', atm: 'at the moment',
  // English contractions typed without their apostrophe, where that leaves no other English word
  // ("wasnt", but not "were", "well", "its" or "lets"), read as typed with it: the same question
  // whichever way. Spelling correction would make them words one letter away ("hasnt" → "haunt").
  ...Object.fromEntries(['ain', 'aren', 'can', 'couldn', 'didn', 'doesn', 'don', 'hadn', 'hasn', 'haven', 'isn', 'mustn', 'shouldn', 'wasn', 'weren', 'won', 'wouldn'].map((stem) => [`${stem}t`, `${stem}'t`])),
  im: "i'm", ive: "i've", youre: "you're", youve: "you've", theyre: "they're", theyve: "they've", weve: "we've",
  thats: "that's", theres: "there's", whatd: "what'd", howd: "how'd", whyd: "why'd", whod: "who'd", whered: "where'd",
  // Interjections, hedges and sign-offs say how someone feels about asking, never what they ask about.
  ...Object.fromEntries(['lol', 'lmao', 'lmfao', 'rofl', 'omg', 'wtf', 'tf', 'af', 'asf', 'bruh', 'wow', 'ugh', 'yikes', 'welp', 'tbh', 'tbf', 'imo', 'imho', 'idk', 'idc', 'iirc', 'afaik', 'ikr', 'ngl', 'fr', 'frfr', 'istg', 'ong', 'deadass', 'lowkey', 'highkey', 'jk', 'ofc', 'nvm', 'smh', 'btw', 'fyi', 'lmk', 'pls', 'plz', 'thx', 'ty', 'hey', 'hi', 'hello', 'yo', 'bro', 'dude', 'guys', 'ok', 'okay', 'hmm', 'um', 'uh', 'please', 'thanks', 'thank'].map((word) => [word, ''])),
}));

/** Question words, which chat contracts with "is" and drops the apostrophe: "hows", "wheres". */
const QUESTION_WORDS = new Set(['what', 'where', 'who', 'how', 'when', 'why']);

/**
 * The words a chat spelling stands for ("ppl" → "people"), or the word itself. A question word
 * with a dropped-apostrophe "'s" is the question word ("wheres", and "wats": "wat" + "'s").
 */
export function readChat(word: string): string {
  const read = CHAT_SPELLINGS.get(word);
  if (read !== undefined) return read;
  if (!word.endsWith('s')) return word;
  const contracted = word.slice(0, -1);
  const questionWord = CHAT_SPELLINGS.get(contracted) ?? contracted;
  return QUESTION_WORDS.has(questionWord) ? questionWord : word;
}
