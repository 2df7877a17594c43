// Month names (lower case, long and short, alone and beside a day) of the languages that write "22. Oktober", from
// Intl through lib/calendar-names.ts, written by scripts/analysis/ordinal-months.mjs. Generated data: do not edit.

export const ORDINAL_MONTHS: Record<string, string> = {
  de: 'januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|okt|nov|dez|sept',
  da: 'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|okt|nov|dec',
  no: 'januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|aug|sep|okt|nov|des',
  fi: 'tammikuu|helmikuu|maaliskuu|huhtikuu|toukokuu|kesäkuu|heinäkuu|elokuu|syyskuu|lokakuu|marraskuu|joulukuu|tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta|tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu',
  cs: 'leden|únor|březen|duben|květen|červen|červenec|srpen|září|říjen|listopad|prosinec|ledna|února|března|dubna|května|června|července|srpna|října|listopadu|prosince|led|úno|bře|dub|kvě|čvn|čvc|srp|zář|říj|lis|pro',
  sk: 'január|február|marec|apríl|máj|jún|júl|august|september|október|november|december|januára|februára|marca|apríla|mája|júna|júla|augusta|septembra|októbra|novembra|decembra|jan|feb|mar|apr|aug|sep|okt|nov|dec',
  hr: 'siječanj|veljača|ožujak|travanj|svibanj|lipanj|srpanj|kolovoz|rujan|listopad|studeni|prosinac|siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|listopada|studenoga|prosinca|sij|velj|ožu|tra|svi|lip|srp|kol|ruj|lis|stu|pro',
  sl: 'januar|februar|marec|april|maj|junij|julij|avgust|september|oktober|november|december|jan|feb|mar|apr|jun|jul|avg|sep|okt|nov|dec',
  et: 'jaanuar|veebruar|märts|aprill|mai|juuni|juuli|august|september|oktoober|november|detsember|jaan|veebr|apr|aug|sept|okt|nov|dets',
  lv: 'janvāris|februāris|marts|aprīlis|maijs|jūnijs|jūlijs|augusts|septembris|oktobris|novembris|decembris|janv|febr|apr|jūn|jūl|aug|sept|okt|nov|dec',
};
