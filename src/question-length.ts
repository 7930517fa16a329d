// How long a question may be, the same for every front end (Discord and the local console):
// longer than any real question, and what each says instead of answering a longer one.
export const MAX_QUESTION_LENGTH = 300;

export const TOO_LONG_NOTICE = `Please keep your question to ${MAX_QUESTION_LENGTH} characters or fewer.`;

export function isTooLong(question: string): boolean {
  return question.length > MAX_QUESTION_LENGTH;
}
