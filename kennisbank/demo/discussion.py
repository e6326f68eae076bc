"""Demo discussions for Kennisbank.

Original Dutch demo comments written for this project. Everything is plain
Python data:

- DISCUSSIONS maps an article slug (see content.ARTICLES) to a list of comments
  in posting order. Each comment has a "key" (unique within its discussion), an
  "author" (user email), "reply_to" (key of the parent comment or None),
  "minutes_after_publication" (increasing) and "text".
- DISCUSSION_USERS lists the extra demo commenters, next to the existing demo
  users lezer@example.com, pro@example.com and expert@example.com.

Comment texts use a small Markdown subset only: paragraphs separated by blank
lines, *emphasis*, **strong**, numbered lists ("1. "), bulleted lists ("- ")
and quotes ("> "). No headings, no HTML.
"""

# The article author. The loader links this user to the author profile
# "marieke-van-dijk", so her comments get the "Auteur" badge.
AUTHOR_EMAIL = "marieke.vandijk@example.com"

# Joris Verbeke, the verified expert (author profile "joris-verbeke").
EXPERT_EMAIL = "expert@example.com"


DISCUSSION_USERS = [
    {"email": AUTHOR_EMAIL, "first_name": "Marieke", "last_name": "van Dijk"},
    {"email": "sanne.bakker@example.com", "first_name": "Sanne", "last_name": "Bakker"},
    {"email": "pieter.desmet@example.com", "first_name": "Pieter", "last_name": "De Smet"},
    {"email": "esther.kramer@example.com", "first_name": "Esther", "last_name": "Kramer"},
    {"email": "koen.vermeulen@example.com", "first_name": "Koen", "last_name": "Vermeulen"},
]


DISCUSSIONS = {
    # Main discussion: Marieke van Dijk's article on why improvement programmes
    # fade after the training day.
    "drie-tips-voor-borging": [
        {
            # Level 1: a team leader's experience with the advice.
            "key": "c1",
            "author": "sanne.bakker@example.com",
            "reply_to": None,
            "minutes_after_publication": 185,
            "text": (
                "Herkenbaar verhaal. Ik ben teamleider van een klantcontactteam bij een woningcorporatie en vorig jaar "
                "hebben we precies dit meegemaakt. Na een training over beter werkoverleg hadden we zes terugkomsessies "
                "afgesproken, maar alleen de eerste twee stonden echt in de agenda, en die nog *onder voorbehoud*."
                "\n\n"
                "Bij de derde sessie lag ons telefoniesysteem plat en heb ik de sessie zelf afgezegd. Op dat moment voelde "
                "dat volkomen logisch. Achteraf was het precies het moment waarop het team concludeerde dat het programma er "
                "niet meer toe deed: de vierde sessie werd door twee collega's 'vergeten'."
                "\n\n"
                "Dit jaar doen we het anders. Alle data staan tot december vast, en we hebben met het team afgesproken dat "
                "een sessie korter mag worden, maar nooit mag vervallen. Een halfuur in plaats van anderhalf uur is beter "
                "dan niets. Tot nu toe houden we het vol, al merk ik dat ik zelf degene ben die het vaakst in de verleiding "
                "komt om te schuiven."
            ),
        },
        {
            # Level 1: the expert's answer to the author, with a numbered argument.
            "key": "c2",
            "author": EXPERT_EMAIL,
            "reply_to": None,
            "minutes_after_publication": 610,
            "text": (
                "Marieke, ik onderschrijf je drie tips, en de tweede zou ik bij elke opdrachtgever aan de muur willen "
                "hangen. Vanuit mijn werk aan leertrajecten voeg ik er vier dingen aan toe. Plannen en beschermen "
                "zorgen ervoor dat de sessies doorgaan; of er in die sessies ook iets verandert, hangt af van wat eromheen "
                "gebeurt."
                "\n\n"
                "1. **Koppel de vervolgsessies aan doelen van het team zelf.** Niet 'we gaan lean werken', maar 'een "
                "huurder heeft binnen twee werkdagen antwoord'. Een sessie die over een eigen doel gaat, zeg je minder snel af.\n"
                "2. **Werving: selecteer op het gedrag dat je wilt behouden.** Elke nieuwe collega die het oude patroon "
                "meebrengt, trekt het team terug. Vraag in gesprekken naar concrete voorbeelden van verbeteren "
                "en aanspreken, en neem nieuwe mensen vanaf de eerste week mee in de sessies.\n"
                "3. **Leiderschap: leidinggevenden doen zelf mee.** Niet de eerste sessie openen en dan verdwijnen, maar "
                "aanwezig zijn, een eigen verbeterpunt inbrengen en laten zien dat ze het ook lastig vinden. Teams kijken "
                "veel scherper naar wat hun leidinggevende doet dan naar wat hij zegt.\n"
                "4. **Houdingen veranderen na gedrag, niet ervoor.** Wacht niet tot iedereen overtuigd is. Mensen worden "
                "vaak pas enthousiast als ze merken dat het nieuwe werken hun iets oplevert."
                "\n\n"
                "Dat laatste is ook waarom je derde tip zo belangrijk is: kleine successen zijn het moment waarop de "
                "houding inhaalt wat het gedrag al deed. Nieuw is dit niet, maar in de evaluaties die ik zie, ontbreekt het "
                "opvallend vaak."
            ),
        },
        {
            # Level 2: agreement with a practical example.
            "key": "c3",
            "author": "koen.vermeulen@example.com",
            "reply_to": "c2",
            "minutes_after_publication": 1290,
            "text": (
                "Punt 3 kan ik alleen maar onderstrepen. Vorig jaar begeleidde ik twee vergelijkbare afdelingen van een "
                "gemeente met hetzelfde verbeterprogramma. Bij de ene zat de afdelingsmanager bij elke vervolgsessie, met "
                "een eigen verbeterpunt op het bord: zijn stukken voor het MT die steevast te laat kwamen. Bij de andere "
                "opende de manager de eerste sessie met een mooi verhaal, en daarna zagen we hem niet meer terug."
                "\n\n"
                "Na negen maanden werkte de eerste afdeling nog steeds met het bord en een kort startoverleg op maandag. "
                "Bij de tweede hing alleen het bord er nog, als decoratie. Zelfde training, zelfde trainer, zelfde "
                "materiaal. Het enige verschil dat ik kon aanwijzen, was een stoel die wel of niet bezet was."
            ),
        },
        {
            # Level 2: a critical nuance (small organisations, attitudes).
            "key": "c4",
            "author": "pieter.desmet@example.com",
            "reply_to": "c2",
            "minutes_after_publication": 1745,
            "text": (
                "Een nuttige aanvulling, maar bij twee punten wil ik een kanttekening plaatsen. Ik ben zaakvoerder van een "
                "studiebureau met achttien medewerkers. Wij werven hooguit één persoon per jaar, en dan ben ik al blij als "
                "er een geschikte kandidaat solliciteert. Selecteren op gewenst gedrag is voor een kleine organisatie in "
                "een krappe arbeidsmarkt eerder een luxe dan een hefboom."
                "\n\n"
                "Daarnaast vind ik *houdingen volgen gedrag* wat te eenvoudig. Ik heb ook het omgekeerde gezien: mensen "
                "die braaf meedoen met iets waar ze niet in geloven, worden na een tijd vooral cynisch. Dan staat het "
                "gedrag op papier, maar is de houding slechter dan ervoor. Hoe voorkom je dat het nieuwe gedrag een "
                "toneelstukje wordt?"
            ),
        },
        {
            # Level 2: the author's answer to the expert.
            "key": "c5",
            "author": AUTHOR_EMAIL,
            "reply_to": "c2",
            "minutes_after_publication": 2210,
            "text": (
                "Dank je, Joris. Je vier punten gaan over wat ik in het artikel bewust buiten beeld liet. Ik wilde het "
                "klein houden, omdat lange lijsten met succesfactoren zelden worden uitgevoerd. Maar je hebt gelijk: "
                "plannen en beschermen zijn voorwaarden, geen garantie."
                "\n\n"
                "Je eerste punt herken ik het sterkst. Een vervolgsessie die aan een eigen doel hangt, hoef je veel minder "
                "te beschermen, omdat het team dat zelf doet."
                "\n\n"
                "> Teams kijken veel scherper naar wat hun leidinggevende doet dan naar wat hij zegt."
                "\n\n"
                "Daar voeg ik één ding aan toe: dat geldt ook voor de leidinggevende van de leidinggevende. Ik zie "
                "regelmatig teamleiders die hun sessies best willen beschermen, maar door hun eigen manager precies op dat "
                "tijdstip voor een overleg worden gevraagd. Borging begint dus soms **een laag hoger** dan je denkt."
            ),
        },
        {
            # Level 3: the expert's reply to the critical question.
            "key": "c6",
            "author": EXPERT_EMAIL,
            "reply_to": "c4",
            "minutes_after_publication": 2680,
            "text": (
                "Terechte kanttekeningen, Pieter. Over werving: in een klein bedrijf is het inderdaad geen hefboom die je "
                "vaak kunt gebruiken. Maar juist daardoor weegt elke aanwerving zwaar, want bij achttien mensen verandert "
                "één nieuwe collega de dynamiek merkbaar. Het gaat mij dan minder om strenger selecteren dan om eerlijk "
                "vertellen hoe jullie werken, zodat iemand weet waar hij ja tegen zegt."
                "\n\n"
                "Over houding en gedrag heb je een punt; ik heb het te kort door de bocht opgeschreven. Gedrag leidt alleen "
                "tot een andere houding als mensen merken dat het iets oplevert *en* als ze invloed hebben op de invulling. "
                "Wie alleen mag uitvoeren wat anderen hebben bedacht, wordt inderdaad cynisch."
                "\n\n"
                "Mijn vuistregel: vraag niet of iedereen erin gelooft, maar of iedereen bereid is het drie maanden eerlijk "
                "te proberen. Evalueer daarna samen. En wie dan goede bezwaren heeft, moet ook zien dat er iets mee gebeurt."
            ),
        },
        {
            # Level 1: second thread, what if the trainer leaves?
            "key": "c7",
            "author": "esther.kramer@example.com",
            "reply_to": None,
            "minutes_after_publication": 3900,
            "text": (
                "Een vraag uit de praktijk. Ik ben interne trainer bij een waterschap en meestal ben ik degene die de "
                "vervolgsessies begeleidt. Het artikel noemt het al: zodra de projectleider vertrekt, is er niemand meer "
                "die het vasthoudt. Bij ons gebeurt iets vergelijkbaars. Ik word regelmatig op een nieuw programma gezet, "
                "en dan zie ik de sessies bij de vorige afdeling binnen een paar maanden stilvallen."
                "\n\n"
                "Hoe zorg je ervoor dat de sessies niet aan de trainer blijven hangen? Moet ik minder begeleiden, of juist "
                "eerder afbouwen? Teams vinden het prettig als iemand van buiten het team het gesprek leidt, en dat maakt "
                "loslaten lastig."
            ),
        },
        {
            # Level 2: the author answers the question about the trainer leaving.
            "key": "c8",
            "author": AUTHOR_EMAIL,
            "reply_to": "c7",
            "minutes_after_publication": 4380,
            "text": (
                "Herkenbaar, Esther, en eerlijk gezegd een valkuil waar ik zelf ook in ben getrapt: hoe beter de "
                "begeleider, hoe meer het team op haar gaat leunen. Wat mij helpt, is de overdracht vanaf het begin in het "
                "ontwerp op te nemen:"
                "\n\n"
                "- Laat vanaf de tweede sessie iemand uit het team meebegeleiden, met een eigen deel van de sessie.\n"
                "- Wissel die rol van persoon, zodat het niet bij één enthousiasteling blijft hangen.\n"
                "- Spreek een datum af waarop jij alleen nog meekijkt, en een latere datum waarop je wegblijft.\n"
                "- Plan na je vertrek nog één terugblik, bijvoorbeeld na drie maanden."
                "\n\n"
                "En maak het afscheid expliciet. Als je stilletjes verdwijnt, voelt het alsof het programma is afgelopen. "
                "Als je zegt dat het team het vanaf nu zelf draagt, voelt het eerder als een promotie."
            ),
        },
        {
            # Level 2: a reader asks the team leader a follow-up question.
            "key": "c9",
            "author": "lezer@example.com",
            "reply_to": "c1",
            "minutes_after_publication": 5150,
            "text": (
                "Sanne, mooi dat je de regel 'korter mag, vervallen niet' hebt ingevoerd. Hoe reageerde je team daarop? "
                "Bij ons verwacht ik dat een sessie van een halfuur al snel als half werk wordt gezien, en dat mensen dan "
                "liever helemaal niets doen. Heb je een vaste opzet voor die korte versie, of bepaal je dat per keer?"
            ),
        },
        {
            # Level 3: the team leader answers.
            "key": "c10",
            "author": "sanne.bakker@example.com",
            "reply_to": "c9",
            "minutes_after_publication": 5600,
            "text": (
                "Goede vraag. In het begin was er wat gemopper, vooral van collega's die de lange sessies juist prettig "
                "vonden. Wat hielp, is dat we de korte versie vooraf hebben vastgelegd, zodat het geen improvisatie wordt:"
                "\n\n"
                "1. Wat hebben we sinds de vorige keer geprobeerd?\n"
                "2. Wat werkte, en wat niet?\n"
                "3. Wat doen we de komende weken, en wie trekt het?"
                "\n\n"
                "Dat past in een halfuur als je streng bent met de tijd. Eerlijk gezegd zijn sommige korte sessies "
                "productiever dan de lange, omdat er geen ruimte is om af te dwalen."
            ),
        },
        {
            # Level 1: third thread, celebrating small wins without it becoming childish.
            "key": "c11",
            "author": "pro@example.com",
            "reply_to": None,
            "minutes_after_publication": 7300,
            "text": (
                "Over de derde tip, kleine successen vieren: inhoudelijk ben ik het ermee eens, maar in mijn team van "
                "ervaren analisten werkt het averechts zodra het te nadrukkelijk wordt. Taart omdat het werkoverleg tien "
                "minuten korter was, voelt voor hen al snel kinderachtig, bijna neerbuigend. Iemand zei letterlijk: 'We "
                "zitten niet in groep vijf.'"
                "\n\n"
                "Hoe maken anderen successen zichtbaar zonder dat het geforceerd of betuttelend wordt?"
            ),
        },
        {
            # Level 2: a trainer's practical answer.
            "key": "c12",
            "author": "esther.kramer@example.com",
            "reply_to": "c11",
            "minutes_after_publication": 7820,
            "text": (
                "Volgens mij zit het verschil tussen *vieren* en *benoemen*. Voor de meeste professionals is het grootste "
                "compliment dat iemand precies ziet wat er beter gaat en waarom dat ertoe doet. Dat hoeft helemaal niet "
                "feestelijk te zijn."
                "\n\n"
                "Bij ons begint elke vervolgsessie met vijf minuten over wat er sinds de vorige keer beter is gegaan, "
                "concreet en met een voorbeeld of cijfer erbij. Dus **drie klachten minder over te late rapportages**, "
                "niet 'goed gedaan allemaal'. En laat het team de voorbeelden zelf aandragen, niet de leidinggevende. Dan "
                "is het geen schouderklopje van bovenaf, maar een gedeelde vaststelling. De taart kun je dan gerust "
                "overslaan."
            ),
        },
    ],
    # Shorter discussion on Joris Verbeke's own article (he answers as its author).
    "70-20-10-kritisch-bekeken": [
        {
            "key": "c1",
            "author": "koen.vermeulen@example.com",
            "reply_to": None,
            "minutes_after_publication": 240,
            "text": (
                "De praktische toets aan het eind heb ik deze week in een MT voorgelegd, bij een opdrachtgever waar het "
                "opleidingsplan netjes in drie kolommen van 70, 20 en 10 was verdeeld. Bij alle drie de recente "
                "leertrajecten was het antwoord drie keer nee."
                "\n\n"
                "Het mooie was dat het gesprek daarna niet meer over percentages ging, maar over de vraag wie er eigenlijk "
                "met deelnemers praat als ze terugkomen van een training. Dat bleek niemand te zijn."
            ),
        },
        {
            "key": "c2",
            "author": EXPERT_EMAIL,
            "reply_to": "c1",
            "minutes_after_publication": 900,
            "text": (
                "Dank voor het delen, Koen. Dat is precies het gesprek dat ik hoopte uit te lokken. Als je de "
                "opdrachtgever een eerste stap wilt aanraden: begin bij de eerste vraag, het gesprek vooraf met de "
                "leidinggevende. Dat kost het minst en heeft de meeste invloed op wat er daarna gebeurt."
                "\n\n"
                "Houd het klein: een kwartier, met drie vragen. Wat moet deze medewerker na het traject anders doen? Waar "
                "in het werk kan hij dat oefenen? En wanneer kijken we samen terug? Wie die drie vragen kan beantwoorden, "
                "heeft de andere twee toetsvragen al half geregeld."
            ),
        },
        {
            "key": "c3",
            "author": "sanne.bakker@example.com",
            "reply_to": None,
            "minutes_after_publication": 2150,
            "text": (
                "Het punt over reflectie spreekt me aan, maar als teamleider van een druk klantcontactteam heb ik er "
                "simpelweg geen ruimte voor in de planning. Hoe kort kan zo'n terugblik zijn voordat hij zinloos wordt? "
                "Ik zie mezelf geen uur per week vrijmaken voor reflectie, hoe graag ik dat ook zou willen."
            ),
        },
        {
            "key": "c4",
            "author": EXPERT_EMAIL,
            "reply_to": "c3",
            "minutes_after_publication": 2900,
            "text": (
                "Korter dan je denkt, Sanne. Tien minuten na een lastig gesprek of een drukke dienst is vaak genoeg, mits "
                "je het regelmatig doet en telkens dezelfde vragen stelt: wat gebeurde er, wat deed ik, wat zou ik de "
                "volgende keer anders doen?"
                "\n\n"
                "Het hoeft ook geen extra overleg te worden. Veel teams vervangen een deel van hun bestaande werkoverleg "
                "door zo'n korte terugblik. Dat levert *meer* op dan een uur reflectie één keer per kwartaal, omdat de "
                "situatie nog vers is."
            ),
        },
    ],
    # Shorter discussion on Marieke van Dijk's article on resistance.
    "weerstand-is-informatie": [
        {
            "key": "c1",
            "author": "pieter.desmet@example.com",
            "reply_to": None,
            "minutes_after_publication": 420,
            "text": (
                "De drie bronnen vind ik bruikbaar, vooral wantrouwen. Toen ik het bureau overnam, had het team onder mijn "
                "voorganger al twee grote veranderingen zien mislukken. Wat ik ook uitlegde, het antwoord was steeds een "
                "beleefd knikje."
                "\n\n"
                "Je schrijft dat je wantrouwen alleen oplost met consequent gedrag over langere tijd. Maar hoe lang is dat "
                "dan? Ik merk dat mijn medewerkers dat heel anders meten dan ik."
            ),
        },
        {
            "key": "c2",
            "author": AUTHOR_EMAIL,
            "reply_to": "c1",
            "minutes_after_publication": 1380,
            "text": (
                "Langer dan je zou willen, vrees ik. Maar ik zou het niet in maanden meten, wel in nagekomen afspraken. "
                "Wantrouwen slinkt als mensen keer op keer zien dat wat je zegt ook gebeurt, ook bij kleine dingen."
                "\n\n"
                "Doe daarom liever kleine beloften die je zichtbaar nakomt dan één grote belofte over de toekomst. En "
                "benoem het wantrouwen gerust hardop: *ik begrijp dat jullie dit eerder hebben gehoord*. Dat is vaak "
                "geloofwaardiger dan opnieuw uitleggen waarom het deze keer anders wordt."
            ),
        },
    ],
}
