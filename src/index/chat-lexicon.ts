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
  // Interjections and sign-offs say how someone feels about asking, never what they ask about.
  ...Object.fromEntries(['lol', 'lmao', 'rofl', 'omg', 'tbh', 'imo', 'imho', 'idk', 'ngl', 'fr', 'smh', 'btw', 'fyi', 'pls', 'plz', 'thx', 'ty', 'hey', 'hi', 'hello', 'yo', 'bro', 'dude', 'guys', 'ok', 'okay', 'hmm', 'um', 'uh', 'please', 'thanks', 'thank'].map((word) => [word, ''])),
}));
