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

describe('a role joined to another before a name', () => {
  const story = (who: string) => 'Die Drusen fordern Mitsprache\n\n'
    + `Am Ende hätten viele das Regime nur noch loswerden wollen, sagt ${who}. Die Versorgung war zusammengebrochen.\n\n`
    + '«Jetzt wird einer als Befreier gefeiert, der selbst Blut an den Händen hat», sagt Mahmud Haddad über den Rebellenchef Samir Khoury. Er kritisiert, dass Khoury alle Posten mit eigenen Leuten besetzt.\n\n'
    + '«Wir brauchen keine Garantien, wir brauchen Teilhabe», sagt der Anwalt.';

  it('German: "der Anwalt" is whom the text called "der Anwalt und Dissident", not the person named last', () => {
    expect(speakersOf(story('der Anwalt und Dissident Mahmud Haddad'), 'de')[1]).toBe('Mahmud Haddad');
  });

  it('a second person with an article of its own is not the role\'s holder', () => {
    expect(speakersOf(story('der Anwalt und die Ärztin Mahmud Haddad'), 'de')[1]).not.toBe('Mahmud Haddad');
  });
});
