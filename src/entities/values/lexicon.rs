//! Word lists the value scanners consult: months, weekdays, number words, scales, currencies, units,
//! time zones and calendar nouns. All entries are lower case; written for this project.

crate::word_list::word_lists! {
    /// Days of the week.
    pub const WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday";
    /// Words for a day relative to today.
    pub const DAY_WORDS = "today yesterday tomorrow";
    /// Words that make a calendar unit relative: `last week`, `this year`.
    pub const RELATIVE = "last next this past coming previous same current following";
    /// Words after a count of periods that keep it a date: `two weeks ago`.
    pub const AGO = "ago earlier later before";
    /// Vague plural counts, tagged CARDINAL on their own (`dozens of homes`).
    pub const VAGUE_COUNTS = "dozens hundreds thousands millions billions";
    /// Scale words after a number (`5.2 billion`, `€20m` written apart as `20 m` is not accepted).
    pub const SCALES = "hundred thousand million billion trillion bn mn mln bln tn";
    /// Scale suffixes glued to a number (`20m`, `1.5bn`, `3k`).
    pub const SCALE_SUFFIXES = "m bn b mn k tn trn";
    /// Currency symbols (single tokens).
    pub const CURRENCY_SYMBOLS = "$ € £ ¥ ₹ ₩ ₽ ₺ ₪ ₱ ₦ 元";
    /// Country prefixes glued to `$`: `US$3`, `C$`, `A$`, `HK$`, `NZ$`, `S$`, `R$`, `MX$`, and
    /// Reuters' `T$` (Taiwan), `Z$` (Zimbabwe), `J$` (Jamaica).
    pub const DOLLAR_PREFIXES = "us c a hk nz s r mx nt t z j";
    /// ISO currency codes written before or after an amount (`USD 5`, `5 EUR`); matched case-exactly.
    pub const CURRENCY_CODES = "USD EUR GBP JPY CNY CHF CAD AUD MXN INR BRL RUB KRW";
    /// Words between an amount and its unit: `420 million cubic metres`, `5 square km`.
    pub const UNIT_MODIFIERS = "cubic square sq nautical metric light";
    /// Time words (`noon`).
    pub const TIME_WORDS = "noon midnight midday tonight";
    /// Parts of a day that make a weekday a time span (`Tuesday night`).
    pub const DAY_PARTS = "morning afternoon evening night";
    /// Meridiem markers after a clock time (lower case; `P.M.` lowers to `p.m.`).
    pub const MERIDIEM = "a.m. p.m. am pm a.m p.m o'clock";
    /// Time zones after a clock time (matched case-exactly).
    pub const ZONES = "GMT UTC BST CET CEST EST EDT CST CDT MST MDT PST PDT ET PT CT JST IST AEST Z";
    /// Words before a year that belong to the date: `fiscal 2025`, `mid 2027`.
    pub const YEAR_PREFIXES = "fiscal fy early mid late financial";
    /// Percent words after an amount.
    pub const PERCENT_WORDS = "% percent pct percentage";
    /// Month names and their usual abbreviations (with the period the tokenizer keeps).
    pub const MONTHS = "january february march april may june july august september october november december jan. \
        feb. mar. apr. jun. jul. aug. sept. sep. oct. nov. dec. jan feb mar apr jun jul aug sep sept oct nov dec";
    /// Calendar units that follow `last`, `next`, `this`, ... (`last week`) or a count (`three years`).
    pub const PERIODS = "day days week weeks weekend month months year years quarter quarters decade decades century \
        centuries spring summer autumn fall winter season semester";
    /// Cardinal number words; hyphenated compounds (`twenty-five`) are checked part by part.
    pub const NUMBER_WORDS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen \
        fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty \
        ninety hundred dozen";
    /// Ordinal words.
    pub const ORDINAL_WORDS = "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth \
        fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth \
        fortieth fiftieth hundredth";
    /// Currency words after an amount (`5 million euros`).
    pub const CURRENCY_WORDS = "dollar dollars euro euros pound pounds sterling yen yuan renminbi peso pesos rupee rupees \
        franc francs rouble roubles ruble rubles reais lira cents cent pence";
    /// Units of measure after an amount (`40 km`, `3 tonnes`).
    pub const UNITS = "km kms kilometre kilometres kilometer kilometers mile miles metre metres meter meters m cm \
        mm centimetres centimeters millimetres millimeters kg kgs kilogram kilograms gram grams g \
        tonne tonnes ton tons lb lbs ounce ounces oz foot feet ft inch inches yard yards barrel \
        barrels bpd litre litres liter liters gallon gallons acre acres hectare hectares ha degrees \
        degree °c °f mph kph km/h knots mw gw kw kwh mwh gwh megawatts gigawatts watts volts \
        calories bytes gb mb tb megabytes gigabytes";
}
