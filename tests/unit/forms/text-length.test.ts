import { describe, expect, it } from 'vitest';
import { readFormMessage } from '../../../renderer/src/domain/forms/form-message';
import { announcement, counterMessage, textLength } from '../../../renderer/src/domain/forms/text-length';
import { textField } from '../../../renderer/src/domain/forms/typed-fields';
import { issuesOf } from './issues';

describe('a long text against its limit', () => {
  it('shows no counter before 80 % of the limit, and shows it from there on', () => {
    // 80 % of 2,000 is 1,600.
    expect(textLength('x'.repeat(1599), 2000)).toMatchObject({
      count: 1599,
      showCounter: false,
      state: 'under',
    });
    expect(textLength('x'.repeat(1600), 2000)).toMatchObject({
      count: 1600,
      showCounter: true,
      state: 'under',
    });
    // 80 % of 500 is 400; of 300, 240.
    expect(textLength('x'.repeat(400), 500).showCounter).toBe(true);
    expect(textLength('x'.repeat(239), 300).showCounter).toBe(false);
  });

  it('says exactly at the limit, then by how much it is over', () => {
    expect(textLength('x'.repeat(2000), 2000)).toEqual({
      count: 2000,
      max: 2000,
      over: 0,
      state: 'at',
      showCounter: true,
    });
    expect(textLength('x'.repeat(2312), 2000)).toMatchObject({ over: 312, state: 'over' });
  });

  it('counts as saved: trimmed for most fields, as typed for the summary', () => {
    const padded = `  ${'x'.repeat(10)}\n\n`;
    expect(textLength(padded, 10)).toMatchObject({ count: 10, state: 'at' });
    expect(textLength(padded, 10, 'as-typed')).toMatchObject({ count: 14, over: 4, state: 'over' });
    // An emoji is two UTF-16 units, as the contract's zod max() counts it.
    expect(textLength('🙂', 10).count).toBe(2);
  });

  it('words the counter with the count, the limit and what is over', () => {
    expect(counterMessage(textLength('x'.repeat(1850), 2000))).toEqual({
      key: 'forms.counter',
      values: { typed: 1850, max: 2000, over: 0 },
    });
    expect(counterMessage(textLength('x'.repeat(2312), 2000))).toEqual({
      key: 'forms.counterOver',
      values: { typed: 2312, max: 2000, over: 312 },
    });
  });

  it('gives a screen reader the same words for as long as a state lasts, and none below the limit', () => {
    expect(announcement(textLength('x'.repeat(1999), 2000))).toBeNull();
    expect(announcement(textLength('x'.repeat(2000), 2000))).toEqual({
      key: 'forms.announceAt',
      values: { max: 2000 },
    });
    // One letter over or three hundred: the same sentence, so it is spoken once.
    expect(announcement(textLength('x'.repeat(2001), 2000))).toEqual(
      announcement(textLength('x'.repeat(2300), 2000)),
    );
  });
});

describe('a text field’s "too long" error', () => {
  it('keeps the text and says by how much it is over, with the limit', () => {
    const result = textField(2000).safeParse('x'.repeat(2312));
    expect(issuesOf(result)).toEqual([['', { key: 'errors.tooLong', values: { max: 2000, count: 312 } }]]);
  });

  it('takes the limit itself, and does not count the spaces trimmed on saving', () => {
    expect(textField(5).safeParse('abcde').success).toBe(true);
    expect(textField(5).safeParse('  abcde \n').success).toBe(true);
    expect(readFormMessage(textField(5).safeParse('abcdef').error!.issues[0]!.message).values).toEqual({
      max: 5,
      count: 1,
    });
  });
});
