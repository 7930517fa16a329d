// Which questions ask for a judgement rather than for what the articles report.
import { describe, expect, it } from 'vitest';
import { asksForOpinion } from '../../src/answers/opinion.js';

describe('asksForOpinion', () => {
  it.each([
    ['the addressee\'s view', 'do u think the kremlin is lying'],
    ['the addressee\'s view, after a question word', 'who do you reckon is to blame'],
    ['whether someone was right or wrong to act', 'was aliyev wrong to call putin'],
    ['what ought to be done', 'should russia pay compensation'],
    ['"your take"', 'whats ur take on the apology'],
    ['a stated opinion in chat', 'imo russia did it on purpose'],
    ['a call to agree', 'the uk overreacted, agree'],
    ['a verdict on sincerity', 'was the kremlin statement even genuine tho'],
    ['a verdict on propriety', 'is the comparison with mh17 fair'],
    ['a verdict on prudence, said of "it"', 'would it be wise to fly via moscow now'],
    ['what the addressee would do', 'would u ever book that airline again'],
    ['a comparison of blame', 'who is most to blame for it'],
  ])('asks for one: %s ("%s")', (_kind, question) => {
    expect(asksForOpinion(question)).toBe(true);
  });

  it.each([
    ['a polite request for facts', 'do you know who shot it down'],
    ['another', 'can you tell me what happened'],
    ['"the right to", a noun', 'does azerbaijan have the right to compensation'],
    ['"should" inside a report', 'what should russia do according to zelensky'],
    ['what someone else thinks', 'what does the isw think putin is doing'],
    ['whether people came to harm ("safe" said of them, not of "it")', 'were the passengers safe'],
    ['a polite request with "would you"', 'would you tell me who shot it down'],
    ['whom the articles blame', 'who is to blame for the crash'],
    ['an appraisal the articles report, asked as a wh-question', 'who called the apology sincere'],
  ])('does not: %s ("%s")', (_kind, question) => {
    expect(asksForOpinion(question)).toBe(false);
  });
});
