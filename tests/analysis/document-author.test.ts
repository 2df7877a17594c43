// A thing that carries words (a post, a statement, a letter) speaks with its author's words when the text names the
// author: the owner before it ("kat99’s last forum post"), or the one who "said in a statement" a little before; the
// platform it appeared on never speaks. With no author named, the document stays the body's. Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

const post = [
  'The forum account kat99 was active for years, and its posts were read by thousands of people on Reddit.',
  'On May 2, kat99’s last Reddit post said that “renting is a trap for the young people of this city.”',
].join('\n\n');

const statement = [
  'Storms closed the coastal road between Milford and Hamden on Tuesday, and two bridges were damaged.',
  'City spokesperson Dana Whitfield said in a statement that repairs would begin as soon as the water went down.',
  '“We will rebuild both bridges within a year, whatever the cost,” the statement read.',
].join('\n\n');

const unsigned = [
  'The Harbour Authority closed the port of Milford on Monday as the storm approached the coast.',
  '“Ships will wait outside the harbour until the storm has passed,” the statement said.',
].join('\n\n');

describe('a document with a named author', () => {
  it('is its owner, not the platform ("kat99’s last Reddit post")', () => {
    expect(speakerOf(post, 'renting is a trap')).toBe('kat99');
  });
  it('is the one who "said in a statement" before it', () => {
    expect(speakerOf(statement, 'We will rebuild both bridges')).toBe('Dana Whitfield');
  });
  it('stays the body named last where nobody is named as its author', () => {
    expect(speakerOf(unsigned, 'Ships will wait')).toBe('Harbour Authority');
  });
});
