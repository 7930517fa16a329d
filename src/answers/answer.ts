/** The most passages one answer quotes. */
export const MAX_TOP = 10;

/** Where a passage was published. */
export interface SourceRef {
  outlet: string;
  articleId: string;
  title: string;
}

export interface Passage extends SourceRef {
  /** Verbatim text from the article: one sentence, or a sentence with the neighbour it needs. */
  text: string;
  score: number;
  /** Other articles that publish the same sentence, verbatim or nearly so. */
  alsoReportedBy: SourceRef[];
}

export type AbstainReason = 'empty' | 'no-words' | 'small-talk' | 'opinion' | 'not-covered';

export type Answer =
  | { question: string; answered: true; passages: Passage[] }
  | {
      question: string;
      answered: false;
      reason: AbstainReason;
      /** Plain words for the user. */
      message: string;
      /** Nothing is quoted: the nearest sentences do not answer, and quoting them would read as if they did. */
      passages: [];
    };
