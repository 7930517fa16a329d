// fast-check generators for the questions people (and attackers) really send (issue 5 §1).
import fc from 'fast-check';
import { readDevSet } from '../../bench/dev-set.js';

/** Fixed seed and run count by default, so CI is reproducible; `npm run fuzz` asks for more runs. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 42);
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 200);

const DEV_QUESTIONS = readDevSet().map((q) => q.question);

const SPECIAL = {
  emoji: ['😀', '🔥', '✈️', '💥', '🇦🇿', '👨‍👩‍👧', '🏳️‍🌈', '🙏🏽', '\uFE0F'],
  rtl: ['\u202E', '\u202B', '\u2067', '\u200F', 'مرحبا', 'שלום', 'پرواز'],
  zeroWidth: ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'],
  control: ['\u0000', '\u0001', '\u0007', '\u0008', '\u001B[2J', '\u007F', '\u0085', '\r', '\t', '\u000B'],
  surrogate: ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uDC00\uD800'],
  mention: ['@everyone', '@here', '<@123456789012345678>', '<@!123456789012345678>', '<@&876543210987654321>', '<#112233445566778899>', '@​everyone'],
};

const word = fc.constantFrom(...DEV_QUESTIONS.flatMap((q) => q.split(/\s+/)));
const special = (kind: keyof typeof SPECIAL) => fc.constantFrom(...SPECIAL[kind]);

/** Real question words interleaved with characters of one kind. */
const sprinkled = (kind: keyof typeof SPECIAL) =>
  fc
    .tuple(fc.array(fc.oneof(word, special(kind)), { minLength: 1, maxLength: 12 }), fc.constantFrom(' ', ''))
    .map(([parts, separator]) => parts.join(separator));

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 });

const markdown = fc
  .tuple(fc.constantFrom('```', '```js\n', '`', '**', '__', '> ', '# ', '- ', '||', '~~', '[x](', '<script>'), word, word, fc.constantFrom('```', '`', '**', ')', '||', '</script>', ''))
  .map(([open, a, b, close]) => `${open}${a} ${b}${close}`);

const links = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.tuple(fc.constantFrom('javascript:', 'JaVaScRiPt:', 'data:text/html,', 'vbscript:'), fc.string({ maxLength: 30 })).map(([scheme, rest]) => scheme + rest),
  fc.tuple(word, fc.webUrl()).map(([w, url]) => `[${w}](${url})`),
);

/** Deletions, swaps, doubled letters, case, punctuation and noise added to a real question. */
const nearDuplicate = fc
  .tuple(fc.constantFrom(...DEV_QUESTIONS), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 6 }), fc.constantFrom('?', '!!', ' ', '.', ',', '😀', '\u200B', 'e')), { maxLength: 4 }))
  .map(([question, edits]) =>
    edits.reduce((q, [at, kind, extra]) => {
      const i = q.length === 0 ? 0 : at % q.length;
      switch (kind) {
        case 0:
          return q.slice(0, i) + q.slice(i + 1);
        case 1:
          return q.slice(0, i) + (q[i + 1] ?? '') + (q[i] ?? '') + q.slice(i + 2);
        case 2:
          return q.slice(0, i) + (q[i] ?? '') + q.slice(i);
        case 3:
          return q.toUpperCase();
        case 4:
          return q.slice(0, i) + extra + q.slice(i);
        case 5:
          return q.split(' ').filter((_, w) => w !== at % 8).join(' ');
        default:
          return `${q}${extra}${extra}`;
      }
    }, question),
  );

const veryLong = fc.oneof(
  fc.string({ minLength: 2000, maxLength: 10_000, unit: 'grapheme-ascii' }),
  fc.tuple(fc.constantFrom(...DEV_QUESTIONS), fc.integer({ min: 50, max: 300 })).map(([q, n]) => `${q} `.repeat(n)),
  fc.integer({ min: 100, max: 10_000 }).map((n) => 'a'.repeat(n)),
);

/** One arbitrary per kind of question, named for the report. */
export const QUESTION_KINDS = {
  unicode: fc.string({ unit: 'binary', maxLength: 80 }),
  graphemes: fc.string({ unit: 'grapheme', maxLength: 40 }),
  emoji: sprinkled('emoji'),
  rtl: sprinkled('rtl'),
  zeroWidth: sprinkled('zeroWidth'),
  markdown,
  mentions: sprinkled('mention'),
  links,
  controlAndSurrogates: fc.oneof(codeUnits, sprinkled('control'), sprinkled('surrogate')),
  veryLong,
  nearDuplicate,
} satisfies Record<string, fc.Arbitrary<string>>;

/** Every kind, each as likely; long strings less so, to keep the CI run fast. */
export const anyQuestion: fc.Arbitrary<string> = fc.oneof(
  ...Object.entries(QUESTION_KINDS).map(([kind, arbitrary]) => ({ arbitrary, weight: kind === 'veryLong' ? 1 : 3 })),
);
