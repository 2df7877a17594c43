// What boilerplate says, as data: one entry per rule, with the reason it records and the languages it covers.
// Each rule is tested on its own (tests/clean-rules.test.ts). Patterns run on a block's normalised text
// (lower case, quotes folded, white space collapsed).
import type { RemovalReason } from '../types';

export interface TextRule {
  rule: string;
  reason: RemovalReason;
  /** Matched against the block's normalised text. */
  re: RegExp;
  /** The rule applies only to blocks at most this long (characters): boilerplate lines are short, news is not. */
  maxLen: number;
}

/**
 * Whole-line boilerplate: short blocks that are furniture wherever they stand. Anchored, so that a news paragraph
 * that mentions "comments" or "share" is not touched.
 */
export const LINE_RULES: TextRule[] = [
  // navigation
  { rule: 'nav:skip-link', reason: 'navigation', maxLen: 40, re: /^(skip to (main )?content|skip to navigation|skip past newsletter( promotion)?|zum inhalt springen|direkt zum inhalt|aller au contenu|passer au contenu|saltar al contenido|vai al contenuto)$/ },
  { rule: 'nav:prev-next', reason: 'navigation', maxLen: 120, re: /^(« ?|‹ ?|← ?)?(previous|next|older|newer) (post|article|story|entry)\b|^(vorheriger|nächster) (beitrag|artikel)\b|^article (précédent|suivant)\b/ },
  { rule: 'nav:bare-url', reason: 'navigation', maxLen: 300, re: /^https?:\/\/\S+$/ },
  { rule: 'nav:back-to-top', reason: 'navigation', maxLen: 30, re: /^(back to top|nach oben|retour en haut)$/ },
  { rule: 'nav:breadcrumb', reason: 'navigation', maxLen: 200, re: /^home ?[»›>\/"] .*[»›>\/"]|^[^.!?"]{1,60} [»›"] [^.!?"]{1,60} [»›"] [^.!?"]{1,100}$/ },
  { rule: 'nav:tags', reason: 'navigation', maxLen: 300, re: /^(tags|tagged|schlagwörter|étiquettes|mots-clés|tag)( ?[:/|] ?| in:? )/ },
  { rule: 'nav:account', reason: 'navigation', maxLen: 20, re: /^(sign in|log in|login|sign up|register|my account|anmelden|se connecter|accedi|iniciar sesión)$/ },
  // share bars
  { rule: 'share:label', reason: 'share', maxLen: 60, re: /^(share|share this|share this (article|story|post|page)|share on (facebook|x|twitter|whatsapp|linkedin|email|bluesky|threads)|tweet|copy link|link copied|teilen|teilen auf|diesen artikel teilen|jetzt teilen|partager|partager cet article|partager sur \w+|condividi|compartir|email|print|whatsapp|facebook|linkedin|reddit|pinterest|telegram)( ?[:|]?)( ?(facebook|x|twitter|whatsapp|linkedin|email|e-mail|reddit|telegram|print|pinterest|bluesky|threads|copy link|mail|drucken|imprimer)[ |,]*)*$/ },
  // comment notices and prompts
  { rule: 'comments:closed', reason: 'comments', maxLen: 60, re: /^(comments are closed|comments closed|kommentare sind geschlossen|die kommentarfunktion ist geschlossen|les commentaires sont fermés|commenti chiusi|comentarios cerrados)\.?$/ },
  { rule: 'comments:prompt', reason: 'comments', maxLen: 140, re: /^(comments?|post comment\b.*|leave a (reply|comment)|post a comment|add a comment|join the (discussion|conversation)|\d+ comments?|no comments( yet)?|be the first to comment|discussion about this post|\d+ more comments|view comments|show comments|cancel reply|schreibe einen kommentar|kommentar verfassen|répondre à cet article|laisser un commentaire|lascia un commento|deja un comentario)\b/ },
  { rule: 'comments:login', reason: 'comments', maxLen: 160, re: /(must be logged in to (post|leave) a comment|your email address will not be published|required fields are marked|logged in to post a comment)/ },
  // counters: a lone number, or a number with its unit
  { rule: 'counter:number', reason: 'counter', maxLen: 24, re: /^[\d][\d.,\s']*[km]?( ?(views?|reads?|shares?|likes?|comments?|aufrufe|vues|lectures|visite|visualizaciones))?$/ },
  // cookie notices
  { rule: 'cookie:notice', reason: 'cookie', maxLen: 400, re: /(we use cookies|this (web)?site uses cookies|uses cookies to|diese (web)?seite verwendet cookies|diese website verwendet cookies|wir verwenden cookies|ce site utilise des cookies|nous utilisons des cookies|utilizziamo (i )?cookie|utilizamos cookies|accept (all )?cookies|cookie (settings|preferences|policy)$|we and our \d+ partners|manage (your )?consent)/ },
  // newsletter and subscribe prompts
  { rule: 'newsletter:subscribe-call', reason: 'newsletter', maxLen: 200, re: /^(click here to )?subscribe (to|now|today)\b/ },
  { rule: 'newsletter:signup', reason: 'newsletter', maxLen: 260, re: /((sign up|subscribe|register) (for|to) (our|the|my)?[\w\s'’]{0,40}newsletter|subscribe to (our|the|my) newsletter|get (the|our) [\w\s'’]{0,40}(newsletter|in your inbox)|in your inbox every|delivered to your inbox|newsletter abonnieren|zum newsletter anmelden|abonnez-vous à (notre|la) (newsletter|lettre)|inscrivez-vous à (notre|la) (newsletter|lettre)|recevez (la|notre) (lettre|newsletter)|iscriviti alla newsletter|suscríbete a (nuestro|nuestra) (boletín|newsletter)|join our mailing list|sign me up|please enter a valid email|enter your email|your email address|email sent! check your inbox|unsubscribe (with one click|at any time)|we respect your privacy|^subscribe$|^sign up$|^newsletter$|^abonnieren$|^s'inscrire$|to receive new posts and support my work|thanks for reading [\w\s'’]+! subscribe)/ },
  // paywall teasers and subscription offers
  { rule: 'paywall:meter', reason: 'paywall', maxLen: 200, re: /(you have read \d+ of \d+ free articles|you've reached your (free )?article limit|subscribe now for unlimited access|already a subscriber\?|subscribe for [£$€]\d|subscribe from [£$€]\d|start your free trial|sie haben \d+ von \d+ kostenlosen artikeln|déjà abonné)/ },
  // related / more lists
  { rule: 'related:heading', reason: 'related', maxLen: 60, re: /^(related|related (posts|articles|stories|content|coverage|reading)|read more|read next|read also|more (stories|news|articles)|more [\w\s'’]{1,30} (stories|news|articles)|more from [\w\s'’]+|more on (this|these) (story|topics?)|explore more on these topics|you (may|might) also like|recommended( for you)?|most (read|popular|viewed|shared)( this week| today| now)?|popular( (posts|stories))?|trending( now)?|latest( (news|stories|posts))?|recent (stories|posts|articles)|in (this|the same) section|what to read next|also read|ähnliche (beiträge|artikel)|weitere (beiträge|artikel)|neueste beiträge|meistgelesen|das könnte sie auch interessieren|mehr zum thema|lesen sie auch|dans la même rubrique|à lire aussi|lire aussi|sur le même sujet|articles similaires|leggi anche|articoli correlati|te puede interesar|lee también|noticias relacionadas)( ?[:»›]?)$/ },
  { rule: 'related:inline', reason: 'related', maxLen: 220, re: /^(read more|related|see also|also read|lesen sie auch|lire aussi|à lire aussi|leggi anche|lee también)\s?:/ },
  // republishing and first-published notices
  { rule: 'republish:notice', reason: 'republish', maxLen: 400, re: /((article|story|post|piece|report|this)\b.{0,30}first appeared (on|in)|(this (article|story|post) )?(was )?originally (appeared|published) (on|in|at) [^.;\]]{2,60}\.?$|republished (here )?with permission|republish this (article|story)|you can republish (this|our) (article|story)|copy and paste this attribution|under a creative commons|erschien zuerst (in|auf|bei)|dieser artikel erschien zuerst|cet article a été publié (initialement|d'abord)|^copy html$|^reuse this content$|^republish$)/ },
  // adverts
  { rule: 'advert:label', reason: 'advert', maxLen: 30, re: /^(advertisement|advertising|sponsored|sponsored content|anzeige|werbung|publicité|pubblicità|publicidad|ad)$/ },
  // bylines and dates repeated in the body (the header shows them)
  { rule: 'byline:date-line', reason: 'byline', maxLen: 120, re: /^((first )?published|updated|posted|last updated|veröffentlicht|aktualisiert|publié|mis à jour|pubblicato|publicado)( on| at)?:? .{0,80}\d|^(by|von|par|di|por) [\p{Lu}\p{Ll}'’. -]{2,60}( ?[|,–—-] ?.{0,60}\d{1,4}.*)$/u },
  { rule: 'byline:date', reason: 'byline', maxLen: 100, re: /^((mon|tues|wednes|thurs|fri|satur|sun)day,? )?((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2}\.? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-zäéû]*\.? \d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(,? ?\|? ?(at )?\d{1,2}[:.]\d{2} ?([ap]\.?m\.?)?( [a-z]{2,4})?)?( ?\| ?updated .{0,60})?( \|)?$/ },
  { rule: 'byline:read-time', reason: 'byline', maxLen: 30, re: /^\d+ ?(min|minute|minutes|mins)( read| de lecture| lesezeit)?$/ },
  // photo credits and gallery controls
  { rule: 'caption:gallery', reason: 'caption', maxLen: 40, re: /^((image|photo|picture|slide|bild|foto) ?\/? ?\d+ ?\/? ?(of|\/|von|sur|de) ?\/? ?\/? ?\d+|caption|close|expand|enlarge|fullscreen|full screen|hide caption|toggle caption)$/ },
  { rule: 'caption:copyright-credit', reason: 'caption', maxLen: 400, re: /^© [^/]{2,60} \/ / },
  { rule: 'caption:credit', reason: 'caption', maxLen: 90, re: /^(\(?(image|photo|photograph|picture|credit|foto|bild|crédit|crédits)s?( credit)?(:| ?©) ?[^.]{0,70}\)?|© ?[^.]{1,60}|\(?(getty|ap|reuters|afp|shutterstock|epa|dpa)( images)?\)?)$/ },
  // legal lines: copyright, affiliate disclosures
  { rule: 'legal:copyright', reason: 'legal', maxLen: 400, re: /(all rights reserved|this (document|material|article) (is subject to copyright|may not be (published|reproduced))|the contents of this site are ©|^copyright ©?\s?\d{4}|may earn an? (affiliate )?commission|we may earn (a|an) (small )?(affiliate )?commission|affiliate links?)/ },
  // site footer lines
  { rule: 'navigation:powered-by', reason: 'navigation', maxLen: 120, re: /^(proudly )?powered by [\w\s.]+$|^powered by ghost$|© ?\d{4}.*all rights reserved/ },
  // author contact lines
  { rule: 'author-bio:contact', reason: 'author-bio', maxLen: 300, re: /^(view author archive|email the author|(follow|contact|reach) (him|her|them|the (author|reporter|reporters|writer))\b|reach the (reporter|reporters|writer|author)s? (on|at|via)\b|have a tip\?|got a (news )?tip\?)/ },
  // author bio boxes (headings)
  { rule: 'author-bio:heading', reason: 'author-bio', maxLen: 60, re: /^(about the author|about [a-zà-ÿ]+ [a-zà-ÿ]+|über den autor|über die autorin|à propos de l'auteur|l'auteur)$/ },
];

/**
 * Appeals to support the publisher. Each hit adds its weight to a block's appeal score; a block is an appeal when
 * the score reaches APPEAL_THRESHOLD. Strong phrases are imperative and aimed at the reader on the site's behalf
 * ("support us", "make a gift today"); weak ones are vocabulary that news about charity also uses.
 */
export interface WeightedRule { rule: string; re: RegExp; weight: number }
export const APPEAL_THRESHOLD = 2;

export const APPEAL_RULES: WeightedRule[] = [
  // English
  { rule: 'appeal:support-us', weight: 2, re: /\bsupport (us|our (work|journalism|reporting|newsroom|mission)|independent (journalism|media|news)|(the )?[\w\s'’]{1,40}(centre|center|courier|post|report|news|journal|times|media|press|magazine|today|chronicle|gazette|herald|tribune|observer|review|voice|echo|bulletin|daily|weekly|radio|newsroom|paper|newspaper|site|blog|podcast))\b/ },
  { rule: 'appeal:donate-cta', weight: 2, re: /(^|[.!?:]\s|\bplease )(donate( now| here| today| monthly)?|make a (tax-deductible |one-off |one-time |monthly )?(gift|donation|contribution)( today)?|give (now|today|monthly)|chip in|become a (patron|member|supporter|supporting member|friend of)|buy (us|me) a coffee|tip us|leave us a (one-off )?tip)\b/ },
  { rule: 'appeal:reader-funded', weight: 2, re: /\b(reader-funded|reader-supported|reader funded|supported by (our )?readers|funded by (our )?readers|free to read because|readers chip in|is a (nonprofit|non-profit|not-for-profit)[\w\s,]{0,30}(newsroom|newspaper|news organi[sz]ation|publication)|needs you|your (gift|donation|support|contribution) (keeps|helps|powers|makes|allows|ensures|sustains)|every (contribution|donation|dollar|pound|euro|gift)\b[\w\s,]{0,40}(powers|helps|counts|matched|makes)|from as little as|if you can,? please (consider )?(support|donat|give|chip)|please consider (supporting|donating|a donation)|join us\b[^.]{0,40}(it is now|today)|tax-deductible)/ },
  { rule: 'appeal:first-person', weight: 1, re: /\b(our journalism|our reporting|our newsroom|our work|keep (this site|us|our [\w\s]{0,20}) (running|going|independent|free)|independent journalism|no paywall|costs (us )?about [£$€]?\d)/ },
  { rule: 'appeal:thanks', weight: 1, re: /^(thank you( for your support| so much)?!?|thanks!?|vielen dank!?|merci( beaucoup)?( !|!)?|grazie!?|¡?gracias!?|asante sana\b.*|already a (supporter|member|patron)\?.*)$/ },
  // German
  { rule: 'appeal:de', weight: 2, re: /\b(unterstützen sie (uns|unabhängigen|unsere)|jetzt spenden|mit einer spende|spenden sie|ihre spende|spendenkonto|finanziert sich (ausschließlich |allein )?(über|durch) (freiwillige )?(beiträge|spenden)|werden sie (mitglied|unterstützer))/ },
  // French
  { rule: 'appeal:fr', weight: 2, re: /(faire un don|faites un don|soutenez-nous|nous soutenir|a besoin de vous|ne vit que grâce à ses lecteurs|réduction d'impôt|votre don|soutenir (le|la|notre) [\w\s'’]{1,30}(journal|média|rédaction|écho))/ },
  // Italian and Spanish
  { rule: 'appeal:it-es', weight: 2, re: /\b(sostienici|fai una donazione|dona ora|sostieni (il|la) [\w\s]{1,30}|apóyanos|haz una donación|dona ahora|hazte socio|colabora con nosotros)\b/ },
  // Donation platforms named in a call to action
  { rule: 'appeal:platform', weight: 2, re: /\b(on|via|sur|auf|per|su|en) (patreon|ko-fi|kofi|liberapay|tipeee|helloasso|steady|buymeacoffee|buy me a coffee|opencollective|gofundme|donorbox|paypal|steadyhq)\b|^(support us|tip us|donate|give) on [\w-]+$/ },
];

/**
 * Payment details: lines that carry an account identifier. A line must be short and hold the identifier itself,
 * so that a story that talks about IBANs or sort codes keeps its sentences.
 */
export const PAYMENT_LINE_MAX = 140;
export const PAYMENT_RULES: WeightedRule[] = [
  { rule: 'payment:iban', weight: 3, re: /\b(iban\s*:?\s*)?[a-z]{2}\d{2}(\s?[a-z0-9]{4}){2,7}(\s?[a-z0-9]{1,4})?\b/ },
  { rule: 'payment:bic', weight: 2, re: /\b(bic|swift)(\s*\/\s*(bic|swift))?\s*(code)?\s*:?\s*[a-z]{6}[a-z0-9]{2}([a-z0-9]{3})?\b/ },
  { rule: 'payment:account', weight: 3, re: /\b(a\/c|ac|acct|account( number| no\.?)?|konto(nummer)?|compte|sort code|routing( number)?|bsb)\s*(#|no\.?|:)?\s*\d[\d\s-]{5,}/ },
  { rule: 'payment:wallet', weight: 3, re: /\b(vipps|swish|mobilepay|m-pesa|mpesa|paybill|till number|twint|bizum|venmo|cash ?app|zelle|satispay|lydia)\b\s*(paybill)?\s*(#|no\.?|:|number)?\s*[#$]?[\w@.-]*\d/ },
  { rule: 'payment:paypal', weight: 3, re: /\b(paypal|per paypal|via paypal|paypal\.me)\b\s*:?\s*[\w.+-]+@[\w.-]+|paypal\.me\/\w+/ },
  { rule: 'payment:crypto', weight: 2, re: /\b(btc|bitcoin|eth|ethereum|usdt)\s*(address)?\s*:\s*[a-z0-9]{20,}/ },
];

/** Short call-to-action buttons of appeals ("Donate Here", "Jetzt spenden", "Become a patron"). */
export const CTA_MAX = 40;
export const APPEAL_CTA = /^(donate|donate (here|now|today|monthly)|give (now|today)|support (us|us now|us today|our work)|support us on [\w-]+|tip us on [\w-]+|become a (patron|member|supporter|supporting member)|make a (gift|donation)|jetzt spenden|spenden|hier spenden|unterstützen|faire un don|faire un don sur [\w-]+|je fais un don|soutenir|dona( ora| ahora)?|donar|sostienici|contribute|contribute now|join us|join now)[ !.→›»]*$/;

/** Class and id words that give a container away, where the markup is kind enough to have them. */
export const HINT_CLASSES: Array<{ reason: RemovalReason; re: RegExp }> = [
  { reason: 'donation', re: /(^|[\s_-])(donat\w*|spende\w*|support-box|bp-support|encart-soutien|soutien|membership-cta|contribut\w*|patreon|kofi|ko-fi)([\s_-]|$)/ },
  { reason: 'newsletter', re: /(^|[\s_-])(newsletter\w*|signup|sign-up|subscribe\w*|mailing-list|kg-signup-card|mc4wp\w*)([\s_-]|$)/ },
  { reason: 'share', re: /(^|[\s_-])(share\w*|sharedaddy|shariff|social-share|sharing|addtoany|a2a\w*)([\s_-]|$)/ },
  { reason: 'related', re: /(^|[\s_-])(related\w*|jp-relatedposts|yarpp\w*|more-stories|read-more|readmore|recirc\w*|most-read|popular)([\s_-]|$)/ },
  { reason: 'comments', re: /(^|[\s_-])(comments?|comment-respond|respond|disqus\w*|discussion)([\s_-]|$)/ },
  { reason: 'cookie', re: /(^|[\s_-])(cookie\w*|consent\w*|gdpr|cmp-\w+)([\s_-]|$)/ },
  { reason: 'author-bio', re: /(^|[\s_-])(author-bio|author-box|about-author|author-info|author-card|bio-box)([\s_-]|$)/ },
  { reason: 'republish', re: /(^|[\s_-])(republish\w*|creative-commons)([\s_-]|$)/ },
  { reason: 'advert', re: /(^|[\s_-])(ad-slot|ad-container|advert\w*|adsbygoogle|dfp-\w+|td-a-rec)([\s_-]|$)/ },
  { reason: 'paywall', re: /(^|[\s_-])(paywall\w*|meter\w*|piano-\w+|regwall)([\s_-]|$)/ },
];
