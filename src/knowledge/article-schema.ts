import { z } from 'zod';

/** What an article that names no publisher says as its outlet: a quote's attribution is never blank. */
export const UNKNOWN_OUTLET = 'Unknown outlet';

/**
 * /article offers ids as autocomplete choices, whose values Discord caps at 100 characters; the
 * embed titles that name one ("Restored `id`") are capped at 256.
 */
export const MAX_ARTICLE_ID_LENGTH = 100;

/** Front matter of one knowledge file. Unknown keys are refused so a typo ("outlt") is caught, not ignored. */
export const FrontMatterSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes (it is used in file names and links)')
      .max(MAX_ARTICLE_ID_LENGTH, {
        error: (issue) =>
          `is ${String(issue.input).length} characters long; an id may have at most ${MAX_ARTICLE_ID_LENGTH} (Discord shows ids in lists that allow no more)`,
      }),
    outlet: z.string().trim().min(1, `must name the news outlet (use "${UNKNOWN_OUTLET}" when the article names none)`),
    title: z.string().trim().min(1, 'must not be empty'),
    /** The source printed no headline, so the title describes the article in our words. Shown like any title. */
    titleIsEditorial: z.boolean().optional(),
    /** The seed file a hand-made article was copied from; an article added from the web names its `url` instead. */
    source: z.string().trim().min(1, 'must name the source file the article was copied from').optional(),
    published: z.string().trim().min(1).optional(),
    updated: z.string().trim().min(1).optional(),
    author: z.string().trim().min(1).optional(),
    url: z.url().optional(),
    /** When and by whom (a Discord user id, or `cli`) `npm run knowledge -- add` or /article add wrote the file. */
    added: z.iso.datetime({ offset: true }).optional(),
    addedBy: z.string().trim().min(1).optional(),
  })
  .strict()
  .superRefine((fields, context) => {
    // Every article must say where it came from: a seed file, or the page it was taken from.
    if (fields.source === undefined && fields.url === undefined) {
      context.addIssue({ code: 'custom', path: ['source'], message: 'is missing; name the source file, or give the article\'s `url`' });
    }
  });

export type FrontMatter = z.infer<typeof FrontMatterSchema>;

export interface Article extends FrontMatter {
  /** File name inside the knowledge folder. */
  file: string;
  /** The article text (Markdown), verbatim as published. */
  body: string;
}
