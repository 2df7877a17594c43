// Turkish word lists for the analysis (see languages.ts for what each list is for). The verb of saying ends the
// sentence, after the quotation ("…" dedi / "…" diye konuştu / "…" açıklamasını yaptı); the speaker opens it, set off
// by a comma. Subjects are dropped. Roles take the possessive after the place they belong to ("İzmir Valisi").
import type { WordLists } from './word-lists';

const tr: WordLists = {
  say: `dedi, diyor, dedi ki, diye konuştu, diye yazdı, diye ekledi, söyledi, söylüyor, belirtti, belirtiyor,
    ifade etti, açıkladı, kaydetti, vurguladı, ekledi, yazdı, sordu, yanıtladı, uyardı, savundu, konuştu,
    açıklamasını yaptı, açıklamasında bulundu, değerlendirmesinde bulundu, diye tepki gösterdi`,
  according: 'bilgiye göre',
  accordingAfter: 'göre',
  pronouns: { o: 'n', onlar: 'n', ben: 'n', biz: 'n' },
  proDrop: true,
  determiners: 'bu şu o bir iki üç',
  auxiliaries: 'de da ayrıca ise daha sonra',
  clauseWords: 've veya ama ancak ile için gibi kadar sonra önce',
  functionWords: `ve veya ama ancak ile için gibi kadar sonra önce bu şu o bir de da ise ki çok daha en her ne
    ben biz siz onlar bugün dün yarın`,
  honorifics: { bay: 'm', bayan: 'f', dr: '', 'dr.': '', prof: '', 'prof.': '' },
  roles: `başkan başkanı bakan bakanı vali valisi müdür müdürü sözcü sözcüsü milletvekili cumhurbaşkanı başbakan
    yardımcısı genel müdür başkanvekili hakim hâkim savcı avukat uzman profesör ekonomist temsilci temsilcisi
    yönetici yöneticisi kaymakam kaymakamı belediye muhtar muhtarı büyükelçi büyükelçisi komutan komutanı
    teknik direktör antrenör kaptan lider`,
  spokes: 'sözcü sözcüsü temsilci temsilcisi',
  orgHeads: `bakanlığı bakanlık belediyesi belediye sendikası sendika derneği dernek vakfı vakıf şirketi şirket
    bankası banka mahkemesi mahkeme komisyonu kurulu üniversitesi üniversite hastanesi partisi parti meclisi
    valiliği valilik odası federasyonu ajansı`,
  orgNouns: 'şirket şirketi bakanlık sendika belediye parti',
  groups: 'kaynaklar eleştirmenler destekçiler uzmanlar gözlemciler sakinler taraftarlar göstericiler tanıklar',
  notNames: `pazartesi salı çarşamba perşembe cuma cumartesi pazar ocak şubat mart nisan mayıs haziran temmuz
    ağustos eylül ekim kasım aralık`,
  credits: 'foto, fotoğraf, kaynak',
  governments: 'hükümet hükümeti',
};

export default tr;
