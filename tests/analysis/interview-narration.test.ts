// In an interview, a first-person quotation that nothing attributes and that ends a paragraph of narration naming
// nobody else ("… bereut sie das. „Ich sagte mir: …“") goes on with the interviewee's story. Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf as speakerIn } from './analyse';

const story = (narration: string) => [
  'Anna Berger lebte zwei Jahre im Ausland. Jetzt ist sie zurück in ihrem Dorf in der Eifel.',
  'Wie war die Rückkehr?', '„Schwer. Ich kannte kaum noch jemanden im Dorf.“',
  'Was hat dir geholfen?', '„Die Arbeit im Garten und die langen Spaziergänge mit dem Hund.“',
  'Würdest du wieder gehen?', '„Vielleicht. Aber nicht so bald und nicht so weit weg.“',
  narration,
].join('\n\n');
const speakerOf = (text: string, quote: string) => speakerIn(text, quote, 'de', 'Zurück im Dorf');

describe('a quotation closing a paragraph of an interview’s narration', () => {
  it('is the interviewee’s when it speaks in the first person', () => {
    const t = story('Am ersten Abend saß sie lange allein in der Küche. „Ich habe mich gefragt, ob ich einen Fehler gemacht habe.“');
    expect(speakerOf(t, 'Fehler gemacht')).toBe('Anna Berger');
  });
  it('is nobody’s when the narration names another person', () => {
    const t = story('Am ersten Abend kam Markus Albers aus dem Nachbarhaus vorbei. „Ich habe mich gefragt, ob ich einen Fehler gemacht habe.“');
    expect(speakerOf(t, 'Fehler gemacht')).not.toBe('Anna Berger');
  });
});
