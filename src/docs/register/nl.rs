//! The fixed Dutch sentences of the algorithm-register entry (B1; see DOMAIN.md for the words we
//! avoid). `{name}` is filled in from the rules; `{{name}}` is for the municipality.

use super::Words;

pub(crate) const WORDS: Words = Words {
    title: "Werkroute: tekst voor het algoritmeregister",
    intro: "\
> Deze tekst is gemaakt uit de regels die de app zelf gebruikt: versie **{version}**.
> De regels staan in `{file}`.
> Pas de tekst niet met de hand aan. Een controle in de code merkt elk verschil op.
> Maak de tekst opnieuw met:
>
> `{command}`",
    summary: "\
## In het kort

- **Naam:** Werkroute.
- **Wat het is:** een zelfcheck voor mensen die werk zoeken. Je beantwoordt {count} korte vragen.
  Daarna zie je je eigen overzicht en stappen naar werk.
- **Organisatie:** {{gemeente}}.
- **In gebruik sinds:** {{datum}}.
- **Versie van de regels:** {version}. Dit nummer staat op elke uitkomst.
- **Soort algoritme:** vaste regels die mensen hebben gemaakt. Met gewichten en grenzen die
  iedereen kan lezen. Het algoritme leert niet van gegevens en is niet getraind op mensen.
- **Waar het draait:** alleen in de browser van de persoon zelf. De gemeente krijgt geen
  antwoorden en geen uitkomsten.",
    purpose: "\
## Waar is de check voor?

Werkroute helpt iemand die werk zoekt om zelf een beeld te maken. Wat wil je? Wat kun je al? Wat
speelt er om je heen? De uitkomst laat eerst je sterke punten zien. Dan zie je welke route nu bij
je past, waarom, en welke stappen je kunt zetten. Wil je dat? Dan neem je de uitkomst mee naar een
gesprek bij de gemeente.

## Waar is de check niet voor?

- Het is **geen besluit**. Niet over een uitkering, niet over plichten, niet over wat je moet.
- Er volgt **niets automatisch** uit. De gemeente ziet de uitkomst alleen als jij hem laat zien.
- Het is **geen voorspelling**. Er is geen percentage voor de kans op werk. Dat getal maken we
  bewust niet.
- Het is **geen oordeel over jou** als persoon. De uitkomst geldt voor nu. Later kan hij anders
  zijn.
- Het is niet bedoeld om mensen te vergelijken, te selecteren of te controleren.",
    questions_title: "De vragen",
    questions_intro: "\
Er zijn {count} vragen, in drie delen. Je krijgt één vraag per scherm. Staat het deel over alcohol
en drugs uit? Dan zijn het er {without}.

- Bij elke vraag kun je kiezen voor \"{dont_know}\".
- Bij gevoelige vragen kun je ook kiezen voor \"{rather_not}\".
- Die twee antwoorden tellen niet mee. Ze maken een cijfer nooit lager.
- Bij elke vraag staat in één zin waarom we hem stellen.

Achter elk antwoord staat tussen haakjes het getal dat de regels eraan geven.",
    part: "Deel {n}: {name} (`{id}`)",
    layer_notes: [
        "Deze vragen gaan over wat je wilt. Samen vormen ze de kant \"willen\". Een hoger getal is \
         positiever.",
        "Deze vragen gaan over wat je al kunt en waar steun helpt. Samen vormen ze de kant \
         \"kunnen\". Een hoger getal is positiever. Vertrouwen bij het solliciteren hoort hier: je \
         kunt het leren.",
        "Deze vragen gaan over dingen om je heen. Ze tellen **nooit** mee in willen of kunnen. 0 \
         betekent: speelt geen rol. Een hoger getal betekent: speelt een grotere rol.",
    ],
    answers: "Antwoorden",
    no_value: "telt niet mee",
    feeds_sub: "Hoort bij het onderwerp \"{sub}\" (`{id}`): {counts}",
    weight: "telt mee met gewicht {w}",
    drag: "gaat eraf, {d} × (100 − dit cijfer)",
    shown_only: "telt niet mee in de uitkomst, we laten het alleen zien",
    feeds_barrier: "Hoort bij \"{name}\". Telt nooit mee in willen of kunnen.",
    feeds_holds_back: "Laat zien wat je nu tegenhoudt. Telt nooit mee in willen of kunnen. Het kan wel \
                       betekenen dat je uitkomst begint met \"eerst regelen\".",
    how_topics_any: "\
### Stap 2: een cijfer per onderwerp

De vragen van willen en kunnen horen bij onderwerpen. Elk onderwerp krijgt een cijfer van 0 tot
100:

> cijfer = 100 × het gemiddelde van (getal van het antwoord ÷ hoogste getal van die vraag), over
> de beantwoorde vragen van dat onderwerp.

Eén beantwoorde vraag is genoeg voor een cijfer. \"Weet ik niet\" en \"Zeg ik liever niet\" tellen
dus nooit tegen je: een vraag weglaten maakt een gemiddelde nooit lager dan het laagste antwoord.",
    item_cap: "\
Geen enkele vraag telt voor meer dan **{cap} procent** van een kant, als alle vragen van die kant
beantwoord zijn. Alleen een ondergrens (stap 5) weegt zwaarder. Dit is het deel van elke vraag:",
    no_route: "\
**Nog geen route.** Een kant telt pas als je minstens **{needed} procent** ervan beantwoordde
(gewogen, zoals in de tabel hierboven). Is dat bij willen of kunnen minder? Dan is de uitkomst
\"{name}\": {meaning} Je ziet dan de vier routes naast elkaar, zonder dat er één van jou is. En één
stap: \"{step}\". Niet antwoorden geeft nooit een route.",
    grey_before_drag: "\
We kijken of een kant in de grijze zone valt vóór de aftrek en erna. Zo duwt de aftrek niemand uit
de grijze zone.",
    floor_open: "\
Liet je vragen van een ondergrens open, en kan de ondergrens daardoor gelden? Dan staat kunnen in de
grijze zone. We slaan de ondergrens dan niet over, en we nemen hem ook niet aan.",
    journey: "\
**Eerst een korte kern, de rest na de uitkomst.** Voor de uitkomst beantwoord je {pages}
pagina's: de vragen {core}; en een lijst \"wat speelt nu een rol?\" voor {screened}. In de lijst
telt niet aangevinkt als \"speelt geen rol\", aangevinkt als \"speelt een kleine rol\" en
aangevinkt met \"dit weegt nu zwaar\" als \"speelt een grote rol\". Een gewone ronde is {words}
woorden, ongeveer {minutes} minuten als je 60 woorden per minuut leest. Na de uitkomst mag je nog
antwoorden op {extras}; dat hoeft nooit. Een kant telt mee als je minstens {needed} procent van
het deel in de kern hebt beantwoord, of van alle vragen.",
    steps_by_need: "\
**Stappen die passen bij wat je nodig hebt.** Een stap zonder voorwaarde is voor iedereen met die
route. Een stap met een voorwaarde is alleen voor wie een van de voorwaarden heeft. Een onderwerp
telt als laag als het onder {yes_from} ligt. Stappen voor een laag onderwerp komen direct na de
eerste stap van de route, het laagste eerst.",
    when_low: "als \"{topic}\" laag is",
    when_floor: "met de ondergrens voor \"{topic}\"",
    when_big: "als \"{topic}\" een grote rol speelt",
    when_plays: "als \"{topic}\" een rol speelt",
    when_something_to_sort: "als er iets te regelen is genoemd",
    unless_sort_out_first: "niet als eerst regelen voorop staat",
    when_or: " of ",
    sort_out_first: "\
**Eerst regelen, dan verder.** Staat willen aan de kant \"nog niet\" of in de grijze zone? En speelt
een van deze dingen erg: {domains}? Of zei je dat een van deze dingen je nu tegenhoudt: {holds}?
Dan begint je uitkomst met \"{name}\": {meaning} De hulp daarvoor staat bovenaan. Je leest dan niet
dat werk geen prioriteit is, en ook niet eerst over regels en afspraken.",
    some_barriers: "\
Speelt iets een beetje? Dan zie je dat ook in je overzicht. Deel je je uitkomst met je
contactpersoon bij de gemeente? Dan ziet die het ook. Spelen {n} of meer dingen tegelijk een rol? Dan zie je de kaart \"{many}\".",
    answer_steps: "Sommige antwoorden geven altijd een eigen kaart, ook als iets maar een beetje speelt:",
    fairness_2027: "\
- \"Weet ik niet\" en \"Zeg ik liever niet\" geven nooit een slechtere uitkomst dan het laagste
  antwoord op die vraag. Niet antwoorden geeft nooit een route.
- Geen enkele vraag telt voor meer dan 15 procent van een kant, behalve via een ondergrens.
- Wat iemand tegenhoudt (zorg, opvang, gezondheid, geld, wonen) telt nooit als minder zin in werk.
- Paren van voorbeeldpersonen die alleen verschillen in zorgtaken, Nederlands als tweede taal,
  leeftijd of een beperking krijgen dezelfde route. Dat rekenen we bij elke wijziging na.
- Een uitkomst van een oudere versie blijft de uitkomst van die versie.",
    sensitive_yes: "Gevoelig: ja. Je kunt ook kiezen voor \"{rather_not}\".",
    sensitive_no: "Gevoelig: nee.",
    module: "Deze vraag hoort bij een deel dat de gemeente kan uitzetten (`{module}`). Op een \
             computer op het werkplein staat dit deel standaard uit.",
    why: "Waarom we dit vragen: \"{why}\"",
    how_title: "Hoe de uitkomst tot stand komt",
    how_values: "\
### Stap 1: van antwoord naar getal

Elk antwoord heeft een vast getal. Die getallen staan hierboven bij de vragen.

- Bij willen en kunnen: hoe hoger, hoe positiever. Het laagste antwoord is 0.
- Bij dingen om je heen: 0 is \"speelt geen rol\". Vanaf {big_from} speelt het erg.
- \"Weet ik niet\" en \"Zeg ik liever niet\" geven geen getal. Ze tellen als niet beantwoord.",
    how_topics: "\
### Stap 2: een cijfer per onderwerp

De vragen van willen en kunnen horen bij onderwerpen. Elk onderwerp krijgt een cijfer van 0 tot
100:

> cijfer = 100 × het gemiddelde van (getal van het antwoord ÷ hoogste getal van die vraag), over
> de beantwoorde vragen van dat onderwerp.

Een onderwerp telt pas mee als je minstens {percent} procent van de vragen erover beantwoordde.
Anders is het cijfer nog niet bekend. Het telt dan niet mee, ook niet tegen je.",
    example: "\
Voorbeeld, onderwerp \"{sub}\":

- \"{q1}\" → \"{a1}\": {v1} van {m1}.
- \"{q2}\" → \"{a2}\": {v2} van {m2}.
- Het cijfer is 100 × ({v1}/{m1} + {v2}/{m2}) ÷ 2 = {result}.",
    how_axes: "\
### Stap 3: twee kanten, willen en kunnen

Elke kant krijgt een getal van 0 tot 100 uit de cijfers van zijn onderwerpen. Dit zijn de
onderwerpen en hoe ze meetellen:",
    col_topic: "Onderwerp",
    col_questions: "Vragen",
    col_counts: "Hoe het meetelt",
    axis_formula: "\
Zo rekenen we:

1. Neem het gewogen gemiddelde van de bekende cijfers die een gewicht hebben.
2. Trek de aftrek eraf: gewicht × (100 − cijfer), voor een bekend onderwerp met aftrek. Bij
   willen is dat \"{drag}\": wie daaraan twijfelt, komt lager uit, hoogstens {points} punten.
3. Houd het getal tussen 0 en 100.
4. Pas de ondergrenzen toe (stap 5) en rond af op een heel getal.",
    unknown_axis_yes: "\
Is er op een kant geen enkel cijfer bekend? Dan telt die kant als \"ja\", in de grijze zone. Niet
antwoorden telt nooit tegen je.",
    bands: "\
### Stap 4: ja, deels of nog niet; de grens en de grijze zone

- {yes_from} of hoger: **{yes}**.
- {partly_from} tot en met {partly_to}: **{partly}**.
- {not_yet_to} of lager: **{not_yet}**.

De grens ligt bij **{line}**. Vanaf {line} staat een kant aan de kant \"ja\". Dat bepaalt de route.

Van **{grey_from} tot en met {grey_to}** is het \"{grey_name}\". Dat zeggen we ook zo. Je ziet dan
je route en de route ernaast. We duwen je niet in één vak.",
    floors: "\
### Stap 5: wanneer eerst steun komt (ondergrenzen)

Sommige antwoorden wegen zwaarder dan de rest. Sterke punten op andere vlakken maken ze niet
ongedaan. Dan geldt een ondergrens voor kunnen:",
    floor_rule: "**`{id}`**: heeft minstens {at_least} van deze {n} vragen een van deze antwoorden? \
                 Dan is kunnen hoogstens **{cap}**.",
    floor_rule_one: "**`{id}`**: heeft deze vraag een van deze antwoorden? Dan is kunnen hoogstens \
                     **{cap}**.",
    floor_or: "of",
    floor_side: "Kunnen staat dan aan de kant \"nog niet\".",
    floor_ends_grey: "De ondergrens beslist: kunnen staat dan niet in de grijze zone.",
    floor_shown: "Wat je dan ziet: \"{text}\"",
    routes: "\
### Stap 6: de route

De kant van willen en de kant van kunnen samen geven één van vier routes. De naam zegt wat de
volgende stap is. Elke uitkomst zegt \"op dit moment\".",
    col_route: "Route",
    col_first_steps: "Stappen, op volgorde",
    side_yes: "ja",
    side_not_yet: "nog niet",
    barriers: "\
### Stap 7: dingen om je heen

Deze antwoorden veranderen willen en kunnen **nooit**. Ze veranderen de route dus ook niet.

- Een antwoord met getal {big_from} of hoger speelt een grote rol. Dan zie je bovenaan de kaart
  \"{overlay}\", met de hulp in je gemeente. Dat geldt bij elke route.
- Een antwoord met getal 1 speelt een beetje. Dat zie je in je overzicht, zonder kaart.",
    col_barrier: "Onderwerp",
    col_big_when: "Speelt een grote rol bij",
    col_step: "Kaart",
    acute: "\
### Stap 8: nu meteen hulp

Bij deze antwoorden zie je eerst waar je meteen hulp krijgt. Dat staat boven alles, ook boven de
route:",
    confidence: "\
### Hoe compleet is dit beeld?

Bij de uitkomst staat hoe compleet het beeld is, van 0 tot 100. Er tellen {n} vragen mee in willen
en kunnen. Het getal zegt welk deel daarvan je beantwoordde met een antwoord dat telt. \"Weet ik
niet\" en \"Zeg ik liever niet\" maken dit getal lager. Ze maken je uitkomst niet lager.",
    whatif: "\
### Wat als?

Op de uitkomst zie je ook wat er verandert als één onderwerp makkelijker wordt. Bijvoorbeeld: \"als
lezen makkelijker gaat, wordt je route ...\". Het apparaat rekent dit uit met dezelfde regels.",
    never: "\
## Wat we nooit gebruiken

- Geen leeftijd, geslacht, afkomst, nationaliteit, postcode of taal die je thuis spreekt. Er is
  geen vraag over. De regels kunnen het ook niet gebruiken.
- Geen gegevens uit andere bronnen. Niet uit de basisregistratie, niet uit je uitkering, niet uit
  een eerdere check.
- Alleen dingen die je zelf kunt veranderen.
- \"{pressure}\" en \"{adjust}\" tellen niet mee. Die laten we alleen zien, voor het gesprek.
- Dingen om je heen tellen niet mee in willen of kunnen.
- \"{dont_know}\" en \"{rather_not}\" tellen nooit tegen je.",
    data: "\
## Waar je gegevens blijven

- Je antwoorden blijven in het geheugen van je browser. Ze gaan niet naar een server. De gemeente
  krijgt ze niet.
- Sluit je de pagina? Dan zijn je antwoorden weg.
- De app gebruikt geen cookies en houdt niet bij wat je doet.
- Je kunt de uitkomst zelf delen. Alleen als jij dat kiest:
  - printen;
  - bewaren als bestand;
  - meenemen als link of QR-code. Je antwoorden staan dan in de link, na het teken `#`. Een
    browser stuurt dat deel nooit naar een server.
- De website zelf houdt, zoals elke website, een kort logboek bij. Daarin staat geen antwoord. Zie
  de privacyverklaring van {{gemeente}}.",
    human: "\
## De mens beslist

- De uitkomst is het begin van een gesprek. Bijvoorbeeld met je werkcoach of contactpersoon bij de
  gemeente. Alleen als jij dat wilt.
- Je contactpersoon kan de link of QR-code openen in dezelfde app. Dan ziet hij of zij je overzicht,
  de antwoorden erachter en een paar open vragen voor het gesprek.
- Er volgt **geen besluit** uit de uitkomst. Wat er daarna gebeurt, bespreek je samen.
- Een code is **geen bewijs**. De app rekent de uitkomst opnieuw uit met de antwoorden in de code.
  Iedereen kan zo'n code maken: de controlecijfers vangen alleen typefouten. Het is jouw eigen
  verhaal, om samen te bespreken.
- Klopt het beeld niet? Zeg dat in het gesprek. Je kunt de check ook later opnieuw doen.
- De app stuurt geen uitkomsten naar de gemeente. Er is geen lijst van inwoners met hun route.
- Een team kan codes die mensen zelf meebrachten, met hun toestemming, in één bestand zetten. Het
  overzicht voor beleid (`#/overzicht` in de app, of `werkroute overview`) telt ze op het eigen
  apparaat. Het laat alleen aantallen zien, nooit wie. Een getal onder de 10 staat er als
  \"< 10\". Het gaat alleen over mensen die hun uitkomst deelden. Het is dus geen steekproef van
  alle inwoners. En het is nooit een basis voor een besluit over één persoon.",
    fairness: "\
## Hoe de regels eerlijk blijven

- Er is één set regels, met een versienummer. Dat nummer staat op elke uitkomst. Een nieuwe regel
  betekent een nieuw nummer en een nieuwe versie van deze tekst.
- Hetzelfde antwoord geeft altijd dezelfde uitkomst. Ook in een andere taal.
- Een positiever antwoord maakt een cijfer nooit lager.
- De app weigert regels die deze afspraken breken. Bijvoorbeeld:
  - een gewicht op \"{pressure}\" of \"{adjust}\";
  - een groter gewicht voor zoeken dan 0,15 keer het grootste andere gewicht;
  - een ondergrens die niet onder de grens ligt;
  - een ondergrens die een slechter antwoord niet raakt;
  - een schaal bij dingen om je heen die niet oploopt.
- Bij elke wijziging rekenen we een vaste groep voorbeeldpersonen door. Zo zie je wat een
  wijziging doet, zonder echte gegevens.
{since_2027}
- De grenzen zijn gekozen op de antwoordschalen. We hebben nog geen gegevens over wat er later met
  mensen gebeurt. Daarom is er geen kans op werk.",
    contact: "\
## Contact

- Organisatie: {{gemeente}}, {{afdeling}}.
- Vragen over de regels of deze tekst: {{e-mail}}, {{telefoon}}.
- Niet eens met hoe de gemeente met je omgaat? Zie {{klachtenregeling}}.
- Broncode: {{url van de broncode}}. Licentie: EUPL-1.2.",
    footer: "\
---

Gemaakt met `{command}` uit regels versie {version}.",
};
