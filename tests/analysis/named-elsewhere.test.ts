// A description that the text writes elsewhere right before a person's name is that person, wherever it comes first
// (a subheading often names the speaker by role only). Invented texts.
import { describe, expect, it } from 'vitest';
import { analyse, speakersOf } from './analyse';

const story = (named: string) => 'Streit ums Material bei den Skispringern\n\n'
  + 'Der Springer Jan Berger hat die Nase voll. Die Kontrollen wurden in diesem Winter deutlich verschärft, und die Trainer beschweren sich über die Regeln.\n\n'
  + 'Österreichs Sportdirektor spricht von „Manipulation“\n\n'
  + 'Die Szene ist entsprechend sauer auf die Konkurrenz. Der ehemalige Tournee-Sieger sprach von einem respektlosen Verhalten, das dem Sport schade. Die Verbände wollen nun über schärfere Strafen beraten, die schon im nächsten Winter gelten könnten.\n\n'
  + 'Bereits im vergangenen Jahr hatte es Streit um die Anzüge gegeben. Damals wurden mehrere Springer disqualifiziert, weil ihre Anzüge nicht den Vorschriften entsprachen. Seitdem wird vor jedem Wettbewerb genauer gemessen als je zuvor, und die Teams klagen über den Aufwand.\n\n'
  + `${named} war ähnlich erbost wie die Trainer der anderen Teams.`;

describe('a description named elsewhere', () => {
  it('German: a subheading\'s "Österreichs Sportdirektor" is the person the text names after those words', () => {
    const t = story('Österreichs Sportdirektor Mario Stecher');
    expect(speakersOf(t, 'de')).toEqual(['Mario Stecher']);
    expect(analyse(t, 'de').parties.map((p) => p.name)).not.toContain('Österreichs Sportdirektor');
  });

  it('the same words before two people decide nothing', () => {
    const t = story('Österreichs Sportdirektor Mario Stecher') + ' Auch Österreichs Sportdirektor Horst Hüttel widersprach am Abend.';
    // (far from the subheading: no role holder within reach decides it either)
    expect(speakersOf(t, 'de')).not.toEqual(['Mario Stecher']);
    expect(speakersOf(t, 'de')).not.toEqual(['Horst Hüttel']);
  });
});
