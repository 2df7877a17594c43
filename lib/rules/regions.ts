// States, provinces and territories of federations (the US, Canada, Australia, Germany, Austria, India, Pakistan;
// and Spain's autonomous communities) newsrooms name alone
// ("Idaho police", "in Queensland"): a name of this list, standing as the whole name, is a place whatever the tagger
// guessed (the English model reads "Idaho" as a person, "Kentucky" as a body). The written forms of the regions' own
// languages and of English, and a few other languages' forms where they differ. Left out: names as often something
// else alone — Washington (the US government, a person), Georgia (a country), Victoria (a person), Bayern (the
// football club), the city-states (their clubs), Madrid, Murcia and Valencia (cities and clubs of the same name),
// Galicia (also a region of Poland and Ukraine), Punjab (on both sides of a border: named inside longer phrases, which a
// place of its own would split from their alias).
const DATA = `
Alabama|Alaska|Arizona|Arkansas|California,Kalifornien,Californie|Colorado|Connecticut|Delaware|Florida,Floride
Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana,Louisiane|Maine|Maryland|Massachusetts|Michigan
Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico,Nouveau-Mexique|New York
North Carolina,Caroline du Nord|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania,Pennsylvanien,Pennsylvanie
Rhode Island|South Carolina,Caroline du Sud|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia,Virginie
West Virginia|Wisconsin|Wyoming|Puerto Rico|Guam
Ontario|Quebec,Québec|British Columbia,Colombie-Britannique|Alberta|Manitoba|Saskatchewan|Nova Scotia,Nouvelle-Écosse
New Brunswick,Nouveau-Brunswick|Newfoundland and Labrador|Prince Edward Island|Yukon|Nunavut|Northwest Territories
New South Wales|Queensland|Tasmania,Tasmanien|South Australia|Western Australia|Northern Territory
Baden-Württemberg|Brandenburg|Hessen,Hesse|Niedersachsen,Lower Saxony|Mecklenburg-Vorpommern
Nordrhein-Westfalen,North Rhine-Westphalia|Rheinland-Pfalz,Rhineland-Palatinate|Saarland|Sachsen,Saxony
Sachsen-Anhalt,Saxony-Anhalt|Schleswig-Holstein|Thüringen,Thuringia
Niederösterreich|Oberösterreich|Steiermark,Styria|Kärnten,Carinthia|Tirol,Tyrol|Vorarlberg|Burgenland
Andalucía,Andalusia,Andalusien,Andalousie|Aragón,Aragon|Asturias|Cantabria|Castilla y León|Castilla-La Mancha
Cataluña,Catalunya,Catalonia,Katalonien,Catalogne|Extremadura|Navarra|País Vasco,Euskadi|Canarias|Islas Baleares
Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|Jharkhand|Karnataka
Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha|Rajasthan|Sikkim|Tamil Nadu|Telangana
Tripura|Uttar Pradesh|Uttarakhand|West Bengal|Jammu and Kashmir|Ladakh|Sindh|Khyber Pakhtunkhwa|Balochistan
`;

// Regions that bear a country's name (in some languages' forms): a country unless the text sets the name among the
// federation's regions or after a town (parties/region-namesakes.ts).
const NAMESAKES = `Georgia|Géorgie`;

let cache: Set<string> | null = null;
let namesakes: Set<string> | null = null;

/** The written forms, lower case, of the regions that bear a country's name. */
export function regionNamesakes(): ReadonlySet<string> {
  return namesakes ??= new Set(NAMESAKES.split('|').map((x) => x.trim().toLowerCase()));
}


/** The regions' written forms, lower case. */
export function regionNames(): ReadonlySet<string> {
  return cache ??= new Set(DATA.trim().split(/[\n|,]/).map((x) => x.trim().toLowerCase()).filter(Boolean));
}
