// Irregular past forms back to their base form, so that "shot" meets "shoot" and "mistook" meets WordNet's "mistake".
import { describe, expect, it } from 'vitest';
import { baseForm } from '../../src/index/irregular-verbs.js';

describe('baseForm', () => {
  it.each([
    ['a listed past form', 'brought', 'bring'],
    ['a listed participle', 'shaken', 'shake'],
    ['a prefixed past form', 'mistook', 'mistake'],
    ['a prefixed past form', 'underwent', 'undergo'],
    ['a prefix before a listed form', 'misunderstood', 'misunderstand'],
  ])('%s: %s → %s', (_kind, form, base) => {
    expect(baseForm(form)).toBe(base);
  });

  it.each([
    ['a regular word', 'crashed'],
    ['a prefix before a form that is also a base ("lay")', 'overlay'],
    ['"re-", whose words are often their own ("resent")', 'resent'],
  ])('leaves %s as it is: %s', (_kind, word) => {
    expect(baseForm(word)).toBe(word);
  });
});
