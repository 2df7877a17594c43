// The language guess on invented news sentences: each language's frequent words decide, shared short words ("de",
// "a", "o") do not tip a text to the wrong neighbour, and a language no list knows gets no guess.
import { describe, expect, it } from 'vitest';
import { guessLang } from '../../lib/analysis/text';
import { analysisLanguage } from '../../lib/analysis';

const SENTENCES: [string, string][] = [
  ['en', 'The mayor said on Tuesday that the new bridge would be open to traffic by the end of the year.'],
  ['de', 'Die Bürgermeisterin sagte am Dienstag, dass die neue Brücke bis zum Ende des Jahres für den Verkehr offen sein wird.'],
  ['fr', "Le maire a déclaré mardi que le nouveau pont serait ouvert à la circulation d'ici la fin de l'année."],
  ['it', "Il sindaco ha detto martedì che il nuovo ponte sarà aperto al traffico entro la fine dell'anno."],
  ['es', 'El alcalde dijo el martes que el nuevo puente estará abierto al tráfico antes de que termine el año.'],
  ['ca', "L'alcalde va dir dimarts que el nou pont estarà obert al trànsit abans que acabi l'any, però no ho va confirmar."],
  ['pt', 'O prefeito disse na terça-feira que a nova ponte estará aberta ao trânsito até o fim do ano.'],
  // Portuguese as treebanks write it, contractions split ("de o", "em a"): Portuguese, not Romanian.
  ['pt', 'O prefeito disse em a terça-feira que a nova ponte de o rio estará aberta a o trânsito até o fim de o ano.'],
  ['gl', 'O alcalde dixo o martes que a nova ponte estará aberta ao tráfico antes de que remate o ano, pero non o confirmou.'],
  ['ro', 'Primarul a spus marți că noul pod va fi deschis circulației până la sfârșitul anului și că lucrările sunt pe drumul cel bun.'],
  ['nl', 'De burgemeester zei dinsdag dat de nieuwe brug voor het einde van het jaar open zal zijn voor het verkeer.'],
  ['sv', 'Borgmästaren sa på tisdagen att den nya bron kommer att vara öppen för trafik innan året är slut.'],
  ['da', 'Borgmesteren sagde tirsdag, at den nye bro vil være åben for trafik inden udgangen af året, og det blev bekræftet.'],
  ['no', 'Ordføreren sa tirsdag at den nye brua skal være åpen for trafikk før året er omme, og det ble bekreftet etter møtet.'],
  ['fi', 'Pormestari sanoi tiistaina, että uusi silta on auki liikenteelle ennen vuoden loppua, mutta se ei ole varmaa.'],
  ['pl', 'Burmistrz powiedział we wtorek, że nowy most zostanie otwarty dla ruchu do końca roku, ale nie jest to pewne.'],
  ['cs', 'Starosta v úterý řekl, že nový most bude otevřen pro dopravu do konce roku, ale není to jisté.'],
  ['sk', 'Starosta v utorok povedal, že nový most bude otvorený pre dopravu do konca roka, ale nie je to isté.'],
  ['hr', 'Gradonačelnik je u utorak rekao da će novi most biti otvoren za promet do kraja godine, ali to nije sigurno.'],
  ['sl', 'Župan je v torek dejal, da bo novi most odprt za promet do konca leta, vendar to še ni gotovo.'],
  ['hu', 'A polgármester kedden azt mondta, hogy az új híd az év végéig megnyílik a forgalom előtt, de ez még nem biztos.'],
  ['tr', 'Belediye başkanı salı günü yaptığı açıklamada yeni köprünün yıl sonuna kadar trafiğe açılacağını söyledi, ama bu henüz kesin değil.'],
  ['id', 'Wali kota mengatakan pada hari Selasa bahwa jembatan yang baru akan dibuka untuk lalu lintas pada akhir tahun ini.'],
  ['vi', 'Thị trưởng cho biết vào thứ Ba rằng cây cầu mới sẽ được thông xe trước cuối năm, nhưng điều này chưa chắc chắn.'],
  ['ru', 'Мэр сказал во вторник, что новый мост будет открыт для движения до конца года, но это еще не точно.'],
  ['uk', 'Мер сказав у вівторок, що новий міст буде відкритий для руху до кінця року, але це ще не точно.'],
  ['bg', 'Кметът каза във вторник, че новият мост ще бъде отворен за движение до края на годината, но това не е сигурно.'],
  ['ar', 'قال رئيس البلدية يوم الثلاثاء إن الجسر الجديد سيفتح أمام حركة المرور في نهاية العام، لكن ذلك لم يتأكد بعد.'],
  ['fa', 'شهردار روز سه شنبه گفت که پل جدید تا پایان سال به روی ترافیک باز خواهد شد، اما این هنوز قطعی نیست.'],
];

describe('guessLang over invented sentences', () => {
  it.each(SENTENCES)('%s: %s', (lang, text) => {
    expect(guessLang(text)).toBe(lang);
  });

  it('gives no guess for a Latin-script language no data file lists', () => {
    // Zulu: a few words look like other languages' short words, far too few for a guess.
    expect(guessLang('Umongameli uthe izakhamuzi kumele zihlale ekhaya ngoba imvula enkulu ilindeleke kusasa ebusuku.')).toBeNull();
  });

  it("does not count a clitic after an apostrophe as a word (English 's is not Czech s)", () => {
    expect(guessLang("The company's chief and the board's chair said it was a good year for the firm's staff.")).toBe('en');
  });

  it('resolves the language of the text asked about, declared or not, also when asked again (the host asks twice)', () => {
    const en = SENTENCES[0]![1], de = SENTENCES[1]![1];
    expect(analysisLanguage({ text: en, lang: null })).toBe('en');
    expect(analysisLanguage({ text: en, lang: 'fr' })).toBe('fr');
    expect(analysisLanguage({ text: en, lang: null })).toBe('en');
    expect(analysisLanguage({ text: de, lang: null })).toBe('de');
    expect(analysisLanguage({ text: en })).toBe('en');
  });
});
