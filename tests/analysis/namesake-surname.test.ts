// A surname the story has already given to one person stays theirs when a namesake is introduced later (the
// runner's wife, who bears his name): the writer calls the newcomer by other words. And a verb-second attribution
// that opens with its auxiliary ("„…“, hat Brehmer der Zeitung erzählt: „…“") names its subject after the auxiliary.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const TEXT = 'Jonas Brehmer läuft seit zehn Jahren Marathon. Danach wurde Brehmer dreimal deutscher Meister. Brehmer trainiert heute in Köln. '
  + 'Am College hatte Brehmer seine heutige Frau kennengelernt, die Läuferin Lena Brehmer, die damals für Kroatien startete. '
  + 'Dass Lena kurz nach dem Kennenlernen schwanger wurde, war „nicht unbedingt so geplant“, hat Brehmer dem Tagesblatt im vergangenen Frühjahr erzählt: „Wir haben damals überlegt, mit dem Leistungssport aufzuhören, weil beides, der Sport und die Familie, nur schwer vereinbar ist.“';

describe('a surname shared by two people', () => {
  it('stays with the person the story has called by it', () => {
    const r = analyse(TEXT, 'de');
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Jonas Brehmer', 'Jonas Brehmer']);
    expect(r.quotes[0]!.speakerMention).toBe('Brehmer');
  });

  it('the namesake is not given his surname alone', () => {
    const lena = analyse(TEXT, 'de').parties.find((p) => p.name === 'Lena Brehmer');
    expect(lena?.aliases ?? []).not.toContain('Brehmer');
  });
});
