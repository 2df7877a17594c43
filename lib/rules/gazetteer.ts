// A compact country gazetteer: ISO code | capitals (several languages) | demonyms (adjectives) | extra names.
// Country names in the article's language come from Intl.DisplayNames; `extra` holds the short and older names
// newsrooms use and the names Intl renders differently ("Turkey" for TR, "Burma" for MM).
// Capitals and demonyms stand for the country's government ("Islamabad said", "the Pakistani side").
const DATA = `
AF|Kabul|Afghan,Afghani,afghan,afghane,afghano,afgano|Afghanistan
AL|Tirana|Albanian|
DZ|Algiers,Alger,Algeri|Algerian,algérien|
AO|Luanda|Angolan|
AR|Buenos Aires|Argentine,Argentinian,argentin,argentino|
AM|Yerevan|Armenian|
AU|Canberra|Australian|
AT|Vienna,Wien,Vienne|Austrian,österreichisch,autrichien|
AZ|Baku|Azerbaijani|
BH|Manama|Bahraini|
BD|Dhaka|Bangladeshi|
BY|Minsk|Belarusian|
BE||Belgian,belge|
BJ|Porto-Novo|Beninese|
BT|Thimphu|Bhutanese|
BO|La Paz,Sucre|Bolivian|
BA|Sarajevo|Bosnian|Bosnia
BW|Gaborone|Botswanan|
BR|Brasília,Brasilia|Brazilian,brésilien|
BN||Bruneian|
BG|Sofia|Bulgarian|
BF|Ouagadougou|Burkinabe|
BI|Gitega|Burundian|
KH|Phnom Penh|Cambodian|
CM|Yaoundé|Cameroonian|
CA|Ottawa|Canadian,canadien|
CF|Bangui||Central African Republic
TD|N’Djamena,N'Djamena|Chadian|
CL|Santiago|Chilean,chilien|
CN|Beijing,Peking,Pékin,Pechino,Pekín|Chinese,chinesisch,chinois,cinese,chino|
CO|Bogotá,Bogota|Colombian|
CD|Kinshasa|Congolese|Congo,Democratic Republic of the Congo,DRC
CG|Brazzaville||Republic of the Congo
CR|San José||Costa Rica
CI|Abidjan,Yamoussoukro|Ivorian|Ivory Coast
HR|Zagreb|Croatian|
CU|Havana,La Habana|Cuban,cubain|
CY|Nicosia|Cypriot|
CZ|Prague,Prag|Czech|Czech Republic
DK|Copenhagen,Kopenhagen|Danish|
DJ|Djibouti||
DO|Santo Domingo|Dominican|Dominican Republic
EC|Quito|Ecuadorian|
EG|Cairo,Kairo,Le Caire,Il Cairo|Egyptian,égyptien|
SV|San Salvador|Salvadoran|
ER|Asmara|Eritrean|
EE|Tallinn|Estonian|
ET|Addis Ababa|Ethiopian|
FI|Helsinki|Finnish|
FR|Paris,Parigi|French,französisch,français,francese,francés|France,Frankreich,Francia
GA|Libreville|Gabonese|
GM|Banjul|Gambian|
GE|Tbilisi|Georgian|
DE|Berlin,Berlino,Berlín|German,deutsch,allemand,tedesco,alemán|Germany,Deutschland,Allemagne,Germania,Alemania
GH|Accra|Ghanaian|
GR|Athens,Athen,Athènes,Atene,Atenas|Greek,grec,greco,griego|
GT|Guatemala City|Guatemalan|
GN|Conakry|Guinean|
HT|Port-au-Prince|Haitian|
HN|Tegucigalpa|Honduran|
HU|Budapest|Hungarian|
IS|Reykjavik|Icelandic|
IN|New Delhi,Neu-Delhi|Indian,indien,indiano|
ID|Jakarta|Indonesian|
IR|Tehran,Teheran,Téhéran|Iranian,iranien,iraniano|
IQ|Baghdad,Bagdad|Iraqi,irakien|
IE|Dublin|Irish|
IL|Jerusalem,Jérusalem,Gerusalemme|Israeli,israélien,israeliano,israelí|
IT|Rome,Roma,Rom|Italian,italienisch,italien,italiano|Italy,Italien,Italie,Italia
JM|Kingston|Jamaican|
JP|Tokyo,Tokio|Japanese,japanisch,japonais,giapponese,japonés|
JO|Amman|Jordanian|
KZ|Astana|Kazakh|
KE|Nairobi|Kenyan|
KP|Pyongyang|North Korean|
KR|Seoul|South Korean|
XK|Pristina|Kosovar|Kosovo
KW|Kuwait City|Kuwaiti|
KG|Bishkek|Kyrgyz|
LA|Vientiane|Laotian|
LV|Riga|Latvian|
LB|Beirut,Beyrouth|Lebanese,libanais|
LR|Monrovia|Liberian|
LY|Tripoli|Libyan,libyen|
LT|Vilnius|Lithuanian|
LU||Luxembourgish|
MG|Antananarivo|Malagasy|
MW|Lilongwe|Malawian|
MY|Kuala Lumpur|Malaysian|
ML|Bamako|Malian,malien|
MT|Valletta|Maltese|
MR|Nouakchott|Mauritanian|
MX|Mexico City|Mexican,mexicain,messicano,mexicano|
MD|Chisinau,Chișinău|Moldovan|
MN|Ulaanbaatar|Mongolian|
ME|Podgorica|Montenegrin|
MA|Rabat|Moroccan,marocain|
MZ|Maputo|Mozambican|
MM|Naypyidaw,Yangon|Burmese|Myanmar,Burma
NA|Windhoek|Namibian|
NP|Kathmandu|Nepalese,Nepali|
NL|Amsterdam,The Hague|Dutch|Netherlands,Holland
NZ|Wellington|New Zealander|New Zealand
NI|Managua|Nicaraguan|
NE|Niamey|Nigerien|
NG|Abuja|Nigerian|
MK|Skopje|Macedonian|North Macedonia
NO|Oslo|Norwegian|
OM|Muscat|Omani|
PK|Islamabad|Pakistani,pakistanais,pakistano,pakistaní|Pakistan
PS|Ramallah|Palestinian|Palestine,Palestina,Palästina
PA|Panama City|Panamanian|
PG|Port Moresby||Papua New Guinea
PY|Asunción|Paraguayan|
PE|Lima|Peruvian|
PH|Manila|Filipino,Philippine|Philippines
PL|Warsaw,Warschau,Varsovie|Polish,polnisch,polonais|
PT|Lisbon,Lissabon,Lisbonne,Lisbona,Lisboa|Portuguese|
QA|Doha|Qatari|Qatar,Katar
RO|Bucharest|Romanian|
RU|Moscow,Moskau,Moscou,Mosca,Moscú,Kremlin|Russian,russisch,russe,russo,ruso|Russia,Russland,Russie,Russia,Rusia
RW|Kigali|Rwandan|
SA|Riyadh|Saudi|Saudi Arabia
SN|Dakar|Senegalese|
RS|Belgrade,Belgrad|Serbian|
SL|Freetown|Sierra Leonean|
SG||Singaporean|
SK|Bratislava|Slovak|
SI|Ljubljana|Slovenian|
SO|Mogadishu|Somali|
ZA|Pretoria|South African|South Africa
SS|Juba|South Sudanese|South Sudan
ES|Madrid|Spanish,spanisch,espagnol,spagnolo,español|Spain,Spanien,Espagne,Spagna,España
LK|Colombo|Sri Lankan|
SD|Khartoum|Sudanese|
SE|Stockholm|Swedish|
CH|Bern,Berne|Swiss,schweizerisch,suisse,svizzero|Switzerland,Schweiz,Suisse,Svizzera,Suiza
SY|Damascus,Damaskus,Damas|Syrian,syrien|
TW|Taipei|Taiwanese|
TJ|Dushanbe|Tajik|
TZ|Dodoma|Tanzanian|
TH|Bangkok|Thai|
TG|Lomé|Togolese|
TN|Tunis|Tunisian,tunisien|
TR|Ankara|Turkish,türkisch,turc,turco|Turkey,Türkiye,Türkei,Turquie,Turchia,Turquía
TM|Ashgabat|Turkmen|
UG|Kampala|Ugandan|
UA|Kyiv,Kiev,Kiew,Kiev|Ukrainian,ukrainisch,ukrainien,ucraino,ucraniano|Ukraine,Ucraina,Ucrania
AE|Abu Dhabi|Emirati|United Arab Emirates,UAE
GB|London,Londres,Londra|British,britisch,britannique,britannico,británico|United Kingdom,UK,U.K.,Britain,Great Britain,Großbritannien,Royaume-Uni,Regno Unito,Reino Unido
US|Washington|American,US,U.S.,amerikanisch,américain,americano,estadounidense|United States,US,U.S.,USA,U.S.A.,America,Vereinigte Staaten,États-Unis,Stati Uniti,Estados Unidos
UY|Montevideo|Uruguayan|
UZ|Tashkent|Uzbek|
VE|Caracas|Venezuelan|
VN|Hanoi|Vietnamese|Vietnam
YE|Sanaa,Sana’a|Yemeni|
ZM|Lusaka|Zambian|
ZW|Harare|Zimbabwean|
GY||Guyanese|
SR|Paramaribo|Surinamese|
BZ|Belmopan|Belizean|
BS||Bahamian|Bahamas
BB|Bridgetown|Barbadian|
TT|Port of Spain|Trinidadian|Trinidad and Tobago
FJ|Suva|Fijian|
CV||Cape Verdean|Cabo Verde
KM||Comorian|
GQ|Malabo||
SZ|Mbabane|Swazi|Swaziland
LS|Maseru||
LI|Vaduz||
MV||Maldivian|
SC||Seychellois|
AD|Andorra la Vella|Andorran|
SM||Sammarinese|
SB|Honiara||
TL|Dili||East Timor
VU|Port Vila||
WS|Apia|Samoan|
TO||Tongan|
GW|Bissau||
ST|||
LC|||
KN|||
VC|||
AG|||
KI|||
TV|||
MH|||
FM|||
NR|||
`;

export interface CountryEntry {
  code: string;
  capitals: string[];
  demonyms: string[];
  names: string[];
}

let cache: CountryEntry[] | null = null;

export function countries(): CountryEntry[] {
  if (cache) return cache;
  const split = (s: string | undefined) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : []);
  cache = DATA.trim().split('\n').map((line) => {
    const [code = '', caps, dems, names] = line.split('|');
    return { code, capitals: split(caps), demonyms: split(dems), names: split(names) };
  });
  return cache;
}

/** Organisations the gazetteer knows by their short names (they are not countries). */
export const KNOWN_ORGS: Record<string, string> = {
  EU: 'European Union', 'E.U.': 'European Union', UN: 'United Nations', 'U.N.': 'United Nations', NATO: 'NATO',
  EZB: 'Europäische Zentralbank', ECB: 'European Central Bank',
  IMF: 'International Monetary Fund', WHO: 'World Health Organization', FBI: 'FBI', CIA: 'CIA',
};

/** Acronyms that several languages share, each expanded in the article's own language ("UE" is the Unión Europea
 * in Spanish, the Union européenne in French); in another language the acronym stays as written. */
export const KNOWN_ORGS_BY_LANG: Record<string, Record<string, string>> = {
  UE: { fr: 'Union européenne', es: 'Unión Europea', it: 'Unione europea', pt: 'União Europeia' },
  ONU: { fr: 'Nations unies', es: 'Naciones Unidas', it: 'Nazioni Unite', pt: 'Nações Unidas' },
  OTAN: { fr: 'Otan', es: 'OTAN', pt: 'OTAN' },
};

/** The known organisation an acronym names, in the article's language. */
export function knownOrg(acronym: string, lang: string): string | undefined {
  const byLang = KNOWN_ORGS_BY_LANG[acronym];
  return byLang ? (byLang[lang] ?? acronym) : KNOWN_ORGS[acronym];
}
