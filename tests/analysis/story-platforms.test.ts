// A platform named in passing is no party; a story about one (its posts, its users, what it deleted) names it again
// and again, and shows it. Invented text, the shipped English model.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const names = (text: string) => analyse(text, 'en').parties.map((p) => p.name);

describe('platforms as parties', () => {
  it('shows the platform a story is about', () => {
    const text = [
      'A forum user named tidewalker9 posted on Reddit for years before he joined the navy, according to posts reviewed by the Ledger.',
      'The Reddit posts describe a childhood in Ohio. Reddit removed the account last week, and the Reddit profile now shows nothing.',
      'Other Reddit users said they remembered him. One Reddit moderator, Dana Whitlock, said the posts were sincere.',
      'Reddit did not respond to a request for comment. Archived Reddit pages show the posts. A Reddit spokesperson declined to comment.',
    ].join('\n\n');
    expect(names(text)).toContain('Reddit');
  });

  it('leaves out a platform named in passing', () => {
    const text = 'The mayor, Dana Whitlock, announced the plan on Twitter on Monday. "We will rebuild the bridge," Whitlock said.\n\nThe city council will vote on the plan next week.';
    expect(names(text)).toContain('Dana Whitlock');
    expect(names(text)).not.toContain('Twitter');
  });
});
