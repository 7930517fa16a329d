// Articles that are not in knowledge/, for adding during tests. They are written for the tests:
// the outlets are made up, and each carries a detail (a flamingo reserve, a falconry club) that
// no curated article mentions, so a question about it is answered only once the article is added.
export interface FreshArticle {
  outlet: string;
  headline: string;
  published: string;
  author: string;
  /** Markdown body: paragraphs, with a `## ` section heading. */
  body: string;
  /** A question only this article answers, and words its answer quotes. */
  question: string;
  answerContains: string;
}

export const COMPENSATION: FreshArticle = {
  outlet: 'Caspian Daily Wire',
  headline: 'Families of J2-8243 passengers meet at the flamingo reserve near Aktau',
  published: '2025-01-14T09:30:00+05:00',
  author: 'Aigerim Sadykova',
  body: [
    'Relatives of the passengers of Azerbaijan Airlines flight J2-8243 gathered on Tuesday at the flamingo reserve near Aktau, a few kilometres from where the plane came down.',
    'The families planted a row of saxaul trees beside the reserve, one for each of the 38 people who died.',
    '## A memorial by the water',
    'Local officials said the memorial garden would be finished before the spring migration brings the flamingos back to the shore.',
    'Several survivors travelled from Baku and Grozny to attend the ceremony, which lasted about two hours.',
    'A representative of the airline read out the names of the crew members who died in the crash.',
    'The reserve will stay closed to visitors until the end of the month, the regional administration said.',
  ].join('\n\n'),
  question: 'What did the families plant at the flamingo reserve?',
  answerContains: 'saxaul trees',
};

export const LAWSUIT: FreshArticle = {
  outlet: 'Baku Evening Courier',
  headline: 'Falconry club pilots testify about the day flight J2-8243 crashed',
  published: '2025-02-03T18:00:00+04:00',
  author: 'Rashad Mammadov',
  body: [
    'Two members of a falconry club near Aktau told investigators on Monday that they saw the airliner circling low over the coast before it crashed.',
    'The falconers said they had been training birds on the steppe when they heard a loud engine noise from the direction of the sea.',
    'One of them filmed the last seconds of the flight on his phone and handed the recording to the Kazakh authorities.',
    'Investigators thanked the falconry club for its help and asked other witnesses to come forward.',
    'The club has since suspended its training flights near the airport until the investigation is complete.',
    'Its chairman said the members were still shaken by what they had seen.',
  ].join('\n\n'),
  question: 'What did the falconry club members see?',
  answerContains: 'falconry club',
};
