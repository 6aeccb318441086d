// Word lists the matcher leans on for precision: ordinary English words that start sentences or
// double as surnames, titles that are not part of a name, name particles, words that are capitalised
// without being names (months, weekdays, nationalities), and family names written first. All lower case.

const list = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Words that open sentences and phrases: articles, pronouns, prepositions, adverbs, "former". */
export const FUNCTION_WORDS = list(`
a about above according across after afterwards again against ago ahead all almost alone along already also
although always among an and another any anyone anything are around as at away back be because been before
behind being below beside besides between beyond both but by can cannot could did do does doing done down during
each either else enough even ever every everyone everything except far few first for former from further had has
have having he her here hers herself him himself his how however i if in inside instead into is it its itself
just last late later least less let like many may me meanwhile might more most much must my near nearly neither
never nevertheless new next no nobody none nor not nothing now of off often old on once one only onto or other
others otherwise our ours out outside over own past per perhaps rather same several she should since so some
someone something sometimes soon still such than that the their theirs them themselves then there therefore
these they this those though through throughout thus to today together tomorrow too toward towards under unless
until up upon us very via was we well were what whatever when where whereas whether which while who whoever whole
whom whose why will with within without would yesterday yet you your yours
`);

/** Frequent English words, including those that double as names ("bush", "cage", "reed", "hunter"). */
export const COMMON_WORDS = new Set([
  ...FUNCTION_WORDS,
  ...list(`
ask asked back bad bag band bank bar bark base bay beach bear bell belt best bill bird black blue board boat body bond
book boot born boss bout bow bowl box boy brain branch brand bread break brick bridge bright bring brown bud build
burn bush business butt buy cage call came camp can cap capital car card care case cash cast cat catch cause cell
chain chair chance change charge chase cheap check chief child church city claim class clean clear click climb close
cloud club coach coal coast coat cold come cook cool copper corn cost count country court cover cow crane cross
crown cry cup cut dark date day dead deal dear death deep desk die dish doctor dog door draw dream dress drink drive
drop dry duck due dust early earth east easy eat edge end enter even evening every eye face fact fair faith fall
farm fast father fear feel field fight figure fill find fine fire fish fisher fit flag flat flower fly follow
food fool foot force ford forest fork form fox free fresh friend front frost fruit full fun game garden gate gave
general gift girl give glass go gold golden good grace grand grass gray great green grey ground group grow guard
guide gun hair half hall hand hard harm hart hat head hear heart heat heavy help high hill hit hold hole holy home
hook hope horn horse host hot house hunt hunter ice idea iron island jack job join joy judge jump just keep key
kid kind king kiss knight know lake lamb land lane large law lay lead leaf learn leave left leg less letter life
light line lion list little live lock long look lord lose lost lot love low luck mail main major make man mark
market mason match may mean meet mill miller mind mine miss moon more morning moss mother mount mountain move
much name nation native near need never new news night noble north note number oak object offer office oil
open order page paint pair palm park part party pass path pay peace pearl pen people pick piece pike pine pipe
place plain plan plant play point pole pool poor port post pound power press price pride prince print prison
prize pure push put queen quick race rain range rank rare rate reach read ready real reason record red reed
rest rich ride right ring rise river road rock roll room rose round row royal rule run rush safe sail salt sand
save say school score sea seal season seat second see seed sell send serve serving set shade shadow shape share
sharp sheep shell shield ship shore short shot show side sight sign silver simple sing sir sit size skin sky
slow small smart smith snow soft soldier son song sound south space spark speak speed spring square staff stage
stand star start state station stay steel step stern stick stone stop storm story straight strange street
strong summer sun swan sweet swift table tail take talk tall taylor tea teach team tell test thank thing think
third thorn time tiny title top touch tower town track trade train tree trip true trump trust truth try turn
under union up upper use valley view voice wait walk wall want war ward warm wash watch water way weaver well
west wheel white whole wide wild will win wind window wine winter wise wish wolf wood word work world worth
wright write wrong yard year young
account action activity address advance advice age agency agenda aid air alarm album annual answer appeal
area arm arrest art article attack attempt audience author average award balance ball banner battle beauty
bed bench birth blood blow blues border bottom brief budget bureau camera campaign cancer capital captain
career category cause center centre century chairman challenge champion channel chapter character charity
chart choice cinema circle citizen civil classic climate coffee collection college colour column comment
commerce committee common community company concert conference congress contact content contest control
cookie copy corner council cover credit crime crisis critic culture cure current cycle daily damage dance
data dateline debate decade defence defense delay delivery demand design detail development device diary
diet dinner direct dispute district division dragon drama dressed driver drug duty economy edition editor
education effect effort election element emergency empire energy engine entry episode estate euro event
evidence exchange exclusive exit expert express extra factor family fashion feature federal fee festival
file film final finance focus fortune forum freedom frozen fund future gallery games gap garage gas genre
global goal government grade grant growth guest gulf habit harbour harbor headline health heritage hero
history holiday honour honor horizon hospital hotel hour image impact income index industry inquiry insight
interview issue journal journey junior justice kitchen label labour labor language latin leader league
legend level liberty library limit link living local looking loss machine magazine makeup management manager
margin marine master media medical meeting member memory message metro middle midnight military minister
minute mission model moment money monitor motor movement museum music mystery national nature network
notice novel nuclear ocean opinion option orange origin outlook owner pacific panel paper parade parent
partner patient pattern penalty pension phase phone photo picture pilot planet platform plaza pocket poetry
police policy politics poll premier premium president pressure prime priority private problem process
product profile program programme progress project property protest public pulse quality quarter question
radio railway rally ranger reader record region release report republic rescue research reserve resort
result review revolution risk rival route safety sale salon sample scene science screen search secret
section sector security senior sense serial series service session settlement seven shameless shop signal
silence society source speaker special spirit sport sports spring squad standard statement status stock
strategy stream studio style success summit supply support survey system target task tax teacher technology
television temple term territory theatre theater theme theory ticket timeline today tonight total tour
tourism tower traders traffic tragedy transport travel treasury trend trial tribune triumph truck trust
unit united universe university update urgent usage valley value venture version veteran victory video
village vision visit vote wave weather week weekend welcome wellness winner wonder worker youth zone
`),
]);

/** A common word, a speech verb, or the plural of a common word ("Homes" is not a misspelt "Homs"). */
export function isCommonWord(folded: string): boolean {
  if (COMMON_WORDS.has(folded) || SPEECH_VERBS.has(folded)) return true;
  if (!folded.endsWith('s')) return false;
  return COMMON_WORDS.has(folded.slice(0, -1)) || (folded.endsWith('es') && COMMON_WORDS.has(folded.slice(0, -2)));
}

/** Titles and honorifics that precede a name without being part of it. */
export const TITLES = list(`
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady madam madame monsieur herr frau
president vice minister premier chancellor secretary senator sen sen. governor gov gov. mayor judge justice
king queen prince princess crown emperor sheikh sultan emir ayatollah imam pope cardinal bishop archbishop
rev rev. reverend father sister brother general gen gen. colonel col col. major maj maj. captain capt capt.
lieutenant lt lt. sergeant sgt sgt. admiral adm adm. commander marshal chief officer spokesman spokeswoman
spokesperson ambassador envoy deputy speaker chairman chairwoman chair director leader representative rep rep.
congressman congresswoman councillor detective inspector coach striker forward midfielder defender goalkeeper
star actor actress singer rapper author novelist writer poet artist composer conductor pianist player champion
doctor professor attorney lawyer prosecutor ex former late supreme commissioner superintendent constable sheriff
ceo cfo coo mp mep mla lawmaker legislator
`);

/** Abbreviations that open places' names ("St. Louis", "Mt. Everest"): their dot ends no sentence. */
export const PLACE_ABBREVIATIONS = list(`st. mt. ft.`);

/** Multi-word titles, matched as phrases so their words do not join a following name; by first word. */
export const TITLE_PHRASES: ReadonlyMap<string, string[][]> = byFirstWord([
  'secretary of state', 'foreign minister', 'prime minister', 'defence minister', 'defense minister',
  'crown prince', 'supreme leader', 'vice president', 'secretary general', 'attorney general',
  'chief executive', 'first lady', 'high commissioner', 'foreign secretary', 'home secretary',
  'interior minister', 'finance minister', 'health minister', 'opposition leader',
]);

function byFirstWord(phrases: string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const words of phrases.map((p) => p.split(' '))) map.set(words[0], [...(map.get(words[0]) ?? []), words]);
  return map;
}

/** Lower-case particles inside names ("bin Salman", "da Silva", "von der Leyen", "al-Assad"). */
export const PARTICLES = list(`
al el es ash az ar bin ibn bint ben da de do dos das di du del della der den van von ter la le
`);

/** Words that follow a company's name in its full legal or trading name ("Huawei Technologies", "Toyota Motor Corp."). */
export const COMPANY_SUFFIXES = list(`
technologies technology holdings holding group inc inc. corp corp. corporation co co. company ltd ltd. limited plc ag sa nv llc
gmbh se motor motors airlines airways industries international
`);

/** Common Chinese (pinyin and older spellings), Korean and Cambodian family names, folded. */
export const FAMILY_NAMES_FIRST = list(`
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang
han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao cui
zhong tan wan fan fu jin qin qiu hou shi xi mao bai kong meng qian duan lei long tao hao yan gu mo kang xiong
ji xue bao wen
tsai lai chiang chou teng hsu hsieh tsao wong leung cheung chan lau ng ho kuo ko
kim lee yi park pak choi choe jung jeong chung cho jo yoon yun jang chang lim im oh seo suh shin moon mun
ahn hwang jeon chun hong yoo ryu baek nam noh roh ha kwon kwak son sung
hun
`);

/** Name suffixes that mark a different person from the same name without them. */
export const NAME_SUFFIXES = list(`jr jr. sr sr. ii iii iv`);

/**
 * Words for peoples, faiths, parties and regions: no names alone ("Syrian forces", "a Christian"), but
 * they open longer ones ("Saudi Arabia", "Northern Ireland", "Christian Democratic Union").
 */
export const NAME_ADJECTIVES = list(`
american americans british briton britons english french german germans italian spanish portuguese dutch
european europeans western eastern northern southern soviet russian russians ukrainian ukrainians chinese japanese
korean koreans indian pakistani afghan iranian iraqi syrian israeli israelis palestinian palestinians lebanese
turkish greek egyptian libyan saudi emirati qatari yemeni african asian arab arabs arabic muslim muslims
christian christians jewish catholic orthodox sunni shia shiite kurdish kurd kurds polish czech hungarian
belarusian georgian armenian azerbaijani kazakh uzbek swedish finnish danish norwegian irish scottish welsh
canadian mexican brazilian argentine venezuelan cuban colombian chilean peruvian australian nigerian
kenyan ethiopian somali sudanese marine marines navy army democrat democrats democratic republican republicans
thai vietnamese indonesian malaysian filipino burmese taiwanese austrian swiss belgian romanian bulgarian serbian
croatian bosnian albanian slovak slovenian estonian latvian lithuanian moldovan tunisian algerian moroccan
jordanian bahraini kuwaiti omani bangladeshi nepali ghanaian ugandan tanzanian rwandan congolese zimbabwean
hindu buddhist islamic islamist jihadist zionist nazi nazis roman latin nordic baltic balkan caribbean
`);

/** Capitalised words that are not names: days and months, feasts, common acronyms, "I'm", and the words of NAME_ADJECTIVES. */
export const NOT_NAMES = new Set([
  ...NAME_ADJECTIVES,
  ...list(`
january february march april may june july august september october november december
jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.
monday tuesday wednesday thursday friday saturday sunday
christmas easter ramadan eid
internet tv ipo mri gdp cpi gmt est edt pdt pst cst utc qe td tds dvd pdf usb vip covid ai lng
i'm i've i'd i'll
`),
]);

/**
 * Nouns of institutions' names: a title word before them is part of the name ("General Motors",
 * "Supreme Court"), and "of" after them joins the rest ("Bank of England").
 */
export const INSTITUTION_NOUNS = list(`
department ministry service services university college school court league council commission committee agency
authority bank party group motors corporation company institute foundation association union federation office
board army navy force forces police hospital church museum fund trust society guard
`);

/** Nouns for businesses and groups: a name right after one is theirs ("ride-hailing firm Bolt", "carmaker Ford"). */
const BUSINESS_NOUNS = list(`
firm company startup start-up group brand app platform carrier airline retailer chain club team band label
broker lender insurer bank fund agency outlet newspaper broadcaster network studio
`);

export function isBusinessNoun(folded: string): boolean {
  return BUSINESS_NOUNS.has(folded) || (folded.length > 5 && folded.endsWith('maker'));
}

/** Words that open places' names, which an ordinary word at a sentence start does not ("New York", "South Africa"). */
export const PLACE_OPENINGS = list(`
new north south east west northern southern eastern western upper lower great greater united san santa los las
saint st. port fort mount mt. lake cape
`);

/** Ordinary words written after a hyphen, which no given name ends with ("Nazi-style", "EU-wide", "two-time"). */
export const HYPHEN_SUFFIXES = list(`
style wide based led run time born like free owned made backed linked era type class level year old term day week
`);

/** Prepositions that come before places, and never before a person's bare surname ("in Assam", "near Catania"). */
export const PLACE_PREPOSITIONS = list(`in near`);

/** Nouns that follow a place's name ("the Fatih district", "Tahrir Square"), and never a person's or an organisation's. */
export const PLACE_NOUNS = list(`
district districts province provinces region county municipality prefecture governorate oblast canton
neighbourhood neighborhood suburb quarter street avenue road square bridge valley river lake island
islands peninsula strait bay port airport border crossing
`);

/** Verbs that follow a name in news copy, a sign that a capitalised word is a person. */
export const SPEECH_VERBS = list(`
said says told added asked wrote argued insisted stressed warned denied announced confirmed replied explained
noted claimed declared admitted tweeted posted vowed pledged urged promised threatened
accused rejected praised criticised criticized condemned welcomed demanded acknowledged conceded ordered
`);
