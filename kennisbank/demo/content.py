"""Demo content for Kennisbank.

Original Dutch demo data written for this project: themes, curated Pro topics,
authors and articles. Everything is plain Python data. Rich text values use a
small HTML subset (<p>, <b>, <i>, <ul>, <ol>, <li>); dates are ISO strings
("YYYY-MM-DD"). Slugs cross-reference each other: topics point to themes and
articles, articles point to authors and topics, authors point to topics.
"""

THEMES = [
    {
        "slug": "leiderschap",
        "name": "Leiderschap",
        "description": "Hoe je als leidinggevende richting geeft, mensen ontwikkelt en zelf blijft leren.",
    },
    {
        "slug": "verandermanagement",
        "name": "Verandermanagement",
        "description": "Veranderingen ontwerpen, begeleiden en borgen zonder de mensen die het moeten doen uit het oog te verliezen.",
    },
    {
        "slug": "leren-en-ontwikkelen",
        "name": "Leren en ontwikkelen",
        "description": "Leertrajecten die doorwerken in de praktijk, van onboarding tot leren op de werkplek.",
    },
    {
        "slug": "teams-en-samenwerking",
        "name": "Teams en samenwerking",
        "description": "Wat teams nodig hebben om goed samen te werken, ook als het schuurt of als iedereen op een andere plek werkt.",
    },
    {
        "slug": "strategie-en-organisatie",
        "name": "Strategie en organisatie",
        "description": "Keuzes maken, doelen vertalen en de organisatie zo inrichten dat die keuzes ook worden uitgevoerd.",
    },
    {
        "slug": "advieswerk",
        "name": "Advieswerk",
        "description": "Het vak van de adviseur: opdrachten scherp krijgen, zorgvuldig diagnosticeren en passende interventies kiezen.",
    },
]


TOPICS = [
    # ------------------------------------------------------------------ Leiderschap
    {
        "slug": "leiderschapsstijlen",
        "title": "Leiderschapsstijlen",
        "theme": "leiderschap",
        "summary": "Welke stijl werkt wanneer? Wat onderzoek wel en niet zegt over situationeel, transformationeel en dienend leiderschap.",
        "teaser": (
            "Over leiderschapsstijlen bestaan meer modellen dan er leidinggevenden zijn. Situationeel, transformationeel, "
            "dienend, authentiek: elk model belooft houvast, en trainingen presenteren ze graag als complete gereedschapskist."
            "\n\n"
            "In dit onderwerp kijken we nuchter naar wat die modellen je opleveren. Ze helpen om over je eigen gedrag na te "
            "denken, maar zeggen minder over effectiviteit dan vaak wordt beweerd. Wat telt, is of je je gedrag afstemt op "
            "mensen, taak en context, en of je daarin voorspelbaar blijft."
        ),
        "last_reviewed": "2026-03-18",
        "body": [
            (
                "key_questions",
                [
                    "Welke stijl laat ik nu zien, en zou mijn team dat net zo omschrijven?",
                    "Past mijn aanpak bij de ervaring van deze medewerker en bij de taak die voorligt?",
                    "Welke modellen gebruik ik als denkkader, en welke behandel ik stilzwijgend als waarheid?",
                ],
            ),
            (
                "what_works",
                "<p>Leidinggevenden die hun gedrag <b>bewust afstemmen</b> op de taak en de ervaring van medewerkers, worden in "
                "de praktijk vaak als effectiever ervaren. Een nieuwe collega heeft meer structuur en directe instructie nodig "
                "dan een ervaren vakspecialist, die juist ruimte en een goede sparringpartner zoekt.</p>"
                "<p>Onderzoek naar transformationeel leiderschap laat redelijk consistente verbanden zien met motivatie en "
                "betrokkenheid. Let wel: veel studies zijn correlationeel en gebaseerd op vragenlijsten waarin medewerkers hun "
                "eigen leidinggevende beoordelen. Wie zijn leidinggevende sympathiek vindt, geeft hem vaak op alle punten een "
                "hoge score.</p>"
                "<p>Wat in de praktijk helpt:</p>"
                "<ul><li>vraag periodiek feedback op je stijl, concreet en aan meerdere mensen;</li>"
                "<li>maak verwachtingen expliciet: wat beslis jij, wat beslist het team;</li>"
                "<li>wees voorspelbaar in je basishouding, ook als je aanpak per situatie verschilt.</li></ul>",
            ),
            (
                "what_does_not_work",
                "<p>Een stijlmodel behandelen als persoonlijkheidstype ('ik ben nu eenmaal een coachende leider') beperkt je "
                "juist. Het situationeel-leidinggevenmodel van Hersey en Blanchard is populair in trainingen, maar de empirische "
                "onderbouwing is mager: de voorspelde combinaties van stijl en ontwikkelingsniveau worden in onderzoek slechts "
                "gedeeltelijk bevestigd. Gebruik het als gespreksmodel, niet als recept.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Stijl verwarren met karakter",
                        "text": "Wie zichzelf een vaste stijl toeschrijft, gaat situaties negeren die om iets anders vragen. Stijl is gedrag, en gedrag kun je kiezen.",
                    },
                    {
                        "title": "Onvoorspelbaar wisselen",
                        "text": "Wie zonder uitleg van dag tot dag van aanpak wisselt, wordt onvoorspelbaar. Medewerkers gaan dan vooral jouw humeur lezen in plaats van het werk.",
                    },
                    {
                        "title": "Zelfbeeld als maatstaf",
                        "text": "Leidinggevenden schatten hun eigen stijl doorgaans positiever in dan hun team doet. Zonder feedback van anderen weet je weinig.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "Transformational Leadership",
                        "source": "Bernard M. Bass en Ronald E. Riggio, 2006",
                        "note": "Degelijk overzicht van theorie en onderzoek; lees de methodologische kanttekeningen mee.",
                    },
                    {
                        "title": "Een interventie kiezen die past",
                        "source": "Kennisbank",
                        "note": "Praktijkvoorbeeld waarin een stijltraining niet het antwoord bleek.",
                    },
                ],
            ),
        ],
        "related_articles": ["een-interventie-kiezen-die-past", "middenmanager-als-vertaler"],
    },
    {
        "slug": "feedback-geven",
        "title": "Feedback geven",
        "theme": "leiderschap",
        "summary": "Feedback die tot verandering leidt: waarom het vaak misgaat, wat onderzoek laat zien en hoe je het gesprek zorgvuldig voert.",
        "teaser": (
            "Feedback geven staat in vrijwel elk leiderschapsprogramma. Toch ervaren veel professionals feedbackgesprekken "
            "als ongemakkelijk, en leveren ze minder op dan gehoopt. Dat ligt zelden aan het ontbreken van een techniek."
            "\n\n"
            "Onderzoek laat zien dat feedback prestaties lang niet altijd verbetert; in een flink deel van de gevallen pakt "
            "het zelfs negatief uit. Dit onderwerp behandelt wanneer feedback wel helpt: als het over de taak gaat, concreet "
            "is, op tijd komt en landt in een relatie waarin de ander er iets mee kan."
        ),
        "last_reviewed": "2026-02-09",
        "body": [
            (
                "key_questions",
                [
                    "Gaat mijn feedback over de taak of over de persoon?",
                    "Heeft de ander iets aan deze informatie, en kan hij er nu ook iets mee?",
                    "Vraag ik zelf om feedback, en wat doe ik daar zichtbaar mee?",
                ],
            ),
            (
                "what_works",
                "<p>Een veelgeciteerde meta-analyse van Kluger en DeNisi (1996) liet zien dat feedback gemiddeld een positief "
                "effect heeft, maar dat in ongeveer een derde van de gevallen de prestaties juist <b>verslechterden</b>. Het "
                "verschil zat vooral in waar de feedback de aandacht op richtte: op de taak en hoe die beter kan, of op de "
                "persoon en zijn zelfbeeld.</p>"
                "<p>Wat daarom helpt:</p>"
                "<ul><li>beschrijf concreet gedrag en het effect ervan, geen eigenschappen;</li>"
                "<li>geef feedback dicht op het moment, zodat de situatie nog herkenbaar is;</li>"
                "<li>maak er een gesprek van: vraag hoe de ander de situatie zag voordat je conclusies trekt;</li>"
                "<li>koppel feedback aan een doel dat de ander zelf belangrijk vindt.</li></ul>"
                "<p>Feedback vragen is minstens zo belangrijk als geven. Leidinggevenden die zelf zichtbaar om feedback vragen "
                "en er iets mee doen, maken het voor hun team normaler.</p>",
            ),
            (
                "what_does_not_work",
                "<p>De sandwichmethode (positief, kritiek, positief) is populair maar doorzichtig: ontvangers leren al snel dat "
                "de complimenten verpakking zijn, waardoor ook gemeende waardering minder waard wordt. Ook het jaarlijkse "
                "beoordelingsgesprek als belangrijkste feedbackmoment werkt matig: de informatie komt te laat en is vermengd "
                "met beloning, wat openheid remt.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Feedback als afrekening",
                        "text": "Wie alleen feedback geeft als er iets misgaat, leert het team dat feedback slecht nieuws betekent. Mensen gaan zich dan verdedigen in plaats van luisteren.",
                    },
                    {
                        "title": "Te veel tegelijk",
                        "text": "Een lijst van zeven verbeterpunten is niet te verwerken. Kies het punt dat het meeste verschil maakt.",
                    },
                    {
                        "title": "Het gesprek niet afmaken",
                        "text": "Zonder afspraak over wat er nu gaat gebeuren en wanneer je erop terugkomt, verdampt ook goede feedback.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "The effects of feedback interventions on performance",
                        "source": "Avraham N. Kluger en Angelo DeNisi, Psychological Bulletin, 1996",
                        "note": "De klassieke meta-analyse die laat zien dat feedback ook schade kan doen.",
                    },
                    {
                        "title": "Thanks for the Feedback",
                        "source": "Douglas Stone en Sheila Heen, 2014",
                        "note": "Over de kant van de ontvanger: waarom feedback vaak niet aankomt.",
                    },
                    {
                        "title": "Feedback die landt: minder techniek, meer relatie",
                        "source": "Kennisbank",
                        "note": "Praktijkartikel met voorbeelden.",
                    },
                ],
            ),
        ],
        "related_articles": ["feedback-die-landt"],
    },
    {
        "slug": "coaching-door-leidinggevenden",
        "title": "Coaching door leidinggevenden",
        "theme": "leiderschap",
        "summary": "Coachend leidinggeven zonder de rol van beoordelaar te ontkennen: wat werkt, wat niet en waar de grenzen liggen.",
        "teaser": (
            "Steeds meer organisaties vragen leidinggevenden om coachend te werken. Dat klinkt aantrekkelijk: minder "
            "sturen, meer vragen stellen, medewerkers zelf laten nadenken. In de praktijk is de rol lastiger dan een "
            "tweedaagse training doet vermoeden."
            "\n\n"
            "De leidinggevende is namelijk ook degene die beoordeelt, over middelen beslist en soms moet ingrijpen. Dit "
            "onderwerp gaat over hoe je coachende gesprekken voert zonder die dubbele rol te ontkennen, en wanneer je beter "
            "kunt doorverwijzen naar iemand anders."
        ),
        "last_reviewed": "2026-05-06",
        "body": [
            (
                "key_questions",
                [
                    "Wanneer is een coachende vraag passend, en wanneer heeft iemand gewoon een antwoord of een besluit nodig?",
                    "Hoe ga ik om met mijn dubbele rol als coach en als beoordelaar?",
                    "Heb ik tijd gereserveerd voor ontwikkelgesprekken, of gebeurt het alleen tussendoor?",
                ],
            ),
            (
                "what_works",
                "<p>Coachend leidinggeven werkt het best als <b>houding in gewone werkgesprekken</b>, niet als apart ritueel. "
                "Denk aan: eerst vragen hoe iemand een probleem zelf ziet, samen opties verkennen en de medewerker de volgende "
                "stap laten formuleren. Dat vergroot eigenaarschap en leert jou veel over hoe iemand denkt.</p>"
                "<p>Wees daarbij open over je rol. Zeg het als je in een gesprek van coach naar leidinggevende schakelt: 'Dit is "
                "geen vraag meer, dit moet echt anders.' Die helderheid voorkomt dat medewerkers zich gemanipuleerd voelen door "
                "vragen waarop jij het antwoord al weet.</p>"
                "<p>Onderzoek naar coaching door leidinggevenden is beperkter dan naar professionele coaching; veel studies "
                "meten vooral tevredenheid en zelfgerapporteerde groei. Reken dus niet op grote, harde effecten, wel op betere "
                "gesprekken.</p>",
            ),
            (
                "what_does_not_work",
                "<p>Alles als coachingsvraag verpakken, ook als je eigenlijk een opdracht geeft, ondermijnt vertrouwen. Ook "
                "technieken uit professionele coaching overnemen, zoals diep doorvragen op persoonlijke thema's, past slecht bij "
                "een hiërarchische relatie. Daar is een externe coach of vertrouwenspersoon beter op zijn plaats.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Schijnvragen",
                        "text": "Vragen stellen waarop je het gewenste antwoord al kent, voelt voor de ander als een examen. Geef dan liever direct je mening.",
                    },
                    {
                        "title": "Alleen de sterke spelers coachen",
                        "text": "Coachende gesprekken verlopen makkelijker met gemotiveerde medewerkers. Juist wie vastzit, heeft er vaak meer aan.",
                    },
                    {
                        "title": "Te ver gaan",
                        "text": "Privéproblemen of psychische klachten horen niet in een coachingsgesprek met je leidinggevende. Ken je grenzen en verwijs door.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "Humble Inquiry",
                        "source": "Edgar H. Schein, 2013",
                        "note": "Kort en helder over vragen stellen vanuit oprechte nieuwsgierigheid, juist als je hiërarchisch hoger staat.",
                    },
                    {
                        "title": "Feedback die landt: minder techniek, meer relatie",
                        "source": "Kennisbank",
                        "note": "Over de relatie als voorwaarde voor lastige gesprekken.",
                    },
                ],
            ),
        ],
        "related_articles": ["feedback-die-landt"],
    },
    {
        "slug": "eigenaarschap",
        "title": "Eigenaarschap",
        "theme": "leiderschap",
        "summary": "Eigenaarschap kun je niet eisen. Het ontstaat als mensen invloed, informatie en verantwoordelijkheid tegelijk krijgen.",
        "teaser": (
            "'We willen meer eigenaarschap.' Het is een van de meest gehoorde wensen in organisaties, en tegelijk een van de "
            "vaagste. Vaak bedoelt men: medewerkers die zelf problemen oppakken zonder dat een leidinggevende erom hoeft te "
            "vragen."
            "\n\n"
            "Dat gedrag ontstaat niet door het te vragen of erover te presenteren. Mensen nemen verantwoordelijkheid als ze "
            "invloed hebben op hun werk, de informatie krijgen om goede keuzes te maken en erop kunnen rekenen dat fouten "
            "niet worden afgestraft. Dit onderwerp helpt je die voorwaarden te onderzoeken."
        ),
        "last_reviewed": "2026-06-15",
        "body": [
            (
                "key_questions",
                [
                    "Waarover precies wil ik dat mensen eigenaarschap nemen, en hebben ze daar ook zeggenschap over?",
                    "Krijgen medewerkers de informatie die ze nodig hebben om zelf te beslissen?",
                    "Wat gebeurt er in de praktijk als iemand initiatief neemt en het gaat mis?",
                ],
            ),
            (
                "what_works",
                "<p>Eigenaarschap groeit waar <b>verantwoordelijkheid en bevoegdheid samenvallen</b>. Maak concreet welke "
                "beslissingen een team of medewerker zelf mag nemen, binnen welke kaders, en welke niet. Een eenvoudig "
                "overzicht van besluiten en wie ze neemt, haalt impliciete verwachtingen op tafel.</p>"
                "<p>De zelfdeterminatietheorie van Deci en Ryan biedt een bruikbaar kader: mensen zijn meer intrinsiek "
                "gemotiveerd als ze autonomie, competentie en verbondenheid ervaren. Die theorie is goed onderbouwd, al is de "
                "vertaling naar concrete managementinterventies minder eenduidig dan soms wordt gesuggereerd.</p>"
                "<p>Let verder op je eigen reactie wanneer initiatief anders uitpakt dan jij het had gedaan. Eén keer "
                "corrigeren waar iemand dat niet verwachtte, kan maanden aan aanmoediging tenietdoen.</p>",
            ),
            (
                "what_does_not_work",
                "<p>Eigenaarschap toewijzen zonder middelen of mandaat leidt tot frustratie: mensen worden aangesproken op "
                "resultaten waar ze geen invloed op hebben. Ook campagnes en waardenposters over eigenaarschap werken zelden; ze "
                "worden eerder cynisch ontvangen als de dagelijkse praktijk iets anders laat zien.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Eigenaarschap als verwijt",
                        "text": "Als 'meer eigenaarschap' vooral opduikt nadat er iets misging, hoort men er terecht een verwijt in. Bespreek het liever vooraf, bij het verdelen van werk.",
                    },
                    {
                        "title": "Terugpakken bij spanning",
                        "text": "Onder tijdsdruk nemen leidinggevenden vaak weer alles over. Dat is begrijpelijk, maar het leert het team dat de ruimte voorwaardelijk is.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "Self-Determination Theory: Basic Psychological Needs in Motivation, Development, and Wellness",
                        "source": "Richard M. Ryan en Edward L. Deci, 2017",
                        "note": "Uitgebreid overzicht van de theorie en het onderzoek erachter; de inleidende hoofdstukken zijn goed leesbaar.",
                    },
                    {
                        "title": "De middenmanager als vertaler tussen strategie en werkvloer",
                        "source": "Kennisbank",
                        "note": "Over hoe middenmanagers ruimte voor hun teams kunnen creëren.",
                    },
                ],
            ),
        ],
        "related_articles": ["middenmanager-als-vertaler", "zelforganisatie-zonder-illusies"],
    },
    {
        "slug": "middenmanagement",
        "title": "Middenmanagement",
        "theme": "leiderschap",
        "summary": "Middenmanagers: klem tussen strategie en uitvoering, maar vaak de sleutel tot wat er werkelijk verandert.",
        "teaser": (
            "Middenmanagers hebben een slechte naam gekregen: overbodige laag, remmende factor, de plek waar veranderingen "
            "vastlopen. Veel reorganisaties beginnen met het schrappen van managementlagen."
            "\n\n"
            "Die beeldvorming doet de praktijk tekort. Middenmanagers vertalen abstracte strategie naar werk dat op "
            "maandagochtend moet gebeuren, vangen spanningen op en weten vaak beter dan de top wat wel en niet werkt. Dit "
            "onderwerp gaat over hoe je die rol serieus neemt, als middenmanager zelf of als bestuurder die met hen "
            "samenwerkt."
        ),
        "last_reviewed": "2026-07-02",
        "body": [
            (
                "key_questions",
                [
                    "Worden middenmanagers betrokken bij strategische keuzes, of alleen bij de uitvoering?",
                    "Hoeveel van hun tijd gaat op aan administratie en rapportage, en hoeveel aan hun team?",
                    "Waar kunnen middenmanagers terecht met hun eigen twijfels en dilemma's?",
                ],
            ),
            (
                "what_works",
                "<p>Organisaties die middenmanagers <b>vroeg betrekken</b> bij het vormgeven van veranderingen, krijgen "
                "realistischere plannen en minder verzet. Middenmanagers zien knelpunten in de uitvoering die vanaf de top "
                "onzichtbaar zijn. Geef ze daarom een echte stem in het ontwerp, niet alleen een rol in de uitrol.</p>"
                "<p>Maak daarnaast expliciet wat je van een middenmanager verwacht. Vaak stapelen de verwachtingen zich op: "
                "operationeel sturen, mensen ontwikkelen, veranderingen trekken, rapporteren. Samen prioriteren met de eigen "
                "leidinggevende voorkomt dat alles half gebeurt.</p>"
                "<p>Intervisie met collega-middenmanagers is een laagdrempelige manier om dilemma's te bespreken. Harde "
                "evidentie voor intervisie is beperkt, maar in de praktijk wordt het veel als steunend ervaren.</p>",
            ),
            (
                "what_does_not_work",
                "<p>Lagen schrappen in de verwachting dat teams dan vanzelf zelfsturend worden, leidt vaak tot een vacuüm: de "
                "taken van de middenmanager verdwijnen niet, maar komen ongeregeld bij anderen terecht. Ook middenmanagers "
                "uitsluitend als doorgeefluik gebruiken, die besluiten van boven moeten verkopen, ondermijnt hun "
                "geloofwaardigheid bij hun team.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Het loyaliteitsconflict ontkennen",
                        "text": "Middenmanagers zijn loyaal naar boven én naar hun team. Wie die spanning ontkent, dwingt ze tot een keuze waar geen van beide kanten iets aan heeft.",
                    },
                    {
                        "title": "Ontwikkeling vergeten",
                        "text": "Veel middenmanagers zijn doorgegroeide vakspecialisten zonder gerichte voorbereiding op hun rol. Investeer daar bewust in.",
                    },
                    {
                        "title": "Te grote teams",
                        "text": "Met dertig of meer directe medewerkers is persoonlijk leidinggeven nauwelijks mogelijk, wat het organigram ook suggereert.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "Becoming a Manager",
                        "source": "Linda A. Hill, 1992",
                        "note": "Onderzoek naar hoe nieuwe managers hun rol leren; nog altijd herkenbaar.",
                    },
                    {
                        "title": "De middenmanager als vertaler tussen strategie en werkvloer",
                        "source": "Kennisbank",
                        "note": "Pro-artikel met praktijkvoorbeelden.",
                    },
                ],
            ),
        ],
        "related_articles": ["middenmanager-als-vertaler"],
    },
    # ------------------------------------------------------------------ Verandermanagement
    {
        "slug": "borging-van-verandering",
        "title": "Borging van verandering",
        "theme": "verandermanagement",
        "summary": "Waarom verbeteringen na de eerste energie wegzakken en hoe je ze vasthoudt in het dagelijkse werk.",
        "teaser": (
            "De kick-off was energiek, de training goed bezocht en de eerste weken zag je echt verschil. Een half jaar later "
            "is veel weer bij het oude. Borging is waarschijnlijk het meest onderschatte deel van elke verandering."
            "\n\n"
            "Veranderingen verwateren zelden door onwil. Ze verdwijnen omdat de oude routines, systemen en prioriteiten "
            "blijven bestaan en het nieuwe gedrag geen vaste plek krijgt. Dit onderwerp laat zien hoe je borging vanaf het "
            "begin meeneemt in je aanpak, in plaats van het als sluitstuk te behandelen."
        ),
        "last_reviewed": "2026-10-12",
        "body": [
            (
                "key_questions",
                [
                    "Welke bestaande routines, systemen of prikkels trekken mensen terug naar de oude werkwijze?",
                    "Wie is na afloop van het project eigenaar van de verandering?",
                    "Hoe zie je over zes maanden of de verandering nog leeft?",
                ],
            ),
            (
                "what_works",
                "<p>Borging begint bij het ontwerp. Een verandering houdt beter stand als het nieuwe gedrag wordt "
                "<b>ingebed in bestaande structuren</b>: in werkoverleggen, in rapportageformats, in inwerkprogramma's, in wat "
                "leidinggevenden vragen en bespreken. Wat niet terugkomt in het ritme van het werk, verdwijnt.</p>"
                "<p>Concreet helpt:</p>"
                "<ul><li>vervolgmomenten ruim vooruit plannen en ze beschermen tegen verschuiving;</li>"
                "<li>een lijnverantwoordelijke als eigenaar benoemen, niet alleen een projectleider;</li>"
                "<li>een paar eenvoudige indicatoren volgen die iets zeggen over gedrag, niet alleen over output;</li>"
                "<li>kleine successen zichtbaar maken, zodat mensen merken dat het nieuwe werkt.</li></ul>"
                "<p>Kotter noemt het te vroeg uitroepen van de overwinning een klassieke fout. Dat is geen harde empirische "
                "wet, maar wel een patroon dat veel adviseurs herkennen.</p>",
            ),
            (
                "what_does_not_work",
                "<p>Een afsluitend evaluatierapport schrijven en het project decharge verlenen is geen borging. Ook het idee "
                "dat een goede training vanzelf doorwerkt, klopt volgens onderzoek naar transfer niet: zonder steun van de "
                "leidinggevende en gelegenheid om te oefenen zakt het meeste weg.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Projectdenken",
                        "text": "Als de verandering eindigt waar het projectbudget eindigt, is er niemand meer die haar bewaakt.",
                    },
                    {
                        "title": "Urgentie gaat altijd voor",
                        "text": "Vervolgsessies worden als eerste geschrapt als het druk is. Daarmee zeg je impliciet dat de verandering minder belangrijk is.",
                    },
                    {
                        "title": "Alleen output meten",
                        "text": "Cijfers kunnen een tijd goed blijven terwijl het gedrag al terugvalt. Kijk ook naar hoe het werk gedaan wordt.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "Leading Change",
                        "source": "John P. Kotter, 1996",
                        "note": "Het achtstappenmodel, met aandacht voor het verankeren van verandering in de cultuur. Lineair van opzet: gebruik het als checklist, niet als draaiboek.",
                    },
                    {
                        "title": "Drie tips voor borging: waarom verbeterprogramma's na de trainingsdag verwateren",
                        "source": "Kennisbank",
                        "note": "Praktische uitwerking met drie concrete tips.",
                    },
                ],
            ),
        ],
        "related_articles": ["drie-tips-voor-borging", "weerstand-is-informatie"],
    },
    {
        "slug": "weerstand-tegen-verandering",
        "title": "Weerstand tegen verandering",
        "theme": "verandermanagement",
        "summary": "Weerstand is vaak een signaal dat er iets niet klopt. Hoe je het serieus neemt zonder de verandering op te geven.",
        "teaser": (
            "Wie veranderingen begeleidt, hoort het vroeg of laat: 'Er is veel weerstand.' Het woord suggereert een probleem "
            "bij de medewerkers, iets dat je moet overwinnen of wegnemen met betere communicatie."
            "\n\n"
            "Dat beeld is te eenvoudig. Weerstand kan wijzen op terechte zorgen, op een slecht doordacht plan, op verlies dat "
            "niemand benoemt of op eerdere veranderingen die niets opleverden. Dit onderwerp helpt je weerstand te lezen als "
            "informatie, en onderscheid te maken tussen wat je moet oplossen en wat je moet uithouden."
        ),
        "last_reviewed": "2026-04-14",
        "body": [
            (
                "key_questions",
                [
                    "Wat verliezen mensen door deze verandering, ook als het plan objectief beter is?",
                    "Welke bezwaren gaan over de inhoud, en welke over de manier waarop de verandering wordt ingevoerd?",
                    "Welke eerdere veranderingen hebben deze mensen meegemaakt, en hoe liepen die af?",
                ],
            ),
            (
                "what_works",
                "<p>Begin met <b>luisteren voordat je overtuigt</b>. Gesprekken waarin je bezwaren inventariseert zonder ze "
                "meteen te weerleggen, leveren vaak inhoudelijke verbeteringen op en laten zien dat je mensen serieus neemt. "
                "Maak daarna zichtbaar wat je met de input hebt gedaan, ook als je iets niet overneemt.</p>"
                "<p>Het helpt om drie soorten reacties te onderscheiden:</p>"
                "<ul><li><b>inhoudelijke bezwaren</b>: het plan werkt volgens mensen niet; onderzoek dat serieus;</li>"
                "<li><b>verlies</b>: van status, vakmanschap, collega's of zekerheid; erken dat expliciet;</li>"
                "<li><b>wantrouwen</b>: door eerdere ervaringen; dat los je alleen op met consequent gedrag over langere tijd.</li></ul>"
                "<p>Het begrip weerstand zelf wordt in de literatuur steeds vaker bekritiseerd, omdat het de verandermanager als "
                "rationeel en de medewerker als emotioneel neerzet. Een nuttige correctie.</p>",
            ),
            (
                "what_does_not_work",
                "<p>Meer en mooiere communicatie is zelden het antwoord op weerstand die voortkomt uit verlies of wantrouwen. "
                "Kritische medewerkers wegzetten als dwarsliggers werkt averechts: je verliest hun kennis en je bevestigt voor de "
                "rest van de groep dat kritiek niet welkom is.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Weerstand als persoonlijkheidstrek",
                        "text": "Mensen zijn niet van nature tegen verandering. Dezelfde medewerker kan bij de ene verandering voorloper zijn en bij de andere fel tegen.",
                    },
                    {
                        "title": "Schijninspraak",
                        "text": "Input vragen terwijl alles al vastligt, beschadigt het vertrouwen meer dan geen inspraak. Wees eerlijk over wat nog open ligt.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "Immunity to Change",
                        "source": "Robert Kegan en Lisa Laskow Lahey, 2009",
                        "note": "Over de onderliggende overtuigingen die mensen, ook tegen hun eigen voornemens in, bij het oude houden.",
                    },
                    {
                        "title": "Weerstand is informatie: luisteren voordat je gaat overtuigen",
                        "source": "Kennisbank",
                        "note": "Praktijkartikel met gespreksvragen.",
                    },
                ],
            ),
        ],
        "related_articles": ["weerstand-is-informatie"],
    },
    {
        "slug": "gedragsverandering",
        "title": "Gedragsverandering",
        "theme": "verandermanagement",
        "summary": "Gedrag verandert zelden door kennis alleen. Wat wel helpt: vermogen, gelegenheid en motivatie tegelijk aanpakken.",
        "teaser": (
            "Veel veranderingen gaan uiteindelijk over gedrag: anders vergaderen, anders met klanten omgaan, veiliger werken, "
            "beter samenwerken. En veel interventies gaan er stilzwijgend van uit dat mensen zich anders gaan gedragen zodra "
            "ze weten waarom dat belangrijk is."
            "\n\n"
            "De praktijk leert anders. Kennis is zelden de bottleneck. Gedrag hangt ook af van vaardigheden, van een omgeving "
            "die het makkelijk of moeilijk maakt, en van gewoontes die zich niet laten wegpresenteren. Dit onderwerp biedt "
            "een nuchter kader om gedragsverandering te ontwerpen."
        ),
        "last_reviewed": "2026-08-25",
        "body": [
            (
                "key_questions",
                [
                    "Welk gedrag precies moet veranderen, bij wie en in welke situaties?",
                    "Ontbreekt het mensen aan vermogen, aan gelegenheid of aan motivatie?",
                    "Wat in de omgeving maakt het oude gedrag makkelijker dan het nieuwe?",
                ],
            ),
            (
                "what_works",
                "<p>Een bruikbaar kader is het COM-B-model van Michie en collega's: gedrag ontstaat uit <b>capability</b> "
                "(vermogen), <b>opportunity</b> (gelegenheid) en <b>motivation</b> (motivatie). Een analyse langs die drie lijnen "
                "laat vaak zien dat een training, die vooral op vermogen mikt, maar een deel van het probleem oplost.</p>"
                "<p>Wat in de praktijk helpt:</p>"
                "<ul><li>formuleer het gewenste gedrag zo concreet dat je het kunt waarnemen;</li>"
                "<li>pas de omgeving aan: formulieren, systemen, agenda's, de fysieke ruimte;</li>"
                "<li>koppel nieuw gedrag aan bestaande momenten, zoals het dagelijkse overleg;</li>"
                "<li>zorg voor snelle, zichtbare feedback op het nieuwe gedrag.</li></ul>"
                "<p>Houd er rekening mee dat veel onderzoek naar gedragsverandering uit de gezondheidszorg en het publieke beleid "
                "komt. De principes zijn bruikbaar in organisaties, maar effectgroottes laten zich niet zomaar overzetten.</p>",
            ),
            (
                "what_does_not_work",
                "<p>Bewustwordingscampagnes zonder verdere aanpassingen veranderen weinig. Ook nudging wordt vaak overschat: in "
                "recentere analyses blijken de gemiddelde effecten kleiner dan de vroege, enthousiaste publicaties "
                "suggereerden, mede door publicatiebias. Een nudge kan helpen, maar vervangt het oplossen van echte "
                "belemmeringen niet.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Vaag doelgedrag",
                        "text": "'Klantgerichter werken' is geen gedrag. Zolang je niet kunt beschrijven wat iemand anders doet, kun je het ook niet ondersteunen.",
                    },
                    {
                        "title": "Alleen het individu aanspreken",
                        "text": "Als het systeem het oude gedrag beloont, verliest de individuele medewerker het vroeg of laat van dat systeem.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "The behaviour change wheel: a new method for characterising and designing behaviour change interventions",
                        "source": "Susan Michie, Maartje van Stralen en Robert West, Implementation Science, 2011",
                        "note": "De basis van het COM-B-model; academisch, maar goed toegankelijk.",
                    },
                    {
                        "title": "Switch",
                        "source": "Chip Heath en Dan Heath, 2010",
                        "note": "Populair geschreven en soms wat gemakkelijk, maar met bruikbare voorbeelden over de omgeving van gedrag.",
                    },
                ],
            ),
        ],
        "related_articles": ["weerstand-is-informatie", "drie-tips-voor-borging"],
    },
    {
        "slug": "lean-en-continu-verbeteren",
        "title": "Lean en continu verbeteren",
        "theme": "verandermanagement",
        "summary": "Lean zonder de valkuil van borden en tools: het gaat om dagelijks leren en verbeteren, niet om methodiek.",
        "teaser": (
            "Lean is in veel organisaties binnengekomen als een set tools: verbeterborden, dagstarts, 5S, "
            "waardestroomanalyses. Vaak met goede eerste resultaten, en even vaak met een langzame terugval zodra de externe "
            "begeleiding vertrekt."
            "\n\n"
            "De gedachte achter lean is minder zichtbaar en moeilijker te kopiëren: een manier van leidinggeven waarin "
            "problemen dagelijks op de werkvloer worden opgelost en medewerkers systematisch leren verbeteren. Dit onderwerp "
            "gaat over het verschil tussen lean als gereedschapskist en lean als leerproces."
        ),
        "last_reviewed": "2026-09-03",
        "body": [
            (
                "key_questions",
                [
                    "Worden problemen op het verbeterbord ook echt opgelost, of alleen verzameld?",
                    "Wat doen leidinggevenden anders sinds de invoering van lean?",
                    "Waarvoor gebruiken we de tijd die verbeteringen opleveren: meer productie, of ook meer verbeteren?",
                ],
            ),
            (
                "what_works",
                "<p>Verbeterprogramma's houden het langst stand als leidinggevenden <b>zelf het verbeteren coachen</b>. Het werk "
                "van Mike Rother over de verbeter- en coachingkata laat zien hoe dagelijks oefenen met kleine experimenten "
                "verbeteren tot een gewoonte maakt. Dat vraagt tijd van leidinggevenden, elke dag opnieuw.</p>"
                "<p>Het helpt ook om klein te beginnen en resultaten concreet te maken: een doorlooptijd die korter wordt, een "
                "fout die niet meer terugkomt. Dat motiveert meer dan een algemene belofte van efficiency.</p>"
                "<p>Wees eerlijk over de onderbouwing: er zijn veel succesverhalen en relatief weinig gecontroleerde studies naar "
                "lean buiten de industrie. Onderzoek in de zorg en bij de overheid laat wisselende resultaten zien, sterk "
                "afhankelijk van de uitvoering.</p>",
            ),
            (
                "what_does_not_work",
                "<p>Lean invoeren als bezuinigingsprogramma ondermijnt het vrijwel altijd: als verbeteren leidt tot het "
                "verdwijnen van banen, stoppen mensen met verbeteren. Ook borden en rituelen kopiëren zonder dat er iets met de "
                "opgehaalde problemen gebeurt, leidt tot cynisme.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Een bord zonder opvolging",
                        "text": "Een verbeterbord vol ideeën waarmee niets gebeurt, is schadelijker dan geen bord. Beperk liever het aantal lopende acties.",
                    },
                    {
                        "title": "Afhankelijk van externe begeleiders",
                        "text": "Als de lean-coach het proces trekt, valt het stil zodra die vertrekt. Draag de rol bewust over aan de lijn.",
                    },
                    {
                        "title": "Efficiency als enig doel",
                        "text": "Verbeteren gaat ook over kwaliteit, veiligheid en werkplezier. Wie alleen op tijdwinst stuurt, verliest de steun van de werkvloer.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "Toyota Kata",
                        "source": "Mike Rother, 2009",
                        "note": "Over de routines achter continu verbeteren, in plaats van de zichtbare tools.",
                    },
                    {
                        "title": "Drie tips voor borging: waarom verbeterprogramma's na de trainingsdag verwateren",
                        "source": "Kennisbank",
                        "note": "Over het volhouden van verbeterprogramma's na de start.",
                    },
                ],
            ),
        ],
        "related_articles": ["drie-tips-voor-borging"],
    },
    {
        "slug": "organisatiecultuur",
        "title": "Organisatiecultuur",
        "theme": "verandermanagement",
        "summary": "Cultuur is geen knop om aan te draaien. Wat je wel kunt doen: gedrag, structuren en voorbeelden op elkaar afstemmen.",
        "teaser": (
            "'Het probleem zit in de cultuur.' Die diagnose klinkt diepzinnig, maar verklaart vaak weinig. Cultuur wordt dan "
            "een restcategorie voor alles wat niet lukt, en een cultuurtraject het antwoord op vragen die eigenlijk over "
            "structuur, leiderschap of werkdruk gaan."
            "\n\n"
            "Toch is cultuur wel degelijk relevant: gedeelde aannames over wat normaal is, bepalen hoe mensen handelen als "
            "niemand meekijkt. Maar die aannames verander je niet met een nieuwe waardenset. Dit onderwerp helpt je cultuur "
            "concreet te maken en realistisch te zijn over wat je kunt beïnvloeden."
        ),
        "last_reviewed": "2026-05-27",
        "body": [
            (
                "key_questions",
                [
                    "Welk concreet gedrag bedoelen we als we het over 'de cultuur' hebben?",
                    "Welke structuren, prikkels en voorbeelden houden dat gedrag in stand?",
                    "Wat zien medewerkers leidinggevenden doen, vooral onder druk?",
                ],
            ),
            (
                "what_works",
                "<p>Schein maakt een nuttig onderscheid tussen zichtbare artefacten, beleden waarden en onderliggende aannames. "
                "Waarden op papier zeggen weinig; de <b>onderliggende aannames</b> blijken uit wat er gebeurt als waarden botsen "
                "met andere belangen, zoals omzet of snelheid.</p>"
                "<p>Cultuur verandert meestal indirect, doordat ander gedrag als succesvol wordt ervaren. Dat betekent:</p>"
                "<ul><li>kies een paar concrete gedragingen die je wilt versterken;</li>"
                "<li>laat leidinggevenden dat gedrag consequent voordoen, ook als het ongemakkelijk is;</li>"
                "<li>pas structuren aan die het oude gedrag belonen, zoals beoordelingscriteria of besluitvormingsroutes;</li>"
                "<li>geef het tijd: jaren, geen maanden.</li></ul>"
                "<p>Cultuurmetingen met vragenlijsten kunnen een gesprek op gang brengen, maar meten vooral beleden waarden. "
                "Combineer ze met observatie en gesprekken.</p>",
            ),
            (
                "what_does_not_work",
                "<p>Nieuwe kernwaarden formuleren op een heidag van het managementteam en ze vervolgens uitrollen, verandert "
                "zelden iets aan de dagelijkse praktijk. Het vergroot soms zelfs het cynisme, omdat de kloof tussen woorden en "
                "daden zichtbaarder wordt.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Cultuur als verklaring voor alles",
                        "text": "Wie overal cultuur ziet, mist de concrete oorzaken die wel aan te pakken zijn, zoals onduidelijke rollen of tegenstrijdige doelen.",
                    },
                    {
                        "title": "Eén cultuur veronderstellen",
                        "text": "Grote organisaties kennen meerdere subculturen. Wat op het hoofdkantoor werkt, kan op een locatie averechts uitpakken.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "Organizational Culture and Leadership",
                        "source": "Edgar H. Schein",
                        "note": "Het standaardwerk over de niveaus van cultuur, in meerdere edities verschenen.",
                    },
                    {
                        "title": "Diagnosing and Changing Organizational Culture",
                        "source": "Kim S. Cameron en Robert E. Quinn",
                        "note": "Bron van het Competing Values Framework; handig als gesprekskader, minder als meetinstrument.",
                    },
                ],
            ),
        ],
        "related_articles": ["middenmanager-als-vertaler"],
    },
    # ------------------------------------------------------------------ Leren en ontwikkelen
    {
        "slug": "transfer-van-training",
        "title": "Transfer van training",
        "theme": "leren-en-ontwikkelen",
        "summary": "Wat er na de training gebeurt, bepaalt of die iets oplevert. Over de factoren die transfer naar de praktijk maken of breken.",
        "teaser": (
            "Organisaties investeren veel in trainingen, maar een groot deel van wat deelnemers leren, wordt nooit "
            "structureel toegepast. Dat ligt lang niet altijd aan de training zelf. Wat vooraf en vooral achteraf gebeurt, "
            "weegt minstens zo zwaar."
            "\n\n"
            "Transfer van training is een goed onderzocht vakgebied. De uitkomsten zijn minder spectaculair dan "
            "trainingsbureaus soms beloven, maar wel bruikbaar: de leidinggevende, de gelegenheid om te oefenen en de "
            "werkomgeving maken het verschil. Dit onderwerp laat zien waar je als opdrachtgever of trainer op kunt sturen."
        ),
        "last_reviewed": "2026-10-20",
        "body": [
            (
                "key_questions",
                [
                    "Weet de leidinggevende van de deelnemer wat er geleerd wordt en wat hij daarna kan verwachten?",
                    "Krijgen deelnemers binnen enkele weken de gelegenheid om het geleerde toe te passen?",
                    "Wat in de werkomgeving staat toepassing in de weg?",
                ],
            ),
            (
                "what_works",
                "<p>Sinds het overzichtsartikel van Baldwin en Ford (1988) onderscheidt het onderzoek drie groepen factoren: "
                "kenmerken van de deelnemer, het ontwerp van de training en de <b>werkomgeving</b>. Vooral die laatste wordt "
                "onderschat. Steun van de leidinggevende en gelegenheid om te oefenen komen in latere overzichtsstudies steeds "
                "terug als belangrijke voorspellers.</p>"
                "<p>Concreet:</p>"
                "<ol><li>voer vooraf een kort gesprek tussen deelnemer en leidinggevende over wat de training moet opleveren;</li>"
                "<li>ontwerp de training rond echte werksituaties, niet rond algemene casussen;</li>"
                "<li>plan vervolgsessies waarin deelnemers ervaringen en tegenslagen bespreken;</li>"
                "<li>bespreek na afloop in het werkoverleg wat er anders gaat.</li></ol>"
                "<p>Let op: veel transferonderzoek meet zelfgerapporteerde toepassing. Dat is een zwakkere maat dan "
                "waargenomen gedrag, dus wees voorzichtig met precieze percentages die in omloop zijn.</p>",
            ),
            (
                "what_does_not_work",
                "<p>Een losse trainingsdag zonder voorbereiding en zonder vervolg levert doorgaans vooral een prettige dag op. "
                "Ook de bewering dat maar tien procent van wat in trainingen geleerd wordt in de praktijk belandt, is niet goed "
                "onderbouwd: het getal wordt veel geciteerd, maar heeft geen solide empirische basis. Gebruik het dus niet als "
                "argument.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Training als oplossing voor een ander probleem",
                        "text": "Als mensen iets niet doen omdat systemen of prioriteiten het verhinderen, lost een training niets op.",
                    },
                    {
                        "title": "Een leidinggevende op afstand",
                        "text": "Een leidinggevende die niet weet wat zijn medewerker heeft geleerd, kan het ook niet ondersteunen of ernaar vragen.",
                    },
                    {
                        "title": "Te veel tegelijk",
                        "text": "Trainingen die tien nieuwe vaardigheden aanbieden, zien er weinig van terug. Minder inhoud met meer oefening werkt beter.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "Transfer of training: a review and directions for future research",
                        "source": "Timothy T. Baldwin en J. Kevin Ford, Personnel Psychology, 1988",
                        "note": "Het klassieke overzichtsartikel dat het denken over transfer heeft gestructureerd.",
                    },
                    {
                        "title": "Drie tips voor borging: waarom verbeterprogramma's na de trainingsdag verwateren",
                        "source": "Kennisbank",
                        "note": "Over wat er na de trainingsdag moet gebeuren.",
                    },
                ],
            ),
        ],
        "related_articles": ["drie-tips-voor-borging", "verder-dan-het-tevredenheidsformulier"],
    },
    {
        "slug": "evaluatie-van-leertrajecten",
        "title": "Evaluatie van leertrajecten",
        "theme": "leren-en-ontwikkelen",
        "summary": "Leertrajecten evalueren voorbij het tevredenheidsformulier, zonder te vervallen in schijnprecisie over rendement.",
        "teaser": (
            "Bijna elke training eindigt met een evaluatieformulier. Deelnemers geven een cijfer voor de trainer, de inhoud "
            "en de lunch. Die informatie is niet waardeloos, maar zegt weinig over de vraag die er werkelijk toe doet: doen "
            "mensen daarna iets anders, en maakt dat verschil?"
            "\n\n"
            "Het andere uiterste is ook riskant: rendementsberekeningen die suggereren dat je het financiële effect van een "
            "leiderschapstraject tot op de euro kunt vaststellen. Dit onderwerp zoekt de werkbare middenweg: evalueren met "
            "een doel, op het niveau dat ertoe doet."
        ),
        "last_reviewed": "2026-02-23",
        "body": [
            (
                "key_questions",
                [
                    "Welke beslissing wil je met de evaluatie kunnen nemen?",
                    "Welk gedrag moet er na het traject in de praktijk anders zijn, en hoe zie je dat?",
                    "Wie kan dat het beste beoordelen: de deelnemer, collega's, de leidinggevende of de klant?",
                ],
            ),
            (
                "what_works",
                "<p>Het model van Kirkpatrick met vier niveaus (reactie, leren, gedrag, resultaat) blijft een bruikbare "
                "kapstok. Het belangrijkste inzicht: begin bij het <b>einde</b>. Bepaal vooraf welk gedrag en welk resultaat je "
                "verwacht, en ontwerp de evaluatie daaromheen.</p>"
                "<p>Werkbare aanpakken:</p>"
                "<ul><li>vraag deelnemers en hun leidinggevenden na enkele maanden naar concrete voorbeelden van toepassing;</li>"
                "<li>gebruik bestaande gegevens als die iets zeggen over het gedrag, zoals klachten of doorlooptijden;</li>"
                "<li>zoek ook naar situaties waarin het niet lukte, en naar de reden daarvan.</li></ul>"
                "<p>Houd rekening met de beperkingen. De niveaus hangen in onderzoek zwak met elkaar samen: hoge tevredenheid "
                "voorspelt nauwelijks toepassing. En effecten op organisatieresultaten zijn zelden eenduidig toe te schrijven "
                "aan één traject.</p>",
            ),
            (
                "what_does_not_work",
                "<p>Alleen tevredenheid meten en dat als succes rapporteren. En aan de andere kant: rendementsberekeningen "
                "waarin aannames over toerekening als feiten worden gepresenteerd. Zulke cijfers ogen zakelijk, maar leiden tot "
                "schijnzekerheid en ondermijnen het vertrouwen zodra iemand doorvraagt.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Evalueren zonder doel",
                        "text": "Als niemand van plan is iets met de uitkomsten te doen, is de evaluatie vooral een ritueel.",
                    },
                    {
                        "title": "Te vroeg meten",
                        "text": "Gedragsverandering is pas na weken tot maanden zichtbaar. Direct na afloop meet je vooral de stemming in de groep.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "Evaluating Training Programs: The Four Levels",
                        "source": "Donald L. Kirkpatrick",
                        "note": "De bron van het vierniveaumodel. Lees het als kader, niet als bewezen causale keten.",
                    },
                    {
                        "title": "Verder dan het tevredenheidsformulier: leertrajecten evalueren die ertoe doen",
                        "source": "Kennisbank",
                        "note": "Praktijkartikel met een aanpak in vier stappen.",
                    },
                ],
            ),
        ],
        "related_articles": ["verder-dan-het-tevredenheidsformulier"],
    },
    {
        "slug": "70-20-10",
        "title": "Het 70-20-10-model",
        "theme": "leren-en-ontwikkelen",
        "summary": "70-20-10: bruikbare vuistregel over leren in het werk, maar wankel als precieze verhouding of begrotingsregel.",
        "teaser": (
            "Weinig modellen in leren en ontwikkelen zijn zo bekend als 70-20-10: zeventig procent leren door ervaring, "
            "twintig procent via anderen, tien procent via formele training. Het staat in beleidsnota's, opleidingsplannen "
            "en presentaties van leveranciers."
            "\n\n"
            "De kern is waardevol: veel leren gebeurt in het werk zelf, en dat verdient aandacht. Maar de percentages hebben "
            "een smalle basis en worden vaak gebruikt op manieren die het oorspronkelijke idee geweld aandoen. Dit onderwerp "
            "helpt je het model verstandig te gebruiken."
        ),
        "last_reviewed": "2026-07-21",
        "body": [
            (
                "key_questions",
                [
                    "Gebruik ik 70-20-10 als denkrichting of als norm voor budget en aanbod?",
                    "Hoe ondersteun ik het leren dat in het werk gebeurt, in plaats van het alleen te benoemen?",
                    "Welke rol houdt formeel leren in mijn aanpak?",
                ],
            ),
            (
                "what_works",
                "<p>Het model gaat terug op interviews met succesvolle managers in de jaren tachtig, onder meer beschreven in "
                "<i>The Lessons of Experience</i> van McCall, Lombardo en Morrison. Managers noemden vooral uitdagende opdrachten, "
                "lastige situaties en andere mensen als bronnen van hun ontwikkeling. De verhouding is dus een <b>grove "
                "samenvatting van herinneringen</b> van een specifieke groep, geen meetresultaat.</p>"
                "<p>Zo gebruik je het idee wel zinvol:</p>"
                "<ul><li>ontwerp leertrajecten waarin formele bijeenkomsten gekoppeld zijn aan opdrachten in het werk;</li>"
                "<li>maak ontwikkelopdrachten expliciet en bespreek ze met de leidinggevende;</li>"
                "<li>organiseer reflectie, want ervaring leidt niet vanzelf tot leren;</li>"
                "<li>investeer in collega's die anderen begeleiden.</li></ul>",
            ),
            (
                "what_does_not_work",
                "<p>70-20-10 gebruiken als argument om het opleidingsbudget drastisch te verlagen, omdat leren toch vooral in het "
                "werk gebeurt. Informeel leren vraagt juist tijd, begeleiding en ontwerp. Ook elk programma mechanisch verdelen "
                "in onderdelen van 70, 20 en 10 procent mist het punt.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Schijnprecisie",
                        "text": "De getallen suggereren een nauwkeurigheid die er niet is. Voor andere beroepen of voor beginners kan de verhouding heel anders liggen.",
                    },
                    {
                        "title": "Ervaring is nog geen leren",
                        "text": "Wie twintig jaar hetzelfde doet zonder reflectie of feedback, heeft niet vanzelf twintig jaar geleerd.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "The Lessons of Experience",
                        "source": "Morgan W. McCall, Michael M. Lombardo en Ann M. Morrison, 1988",
                        "note": "Het onderzoek waarop het model losjes is gebaseerd.",
                    },
                    {
                        "title": "70-20-10 kritisch bekeken: een vuistregel, geen wet",
                        "source": "Kennisbank",
                        "note": "Praktijkartikel over verstandig gebruik van het model.",
                    },
                ],
            ),
        ],
        "related_articles": ["70-20-10-kritisch-bekeken"],
    },
    {
        "slug": "leren-op-de-werkplek",
        "title": "Leren op de werkplek",
        "theme": "leren-en-ontwikkelen",
        "summary": "Leren in het werk zelf organiseren: ontwikkelopdrachten, begeleiding en reflectie, zonder dat het extra werk wordt.",
        "teaser": (
            "Iedereen weet dat je het meeste leert in je werk. Toch wordt werkplekleren in veel organisaties aan het toeval "
            "overgelaten. Wie een goede collega treft en een uitdagende klus krijgt, ontwikkelt zich; wie dat niet treft, "
            "blijft achter."
            "\n\n"
            "Leren op de werkplek kun je wel degelijk organiseren, zonder dat het een zwaar programma wordt. Het gaat om "
            "bewust gekozen opdrachten, begeleiding door ervaren collega's en momenten om terug te kijken. Dit onderwerp "
            "laat zien wat daarvoor nodig is en waar het vaak op vastloopt."
        ),
        "last_reviewed": "2026-06-08",
        "body": [
            (
                "key_questions",
                [
                    "Welke werksituaties bieden de meeste leerkansen, en wie krijgt ze?",
                    "Hebben ervaren collega's tijd en vaardigheden om anderen te begeleiden?",
                    "Wanneer kijken we terug op het werk om ervan te leren?",
                ],
            ),
            (
                "what_works",
                "<p>Werkplekleren werkt als drie dingen samenkomen: <b>uitdaging</b> (werk dat net boven het huidige niveau "
                "ligt), <b>ondersteuning</b> (iemand om op terug te vallen) en <b>reflectie</b> (tijd om te bespreken wat je "
                "deed en waarom). Ontbreekt een van de drie, dan leidt uitdaging tot stress of blijft ervaring oppervlakkig.</p>"
                "<p>Praktische vormen:</p>"
                "<ul><li>meelopen en daarna samen nabespreken;</li>"
                "<li>een korte terugblik na afloop van een project of lastige klus;</li>"
                "<li>een ontwikkelopdracht die expliciet in het werkplan staat;</li>"
                "<li>werkbegeleiders die zelf getraind zijn in begeleiden.</li></ul>"
                "<p>Onderzoek naar werkplekleren is breed maar versnipperd, met veel kwalitatieve studies. De principes zijn "
                "consistent; harde effectmetingen zijn schaars.</p>",
            ),
            (
                "what_does_not_work",
                "<p>Werkplekleren opleggen bovenop een volle werkweek, zonder ruimte in de planning of de productienormen, "
                "levert vooral ingevulde formulieren op. En e-learningmodules die je op de werkplek volgt, zijn nog geen "
                "werkplekleren: ze brengen het leren dichtbij, maar verbinden het niet met het werk.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Begeleiders overvragen",
                        "text": "De beste vakmensen krijgen vaak alle nieuwe collega's erbij, naast hun eigen werk. Zonder erkenning en ruimte haken ze af.",
                    },
                    {
                        "title": "Ongelijke kansen",
                        "text": "Uitdagende opdrachten gaan vaak naar mensen die al zichtbaar zijn. Verdeel leerkansen bewust.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "70-20-10 kritisch bekeken: een vuistregel, geen wet",
                        "source": "Kennisbank",
                        "note": "Over de plaats van informeel leren in een leerbeleid.",
                    },
                    {
                        "title": "De eerste negentig dagen: onboarding als gedeelde verantwoordelijkheid",
                        "source": "Kennisbank",
                        "note": "Werkplekleren in de eerste maanden van een nieuwe baan.",
                    },
                ],
            ),
        ],
        "related_articles": ["70-20-10-kritisch-bekeken", "de-eerste-negentig-dagen"],
    },
    {
        "slug": "onboarding",
        "title": "Onboarding",
        "theme": "leren-en-ontwikkelen",
        "summary": "Goede onboarding gaat verder dan een laptop en een welkomstlunch: rolhelderheid, relaties en een eerste echte opdracht.",
        "teaser": (
            "De eerste maanden in een nieuwe baan bepalen veel: of iemand zich welkom voelt, snel productief wordt en na een "
            "jaar nog bij de organisatie werkt. Toch is onboarding in veel organisaties vooral een administratieve en "
            "praktische kwestie: accounts, pasjes, een rondleiding."
            "\n\n"
            "Dat is nodig, maar niet genoeg. Nieuwe medewerkers moeten hun rol begrijpen, relaties opbouwen en de "
            "ongeschreven regels leren kennen. Dit onderwerp behandelt wat onboarding zinvol maakt en wie daarvoor "
            "verantwoordelijk is."
        ),
        "last_reviewed": "2026-04-29",
        "body": [
            (
                "key_questions",
                [
                    "Weet de nieuwe medewerker na een maand wat er van hem verwacht wordt, en waaraan hij dat kan zien?",
                    "Met wie moet hij relaties opbouwen, en wie helpt daarbij?",
                    "Wie is eigenaar van de onboarding: HR, de leidinggevende of het team?",
                ],
            ),
            (
                "what_works",
                "<p>Onderzoek naar de socialisatie van nieuwkomers wijst op een paar factoren die samenhangen met sneller "
                "ingewerkt zijn en langer blijven: <b>rolhelderheid</b>, vertrouwen in eigen kunnen en sociale acceptatie. "
                "Onboarding moet dus verder gaan dan de eerste week.</p>"
                "<ul><li>Maak een inwerkplan voor drie maanden met concrete leerdoelen en een eerste zinvolle opdracht.</li>"
                "<li>Koppel een buddy die niet de leidinggevende is en laagdrempelig vragen kan beantwoorden.</li>"
                "<li>Plan vaste gesprekken met de leidinggevende, bijvoorbeeld na twee weken, een maand en drie maanden.</li>"
                "<li>Vraag nieuwe medewerkers wat hun opvalt; hun frisse blik is waardevol.</li></ul>"
                "<p>Het meeste onderzoek is correlationeel en loopt uiteen in opzet. Harde uitspraken over precieze effecten op "
                "verloop zijn daarom lastig.</p>",
            ),
            (
                "what_does_not_work",
                "<p>Een overvol introductieprogramma in de eerste week, waarin iedereen zich voorstelt en niemand iets onthoudt, "
                "werkt matig. Onboarding volledig bij HR beleggen mist het punt: de leidinggevende en het team bepalen hoe "
                "iemand zich in de eerste maanden voelt.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Geen werk klaar hebben",
                        "text": "Niets zinvols te doen hebben in de eerste weken is demotiverend. Zorg voor een eerste echte opdracht.",
                    },
                    {
                        "title": "Alles in de eerste week",
                        "text": "Informatie die niet direct nodig is, wordt vergeten. Spreid de onboarding over maanden.",
                    },
                    {
                        "title": "Interne overstappers vergeten",
                        "text": "Ook wie intern van rol wisselt, moet opnieuw inwerken. Juist die groep krijgt zelden een plan.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "The First 90 Days",
                        "source": "Michael D. Watkins, 2003",
                        "note": "Gericht op leidinggevenden in een nieuwe rol, maar bruikbaar voor het denken over vroege successen.",
                    },
                    {
                        "title": "De eerste negentig dagen: onboarding als gedeelde verantwoordelijkheid",
                        "source": "Kennisbank",
                        "note": "Praktijkervaringen uit een zorgorganisatie.",
                    },
                ],
            ),
        ],
        "related_articles": ["de-eerste-negentig-dagen"],
    },
    # ------------------------------------------------------------------ Teams en samenwerking
    {
        "slug": "psychologische-veiligheid",
        "title": "Psychologische veiligheid",
        "theme": "teams-en-samenwerking",
        "summary": "Wat psychologische veiligheid is en niet is, en hoe je het in een team bevordert zonder het te verwarren met gezelligheid.",
        "teaser": (
            "Psychologische veiligheid is in korte tijd een van de populairste begrippen in het denken over teams geworden. "
            "Het verwijst naar de gedeelde overtuiging dat je in een team risico kunt nemen, zoals een vraag stellen, een "
            "fout melden of tegenspreken, zonder daarvoor te worden afgestraft."
            "\n\n"
            "Het begrip wordt ook vaak verkeerd begrepen: als aardig zijn voor elkaar of als de afwezigheid van kritiek. Dit "
            "onderwerp legt uit wat het onderzoek wel laat zien, waar de grenzen liggen en wat je als leidinggevende "
            "concreet kunt doen."
        ),
        "last_reviewed": "2026-03-30",
        "body": [
            (
                "key_questions",
                [
                    "Worden fouten in mijn team gemeld, of hoor ik ze pas als het te laat is?",
                    "Wie spreekt in overleggen, en wie zwijgt er structureel?",
                    "Hoe reageer ik zelf op slecht nieuws of tegenspraak?",
                ],
            ),
            (
                "what_works",
                "<p>Het werk van Amy Edmondson laat zien dat psychologische veiligheid samenhangt met leergedrag in teams: "
                "vragen stellen, fouten bespreken, experimenteren. Het gaat om een <b>klimaat van openheid</b>, niet om lage "
                "standaarden. Juist de combinatie van hoge veiligheid en hoge verwachtingen levert het meeste op.</p>"
                "<p>Wat je als leidinggevende kunt doen:</p>"
                "<ul><li>het werk neerzetten als leerproces: benoem de onzekerheid en maak duidelijk dat ieders inbreng nodig is;</li>"
                "<li>zelf fouten en twijfels benoemen;</li>"
                "<li>actief vragen stellen en om andere perspectieven vragen;</li>"
                "<li>productief reageren op slecht nieuws: bedanken, doorvragen, samen vooruitkijken.</li></ul>"
                "<p>Een kanttekening: veel onderzoek is correlationeel en gebaseerd op vragenlijsten. Dat veiligheid tot betere "
                "prestaties leidt, is aannemelijk, maar niet in alle contexten even hard aangetoond.</p>",
            ),
            (
                "what_does_not_work",
                "<p>Psychologische veiligheid afkondigen of in een waardenset opnemen verandert niets als de reactie op de eerste "
                "gemelde fout negatief is. Teamuitjes gericht op gezelligheid vergroten de veiligheid om kritiek te uiten "
                "meestal ook niet: prettig met elkaar omgaan is iets anders dan veilig kunnen tegenspreken.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Veiligheid verwarren met comfort",
                        "text": "Een veilig team voert juist de ongemakkelijke gesprekken. Als niemand elkaar ooit tegenspreekt, is dat eerder een slecht teken.",
                    },
                    {
                        "title": "Eén incident onderschatten",
                        "text": "Eén keer publiekelijk afgebrand worden onthoudt een team lang. Herstel kost veel meer tijd dan beschadigen.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "The Fearless Organization",
                        "source": "Amy C. Edmondson, 2018",
                        "note": "Toegankelijk overzicht van het begrip en het onderzoek erachter.",
                    },
                    {
                        "title": "Conflict in teams: van vermijden naar benutten",
                        "source": "Kennisbank",
                        "note": "Over het verband tussen veiligheid en productief conflict.",
                    },
                ],
            ),
        ],
        "related_articles": ["feedback-die-landt", "conflict-in-teams"],
    },
    {
        "slug": "teamontwikkeling",
        "title": "Teamontwikkeling",
        "theme": "teams-en-samenwerking",
        "summary": "Teams ontwikkelen zich niet in vaste fasen. Wat wel helpt: een heldere opdracht, goede samenstelling en samen terugkijken.",
        "teaser": (
            "Bij teamontwikkeling denken veel mensen aan het fasenmodel van Tuckman: forming, storming, norming, performing. "
            "Het model is handig als taal, maar teams in organisaties lopen zelden netjes door die fasen. Ze veranderen van "
            "samenstelling, krijgen nieuwe opdrachten en vallen terug."
            "\n\n"
            "Onderzoek naar effectieve teams legt de nadruk op andere zaken: een heldere en betekenisvolle opdracht, de "
            "juiste mensen, goede randvoorwaarden en coaching op de juiste momenten. Dit onderwerp helpt je verder te kijken "
            "dan teamdagen en persoonlijkheidsprofielen."
        ),
        "last_reviewed": "2026-08-11",
        "body": [
            (
                "key_questions",
                [
                    "Heeft het team een gedeelde, heldere opdracht waar het zelf achter staat?",
                    "Is dit echt een team, met onderlinge afhankelijkheid, of een groep individuen?",
                    "Wanneer kijkt het team samen terug op de manier waarop het werkt?",
                ],
            ),
            (
                "what_works",
                "<p>Hackman benadrukte dat effectieve teams vooral voortkomen uit goede <b>voorwaarden</b>: een echt team met "
                "een stabiele samenstelling, een richtinggevende opdracht, een ondersteunende structuur, steun vanuit de "
                "organisatie en deskundige coaching. Die voorwaarden wegen zwaarder dan de stijl van de teamleider of losse "
                "interventies.</p>"
                "<p>Praktisch:</p>"
                "<ul><li>formuleer samen de opdracht en wat het team gezamenlijk levert;</li>"
                "<li>maak rollen en afspraken expliciet en herzie ze periodiek;</li>"
                "<li>plan korte, regelmatige terugblikken in plaats van één grote teamdag per jaar;</li>"
                "<li>kies bewuste momenten voor teamcoaching: bij de start, halverwege en na afronding van het werk.</li></ul>"
                "<p>Het fasenmodel van Tuckman kan helpen om spanningen te normaliseren, maar voorspelt niet wat een team op een "
                "bepaald moment nodig heeft.</p>",
            ),
            (
                "what_does_not_work",
                "<p>Teamdagen met activiteiten die los staan van het werk hebben hooguit een kortstondig effect. Ook "
                "persoonlijkheidstests als basis voor teamontwikkeling worden vaak overschat; sommige populaire instrumenten "
                "hebben een zwakke wetenschappelijke onderbouwing. Ze kunnen een gesprek openen, maar verklaren weinig.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Een groep een team noemen",
                        "text": "Als mensen vooral los van elkaar werken, heeft investeren in teamgevoel weinig zin. Organiseer dan de samenwerking waar die echt nodig is.",
                    },
                    {
                        "title": "Alleen investeren als het misgaat",
                        "text": "Teamontwikkeling die pas start bij een conflict voelt als reparatie. Regelmatig samen terugkijken voorkomt dat.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "Leading Teams",
                        "source": "J. Richard Hackman, 2002",
                        "note": "Over de voorwaarden voor effectieve teams; nuchter en goed onderbouwd.",
                    },
                    {
                        "title": "The Five Dysfunctions of a Team",
                        "source": "Patrick Lencioni, 2002",
                        "note": "Een managementfabel zonder empirische onderbouwing, maar als gespreksopener herkenbaar en populair.",
                    },
                ],
            ),
        ],
        "related_articles": ["conflict-in-teams"],
    },
    {
        "slug": "vergadercultuur",
        "title": "Vergadercultuur",
        "theme": "teams-en-samenwerking",
        "summary": "Minder en betere vergaderingen: een helder doel, de juiste mensen en een besluit of vervolgstap aan het einde.",
        "teaser": (
            "Vergaderen kost in veel organisaties een groot deel van de werkweek. Tegelijk hoor je overal dezelfde klacht: te "
            "veel overleg, te weinig besluiten. Sinds de opkomst van hybride werken is het aantal korte online overleggen in "
            "veel organisaties eerder toegenomen dan afgenomen."
            "\n\n"
            "Een betere vergadercultuur begint niet met strengere regels of kortere vergaderingen, maar met de vraag waarvoor "
            "je samenkomt. Dit onderwerp helpt je onderscheid te maken tussen overleg dat waarde toevoegt en overleg dat uit "
            "gewoonte blijft bestaan."
        ),
        "last_reviewed": "2026-05-19",
        "body": [
            (
                "key_questions",
                [
                    "Wat is het doel van dit overleg: informeren, afstemmen, ideeën ontwikkelen of besluiten?",
                    "Zitten de juiste mensen aan tafel, en niet meer dan nodig?",
                    "Is na afloop voor iedereen duidelijk wat er besloten is en wie wat doet?",
                ],
            ),
            (
                "what_works",
                "<p>Onderzoek naar vergaderingen, onder meer samengevat door Steven Rogelberg, laat zien dat de <b>kwaliteit van "
                "de voorzitter</b> veel uitmaakt: iemand die het doel helder maakt, iedereen aan het woord laat en het gesprek "
                "naar een uitkomst leidt. Ook kleinere groepen en kortere vergaderingen hangen samen met meer tevredenheid.</p>"
                "<p>Praktische stappen:</p>"
                "<ul><li>formuleer agendapunten als vragen, met bij elk punt wat er van de groep verwacht wordt;</li>"
                "<li>verplaats pure informatieoverdracht naar schriftelijke updates;</li>"
                "<li>sluit elk punt af met een besluit, een actie of een bewuste keuze om het te laten rusten;</li>"
                "<li>evalueer terugkerende overleggen een paar keer per jaar: moet dit nog bestaan?</li></ul>",
            ),
            (
                "what_does_not_work",
                "<p>Generieke regels als 'maximaal dertig minuten' of 'vergadervrije vrijdag' kunnen lucht geven, maar "
                "verschuiven het probleem vaak naar andere dagen of kanalen. Zonder aandacht voor het doel van overleg blijft de "
                "kern hetzelfde.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Overleg als schijnbetrokkenheid",
                        "text": "Mensen uitnodigen zodat ze op de hoogte zijn, kost veel tijd. Een verslag of kort bericht is vaak genoeg.",
                    },
                    {
                        "title": "Besluiten buiten de vergadering",
                        "text": "Als de echte besluiten in de wandelgangen vallen, wordt het overleg toneel. Mensen merken dat snel.",
                    },
                    {
                        "title": "Hybride ongelijkheid",
                        "text": "Wie online aansluit terwijl anderen samen in een zaal zitten, raakt snel buiten beeld. Maak bewuste afspraken over de volgorde van spreken.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "The Surprising Science of Meetings",
                        "source": "Steven G. Rogelberg, 2019",
                        "note": "Compact overzicht van onderzoek naar vergaderingen, met praktische adviezen.",
                    },
                    {
                        "title": "Minder vergaderen, beter besluiten",
                        "source": "Kennisbank",
                        "note": "Praktijkartikel over het herontwerpen van een overlegstructuur.",
                    },
                ],
            ),
        ],
        "related_articles": ["minder-vergaderen-beter-besluiten"],
    },
    {
        "slug": "conflicthantering",
        "title": "Conflicthantering",
        "theme": "teams-en-samenwerking",
        "summary": "Conflict in teams is niet per se slecht. Het verschil zit tussen inhoudelijke meningsverschillen en persoonlijke spanningen.",
        "teaser": (
            "Conflicten in teams worden vaak gezien als iets om te voorkomen. Toch kan een team zonder meningsverschillen "
            "net zo problematisch zijn als een team dat voortdurend ruzie heeft. Botsende ideeën kunnen tot betere besluiten "
            "leiden, mits het gesprek over de inhoud blijft gaan."
            "\n\n"
            "De grens tussen een zakelijk meningsverschil en een persoonlijk conflict is echter dun. Dit onderwerp gaat over "
            "het herkennen van soorten conflict, het tijdig ingrijpen en het kiezen van een passende aanpak wanneer je er als "
            "leidinggevende of adviseur bij betrokken raakt."
        ),
        "last_reviewed": "2026-09-16",
        "body": [
            (
                "key_questions",
                [
                    "Gaat dit conflict over de inhoud, over de werkwijze of over de relatie?",
                    "Wat gebeurt er als ik niets doe?",
                    "Welke rol heb ik zelf: betrokkene, leidinggevende of bemiddelaar?",
                ],
            ),
            (
                "what_works",
                "<p>Onderzoek maakt onderscheid tussen <b>taakconflicten</b> (over inhoud en aanpak) en <b>relatieconflicten</b> "
                "(persoonlijke spanningen). Relatieconflicten hangen consistent negatief samen met teamprestaties en "
                "tevredenheid. Voor taakconflicten is het beeld gemengder: ze kunnen nuttig zijn, vooral in teams met veel "
                "onderling vertrouwen, maar slaan gemakkelijk om in een relatieconflict.</p>"
                "<p>Wat helpt:</p>"
                "<ul><li>benoem spanningen vroeg, voordat ze zich vastzetten;</li>"
                "<li>scheid in het gesprek de inhoud van de personen: waar gaat het meningsverschil precies over?</li>"
                "<li>zoek naar de belangen achter standpunten, zoals Fisher en Ury beschrijven;</li>"
                "<li>schakel tijdig een onafhankelijke bemiddelaar in als je zelf partij bent.</li></ul>",
            ),
            (
                "what_does_not_work",
                "<p>Conflicten negeren in de hoop dat ze overwaaien, werkt zelden; ze verplaatsen zich naar de wandelgangen. Ook "
                "een conflict zonder voorbereiding uitpraten in een teamsessie kan escaleren, zeker als er machtsverschillen "
                "spelen. Kies dan eerst voor afzonderlijke gesprekken.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Ongemerkt partij kiezen",
                        "text": "Leidinggevenden hebben vaak een betere band met de ene betrokkene dan met de andere. Wees je daarvan bewust.",
                    },
                    {
                        "title": "Conflict individualiseren",
                        "text": "Soms zit de oorzaak in onduidelijke rollen of tegenstrijdige doelen, niet in de personen. Kijk ook naar de structuur.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "Getting to Yes",
                        "source": "Roger Fisher en William Ury, 1981",
                        "note": "Het klassieke werk over onderhandelen op basis van belangen in plaats van posities.",
                    },
                    {
                        "title": "Conflict in teams: van vermijden naar benutten",
                        "source": "Kennisbank",
                        "note": "Praktijkartikel voor leidinggevenden.",
                    },
                ],
            ),
        ],
        "related_articles": ["conflict-in-teams"],
    },
    {
        "slug": "hybride-werken",
        "title": "Hybride werken",
        "theme": "teams-en-samenwerking",
        "summary": "Hybride werken vraagt bewuste afspraken over waar welk werk gebeurt, hoe je elkaar bereikt en hoe je verbonden blijft.",
        "teaser": (
            "Hybride werken is in veel organisaties blijvend geworden. Deels thuis, deels op kantoor: dat biedt flexibiliteit "
            "en focus, maar maakt samenwerking, leren en onderlinge verbinding ingewikkelder. Teams die gewoon doorwerken "
            "zoals vroeger, lopen daar vroeg of laat tegenaan."
            "\n\n"
            "Er bestaat geen ideale verdeling tussen thuis en kantoor die voor iedereen werkt. Wel kun je als team bewuste "
            "keuzes maken. Dit onderwerp helpt je die keuzes te baseren op het werk, in plaats van op gewoonte of "
            "wantrouwen."
        ),
        "last_reviewed": "2026-11-04",
        "body": [
            (
                "key_questions",
                [
                    "Welk werk doen we beter samen op locatie, en welk werk beter geconcentreerd op afstand?",
                    "Hoe weten collega's wanneer en via welk kanaal ze elkaar kunnen bereiken?",
                    "Hoe leren nieuwe en minder ervaren collega's als ze minder samen zijn met ervaren collega's?",
                ],
            ),
            (
                "what_works",
                "<p>Teams die hybride werken goed organiseren, maken <b>expliciete teamafspraken</b>: over kantoordagen met een "
                "duidelijke functie, over bereikbaarheid, over welk kanaal waarvoor dient. Kantoordagen werken beter als er dan "
                "ook samenwerkingswerk gepland wordt, en niet iedereen alsnog achter een scherm zit te bellen.</p>"
                "<p>Let in het bijzonder op:</p>"
                "<ul><li>nieuwe medewerkers en starters, die veel leren door mee te kijken en informeel te vragen;</li>"
                "<li>gelijkwaardigheid in hybride overleggen;</li>"
                "<li>signalen van overbelasting, die op afstand minder zichtbaar zijn.</li></ul>"
                "<p>Het onderzoek naar hybride werken is jong en ontwikkelt zich snel. Studies naar productiviteit en welzijn "
                "laten wisselende uitkomsten zien, afhankelijk van het soort werk, de meetmethode en de periode. Wees voorzichtig "
                "met stellige claims, van voor- én tegenstanders.</p>",
            ),
            (
                "what_does_not_work",
                "<p>Verplichte kantoordagen zonder duidelijk doel leiden tot ergernis: mensen reizen naar kantoor om daar online "
                "te vergaderen. Controle via monitoringsoftware ondermijnt vertrouwen en zegt weinig over de kwaliteit van het "
                "werk.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Aanwezigheid verwarren met prestatie",
                        "text": "Wie vaak op kantoor is, wordt al snel als betrokkener gezien. Beoordeel op resultaten en bijdrage, niet op zichtbaarheid.",
                    },
                    {
                        "title": "Eenmalige afspraken",
                        "text": "Teamafspraken over hybride werken verouderen. Bespreek ze een paar keer per jaar opnieuw.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "Minder vergaderen, beter besluiten",
                        "source": "Kennisbank",
                        "note": "Met aandacht voor gelijkwaardigheid in hybride overleg.",
                    },
                ],
            ),
        ],
        "related_articles": ["minder-vergaderen-beter-besluiten"],
    },
    # ------------------------------------------------------------------ Strategie en organisatie
    {
        "slug": "strategische-planning",
        "title": "Strategische planning",
        "theme": "strategie-en-organisatie",
        "summary": "Strategische planning die tot keuzes leidt in plaats van tot een dik document: diagnose, richting en samenhangende acties.",
        "teaser": (
            "Veel organisaties doorlopen elk jaar of om de paar jaar een strategisch planningsproces. Het resultaat is vaak "
            "een document met een missie, een visie, ambities en een lange lijst doelen. Wat er zelden in staat: waar je "
            "níet meer aan werkt."
            "\n\n"
            "Goede strategie gaat over keuzes. Ze begint met een eerlijke diagnose van de belangrijkste uitdaging en vertaalt "
            "die in een richting en een beperkt aantal samenhangende acties. Dit onderwerp helpt je het verschil te zien "
            "tussen een strategie en een verzameling goede voornemens."
        ),
        "last_reviewed": "2026-01-26",
        "body": [
            (
                "key_questions",
                [
                    "Wat is de belangrijkste uitdaging voor de organisatie, in één of twee zinnen?",
                    "Welke keuzes volgen daaruit, en wat gaan we bewust niet doen?",
                    "Hoe vertalen we de strategie naar prioriteiten die in het dagelijkse werk voelbaar zijn?",
                ],
            ),
            (
                "what_works",
                "<p>Rumelt beschrijft de kern van goede strategie als een combinatie van <b>diagnose</b>, een <b>richtinggevend "
                "beleid</b> en <b>samenhangende acties</b>. Dat is een bruikbare toets: veel strategiedocumenten bevatten wel "
                "ambities, maar geen diagnose en geen keuze.</p>"
                "<p>Praktisch helpt:</p>"
                "<ul><li>begin bij het probleem, niet bij de ambitie;</li>"
                "<li>betrek mensen uit verschillende lagen bij de diagnose, want zij zien andere dingen;</li>"
                "<li>formuleer expliciet wat je stopt of uitstelt;</li>"
                "<li>plan vaste momenten om de strategie te toetsen aan wat er in de praktijk gebeurt.</li></ul>"
                "<p>Mintzberg waarschuwde al in de jaren negentig dat formele planning strategie kan verwarren met "
                "programmeren. Strategie ontstaat ook onderweg, uit wat werkt en wat niet; een goed proces maakt daar ruimte "
                "voor.</p>",
            ),
            (
                "what_does_not_work",
                "<p>Lange lijsten met strategische prioriteiten, waarin alles even belangrijk is, leiden tot versnippering. Ook "
                "elk jaar hetzelfde planningsritueel herhalen zonder te kijken wat er van het vorige plan terechtkwam, maakt "
                "strategie tot een papieren exercitie.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Ambitie als strategie",
                        "text": "'Marktleider worden' is een wens, geen strategie. Zonder antwoord op het hoe en waarom blijft het een slogan.",
                    },
                    {
                        "title": "Top-down uitrollen",
                        "text": "Een strategie die alleen door de top is bedacht, mist vaak de kennis van de uitvoering en het draagvlak om haar te realiseren.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "Good Strategy/Bad Strategy",
                        "source": "Richard Rumelt, 2011",
                        "note": "Scherp en goed leesbaar over het verschil tussen strategie en doelen.",
                    },
                    {
                        "title": "The Rise and Fall of Strategic Planning",
                        "source": "Henry Mintzberg, 1994",
                        "note": "Kritische analyse van de grenzen van formele planning.",
                    },
                ],
            ),
        ],
        "related_articles": ["okr-zonder-ceremonie"],
    },
    {
        "slug": "okr",
        "title": "OKR: Objectives and Key Results",
        "theme": "strategie-en-organisatie",
        "summary": "OKR kan focus geven, mits je het eenvoudig houdt en niet koppelt aan beoordeling. De methode zonder de hype.",
        "teaser": (
            "Objectives and Key Results, kortweg OKR, zijn populair geworden via grote techbedrijven. De belofte: meer focus, "
            "betere afstemming en ambitieuzere doelen. Veel organisaties zijn ermee begonnen, en een flink deel is er "
            "stilletjes weer mee gestopt."
            "\n\n"
            "De methode zelf is eenvoudig: een kwalitatief doel met een paar meetbare resultaten. Het gaat vaak mis in de "
            "uitvoering: te veel doelen, te veel administratie of een verkapte afrekencultuur. Dit onderwerp helpt je te "
            "bepalen of en hoe OKR in jouw organisatie past."
        ),
        "last_reviewed": "2026-03-09",
        "body": [
            (
                "key_questions",
                [
                    "Welk probleem moet OKR oplossen: gebrek aan focus, aan afstemming of aan zicht op voortgang?",
                    "Hoeveel doelen kan een team werkelijk tegelijk nastreven?",
                    "Worden OKR's gebruikt om te leren of om af te rekenen?",
                ],
            ),
            (
                "what_works",
                "<p>Onderzoek naar doelen stellen, vooral het werk van Locke en Latham, laat zien dat <b>specifieke en "
                "uitdagende doelen</b> vaak tot betere prestaties leiden dan vage doelen. OKR bouwt daarop voort. Maar de methode "
                "als geheel is weinig onafhankelijk onderzocht; de meeste bewijsvoering is anekdotisch.</p>"
                "<p>Wat in de praktijk helpt:</p>"
                "<ul><li>beperk je tot een paar doelen per team per periode;</li>"
                "<li>formuleer key results als uitkomsten, niet als activiteiten;</li>"
                "<li>bespreek de voortgang kort en regelmatig, bijvoorbeeld om de twee weken;</li>"
                "<li>houd OKR's gescheiden van beoordeling en beloning, zodat teams ambitieus durven te zijn.</li></ul>",
            ),
            (
                "what_does_not_work",
                "<p>OKR als volledig gecascadeerd systeem, waarin elk teamdoel precies moet aansluiten op dat van de laag erboven, "
                "leidt tot veel overleg en weinig eigenaarschap. OKR-software aanschaffen voordat de werkwijze is uitgeprobeerd, "
                "maakt van een gesprekshulpmiddel een administratieve verplichting.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Een takenlijst in vermomming",
                        "text": "Key results als 'workshop organiseren' of 'beleid schrijven' meten activiteit, geen resultaat.",
                    },
                    {
                        "title": "Doelen die verkeerd gedrag oproepen",
                        "text": "Te smalle doelen kunnen gedrag uitlokken dat het doel haalt maar de bedoeling mist. Kijk ook naar wat je niet meet.",
                    },
                    {
                        "title": "Te snel opschalen",
                        "text": "Begin met een paar teams en leer van hun ervaringen voordat de hele organisatie meedoet.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "Measure What Matters",
                        "source": "John Doerr, 2018",
                        "note": "De bekendste pleitbezorger van OKR; enthousiast en weinig kritisch, dus lees het met die bril.",
                    },
                    {
                        "title": "A Theory of Goal Setting and Task Performance",
                        "source": "Edwin A. Locke en Gary P. Latham, 1990",
                        "note": "De onderzoeksbasis onder doelen stellen.",
                    },
                    {
                        "title": "OKR zonder ceremonie: doelen stellen die richting geven",
                        "source": "Kennisbank",
                        "note": "Pro-artikel over een lichte invoering.",
                    },
                ],
            ),
        ],
        "related_articles": ["okr-zonder-ceremonie"],
    },
    {
        "slug": "kpi-s-en-dashboards",
        "title": "KPI's en dashboards",
        "theme": "strategie-en-organisatie",
        "summary": "KPI's helpen sturen als ze het gesprek voeden. Ze schaden als het cijfer het doel wordt in plaats van een signaal.",
        "teaser": (
            "Dashboards zijn nooit zo makkelijk te maken geweest als nu. Elke afdeling kan haar eigen cijfers in grafieken "
            "zetten, vaak vrijwel realtime. Het risico is dat er steeds meer gemeten en steeds minder begrepen wordt."
            "\n\n"
            "KPI's zijn nuttig om ontwikkelingen te zien en gesprekken te voeren over prestaties. Maar zodra een cijfer het "
            "doel wordt, gaan mensen sturen op het cijfer in plaats van op de bedoeling. Dit onderwerp gaat over meten met "
            "beleid: welke indicatoren je kiest, hoe je ze gebruikt en waar het misgaat."
        ),
        "last_reviewed": "2026-11-10",
        "body": [
            (
                "key_questions",
                [
                    "Welke vraag moet deze indicator helpen beantwoorden?",
                    "Wie gebruikt het dashboard, en welk besluit neemt die persoon ermee?",
                    "Welk ongewenst gedrag kan deze KPI uitlokken?",
                ],
            ),
            (
                "what_works",
                "<p>Indicatoren werken het best als <b>signaal en gespreksstof</b>, niet als oordeel. Een daling is dan "
                "aanleiding voor de vraag wat je ziet, niet voor een verklaring achteraf. Dat vraagt dat de mensen die het werk "
                "doen, betrokken zijn bij het kiezen en duiden van de cijfers.</p>"
                "<p>Praktische uitgangspunten:</p>"
                "<ul><li>weinig indicatoren, elk met een duidelijke eigenaar;</li>"
                "<li>combineer uitkomstmaten met procesmaten en kwalitatieve informatie;</li>"
                "<li>laat trends zien, geen losse momentopnames;</li>"
                "<li>bespreek periodiek of een indicator nog zegt wat je denkt dat hij zegt.</li></ul>"
                "<p>De wet van Goodhart en het verwante inzicht van Campbell waarschuwen dat een maat die een doel wordt, haar "
                "waarde als maat verliest. Dat is geen theoretisch risico; voorbeelden uit zorg, onderwijs en politie zijn er in "
                "overvloed.</p>",
            ),
            (
                "what_does_not_work",
                "<p>Beloning en sancties direct koppelen aan enkele KPI's leidt vaak tot ongewenst gedrag: registraties "
                "aanpassen, moeilijke gevallen vermijden of alleen nog doen wat meetelt. Dashboards met tientallen grafieken "
                "worden bovendien zelden echt gebruikt.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Meten wat makkelijk is",
                        "text": "Wat makkelijk te meten is, is niet altijd wat ertoe doet. Kwaliteit en klantbeleving vragen vaak meer moeite.",
                    },
                    {
                        "title": "Schijnprecisie",
                        "text": "Een cijfer met twee decimalen suggereert een nauwkeurigheid die de onderliggende registratie niet heeft.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "The Tyranny of Metrics",
                        "source": "Jerry Z. Muller, 2018",
                        "note": "Kritisch en goed gedocumenteerd over de bijwerkingen van een meetcultuur.",
                    },
                    {
                        "title": "Dashboards die het gesprek voeden in plaats van vervangen",
                        "source": "Kennisbank",
                        "note": "Praktijkartikel over het herontwerpen van een managementdashboard.",
                    },
                ],
            ),
        ],
        "related_articles": ["dashboards-die-gesprekken-voeden", "okr-zonder-ceremonie"],
    },
    {
        "slug": "zelforganisatie",
        "title": "Zelforganisatie",
        "theme": "strategie-en-organisatie",
        "summary": "Zelforganiserende teams: wat het vraagt aan kaders, vaardigheden en leiderschap, en waarom het vaak anders loopt dan gedacht.",
        "teaser": (
            "Zelforganisatie belooft veel: meer betrokkenheid, snellere besluiten, minder overhead. Bekende voorbeelden uit de "
            "zorg en het bedrijfsleven worden op congressen graag aangehaald. Tegelijk zijn er veel organisaties die na een "
            "paar jaar weer managers hebben aangesteld."
            "\n\n"
            "Zelforganisatie is geen afwezigheid van sturing, maar een andere verdeling ervan. Teams hebben duidelijke kaders, "
            "vaardigheden en ondersteuning nodig, en de organisatie eromheen moet meebewegen. Dit onderwerp helpt je "
            "realistisch in te schatten wat het vraagt."
        ),
        "last_reviewed": "2026-09-28",
        "body": [
            (
                "key_questions",
                [
                    "Welke beslissingen liggen bij het team, en welke uitdrukkelijk niet?",
                    "Beschikken teamleden over de vaardigheden om samen te plannen, te besluiten en elkaar aan te spreken?",
                    "Hoe zijn ondersteunende functies als HR, financiën en ICT ingericht op zelforganisatie?",
                ],
            ),
            (
                "what_works",
                "<p>Zelforganisatie werkt beter naarmate de <b>kaders helderder</b> zijn: wat is het doel van het team, binnen "
                "welke budgetten en regels werkt het, en over welke onderwerpen beslist het zelf? Teams die zonder zulke kaders "
                "vrij worden gelaten, besteden veel energie aan het uitzoeken ervan, vaak met spanningen als gevolg.</p>"
                "<p>Verder helpt:</p>"
                "<ul><li>een coach die het team begeleidt in het samenwerken, zonder het werk over te nemen;</li>"
                "<li>een geleidelijke overdracht van taken, afhankelijk van wat een team aankan;</li>"
                "<li>duidelijke afspraken over hoe het team omgaat met conflicten en disfunctioneren;</li>"
                "<li>ondersteunende diensten die zich op teams richten in plaats van op managers.</li></ul>"
                "<p>Het bewijs voor zelforganisatie is gemengd. Er zijn succesvolle voorbeelden, maar ook veel studies die laten "
                "zien dat de resultaten sterk afhangen van context en invoering. Gepopulariseerde casussen worden vaak "
                "rooskleuriger beschreven dan de praktijk.</p>",
            ),
            (
                "what_does_not_work",
                "<p>Zelforganisatie invoeren als bezuiniging op management, zonder te investeren in teams, leidt vaak tot "
                "overbelasting en onduidelijkheid. Ook een model van een andere organisatie kopiëren, inclusief de terminologie, "
                "zonder rekening te houden met de eigen context, loopt vaak vast.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Verborgen hiërarchie",
                        "text": "In zelforganiserende teams ontstaan vaak informele leiders. Dat is niet erg, maar maak het bespreekbaar, anders wordt macht onzichtbaar.",
                    },
                    {
                        "title": "Aanspreken vermijden",
                        "text": "Collega's aanspreken op hun functioneren is lastig zonder leidinggevende. Zorg voor afspraken en oefen de vaardigheden.",
                    },
                    {
                        "title": "Alles of niets",
                        "text": "Zelforganisatie is geen schakelaar. Veel teams functioneren goed met een mix van zelfsturing en hiërarchische sturing.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "Reinventing Organizations",
                        "source": "Frederic Laloux, 2014",
                        "note": "Invloedrijk en inspirerend, maar selectief in zijn voorbeelden; lees het kritisch.",
                    },
                    {
                        "title": "Zelforganisatie zonder illusies: wat teams werkelijk nodig hebben",
                        "source": "Kennisbank",
                        "note": "Pro-artikel met lessen uit de praktijk.",
                    },
                ],
            ),
        ],
        "related_articles": ["zelforganisatie-zonder-illusies"],
    },
    {
        "slug": "besluitvorming",
        "title": "Besluitvorming in groepen",
        "theme": "strategie-en-organisatie",
        "summary": "Betere besluiten in groepen: vooraf helder wie beslist en hoe, tegenspraak organiseren en denkfouten ondervangen.",
        "teaser": (
            "In veel organisaties is niet zozeer de kwaliteit van besluiten het probleem, maar het proces: onduidelijk wie "
            "beslist, besluiten die steeds terugkomen, of besluiten die formeel genomen worden maar in de praktijk niet "
            "worden uitgevoerd."
            "\n\n"
            "Tegelijk zijn groepen gevoelig voor bekende valkuilen, zoals groepsdenken, het te snel volgen van de eerste "
            "spreker of het negeren van tegenvallende informatie. Dit onderwerp helpt je besluitvorming bewuster in te "
            "richten, zonder er een bureaucratisch proces van te maken."
        ),
        "last_reviewed": "2026-06-29",
        "body": [
            (
                "key_questions",
                [
                    "Is voor iedereen duidelijk wie dit besluit neemt, en wie geraadpleegd of geïnformeerd wordt?",
                    "Hebben we alternatieven en tegenargumenten serieus overwogen?",
                    "Hoe weten we later of dit een goed besluit was?",
                ],
            ),
            (
                "what_works",
                "<p>Veel onduidelijkheid verdwijnt als je vooraf de <b>besluitregel</b> benoemt: beslist de leidinggevende na "
                "consultatie, besluit het team bij consensus, of geldt: besloten, tenzij iemand een zwaarwegend bezwaar heeft? "
                "Elk van die vormen kan goed werken, zolang iedereen weet welke geldt.</p>"
                "<p>Om denkfouten te beperken:</p>"
                "<ul><li>laat mensen eerst individueel hun oordeel noteren voordat de discussie begint;</li>"
                "<li>wijs iemand aan die expliciet de tegenargumenten verkent;</li>"
                "<li>bedenk vooraf wat er mis kan gaan, bijvoorbeeld met een pre-mortem;</li>"
                "<li>leg vast waarom een besluit is genomen, zodat je het later kunt evalueren.</li></ul>"
                "<p>Onderzoek naar cognitieve biases is uitgebreid, maar veel laboratoriumbevindingen zijn niet één op één "
                "overdraagbaar naar organisaties. Gebruik de inzichten als waarschuwing, niet als exacte voorspelling.</p>",
            ),
            (
                "what_does_not_work",
                "<p>Bij alle besluiten consensus nastreven leidt vaak tot trage en vage uitkomsten. Omgekeerd ondermijnt het "
                "steeds terugdraaien van besluiten door een hogere laag het vertrouwen in het hele proces.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Schijnconsensus",
                        "text": "Stilte is geen instemming. Vraag expliciet naar bezwaren, vooral bij mensen die weinig zeggen.",
                    },
                    {
                        "title": "Besluiten op de uitkomst beoordelen",
                        "text": "Een goed besluit kan door pech slecht uitpakken, en andersom. Beoordeel ook het proces en de informatie die je toen had.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "Thinking, Fast and Slow",
                        "source": "Daniel Kahneman, 2011",
                        "note": "Breed overzicht van denkfouten; sommige beschreven studies zijn later niet gerepliceerd, wat de kern niet ongeldig maakt.",
                    },
                    {
                        "title": "Victims of Groupthink",
                        "source": "Irving L. Janis, 1972",
                        "note": "De klassieke studie naar groepsdenken bij beleidsbeslissingen.",
                    },
                ],
            ),
        ],
        "related_articles": ["minder-vergaderen-beter-besluiten", "dashboards-die-gesprekken-voeden"],
    },
    {
        "slug": "agile-werken-buiten-it",
        "title": "Agile werken buiten IT",
        "theme": "strategie-en-organisatie",
        "summary": "Agile principes buiten softwareontwikkeling: wat goed overdraagbaar is, wat niet, en hoe je ceremonie zonder inhoud vermijdt.",
        "teaser": (
            "Agile werken is begonnen in softwareontwikkeling, maar inmiddels werken ook marketingafdelingen, HR-teams en "
            "beleidsafdelingen met sprints, stand-ups en retrospectives. Soms met goede resultaten, soms vooral met nieuwe "
            "vergaderingen."
            "\n\n"
            "De kern van agile is niet de set rituelen, maar het werken in korte cycli met snelle feedback van gebruikers. "
            "Dat is buiten IT niet altijd even goed toe te passen. Dit onderwerp helpt je te bepalen welke principes in jouw "
            "context waarde toevoegen en welke vooral ceremonie worden."
        ),
        "last_reviewed": "2026-10-05",
        "body": [
            (
                "key_questions",
                [
                    "Is het werk op te knippen in kleine stukken die je snel bij gebruikers kunt toetsen?",
                    "Wie is in onze context de klant die snel feedback kan geven?",
                    "Welke agile praktijken nemen we over omdat ze helpen, en welke omdat ze er nu eenmaal bij horen?",
                ],
            ),
            (
                "what_works",
                "<p>Agile principes passen goed bij werk met <b>veel onzekerheid</b>, waarbij je pas gaandeweg ontdekt wat werkt: "
                "een nieuwe dienst ontwikkelen, een campagne testen, een proces herontwerpen. Korte cycli en regelmatige "
                "terugkoppeling verkleinen dan het risico dat je maandenlang aan het verkeerde werkt.</p>"
                "<p>Goed overdraagbaar zijn vaak:</p>"
                "<ul><li>werk zichtbaar maken, bijvoorbeeld op een bord;</li>"
                "<li>regelmatig samen terugkijken op de werkwijze;</li>"
                "<li>tussenresultaten vroeg aan gebruikers laten zien;</li>"
                "<li>het aantal zaken dat tegelijk loopt beperken.</li></ul>"
                "<p>Onafhankelijk onderzoek naar agile buiten software is schaars. De meeste bronnen zijn praktijkbeschrijvingen "
                "of komen van adviesbureaus met een commercieel belang.</p>",
            ),
            (
                "what_does_not_work",
                "<p>Agile invoeren voor werk dat voorspelbaar is en weinig onzekerheid kent, zoals routinematige verwerking, voegt "
                "weinig toe. Ook de volledige set rollen en ceremonies overnemen zonder de autonomie die erbij hoort, leidt tot "
                "agile theater: teams hebben sprints, maar de besluiten vallen nog steeds elders.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Snelheid als doel",
                        "text": "Agile gaat over sneller leren, niet per se over sneller opleveren. Wie alleen op tempo stuurt, mist de kern.",
                    },
                    {
                        "title": "Geen echte klant",
                        "text": "Zonder gebruikers die feedback geven, wordt een sprint een gewone planningsperiode met een nieuwe naam.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "Manifesto for Agile Software Development",
                        "source": "Kent Beck e.a., 2001",
                        "note": "Kort en nog altijd verhelderend: de waarden achter de methodes.",
                    },
                    {
                        "title": "Zelforganisatie zonder illusies: wat teams werkelijk nodig hebben",
                        "source": "Kennisbank",
                        "note": "Over autonomie als voorwaarde voor wendbaar werken.",
                    },
                ],
            ),
        ],
        "related_articles": ["zelforganisatie-zonder-illusies"],
    },
    # ------------------------------------------------------------------ Advieswerk
    {
        "slug": "adviesvaardigheden",
        "title": "Adviesvaardigheden",
        "theme": "advieswerk",
        "summary": "Goed adviseren is meer dan expertise: contracteren, luisteren, lastige boodschappen brengen en de ander eigenaar laten.",
        "teaser": (
            "Veel adviseurs, intern of extern, zijn begonnen als inhoudelijk expert. Hun kennis is de reden dat ze worden "
            "ingehuurd of gevraagd. Toch blijkt in de praktijk dat adviezen die inhoudelijk kloppen, lang niet altijd iets in "
            "beweging zetten."
            "\n\n"
            "De effectiviteit van een adviseur hangt sterk af van procesvaardigheden: een goede opdracht afspreken, echt "
            "luisteren, een lastige boodschap helder brengen en de opdrachtgever eigenaar laten blijven. Dit onderwerp "
            "behandelt die vaardigheden, met aandacht voor de valkuilen van de expertrol."
        ),
        "last_reviewed": "2026-08-03",
        "body": [
            (
                "key_questions",
                [
                    "Weet ik wat mijn opdrachtgever werkelijk wil, en wat hij van mij verwacht?",
                    "Breng ik ook onwelgevallige bevindingen helder over?",
                    "Wie moet na mijn advies aan de slag, en is die persoon betrokken?",
                ],
            ),
            (
                "what_works",
                "<p>Block beschrijft adviseren als een proces met verschillende fasen, waarin vooral het <b>contracteren</b> "
                "wordt onderschat: het expliciet afspreken van wederzijdse verwachtingen, inclusief wat de opdrachtgever zelf "
                "bijdraagt. Een heldere afspraak maakt het later makkelijker om lastige zaken te bespreken.</p>"
                "<p>Schein onderscheidt drie helpersrollen: de expert die een antwoord levert, de dokter die diagnosticeert en "
                "voorschrijft, en de procesadviseur die de klant helpt zelf tot inzicht te komen. Goede adviseurs wisselen bewust "
                "tussen die rollen.</p>"
                "<ul><li>Vat regelmatig samen wat je hoort, zodat misverstanden vroeg boven komen.</li>"
                "<li>Benoem het als je weerstand merkt, zonder er een oordeel aan te verbinden.</li>"
                "<li>Houd je advies kort en concreet; een dik rapport wordt zelden helemaal gelezen.</li></ul>",
            ),
            (
                "what_does_not_work",
                "<p>Het standaardpakket van de eigen methode toepassen, ongeacht de vraag: wie een hamer heeft, ziet overal "
                "spijkers. En onwelkome boodschappen vermijden om de relatie of een vervolgopdracht te beschermen; dat helpt op "
                "korte termijn en schaadt op lange termijn je geloofwaardigheid.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Te snel een oplossing",
                        "text": "Adviseurs worden gewaardeerd om hun antwoorden en zijn daardoor geneigd de probleemverkenning over te slaan.",
                    },
                    {
                        "title": "Eigenaarschap overnemen",
                        "text": "Als de adviseur het probleem meer lijkt te willen oplossen dan de opdrachtgever, is er iets misgegaan in de verhouding.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "Flawless Consulting",
                        "source": "Peter Block, 1981",
                        "note": "Praktisch en nog altijd actueel, vooral over contracteren en omgaan met weerstand.",
                    },
                    {
                        "title": "Process Consultation Revisited",
                        "source": "Edgar H. Schein, 1999",
                        "note": "Over de helpende relatie en de rollen van de adviseur.",
                    },
                ],
            ),
        ],
        "related_articles": ["de-vraag-achter-de-vraag"],
    },
    {
        "slug": "interventies-kiezen",
        "title": "Interventies kiezen",
        "theme": "advieswerk",
        "summary": "Een interventie kiezen die past bij het vraagstuk, de organisatie en de mensen, in plaats van bij de voorkeur van de adviseur.",
        "teaser": (
            "Training, coaching, herstructurering, een nieuw systeem, een dialoogsessie: het aanbod aan interventies is "
            "groot. In de praktijk kiezen adviseurs en managers vaak wat ze kennen of wat eerder werkte, ook als het "
            "vraagstuk anders is."
            "\n\n"
            "Een goede interventie sluit aan bij de aard van het probleem, bij de veranderbereidheid in de organisatie en bij "
            "wat realistisch uitvoerbaar is. Dit onderwerp biedt een kader om bewuster te kiezen, en om eerlijk te zijn over "
            "de onzekerheid die bij elke keuze blijft."
        ),
        "last_reviewed": "2026-10-26",
        "body": [
            (
                "key_questions",
                [
                    "Welk probleem lossen we op, en is dat ook het probleem dat de betrokkenen ervaren?",
                    "Op welk niveau grijpen we in: individu, team, structuur of organisatie?",
                    "Welke opvatting over veranderen past bij deze situatie?",
                ],
            ),
            (
                "what_works",
                "<p>De Caluwé en Vermaak onderscheiden in hun kleurendenken vijf manieren van denken over veranderen: via "
                "belangen en macht (geel), via rationeel ontwerp (blauw), via prikkels en motivatie (rood), via leren (groen) en "
                "via spontane processen (wit). Het model is geen getoetste wetenschappelijke theorie, maar helpt om <b>impliciete "
                "aannames</b> over hoe verandering werkt zichtbaar te maken.</p>"
                "<p>Verder helpt:</p>"
                "<ul><li>kiezen op basis van een goede diagnose, niet op basis van het symptoom;</li>"
                "<li>interventies op meerdere niveaus combineren, bijvoorbeeld training samen met aanpassing van werkprocessen;</li>"
                "<li>klein beginnen en leren als de uitkomst onzeker is;</li>"
                "<li>vooraf bepalen waaraan je kunt zien of de interventie werkt.</li></ul>",
            ),
            (
                "what_does_not_work",
                "<p>Een individuele interventie, zoals training of coaching, inzetten voor een probleem dat in de structuur zit. "
                "Medewerkers komen dan met nieuwe inzichten terug in een systeem dat niet is veranderd. Ook interventies stapelen "
                "zonder samenhang leidt tot verandermoeheid.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "De voorkeursinterventie",
                        "text": "Elke adviseur heeft een favoriete aanpak. Vraag je af of je deze interventie kiest vanwege het probleem of vanwege je eigen repertoire.",
                    },
                    {
                        "title": "Eén kleur voor alles",
                        "text": "Een volledig planmatige aanpak voor een vraagstuk vol belangen en emoties loopt vast. Kijk welke kleuren de situatie vraagt.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "Leren veranderen",
                        "source": "Léon de Caluwé en Hans Vermaak, 1999",
                        "note": "Het Nederlandstalige standaardwerk over het kleurendenken.",
                    },
                    {
                        "title": "Een interventie kiezen die past",
                        "source": "Kennisbank",
                        "note": "Praktijkartikel met een voorbeeld uit een adviestraject.",
                    },
                ],
            ),
        ],
        "related_articles": ["een-interventie-kiezen-die-past"],
    },
    {
        "slug": "opdrachtformulering",
        "title": "Opdrachtformulering",
        "theme": "advieswerk",
        "summary": "Een adviesvraag scherp krijgen voordat je begint: de vraag achter de vraag, de opdrachtgever en wat succes betekent.",
        "teaser": (
            "'Kunnen jullie een training geven over samenwerking?' Veel adviesopdrachten beginnen met een vraag waarin de "
            "oplossing al vastligt. Wie die vraag direct uitvoert, loopt het risico een goed product te leveren voor het "
            "verkeerde probleem."
            "\n\n"
            "Een goede opdrachtformulering kost tijd, maar bespaart veel meer. Het gaat om het verkennen van het "
            "onderliggende vraagstuk, het helder krijgen van wie de opdrachtgever is en wat succes betekent. Dit onderwerp "
            "helpt je die eerste gesprekken zorgvuldig te voeren."
        ),
        "last_reviewed": "2026-08-31",
        "body": [
            (
                "key_questions",
                [
                    "Welk probleem moet opgelost zijn als deze opdracht slaagt?",
                    "Wie is de opdrachtgever, en wie zijn de andere belanghebbenden?",
                    "Wat heeft de organisatie zelf al geprobeerd, en wat leverde dat op?",
                ],
            ),
            (
                "what_works",
                "<p>Neem de tijd voor een <b>intakegesprek</b> dat verder gaat dan de gevraagde oplossing. Vraag naar de "
                "aanleiding, de voorgeschiedenis en wat er gebeurt als er niets verandert. Spreek ook andere betrokkenen dan de "
                "opdrachtgever, als dat kan, om te toetsen of zij het probleem op dezelfde manier zien.</p>"
                "<p>Leg de afspraken vast in een korte opdrachtformulering:</p>"
                "<ul><li>het vraagstuk in eigen woorden, zoals jij en de opdrachtgever het nu begrijpen;</li>"
                "<li>het beoogde resultaat en waaraan je dat kunt zien;</li>"
                "<li>de rol van de adviseur en de rol van de opdrachtgever;</li>"
                "<li>momenten om de opdracht tussentijds te herijken.</li></ul>"
                "<p>De vraag terugleggen kan spanning geven, zeker als de opdrachtgever al een oplossing in gedachten had. Breng "
                "het als verkenning, niet als correctie.</p>",
            ),
            (
                "what_does_not_work",
                "<p>Direct een offerte maken op basis van de eerste vraag, zonder verkenning, lijkt klantvriendelijk maar leidt "
                "vaak tot teleurstelling. Een opdrachtformulering die zo breed is dat alles erin past, biedt evenmin houvast om "
                "later te beoordelen of je iets hebt bereikt.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Meerdere opdrachtgevers",
                        "text": "Als de bestuurder iets anders wil dan de manager die je inhuurt, loop je vast. Maak dat vroeg bespreekbaar.",
                    },
                    {
                        "title": "De vraag niet herijken",
                        "text": "Tijdens een opdracht blijkt het probleem vaak anders dan gedacht. Plan momenten om de opdracht bij te stellen.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "Flawless Consulting",
                        "source": "Peter Block, 1981",
                        "note": "Vooral de hoofdstukken over contracteren.",
                    },
                    {
                        "title": "De vraag achter de vraag: een adviesopdracht goed formuleren",
                        "source": "Kennisbank",
                        "note": "Praktijkartikel met vragen voor het eerste gesprek.",
                    },
                ],
            ),
        ],
        "related_articles": ["de-vraag-achter-de-vraag"],
    },
    {
        "slug": "organisatiediagnose",
        "title": "Organisatiediagnose",
        "theme": "advieswerk",
        "summary": "Een organisatiediagnose die verder gaat dan symptomen: meerdere bronnen, meerdere perspectieven en een eerlijk beeld.",
        "teaser": (
            "Voordat je kunt ingrijpen, moet je begrijpen wat er speelt. Toch wordt de diagnosefase in veel trajecten "
            "ingekort, omdat opdrachtgevers snel resultaat willen of omdat de oorzaak toch al duidelijk lijkt."
            "\n\n"
            "Een goede diagnose combineert verschillende bronnen, zoals gesprekken, documenten, cijfers en observatie, en "
            "kijkt vanuit meerdere perspectieven. Het doel is geen volledig beeld, maar een beeld dat goed genoeg is om "
            "verstandig te handelen. Dit onderwerp behandelt hoe je een diagnose opzet en de bevindingen bespreekbaar maakt."
        ),
        "last_reviewed": "2026-07-13",
        "body": [
            (
                "key_questions",
                [
                    "Welke bronnen gebruik ik, en welke perspectieven ontbreken?",
                    "Maak ik onderscheid tussen symptomen en oorzaken?",
                    "Hoe betrek ik de organisatie bij het duiden van de bevindingen?",
                ],
            ),
            (
                "what_works",
                "<p>Diagnosemodellen, zoals het zesvakkenmodel van Weisbord, helpen om systematisch naar een organisatie te "
                "kijken: doelen, structuur, relaties, beloning, leiderschap en ondersteunende mechanismen. Ze zijn vooral nuttig "
                "als <b>checklist</b> om blinde vlekken te voorkomen.</p>"
                "<p>Praktische uitgangspunten:</p>"
                "<ul><li>spreek met mensen op verschillende niveaus en posities, ook met critici;</li>"
                "<li>combineer wat mensen zeggen met wat je ziet en wat de cijfers laten zien;</li>"
                "<li>formuleer werkhypothesen en toets die, in plaats van alleen gegevens te verzamelen;</li>"
                "<li>bespreek de bevindingen met een groep betrokkenen, zodat zij het beeld kunnen aanvullen en zich er eigenaar "
                "van voelen.</li></ul>"
                "<p>Besef dat de diagnose zelf al een interventie is: vragen stellen zet mensen aan het denken en wekt "
                "verwachtingen.</p>",
            ),
            (
                "what_does_not_work",
                "<p>Een grootschalig medewerkersonderzoek als enige diagnose geeft vaak een breed maar oppervlakkig beeld. Ook een "
                "diagnose die als eindrapport wordt overhandigd zonder gezamenlijke bespreking, leidt zelden tot actie.</p>",
            ),
            (
                "pitfalls",
                [
                    {
                        "title": "Bevestigen wat je al dacht",
                        "text": "Adviseurs en opdrachtgevers hebben vaak al een hypothese. Zoek bewust naar informatie die haar tegenspreekt.",
                    },
                    {
                        "title": "Eindeloos diagnosticeren",
                        "text": "Een diagnose hoeft niet volledig te zijn. Als het beeld goed genoeg is om te handelen, ga dan aan de slag en leer onderweg verder.",
                    },
                ],
            ),
            (
                "further_reading",
                [
                    {
                        "title": "Organizational diagnosis: six places to look for trouble with or without a theory",
                        "source": "Marvin R. Weisbord, Group & Organization Studies, 1976",
                        "note": "Het oorspronkelijke artikel over het zesvakkenmodel.",
                    },
                    {
                        "title": "De vraag achter de vraag: een adviesopdracht goed formuleren",
                        "source": "Kennisbank",
                        "note": "Over de eerste verkenning, voorafgaand aan de diagnose.",
                    },
                ],
            ),
        ],
        "related_articles": ["de-vraag-achter-de-vraag", "een-interventie-kiezen-die-past"],
    },
]


AUTHORS = [
    {
        "slug": "marieke-van-dijk",
        "name": "Marieke van Dijk",
        "role": "Organisatieadviseur",
        "organisation": "Veldwerk Advies",
        "bio": (
            "Marieke van Dijk begeleidt al ruim vijftien jaar verandertrajecten in zorg, onderwijs en overheid. Ze is vooral "
            "geïnteresseerd in wat er gebeurt nadat de projectorganisatie is opgeheven en het gewone werk weer begint. "
            "Eerder werkte ze als teamleider in een ziekenhuis."
        ),
        "expertise": [
            "borging-van-verandering",
            "weerstand-tegen-verandering",
            "interventies-kiezen",
            "lean-en-continu-verbeteren",
        ],
        "verified_expert": True,
        "user_email": None,
    },
    {
        "slug": "joris-verbeke",
        "name": "Joris Verbeke",
        "role": "Senior trainer en leerarchitect",
        "organisation": "Veldwerk Advies",
        "bio": (
            "Joris Verbeke ontwerpt leertrajecten voor leidinggevenden en professionals in Vlaanderen en Nederland. Hij heeft "
            "een achtergrond in de onderwijskunde en een uitgesproken belangstelling voor de vraag wat er van trainingen "
            "terechtkomt in de praktijk. Hij is sceptisch over snelle oplossingen en enthousiast over geduldig vakwerk."
        ),
        "expertise": [
            "transfer-van-training",
            "evaluatie-van-leertrajecten",
            "70-20-10",
            "leren-op-de-werkplek",
        ],
        "verified_expert": True,
        "user_email": "expert@example.com",
    },
    {
        "slug": "ahmed-el-amrani",
        "name": "Ahmed El Amrani",
        "role": "Teamcoach en interim-manager",
        "organisation": "Brugwerk Interim",
        "bio": (
            "Ahmed El Amrani werkt als interim-manager en teamcoach, vaak in teams die onder druk staan of net een "
            "reorganisatie achter de rug hebben. Hij schrijft over feedback, conflict en het gewone werk van leidinggeven. "
            "Zijn uitgangspunt: de meeste teamproblemen worden kleiner als mensen weer echt met elkaar praten."
        ),
        "expertise": ["feedback-geven", "conflicthantering", "psychologische-veiligheid", "vergadercultuur"],
        "verified_expert": False,
        "user_email": None,
    },
    {
        "slug": "lotte-claes",
        "name": "Lotte Claes",
        "role": "HR-businesspartner",
        "organisation": "Zorggroep Scheldeland",
        "bio": (
            "Lotte Claes is HR-businesspartner in een Vlaamse zorgorganisatie met ruim tweeduizend medewerkers. Ze werkt "
            "dagelijks met leidinggevenden aan onboarding, ontwikkeling en het vertalen van beleid naar de praktijk. Ze "
            "schrijft vanuit de binnenkant van een organisatie, met oog voor wat haalbaar is."
        ),
        "expertise": ["onboarding", "middenmanagement", "kpi-s-en-dashboards"],
        "verified_expert": False,
        "user_email": None,
    },
    {
        "slug": "henk-jan-mulder",
        "name": "Henk-Jan Mulder",
        "role": "Strategieadviseur",
        "organisation": "Mulder & Brouwer Strategie",
        "bio": (
            "Henk-Jan Mulder adviseert bestuurders van middelgrote organisaties over strategie, besturing en "
            "organisatie-inrichting. Hij was eerder financieel directeur en heeft daardoor een gezonde argwaan tegenover "
            "cijfers die te mooi lijken. Hij houdt van eenvoudige plannen die mensen echt kunnen onthouden."
        ),
        "expertise": ["strategische-planning", "okr", "zelforganisatie", "opdrachtformulering"],
        "verified_expert": False,
        "user_email": None,
    },
]


ARTICLES = [
    {
        "slug": "drie-tips-voor-borging",
        "title": "Drie tips voor borging: waarom verbeterprogramma's na de trainingsdag verwateren",
        "lead": (
            "De trainingsdag was goed, de energie voelbaar, en drie maanden later is er weinig van over. Waarom "
            "verbeterprogramma's zo vaak verwateren, en drie eenvoudige maar lastig vol te houden tips om dat te voorkomen."
        ),
        "authors": ["marieke-van-dijk"],
        "topics": ["borging-van-verandering", "transfer-van-training", "lean-en-continu-verbeteren"],
        "publication_date": "2026-03-10",
        "is_pro": False,
        "featured": True,
        "body": [
            (
                "paragraph",
                "<p>Je kent het patroon waarschijnlijk. Een afdeling start een verbeterprogramma. Er is een inspirerende "
                "kick-off, een goed verzorgde trainingsdag en een map vol werkvormen. Deelnemers gaan enthousiast naar huis, met "
                "concrete voornemens. In de weken daarna zie je de eerste resultaten: een werkoverleg dat korter en scherper is, "
                "een verbeterbord dat zich vult, collega's die elkaar aanspreken op afspraken.</p>"
                "<p>En dan wordt het drukker. Een collega valt uit, er komt een audit aan, het kwartaal moet worden afgesloten. De "
                "eerste vervolgsessie wordt verschoven, de tweede vervalt. Na een half jaar hangt het verbeterbord er nog wel, "
                "maar niemand kijkt er meer naar. Vraagt iemand ernaar, dan is het antwoord: 'Dat was een goed programma, maar we "
                "zijn er een beetje uit geraakt.'</p>",
            ),
            ("heading", "Waarom het verwatert"),
            (
                "paragraph",
                "<p>Verwatering is zelden een kwestie van onwil. Deelnemers menen hun voornemens oprecht. Het probleem is dat het "
                "nieuwe gedrag moet concurreren met alles wat al bestaat: vaste routines, systemen, verwachtingen van klanten en "
                "collega's, en een agenda die al vol zat. De oude werkwijze heeft een enorme voorsprong: die is ingesleten en "
                "kost geen moeite.</p>"
                "<p>Onderzoek naar transfer van training bevestigt dat beeld. Wat er na de training in de werkomgeving gebeurt, "
                "weegt minstens zo zwaar als de kwaliteit van de training zelf. Steun van de leidinggevende, gelegenheid om te "
                "oefenen en het gevoel dat het nieuwe gedrag ertoe doet, maken het verschil. Een trainingsdag is daarom geen "
                "verandering, maar hooguit het begin ervan.</p>"
                "<p>Daar komt bij dat verbeterprogramma's vaak als project zijn georganiseerd, met een begin en een einde. Zodra "
                "de projectleider vertrekt of het budget op is, is er niemand meer die het vasthoudt. Borging vraagt daarom om "
                "keuzes die je vooraf maakt, niet om een inspanning achteraf.</p>",
            ),
            (
                "numbered_tips",
                {
                    "title": "Drie tips om verbeterprogramma's levend te houden",
                    "tips": [
                        {
                            "title": "Plan de vervolgsessies een jaar vooruit",
                            "text": "Zet alle terugkommomenten voor het komende jaar direct na de start in de agenda's, met vaste data "
                            "en tijden. Wat niet gepland is, gebeurt niet zodra het druk wordt. Een jaar vooruit plannen laat "
                            "bovendien zien dat het programma geen eendagsvlieg is.",
                        },
                        {
                            "title": "Laat 'urgente' zaken ze nooit verdringen",
                            "text": "Er is altijd iets dat dringender lijkt dan een vervolgsessie. Spreek vooraf af dat deze momenten "
                            "niet worden verschoven, ook niet voor een incident of een deadline. Geef je één keer toe, dan "
                            "leert iedereen dat verbeteren pas komt als er tijd over is, en die tijd komt nooit.",
                        },
                        {
                            "title": "Wees geduldig en vier kleine successen",
                            "text": "Gedrag verandert langzaam, en in de eerste maanden zie je vaak meer terugval dan vooruitgang. "
                            "Benoem daarom expliciet wat wel lukt: een overleg dat beter liep, een probleem dat niet "
                            "terugkwam. Kleine, zichtbare successen geven mensen het vertrouwen dat de moeite loont.",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": "We hadden een prachtige start, maar pas toen we de vervolgsessies als heilig gingen behandelen, merkten we dat het echt ons eigen werk werd.",
                    "attribution": "Ilse Hoekstra, teamleider wijkverpleging",
                },
            ),
            (
                "paragraph",
                "<p>Deze tips klinken eenvoudig, en dat zijn ze ook. Het lastige is ze vol te houden. Vooral de tweede tip vraagt "
                "iets van leidinggevenden: het vermogen om nee te zeggen tegen iets dat op dat moment belangrijker lijkt. Het "
                "helpt om die afweging vooraf met het hele team te maken, zodat niemand zich later schuldig hoeft te voelen als "
                "hij een vervolgsessie laat voorgaan op een deadline.</p>"
                "<p>Wees ook realistisch over wat je mag verwachten. Niet elk verbeterprogramma slaat aan, ook niet met goede "
                "borging. Maar zonder borging is de kans klein dat je over een jaar nog iets terugziet van de investering.</p>",
            ),
            (
                "callout",
                {
                    "title": "Kern",
                    "text": "<p>Borging is geen sluitstuk maar een ontwerpkeuze. Plan de vervolgmomenten vooraf, bescherm ze tegen "
                    "de waan van de dag en maak kleine successen zichtbaar. Een goede trainingsdag is het begin, niet het "
                    "resultaat.</p>",
                },
            ),
        ],
    },
    {
        "slug": "feedback-die-landt",
        "title": "Feedback die landt: minder techniek, meer relatie",
        "lead": (
            "Feedbackmodellen zijn er genoeg. Toch komt veel feedback niet aan. Het verschil zit minder in de techniek dan in "
            "de relatie, het moment en de ruimte die de ander krijgt om er iets mee te doen."
        ),
        "authors": ["ahmed-el-amrani"],
        "topics": ["feedback-geven", "psychologische-veiligheid", "coaching-door-leidinggevenden"],
        "publication_date": "2026-01-14",
        "is_pro": False,
        "featured": False,
        "body": [
            (
                "paragraph",
                "<p>In bijna elk leiderschapsprogramma zit een module over feedback. Deelnemers leren een model: beschrijf het "
                "gedrag, benoem het effect, doe een voorstel. Ze oefenen met een acteur en gaan met een goed gevoel terug naar hun "
                "team. En toch hoor ik in teams die ik als interim-manager begeleid steeds hetzelfde: feedback voelt als een "
                "aanval, wordt weggewuifd of leidt tot niets.</p>"
                "<p>Dat komt niet doordat het model slecht is. Het komt doordat feedback geen kwestie is van zender en ontvanger. "
                "Of feedback landt, hangt af van de relatie, van het moment en van de vraag of de ontvanger ruimte heeft om er "
                "iets mee te doen.</p>",
            ),
            ("heading", "De relatie komt eerst"),
            (
                "paragraph",
                "<p>Feedback van iemand die je vertrouwt en die je werk kent, hoor je anders dan dezelfde woorden van iemand die "
                "je nauwelijks spreekt. Dat klinkt vanzelfsprekend, maar het heeft een praktische consequentie: wil je feedback "
                "geven die aankomt, investeer dan eerst in contact. Weet wat iemand bezighoudt, waar hij trots op is en waar hij "
                "mee worstelt.</p>"
                "<p>In teams waar mensen zich veilig voelen om fouten te bespreken, wordt feedback eerder als hulp gezien dan als "
                "oordeel. Dat klimaat bouw je niet met een training, maar met talloze kleine momenten waarin je laat zien dat je "
                "openheid waardeert, ook als die ongemakkelijk is.</p>",
            ),
            (
                "numbered_tips",
                {
                    "title": "Vier dingen die het verschil maken",
                    "tips": [
                        {
                            "title": "Kies het moment bewust",
                            "text": "Feedback direct na een gespannen overleg of vlak voor het weekend komt zelden goed aan. Vraag of "
                            "het uitkomt en neem er de tijd voor. Te lang wachten is ook een risico: na weken herkent de ander "
                            "de situatie nauwelijks nog.",
                        },
                        {
                            "title": "Begin met een vraag",
                            "text": "Vraag eerst hoe de ander de situatie zelf zag. Vaak heeft hij het zelf al opgemerkt, en dan wordt "
                            "het een gesprek in plaats van een preek. Soms blijkt ook dat jij iets over het hoofd had gezien.",
                        },
                        {
                            "title": "Blijf bij de taak",
                            "text": "Onderzoek laat zien dat feedback die zich op de persoon richt, vaker averechts werkt dan feedback "
                            "over het werk. Zeg dus niet dat iemand slordig is, maar wat er in het rapport ontbrak en wat dat "
                            "voor de klant betekende.",
                        },
                        {
                            "title": "Vraag zelf om feedback",
                            "text": "Als leidinggevende geef je het voorbeeld door zelf te vragen hoe je overkomt en wat beter kan. "
                            "Doe er vervolgens zichtbaar iets mee, anders wordt het een ritueel.",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": "Toen mijn leidinggevende vroeg hoe ik het overleg zelf vond gaan, kon ik eindelijk zeggen dat ik vastliep. Daarna was de feedback geen oordeel meer, maar een gesprek over hoe het beter kon.",
                    "attribution": "Sander Willems, beleidsmedewerker",
                },
            ),
            (
                "paragraph",
                "<p>Het is verleidelijk om feedback te zien als een vaardigheid die je eenmalig leert. In werkelijkheid is het "
                "onderdeel van een doorlopende relatie. Wie alleen feedback geeft als er iets misgaat, leert zijn team dat een "
                "feedbackgesprek slecht nieuws betekent. Wie ook benoemt wat goed gaat, concreet en gemeend, bouwt het vertrouwen "
                "op dat nodig is om ook kritiek te laten landen. En feedback mag ook over kleine dingen gaan: wie alleen de grote "
                "kwesties bespreekt, maakt van elk gesprek een zwaar moment.</p>",
            ),
            (
                "callout",
                {
                    "title": "Om te onthouden",
                    "text": "<p>Investeer eerst in de relatie, kies het moment bewust en richt je op het werk, niet op de persoon. "
                    "Feedback is geen techniek die je toepast, maar een gesprek dat je samen voert.</p>",
                },
            ),
        ],
    },
    {
        "slug": "verder-dan-het-tevredenheidsformulier",
        "title": "Verder dan het tevredenheidsformulier: leertrajecten evalueren die ertoe doen",
        "lead": (
            "Tevredenheidsscores zeggen weinig over wat een leertraject oplevert, en rendementsberekeningen zijn vaak "
            "schijnprecisie. Een werkbare middenweg voor wie wil weten of een traject verschil maakt."
        ),
        "authors": ["joris-verbeke"],
        "topics": ["evaluatie-van-leertrajecten", "transfer-van-training"],
        "publication_date": "2026-02-05",
        "is_pro": False,
        "featured": False,
        "body": [
            (
                "paragraph",
                "<p>Aan het einde van bijna elke training krijgen deelnemers een formulier. Hoe tevreden ben je over de trainer, "
                "de inhoud, de organisatie? De meeste trainingen scoren gemiddeld tussen de zeven en de acht. De opdrachtgever is "
                "gerustgesteld, de trainer ook. Maar weten we daarmee iets over wat het traject heeft opgeleverd?</p>"
                "<p>Nauwelijks. Onderzoek laat zien dat tevredenheid direct na afloop maar zwak samenhangt met wat mensen daarna "
                "anders doen. Een energieke trainer met goede verhalen scoort hoog, ook als deelnemers weinig meenemen. Een "
                "uitdagende training waarin mensen met hun eigen onvermogen worden geconfronteerd, scoort soms lager, terwijl die "
                "misschien meer oplevert.</p>",
            ),
            ("heading", "Begin bij het einde"),
            (
                "paragraph",
                "<p>Het vierniveaumodel van Kirkpatrick (reactie, leren, gedrag, resultaat) is al decennia oud en wordt soms als "
                "achterhaald weggezet. Toch blijft de kern bruikbaar, zeker als je het omdraait. Begin bij de vraag welk "
                "resultaat je wilt zien, bepaal welk gedrag daarvoor nodig is, en ontwerp dan pas de training en de "
                "evaluatie.</p>"
                "<p>Dat dwingt opdrachtgevers tot een gesprek dat vaak wordt overgeslagen: wat moet er over zes maanden anders "
                "zijn, en hoe zouden we dat merken? Komt daar geen helder antwoord op, dan is dat al een belangrijke bevinding. "
                "Misschien is een training dan niet de juiste oplossing.</p>",
            ),
            (
                "numbered_tips",
                {
                    "title": "Een werkbare aanpak in vier stappen",
                    "tips": [
                        {
                            "title": "Formuleer vooraf het beoogde gedrag",
                            "text": "Beschrijf samen met de opdrachtgever en enkele leidinggevenden welk gedrag je na het traject wilt "
                            "zien, in concrete situaties. Hoe concreter, hoe beter je het later herkent.",
                        },
                        {
                            "title": "Meet op het juiste moment",
                            "text": "Gedragsverandering wordt pas na enkele weken tot maanden zichtbaar. Plan daarom een "
                            "evaluatiemoment na drie tot zes maanden, naast de gebruikelijke evaluatie direct na afloop.",
                        },
                        {
                            "title": "Vraag naar voorbeelden, niet naar scores",
                            "text": "Vraag deelnemers en hun leidinggevenden naar concrete situaties waarin het geleerde wel of niet "
                            "werd toegepast. Die verhalen zeggen meer dan een cijfer, en ze laten zien wat toepassing in de "
                            "weg staat.",
                        },
                        {
                            "title": "Gebruik de uitkomsten",
                            "text": "Bespreek de bevindingen met opdrachtgever en trainers en pas het traject aan. Een evaluatie waar "
                            "niets mee gebeurt, is een ritueel dat iedereen tijd kost.",
                        },
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Wat je niet moet doen, is doorslaan naar de andere kant. Rendementsberekeningen die het financiële effect van "
                "een leiderschapstraject tot op de euro vaststellen, bevatten bijna altijd aannames over toerekening die niet hard "
                "te maken zijn. Resultaten in een organisatie hebben vele oorzaken. Eerlijker is het om te zeggen wat je hebt "
                "gezien, wat aannemelijk is en wat onzeker blijft.</p>"
                "<p>Een bruikbare middenweg is gericht zoeken naar uitersten. Zoek na enkele maanden deelnemers bij wie het traject "
                "veel heeft opgeleverd en deelnemers bij wie het nauwelijks iets opleverde, en onderzoek wat het verschil maakte. "
                "Vaak zit dat niet in de training zelf, maar in de werkomgeving: een leidinggevende die meedacht, of juist een "
                "afdeling waar geen ruimte was voor iets nieuws. Zulke inzichten zijn voor een opdrachtgever veel bruikbaarder dan "
                "een gemiddelde score.</p>",
            ),
            (
                "quote",
                {
                    "text": "Een evaluatie moet je helpen een betere beslissing te nemen. Als je niet weet welke beslissing dat is, weet je ook niet wat je moet meten.",
                    "attribution": "Joris Verbeke, senior trainer en leerarchitect",
                },
            ),
            (
                "callout",
                {
                    "title": "Kernpunten",
                    "text": "<p>Tevredenheid is geen effect. Bepaal vooraf welk gedrag je wilt zien, meet na enkele maanden met "
                    "concrete voorbeelden en wees eerlijk over wat je niet aan het traject kunt toeschrijven.</p>",
                },
            ),
        ],
    },
    {
        "slug": "okr-zonder-ceremonie",
        "title": "OKR zonder ceremonie: doelen stellen die richting geven",
        "lead": (
            "OKR kan teams helpen focussen, maar verzandt vaak in administratie en afrekenen. Hoe je de methode licht invoert "
            "en gebruikt als hulpmiddel voor het gesprek, niet als controle-instrument."
        ),
        "authors": ["henk-jan-mulder"],
        "topics": ["okr", "strategische-planning", "kpi-s-en-dashboards"],
        "publication_date": "2026-02-24",
        "is_pro": True,
        "featured": False,
        "body": [
            (
                "paragraph",
                "<p>Ik heb de afgelopen jaren bij een stuk of tien organisaties meegekeken bij de invoering van OKR. Bij twee "
                "werkt het nu echt goed. Bij de rest is de methode verworden tot een extra laag administratie, of stilletjes "
                "verdwenen. Het verschil zat niet in de kwaliteit van de trainers of de software, maar in een handvol keuzes aan "
                "het begin.</p>"
                "<p>OKR is op zichzelf een eenvoudig idee. Je formuleert een kwalitatief doel, het objective, en een paar meetbare "
                "resultaten die laten zien of je dat doel bereikt, de key results. Je werkt in periodes van meestal een kwartaal "
                "en bespreekt de voortgang regelmatig. Dat is alles. Het probleem is dat organisaties er vaak veel meer van "
                "maken.</p>",
            ),
            ("heading", "Waar het misgaat"),
            (
                "paragraph",
                "<p>Het eerste probleem is te veel doelen. Teams die elk kwartaal vijf objectives met elk vier key results "
                "formuleren, hebben geen focus maar een takenlijst. Het tweede probleem is de cascade: organisaties willen dat elk "
                "teamdoel precies aansluit op een doel een niveau hoger. Dat kost weken overleg per kwartaal en haalt het "
                "eigenaarschap bij teams weg.</p>"
                "<p>Het derde en meest schadelijke probleem is de koppeling aan beoordeling. Zodra het halen van key results "
                "meetelt in beoordelingsgesprekken, formuleren mensen doelen die ze zeker halen. De methode is juist bedoeld om "
                "ambitieus te zijn en te leren van wat niet lukt. Dat kan alleen als niet halen geen persoonlijke consequenties "
                "heeft.</p>",
            ),
            (
                "numbered_tips",
                {
                    "title": "Zo houd je OKR licht",
                    "tips": [
                        {
                            "title": "Begin met een paar teams",
                            "text": "Kies twee of drie teams die er zin in hebben en laat ze een paar kwartalen experimenteren. Leer "
                            "van hun ervaringen voordat je opschaalt. Een organisatiebrede invoering in één keer maakt "
                            "bijsturen bijna onmogelijk.",
                        },
                        {
                            "title": "Maximaal drie objectives per team",
                            "text": "Liefst minder. Elk objective moet iets zijn waarvan het team zegt: als we dit dit kwartaal "
                            "bereiken, hebben we echt verschil gemaakt. Het gewone werk gaat door, maar hoeft niet in de "
                            "OKR's.",
                        },
                        {
                            "title": "Key results zijn uitkomsten",
                            "text": "Een key result beschrijft een verandering die je kunt waarnemen, zoals een kortere wachttijd of "
                            "minder herhaalvragen van klanten. Activiteiten als een workshop organiseren horen er niet in.",
                        },
                        {
                            "title": "Houd OKR los van beoordeling",
                            "text": "Maak expliciet, en herhaal het vaak, dat OKR's een instrument zijn voor focus en leren, niet "
                            "voor het beoordelen van mensen. Wie dat niet kan waarmaken, kan beter niet beginnen.",
                        },
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Een kanttekening bij de onderbouwing. Onderzoek naar doelen stellen laat al decennia zien dat specifieke, "
                "uitdagende doelen vaak tot betere prestaties leiden dan vage doelen. Maar de OKR-methode als geheel is "
                "nauwelijks onafhankelijk onderzocht. De succesverhalen komen vooral van grote techbedrijven en van adviseurs die "
                "de methode verkopen. Dat maakt haar niet waardeloos, wel iets om met gezonde scepsis te benaderen.</p>"
                "<p>Ook in de strategie verdient OKR een plek, maar niet de hoofdrol. OKR helpt om een strategie te vertalen naar "
                "focus per kwartaal, maar vervangt haar niet. Ontbreken de strategische keuzes, dan worden OKR's een verzameling "
                "lokale ambities zonder samenhang. En verwar key results niet met KPI's: een KPI volgt je doorlopend, een key "
                "result markeert een verandering die je deze periode wilt bereiken.</p>",
            ),
            (
                "callout",
                {
                    "title": "In het kort",
                    "text": "<p>Houd OKR eenvoudig: weinig doelen, uitkomsten in plaats van activiteiten en geen koppeling aan "
                    "beoordeling. Begin klein, leer, en schaal pas op als de werkwijze aantoonbaar helpt.</p>",
                },
            ),
        ],
    },
    {
        "slug": "weerstand-is-informatie",
        "title": "Weerstand is informatie: luisteren voordat je gaat overtuigen",
        "lead": (
            "Wie weerstand ziet als iets om te overwinnen, mist vaak de belangrijkste informatie over zijn eigen verandering. "
            "Over drie bronnen van weerstand en hoe je ze bruikbaar maakt."
        ),
        "authors": ["marieke-van-dijk"],
        "topics": ["weerstand-tegen-verandering", "gedragsverandering"],
        "publication_date": "2026-04-02",
        "is_pro": False,
        "featured": False,
        "body": [
            (
                "paragraph",
                "<p>'Er is veel weerstand.' Het is een van de zinnen die ik het vaakst hoor in de eerste gesprekken met "
                "opdrachtgevers. Meestal klinkt er een vraag in door: kun jij ervoor zorgen dat die weerstand verdwijnt? Het is "
                "een begrijpelijke vraag, maar ze gaat uit van een beeld dat zelden klopt: alsof het plan goed is en de mensen "
                "het probleem zijn.</p>"
                "<p>In de praktijk zit in weerstand vaak waardevolle informatie. Over onvolkomenheden in het plan, over verlies "
                "dat niemand heeft benoemd, of over eerdere veranderingen die mensen niet zijn vergeten.</p>",
            ),
            ("heading", "Drie bronnen van weerstand"),
            (
                "paragraph",
                "<p>Het helpt om grofweg drie bronnen te onderscheiden. De eerste is <b>inhoudelijk</b>: mensen denken dat het "
                "plan niet werkt. Soms hebben ze gelijk, omdat zij de uitvoering beter kennen dan de ontwerpers. De tweede is "
                "<b>verlies</b>: ook als een verandering objectief een verbetering is, verliezen mensen iets, zoals vertrouwde "
                "collega's, vakmanschap dat minder gewaardeerd wordt of zekerheid over de toekomst. De derde is "
                "<b>wantrouwen</b>: mensen hebben al drie reorganisaties meegemaakt die niets opleverden en zien niet in waarom "
                "het deze keer anders zou zijn.</p>"
                "<p>Elke bron vraagt een andere reactie. Inhoudelijke bezwaren moet je onderzoeken en waar nodig verwerken. "
                "Verlies moet je erkennen, ook als je het niet kunt voorkomen. Wantrouwen los je niet op met woorden, alleen met "
                "consequent gedrag over langere tijd.</p>",
            ),
            (
                "quote",
                {
                    "text": "Pas toen we het verlies hardop benoemden, in plaats van alleen de voordelen te herhalen, ontstond er ruimte om over de toekomst te praten.",
                    "attribution": "Wouter Janssens, afdelingshoofd facilitair bedrijf",
                },
            ),
            (
                "numbered_tips",
                {
                    "title": "Zo maak je weerstand bruikbaar",
                    "tips": [
                        {
                            "title": "Luister voordat je uitlegt",
                            "text": "Organiseer gesprekken waarin je alleen vragen stelt en bezwaren noteert, zonder ze te weerleggen. "
                            "Het is verleidelijk om direct te reageren, maar dan hoor je maar de helft.",
                        },
                        {
                            "title": "Sorteer wat je hoort",
                            "text": "Deel de bezwaren in naar inhoud, verlies en wantrouwen. Zo voorkom je dat je alles met dezelfde "
                            "communicatieve reactie beantwoordt.",
                        },
                        {
                            "title": "Laat zien wat je ermee doet",
                            "text": "Koppel terug welke bezwaren tot aanpassingen hebben geleid en welke niet, en waarom. Ook een "
                            "gemotiveerd nee wordt beter ontvangen dan stilte.",
                        },
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Dit betekent niet dat elke verandering moet wachten tot iedereen overtuigd is. Soms is een verandering "
                "noodzakelijk, ook als een deel van de mensen ertegen blijft. Dan is het eerlijker om dat te zeggen dan te blijven "
                "doen alsof iedereen mee moet. Maar ook dan helpt het om te weten waar de bezwaren zitten, zodat je de uitvoering "
                "kunt aanpassen en weet waar extra aandacht nodig is.</p>"
                "<p>Het gedrag dat je uiteindelijk wilt zien, ontstaat niet doordat mensen door een goede presentatie overtuigd "
                "raken. Het ontstaat als het nieuwe werk werkbaar is, als mensen de vaardigheden hebben en als hun omgeving het "
                "ondersteunt. Weerstand wijst je vaak precies aan waar dat nog niet zo is.</p>"
                "<p>Een laatste punt gaat over jezelf. Wie een verandering heeft bedacht of verdedigt, is er zelden neutraal over, "
                "en het is menselijk om kritiek op je plan als kritiek op jezelf te ervaren. Vraag daarom af en toe een collega "
                "die niet bij de verandering betrokken is om met je mee te luisteren. Die hoort vaak bezwaren die jij al had "
                "weggeredeneerd.</p>",
            ),
            (
                "callout",
                {
                    "title": "Kern",
                    "text": "<p>Behandel weerstand als informatie, niet als obstakel. Onderscheid inhoudelijke bezwaren, verlies en "
                    "wantrouwen, en reageer op elk daarvan op een passende manier.</p>",
                },
            ),
        ],
    },
    {
        "slug": "de-eerste-negentig-dagen",
        "title": "De eerste negentig dagen: onboarding als gedeelde verantwoordelijkheid",
        "lead": (
            "Onboarding is meer dan een laptop en een welkomstlunch. In onze zorgorganisatie leerden we dat de eerste "
            "negentig dagen een gedeelde verantwoordelijkheid zijn van HR, leidinggevende en team."
        ),
        "authors": ["lotte-claes"],
        "topics": ["onboarding", "leren-op-de-werkplek"],
        "publication_date": "2026-04-21",
        "is_pro": False,
        "featured": False,
        "body": [
            (
                "paragraph",
                "<p>Twee jaar geleden keken we in onze organisatie naar de cijfers over vroegtijdig vertrek. Een opvallend deel "
                "van de nieuwe medewerkers vertrok binnen het eerste jaar. In exitgesprekken hoorden we steeds vergelijkbare "
                "verhalen: de eerste dagen waren goed geregeld, maar daarna voelden mensen zich vaak alleen gelaten. 'Ik wist na "
                "drie maanden nog steeds niet goed wat er van mij verwacht werd,' zei een verpleegkundige.</p>"
                "<p>Onze onboarding was vooral praktisch: een introductiedag, accounts, een rondleiding, een map met informatie. "
                "Dat was allemaal nodig, maar het eigenlijke inwerken, het leren van het werk en het vinden van je plek in het "
                "team, lieten we grotendeels aan het toeval over.</p>",
            ),
            ("heading", "Wat we veranderden"),
            (
                "paragraph",
                "<p>We hebben onboarding opnieuw ingericht rond drie vragen die een nieuwe medewerker zich stelt. Weet ik wat er "
                "van mij verwacht wordt? Kan ik het werk aan? Hoor ik erbij? Die vragen sluiten aan bij wat onderzoek naar "
                "nieuwkomers laat zien: rolhelderheid, vertrouwen in eigen kunnen en sociale acceptatie hangen samen met sneller "
                "ingewerkt zijn en langer blijven.</p>"
                "<p>De belangrijkste verschuiving zat in de verantwoordelijkheid. HR zorgt voor de basis en de structuur, maar de "
                "leidinggevende en het team zijn eigenaar van het inwerken. Dat klinkt vanzelfsprekend, maar het betekende dat "
                "leidinggevenden tijd moesten vrijmaken en dat teams een buddy moesten aanwijzen die daar ook ruimte voor "
                "kreeg.</p>",
            ),
            (
                "numbered_tips",
                {
                    "title": "Onze aanpak in de praktijk",
                    "tips": [
                        {
                            "title": "Een plan voor negentig dagen",
                            "text": "Elke nieuwe medewerker krijgt een inwerkplan voor drie maanden, met per maand een paar concrete "
                            "leerdoelen. Het plan wordt samen met de leidinggevende opgesteld en na elke maand besproken.",
                        },
                        {
                            "title": "Een buddy met tijd",
                            "text": "Een ervaren collega is de eerste drie maanden aanspreekpunt voor alle kleine vragen. De buddy "
                            "krijgt daar uren voor in de planning, zodat het geen vrijwilligerswerk naast het gewone werk is.",
                        },
                        {
                            "title": "Vaste gesprekken",
                            "text": "Na twee weken, na een maand en na drie maanden is er een gesprek met de leidinggevende. Daarin "
                            "gaat het niet alleen over wat goed gaat, maar ook over wat onduidelijk is en wat de nieuwe "
                            "collega opvalt.",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": "Mijn buddy zei in de eerste week: er zijn geen domme vragen, alleen vragen die je te laat stelt. Dat heeft me enorm geholpen.",
                    "attribution": "Yasmina Boukhari, verpleegkundige",
                },
            ),
            (
                "paragraph",
                "<p>Niet alles ging goed. Sommige afdelingen hadden in de drukste maanden gewoon geen ruimte voor een buddy, en dan "
                "liep de aanpak vast. Ook bleek dat leidinggevenden het gesprek na drie maanden vaak oversloegen als het goed "
                "leek te gaan, terwijl juist dan de minder zichtbare vragen boven kwamen. Daarom zetten we die gesprekken nu vast "
                "in de agenda op de dag dat iemand begint.</p>"
                "<p>Of het vroegtijdig vertrek daardoor is gedaald, kunnen we niet met zekerheid zeggen: in die periode veranderde "
                "er ook veel anders, zoals de arbeidsmarkt. Wel horen we in gesprekken met nieuwe medewerkers duidelijk andere "
                "verhalen dan voorheen.</p>"
                "<p>Een onverwacht neveneffect was dat ook de buddy's er iets aan hadden. Verschillende ervaren collega's vertelden "
                "dat ze door de vragen van nieuwkomers opnieuw naar hun eigen werkwijze gingen kijken. Sommige vaste gewoontes "
                "bleken bij nader inzien vooral gewoonte te zijn.</p>",
            ),
            (
                "callout",
                {
                    "title": "Kernpunten",
                    "text": "<p>Onboarding gaat over rolhelderheid, vertrouwen en erbij horen, niet alleen over praktische zaken. "
                    "Maak de leidinggevende en het team eigenaar en spreid het inwerken over minstens drie maanden.</p>",
                },
            ),
        ],
    },
    {
        "slug": "minder-vergaderen-beter-besluiten",
        "title": "Minder vergaderen, beter besluiten",
        "lead": (
            "Een team dat veertien uur per week vergaderde en toch het gevoel had dat er niets besloten werd. Hoe we de "
            "overlegstructuur opnieuw ontwierpen, en wat dat opleverde."
        ),
        "authors": ["ahmed-el-amrani"],
        "topics": ["vergadercultuur", "besluitvorming", "hybride-werken"],
        "publication_date": "2026-05-12",
        "is_pro": False,
        "featured": False,
        "body": [
            (
                "paragraph",
                "<p>Toen ik als interim-manager begon bij een afdeling van een middelgrote gemeente, telde ik in de eerste week de "
                "vergaderingen in mijn agenda. Het waren er negentien. Een deel daarvan was hybride, met een paar mensen in een "
                "zaal en de rest online. Toen ik de teamleden vroeg wat ze van al dat overleg vonden, was het antwoord eensgezind: "
                "te veel, te lang, en na afloop weet niemand wat er besloten is.</p>"
                "<p>Het verleidelijke antwoord is dan een regel: geen vergaderingen langer dan dertig minuten, of een vergadervrije "
                "middag. Zulke regels kunnen lucht geven, maar verschuiven het probleem vaak. Wij kozen ervoor om eerst te kijken "
                "waarvoor al die overleggen eigenlijk dienden.</p>",
            ),
            ("heading", "Elk overleg een doel"),
            (
                "paragraph",
                "<p>We maakten een lijst van alle terugkerende overleggen en stelden bij elk dezelfde vraag: is dit overleg bedoeld "
                "om te informeren, om af te stemmen, om samen iets te bedenken of om te besluiten? Veel overleggen bleken een "
                "mengeling van alle vier, en deden daardoor geen van vieren goed. Informatie werd mondeling gedeeld die ook in een "
                "bericht had gekund, en besluiten werden uitgesteld omdat de tijd op was.</p>"
                "<p>Bovendien was bij veel agendapunten niet duidelijk wie er eigenlijk besliste. Het team dacht dat de manager "
                "besliste, de manager dacht dat het team met een voorstel zou komen. Gevolg: punten kwamen steeds terug.</p>",
            ),
            (
                "numbered_tips",
                {
                    "title": "Wat we veranderden",
                    "tips": [
                        {
                            "title": "Informatie op papier",
                            "text": "Mededelingen gaan voortaan via een korte wekelijkse schriftelijke update. In het overleg is alleen "
                            "ruimte voor vragen daarover. Dat scheelde al snel een paar uur per week.",
                        },
                        {
                            "title": "Agendapunten als vragen",
                            "text": "Elk agendapunt wordt als vraag geformuleerd, met erbij wat er van de groep verwacht wordt: "
                            "meedenken, adviseren of besluiten. Zo weet iedereen vooraf waar het gesprek naartoe moet.",
                        },
                        {
                            "title": "De besluitregel benoemen",
                            "text": "Bij elk besluit zeggen we vooraf wie beslist en hoe: de manager na consultatie, of het team bij "
                            "consent. Die ene zin voorkomt veel verwarring achteraf.",
                        },
                        {
                            "title": "Hybride gelijkwaardig maken",
                            "text": "Bij hybride overleg beginnen we elke ronde bij de mensen die online zitten, en de voorzitter let "
                            "expliciet op wie nog niet aan het woord is geweest. Zo voorkomen we dat de mensen in de zaal het "
                            "gesprek onderling voeren.",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": "Het grootste verschil was niet dat we minder vergaderden, maar dat ik na afloop wist wat er besloten was en wat ik moest doen.",
                    "attribution": "Ruben Kok, beleidsadviseur",
                },
            ),
            (
                "paragraph",
                "<p>Na drie maanden was het aantal vergaderuren met ongeveer een derde gedaald. Belangrijker vond het team dat "
                "besluiten minder vaak terugkwamen. Niet alles werkte meteen: de schriftelijke update werd in het begin slecht "
                "gelezen, en sommige collega's misten het informele praatje aan het begin van het overleg. Dat laatste hebben we "
                "bewust teruggebracht, in de vorm van een korte wekelijkse koffie zonder agenda.</p>"
                "<p>Achteraf denk ik dat de winst vooral zat in het gezamenlijke gesprek over de overlegstructuur zelf. Het team "
                "had al lang het gevoel dat er te veel werd vergaderd, maar niemand voelde zich bevoegd om een overleg op te "
                "heffen. Door het samen te bekijken, werd het een gedeelde keuze. Een paar overleggen verdwenen helemaal, andere "
                "werden samengevoegd. En we spraken af de structuur elk halfjaar opnieuw te bekijken, zodat er niet ongemerkt weer "
                "nieuwe vaste overleggen bijkomen.</p>",
            ),
            (
                "callout",
                {
                    "title": "Om mee te nemen",
                    "text": "<p>Begin niet met regels over tijd, maar met de vraag waarvoor een overleg dient. Scheid informeren van "
                    "besluiten, maak vooraf duidelijk wie beslist en geef online deelnemers een gelijkwaardige plek.</p>",
                },
            ),
        ],
    },
    {
        "slug": "middenmanager-als-vertaler",
        "title": "De middenmanager als vertaler tussen strategie en werkvloer",
        "lead": (
            "Middenmanagers worden vaak gezien als remmende laag. In werkelijkheid zijn zij de vertalers die strategie "
            "werkbaar maken. Wat ze nodig hebben om die rol goed te vervullen."
        ),
        "authors": ["lotte-claes", "marieke-van-dijk"],
        "topics": ["middenmanagement", "eigenaarschap", "organisatiecultuur"],
        "publication_date": "2026-06-03",
        "is_pro": True,
        "featured": False,
        "body": [
            (
                "paragraph",
                "<p>In veranderprogramma's wordt het middenmanagement nogal eens als probleem beschouwd. Bestuurders klagen dat "
                "hun boodschap niet aankomt op de werkvloer, medewerkers klagen dat hun teamleider alleen doorgeeft wat hogerop is "
                "bedacht. De middenmanager zit ertussen en krijgt van beide kanten de schuld.</p>"
                "<p>Wij zien dat anders. In de organisaties waar we werken, zijn het vaak juist de middenmanagers die bepalen of "
                "een strategie iets wordt. Zij vertalen abstracte doelen naar concrete keuzes: welk werk gaat voor, wat laten we "
                "liggen, hoe leggen we dit uit aan het team. Die vertaalslag is geen doorgeefwerk, maar vakwerk.</p>",
            ),
            ("heading", "Drie spanningen"),
            (
                "paragraph",
                "<p>Middenmanagers hebben te maken met spanningen die zelden hardop worden benoemd. De eerste is "
                "<b>loyaliteit</b>: aan de organisatie én aan het eigen team. Een middenmanager die een besluit moet uitvoeren "
                "waar hij zelf twijfels bij heeft, staat voor een lastige keuze. De tweede is <b>tijd</b>: in veel organisaties "
                "is het grootste deel van de agenda gevuld met overleg, rapportages en operationele problemen, en blijft er weinig "
                "over voor het team. De derde is <b>mandaat</b>: van middenmanagers wordt verwacht dat ze eigenaarschap bij hun "
                "team stimuleren, terwijl ze zelf maar beperkte ruimte krijgen om keuzes te maken.</p>"
                "<p>Die laatste spanning is misschien de belangrijkste. Eigenaarschap kun je niet doorgeven als je het zelf niet "
                "hebt. Een teamleider die bij elke afwijking toestemming moet vragen, kan zijn team moeilijk uitnodigen om zelf "
                "initiatief te nemen.</p>",
            ),
            (
                "numbered_tips",
                {
                    "title": "Wat middenmanagers nodig hebben",
                    "tips": [
                        {
                            "title": "Vroeg betrokken worden",
                            "text": "Betrek middenmanagers bij het ontwerp van veranderingen, niet pas bij de uitrol. Zij kennen de "
                            "praktijk en zien knelpunten die vanaf de top onzichtbaar zijn. Bovendien kunnen ze een plan "
                            "waaraan ze hebben meegewerkt, geloofwaardiger uitleggen.",
                        },
                        {
                            "title": "Ruimte om te vertalen",
                            "text": "Geef middenmanagers een helder kader en laat de invulling aan hen. Een strategie die tot op "
                            "teamniveau is uitgeschreven, laat geen ruimte voor de vertaalslag die nodig is om haar werkbaar "
                            "te maken.",
                        },
                        {
                            "title": "Een plek voor twijfels",
                            "text": "Organiseer intervisie of regelmatig overleg tussen middenmanagers, waarin ook twijfels over beleid "
                            "besproken kunnen worden. Twijfels die geen plek krijgen, bereiken het team alsnog via de "
                            "wandelgangen.",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": "Pas toen ik zelf mocht beslissen hoe we de nieuwe werkwijze invoerden, kon ik mijn team ook echt vragen om mee te denken.",
                    "attribution": "Pieter Vanhove, teamleider thuiszorg",
                },
            ),
            (
                "paragraph",
                "<p>Voor de cultuur van een organisatie zijn middenmanagers cruciaal. Medewerkers leiden wat normaal is vooral af "
                "uit het gedrag van hun directe leidinggevende, niet uit de waarden op de website. Als middenmanagers open zijn "
                "over dilemma's, ruimte geven en zelf ook fouten toegeven, ontstaat er een ander klimaat dan wanneer ze vooral "
                "controleren en doorgeven. Wie de cultuur wil veranderen, begint dus bij het versterken van deze laag, niet bij "
                "het omzeilen ervan.</p>"
                "<p>Een eerlijke kanttekening: niet elke middenmanager is goed in deze rol. Velen zijn doorgegroeid vanuit een "
                "vakinhoudelijke functie, zonder gerichte voorbereiding. Investeren in hun ontwikkeling is daarom geen luxe, maar "
                "een voorwaarde. Denk daarbij niet alleen aan trainingen, maar ook aan begeleiding in de eerste jaren, aan ruimte "
                "om van collega's te leren en aan een eigen leidinggevende die tijd neemt voor hun ontwikkeling.</p>",
            ),
            (
                "callout",
                {
                    "title": "Kern",
                    "text": "<p>Middenmanagers zijn geen doorgeefluik maar vertalers. Betrek ze vroeg, geef ze mandaat en een plek "
                    "voor twijfel, en investeer in hun ontwikkeling. Eigenaarschap in teams begint bij eigenaarschap voor "
                    "hun leidinggevenden.</p>",
                },
            ),
        ],
    },
    {
        "slug": "70-20-10-kritisch-bekeken",
        "title": "70-20-10 kritisch bekeken: een vuistregel, geen wet",
        "lead": (
            "Het 70-20-10-model staat in talloze opleidingsplannen. De gedachte erachter is waardevol, de getallen veel "
            "minder. Hoe je het model gebruikt zonder in de valkuilen te trappen."
        ),
        "authors": ["joris-verbeke"],
        "topics": ["70-20-10", "leren-op-de-werkplek"],
        "publication_date": "2026-06-25",
        "is_pro": False,
        "featured": False,
        "body": [
            (
                "paragraph",
                "<p>Wanneer ik het opleidingsplan van een organisatie doorblader, kom ik het bijna altijd tegen: het "
                "70-20-10-model. Zeventig procent van het leren gebeurt door ervaring in het werk, twintig procent via anderen, "
                "tien procent via formele training. Het wordt gepresenteerd als een vaststaand gegeven, soms zelfs als "
                "onderzoeksresultaat.</p>"
                "<p>Het model heeft een punt. Veel van wat professionals kunnen, hebben ze niet in een cursus geleerd, maar in het "
                "werk: door fouten, door uitdagende opdrachten en door collega's. Het is goed dat het model de aandacht op dat "
                "leren vestigt. Maar de manier waarop het wordt gebruikt, doet het idee regelmatig geweld aan.</p>",
            ),
            ("heading", "Waar de getallen vandaan komen"),
            (
                "paragraph",
                "<p>Het model gaat terug op onderzoek uit de jaren tachtig bij het Center for Creative Leadership, waarin "
                "succesvolle managers werd gevraagd welke ervaringen het belangrijkst waren geweest voor hun ontwikkeling. Ze "
                "noemden vooral uitdagende opdrachten en moeilijke situaties, daarnaast andere mensen, en in mindere mate "
                "cursussen. Die resultaten zijn later samengevat in de bekende verhouding.</p>"
                "<p>De getallen zijn dus gebaseerd op terugblikken van een specifieke groep: succesvolle managers in grote "
                "Amerikaanse bedrijven. Het zijn herinneringen aan wat belangrijk voelde, geen metingen van waar leren "
                "plaatsvindt. Voor een beginnende verpleegkundige of een monteur kan de verhouding heel anders liggen. En formeel "
                "leren kan juist de basis leggen die het leren in het werk mogelijk maakt.</p>",
            ),
            (
                "numbered_tips",
                {
                    "title": "Verstandig gebruik van het model",
                    "tips": [
                        {
                            "title": "Gebruik het als denkrichting",
                            "text": "Het model helpt om bij ontwikkeling niet alleen aan cursussen te denken. Gebruik het om de vraag "
                            "te stellen hoe je het leren in het werk zelf ondersteunt.",
                        },
                        {
                            "title": "Verbind de drie vormen",
                            "text": "De grootste winst zit in de samenhang. Een training wordt sterker als deelnemers daarna een "
                            "passende opdracht krijgen en met een collega kunnen reflecteren op wat ze tegenkomen.",
                        },
                        {
                            "title": "Organiseer reflectie",
                            "text": "Ervaring leidt niet vanzelf tot leren. Korte terugblikken na een project of een lastige situatie "
                            "maken het verschil tussen twintig jaar ervaring en één jaar ervaring die twintig keer is "
                            "herhaald.",
                        },
                        {
                            "title": "Maak er geen bezuinigingsargument van",
                            "text": "Informeel leren is niet gratis. Het vraagt tijd van begeleiders, ruimte in de planning en "
                            "aandacht van leidinggevenden. Wie het opleidingsbudget schrapt met een beroep op 70-20-10, heeft "
                            "het model niet begrepen.",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "title": "Kern",
                    "text": "<p>70-20-10 is een bruikbare vuistregel die aandacht vraagt voor leren in het werk, maar geen "
                    "wetenschappelijk vastgestelde verhouding. Gebruik het om leervormen te verbinden, niet om budgetten te "
                    "verdelen.</p>",
                },
            ),
            (
                "paragraph",
                "<p>Het model is dus niet waardeloos. Het is een vuistregel die een belangrijk inzicht samenvat. Het gaat mis als "
                "een vuistregel een norm wordt waarmee je aanbod, budgetten of programma's gaat indelen. Dan verlies je het "
                "oorspronkelijke idee uit het oog: dat leren en werken niet van elkaar te scheiden zijn.</p>"
                "<p>Een praktische toets voor je eigen leerbeleid: kijk naar de laatste drie leertrajecten die je hebt "
                "georganiseerd. Was er vooraf een gesprek met de leidinggevende over wat het traject moest opleveren? Kregen "
                "deelnemers daarna een opdracht waarin ze het geleerde konden toepassen? En was er iemand die met hen terugkeek op "
                "hoe dat ging? Is het antwoord drie keer nee, dan helpt geen enkele verhouding van percentages. Is het antwoord ja, "
                "dan doet het er weinig toe of de verhouding in jouw organisatie nu 70-20-10 is of 50-30-20.</p>",
            ),
        ],
    },
    {
        "slug": "conflict-in-teams",
        "title": "Conflict in teams: van vermijden naar benutten",
        "lead": (
            "Een team zonder meningsverschillen is niet per se gezond. Hoe je als leidinggevende inhoudelijk conflict benut "
            "en voorkomt dat het persoonlijk wordt."
        ),
        "authors": ["ahmed-el-amrani"],
        "topics": ["conflicthantering", "teamontwikkeling"],
        "publication_date": "2026-07-08",
        "is_pro": False,
        "featured": False,
        "body": [
            (
                "paragraph",
                "<p>Een van de teams die ik onlangs begeleidde, werd door de directie omschreven als harmonieus. Er was nooit "
                "ruzie, overleggen verliepen soepel en iedereen was vriendelijk tegen elkaar. Tegelijk liep het team al maanden "
                "achter op een belangrijk project, en niemand leek te weten waarom.</p>"
                "<p>Na een paar gesprekken werd het duidelijk. Meerdere teamleden hadden al lang twijfels over de gekozen aanpak, "
                "maar niemand had die hardop uitgesproken. Het team vermeed conflict zo effectief dat het ook de inhoudelijke "
                "discussie vermeed die nodig was om het project bij te sturen.</p>",
            ),
            ("heading", "Twee soorten conflict"),
            (
                "paragraph",
                "<p>Onderzoek naar conflict in teams maakt een nuttig onderscheid tussen taakconflicten en relatieconflicten. "
                "Taakconflicten gaan over de inhoud: welke aanpak is beter, wat zijn de prioriteiten? Relatieconflicten gaan over "
                "de personen: irritaties, wantrouwen, persoonlijke spanningen.</p>"
                "<p>Relatieconflicten hangen vrijwel altijd negatief samen met prestaties en werkplezier. Voor taakconflicten is "
                "het beeld genuanceerder. Ze kunnen tot betere besluiten leiden, vooral in teams waar mensen elkaar vertrouwen. "
                "Maar ze slaan makkelijk om: een inhoudelijk meningsverschil dat niet goed wordt gevoerd, wordt al snel "
                "persoonlijk. Dat is ook de reden waarom veel teams meningsverschillen liever uit de weg gaan.</p>"
                "<p>Voor leidinggevenden is het lastige dat je het verschil niet altijd direct ziet. Een scherpe discussie over een "
                "planning kan over de planning gaan, maar ook over een oude irritatie die nooit is uitgesproken. Let daarom op "
                "signalen: als dezelfde twee mensen steeds tegenover elkaar staan, ongeacht het onderwerp, of als er na het "
                "overleg in kleine groepjes wordt nagepraat, speelt er waarschijnlijk meer dan de inhoud.</p>",
            ),
            (
                "numbered_tips",
                {
                    "title": "Zo benut je conflict",
                    "tips": [
                        {
                            "title": "Maak tegenspraak normaal",
                            "text": "Vraag in overleggen expliciet naar bezwaren en alternatieven, en bedank mensen die ze inbrengen. "
                            "Als leidinggevende kun je ook zelf twijfels over je eigen voorstel benoemen.",
                        },
                        {
                            "title": "Houd de inhoud centraal",
                            "text": "Dreigt een discussie persoonlijk te worden, breng het gesprek dan terug naar de vraag waar het "
                            "meningsverschil precies over gaat. Vaak blijken mensen het over minder oneens te zijn dan "
                            "gedacht.",
                        },
                        {
                            "title": "Grijp vroeg in bij relatieconflict",
                            "text": "Persoonlijke spanningen verdwijnen zelden vanzelf. Voer eerst afzonderlijke gesprekken met de "
                            "betrokkenen voordat je ze bij elkaar zet, en overweeg een onafhankelijke bemiddelaar als je zelf "
                            "partij bent.",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": "We dachten dat we een goed team waren omdat we nooit ruzie hadden. Achteraf waren we vooral een team dat lastige gesprekken uit de weg ging.",
                    "attribution": "Naomi de Wit, projectleider",
                },
            ),
            (
                "paragraph",
                "<p>Voor teamontwikkeling betekent dit dat je niet moet streven naar een team zonder conflict, maar naar een team "
                "dat conflicten goed kan voeren. Dat vraagt vertrouwen, afspraken over hoe je met meningsverschillen omgaat en een "
                "leidinggevende die het voorbeeld geeft. Het fasenmodel van Tuckman, met zijn stormingfase, heeft dat inzicht "
                "populair gemaakt. Maar teams doorlopen die fasen zelden netjes: elk nieuw teamlid en elke nieuwe opdracht kan de "
                "verhoudingen weer veranderen.</p>"
                "<p>In het team dat ik begeleidde, hebben we een eenvoudige afspraak gemaakt: bij elk belangrijk besluit vraagt de "
                "voorzitter wie twijfels heeft, en die twijfels worden genoteerd voordat er besloten wordt. Het duurde een paar "
                "weken voordat mensen dat echt durfden. Daarna werd de discussie scherper, en kwam het project weer op gang.</p>",
            ),
            (
                "callout",
                {
                    "title": "Om te onthouden",
                    "text": "<p>Geen conflict is niet hetzelfde als een gezond team. Maak inhoudelijke tegenspraak normaal, houd het "
                    "gesprek bij de inhoud en grijp vroeg in als spanningen persoonlijk worden.</p>",
                },
            ),
        ],
    },
    {
        "slug": "de-vraag-achter-de-vraag",
        "title": "De vraag achter de vraag: een adviesopdracht goed formuleren",
        "lead": (
            "Veel adviesopdrachten beginnen met een vraag waarin de oplossing al besloten ligt. Waarom het loont om eerst de "
            "vraag achter de vraag te verkennen, en hoe je dat doet zonder je opdrachtgever tegen de haren in te strijken."
        ),
        "authors": ["henk-jan-mulder"],
        "topics": ["opdrachtformulering", "adviesvaardigheden", "organisatiediagnose"],
        "publication_date": "2026-08-19",
        "is_pro": False,
        "featured": False,
        "body": [
            (
                "paragraph",
                "<p>'We willen een heidag voor het managementteam over samenwerking.' Het was de eerste zin van een "
                "telefoongesprek met de directeur van een middelgrote dienstverlener. Hij had al een datum in gedachten en een "
                "locatie op het oog. Wat hij van mij wilde, was een programma.</p>"
                "<p>Na drie kwartier doorvragen bleek het verhaal anders. Het managementteam werkte niet slecht samen, maar twee "
                "afdelingen hadden van de raad van bestuur tegenstrijdige doelen gekregen. De spanningen in het team waren daar "
                "een gevolg van. Een heidag over samenwerking had waarschijnlijk een prettige dag opgeleverd, en verder niets.</p>",
            ),
            ("heading", "Waarom de eerste vraag zelden de echte vraag is"),
            (
                "paragraph",
                "<p>Opdrachtgevers formuleren hun vraag meestal in termen van een oplossing. Dat is logisch: ze hebben al over het "
                "probleem nagedacht en een idee gevormd over wat zou helpen. Bovendien is een oplossing makkelijker in te kopen "
                "dan een vraagstuk. Maar het idee van de opdrachtgever komt voort uit zijn eigen perspectief, en dat is per "
                "definitie beperkt.</p>"
                "<p>Als adviseur heb je de neiging om die vraag direct op te pakken. Je wordt tenslotte gewaardeerd om je "
                "oplossingen, en doorvragen kan overkomen alsof je de opdrachtgever niet serieus neemt. Toch is het een van de "
                "belangrijkste dingen die je kunt doen.</p>",
            ),
            (
                "numbered_tips",
                {
                    "title": "Vragen voor het eerste gesprek",
                    "tips": [
                        {
                            "title": "Wat is de aanleiding?",
                            "text": "Vraag wat er precies gebeurde waardoor de opdrachtgever nu contact opneemt. Concrete voorvallen "
                            "zeggen vaak meer dan de algemene probleemomschrijving.",
                        },
                        {
                            "title": "Wat is al geprobeerd?",
                            "text": "Als eerdere pogingen niet werkten, is het de moeite waard te begrijpen waarom. Soms herhaalt de "
                            "gevraagde oplossing een aanpak die al eens is mislukt.",
                        },
                        {
                            "title": "Wie ziet het anders?",
                            "text": "Vraag hoe andere betrokkenen naar het probleem kijken, en of je met hen mag spreken. Een "
                            "vraagstuk dat vanuit één perspectief is geformuleerd, is zelden compleet.",
                        },
                        {
                            "title": "Waaraan zie je dat het gelukt is?",
                            "text": "Laat de opdrachtgever beschrijven wat er over een half jaar anders moet zijn. Dat maakt het "
                            "resultaat concreet en geeft je later een toetssteen.",
                        },
                    ],
                },
            ),
            (
                "paragraph",
                "<p>De vraag terugleggen vraagt tact. Ik zeg meestal iets als: 'Ik kan die heidag voor je organiseren, maar ik wil "
                "eerst zeker weten dat hij oplevert wat je zoekt. Mag ik een paar gesprekken voeren om dat te toetsen?' Vrijwel "
                "elke opdrachtgever gaat daarmee akkoord. Die korte verkenning is in feite al het begin van een diagnose, en vaak "
                "levert ze meer op dan het oorspronkelijk gevraagde product.</p>"
                "<p>Leg de uitkomst vast in een korte opdrachtformulering: het vraagstuk zoals jullie het nu begrijpen, het "
                "beoogde resultaat, de rolverdeling en momenten om de opdracht bij te stellen. Dat document hoeft niet lang te "
                "zijn. Het belangrijkste is dat jullie hetzelfde bedoelen.</p>"
                "<p>Houd er ook rekening mee dat de vraag tijdens de opdracht kan verschuiven. Dat is geen mislukking van de "
                "intake, maar een teken dat je samen iets leert. Spreek daarom vooraf af dat jullie halverwege terugkijken en de "
                "opdracht zo nodig bijstellen.</p>",
            ),
            (
                "quote",
                {
                    "text": "De beste adviseur die we ooit hadden, verkocht ons uiteindelijk iets anders dan we hadden gevraagd. Achteraf was dat precies wat we nodig hadden.",
                    "attribution": "Karin Smeets, directeur bedrijfsvoering",
                },
            ),
            (
                "callout",
                {
                    "title": "Kern",
                    "text": "<p>Een adviesvraag bevat vaak al een oplossing. Verken eerst de aanleiding, eerdere pogingen en andere "
                    "perspectieven, en leg samen vast wat succes betekent. Dat kost een paar gesprekken en voorkomt "
                    "maanden aan verkeerd werk.</p>",
                },
            ),
        ],
    },
    {
        "slug": "zelforganisatie-zonder-illusies",
        "title": "Zelforganisatie zonder illusies: wat teams werkelijk nodig hebben",
        "lead": (
            "Zelforganisatie belooft betrokkenheid en slagkracht, maar loopt in de praktijk vaak vast. Wat teams werkelijk "
            "nodig hebben, en welke illusies je vooraf beter kunt loslaten."
        ),
        "authors": ["henk-jan-mulder", "ahmed-el-amrani"],
        "topics": ["zelforganisatie", "agile-werken-buiten-it"],
        "publication_date": "2026-09-09",
        "is_pro": True,
        "featured": False,
        "body": [
            (
                "paragraph",
                "<p>We hebben allebei, vanuit verschillende rollen, een flink aantal organisaties zien experimenteren met "
                "zelforganisatie. De een als strategieadviseur die met bestuurders over de inrichting sprak, de ander als "
                "interim-manager die teams begeleidde die plotseling zonder leidinggevende verder moesten. De ervaringen lopen "
                "sterk uiteen. Er zijn teams die enorm zijn gegroeid, en teams die na een jaar uitgeput om een teamleider "
                "vroegen.</p>"
                "<p>Het verschil zat zelden in de mensen. Het zat in een aantal illusies waarmee de invoering begon.</p>",
            ),
            ("heading", "Drie illusies"),
            (
                "paragraph",
                "<p>De eerste illusie is dat zelforganisatie minder sturing betekent. In werkelijkheid verschuift de sturing: van "
                "een leidinggevende naar kaders, afspraken en het team zelf. Teams zonder helder kader besteden veel energie aan "
                "uitzoeken wat ze wel en niet mogen, en dat leidt tot onzekerheid en spanningen.</p>"
                "<p>De tweede illusie is dat het goedkoper is. Bezuinigen op management is vaak een verborgen motief. Maar teams "
                "die zichzelf organiseren, hebben coaching, opleiding en tijd nodig om samen te leren plannen, besluiten en elkaar "
                "aanspreken. Zonder die investering komt het werk van de manager gewoon bij de teamleden terecht, bovenop hun "
                "eigen taken.</p>"
                "<p>De derde illusie is dat het alleen om de teams gaat. Als ondersteunende diensten, besluitvormingsroutes en "
                "beoordelingssystemen blijven werken alsof er nog managers zijn, lopen teams voortdurend tegen muren aan.</p>",
            ),
            (
                "quote",
                {
                    "text": "We kregen alle verantwoordelijkheid, maar voor elke uitgave boven de vijfhonderd euro moesten we nog steeds naar de regiomanager.",
                    "attribution": "Linda Verhoeven, wijkverpleegkundige in een zelforganiserend team",
                },
            ),
            (
                "numbered_tips",
                {
                    "title": "Wat teams werkelijk nodig hebben",
                    "tips": [
                        {
                            "title": "Een helder kader",
                            "text": "Maak expliciet waarover het team beslist, binnen welke grenzen, en welke besluiten elders liggen. "
                            "Herzie dat kader periodiek, naarmate het team meer aankan.",
                        },
                        {
                            "title": "Vaardigheden en begeleiding",
                            "text": "Investeer in teamcoaching en in vaardigheden als samen besluiten, feedback geven en conflicten "
                            "hanteren. Dat zijn geen vanzelfsprekendheden, ook niet voor ervaren professionals.",
                        },
                        {
                            "title": "Een organisatie die meebeweegt",
                            "text": "Pas ondersteunende processen aan: budgetbevoegdheden, HR-processen, informatievoorziening. Anders "
                            "blijft zelforganisatie een belofte op papier.",
                        },
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Veel organisaties combineren zelforganisatie met agile werkvormen, zoals sprints en retrospectives. Dat kan "
                "goed samengaan, mits teams ook echt de ruimte hebben om bij te sturen op basis van wat ze leren. Anders ontstaat "
                "wat wel agile theater heet: de rituelen zijn er, maar de besluiten vallen nog steeds elders.</p>"
                "<p>Ten slotte: zelforganisatie is geen keuze tussen alles of niets. Veel teams functioneren uitstekend met een "
                "mix, waarin ze veel zelf regelen en een leidinggevende op afstand hebben voor zaken die het team overstijgen. Wees "
                "eerlijk over wat je organisatie en je teams aankunnen, en bouw het stap voor stap op.</p>"
                "<p>Een bruikbare eerste stap is een gezamenlijke inventarisatie met het team: welke besluiten neemt het nu al "
                "zelf, welke zou het willen nemen, en wat is daarvoor nodig? Die lijst laat vaak zien dat teams minder ambitieus "
                "zijn dan bestuurders denken, en dat ze vooral duidelijkheid willen over een paar concrete onderwerpen, zoals "
                "roosters, het inwerken van nieuwe collega's en kleine uitgaven. Begin daar, evalueer na een paar maanden en breid "
                "het kader pas uit als het team laat zien dat het de ruimte aankan. Zo groeit zelforganisatie mee met het "
                "vertrouwen, in plaats van dat ze vooruitloopt op wat mensen kunnen.</p>",
            ),
            (
                "callout",
                {
                    "title": "Kern",
                    "text": "<p>Zelforganisatie vraagt niet minder maar andere sturing, vraagt investering in plaats van besparing, "
                    "en vraagt een organisatie die meebeweegt. Begin met heldere kaders en bouw geleidelijk op.</p>",
                },
            ),
        ],
    },
    {
        "slug": "een-interventie-kiezen-die-past",
        "title": "Een interventie kiezen die past",
        "lead": (
            "Training, coaching, herstructurering of een dialoogsessie? Adviseurs en managers kiezen vaak wat ze kennen. Hoe "
            "je bewuster een interventie kiest die bij het vraagstuk past."
        ),
        "authors": ["marieke-van-dijk"],
        "topics": ["interventies-kiezen", "leiderschapsstijlen"],
        "publication_date": "2026-10-01",
        "is_pro": False,
        "featured": False,
        "body": [
            (
                "paragraph",
                "<p>Een directeur vroeg me een tijd geleden om een leiderschapstraining voor haar teamleiders. Ze vond dat ze te "
                "weinig stuurden en te veel lieten lopen. De teamleiders waren volgens haar te aardig en te weinig directief. Een "
                "training in situationeel leidinggeven leek haar de oplossing.</p>"
                "<p>In gesprekken met de teamleiders kwam een ander beeld naar voren. Ze wisten heel goed hoe ze konden sturen, "
                "maar hadden het afgelopen jaar drie keer meegemaakt dat hun besluiten door de directie werden teruggedraaid. Ze "
                "hadden geleerd dat afwachten veiliger was. Een training had daar niets aan veranderd.</p>",
            ),
            ("heading", "Kiezen op basis van het probleem, niet van het repertoire"),
            (
                "paragraph",
                "<p>Iedereen die met verandering werkt, heeft een voorkeur voor bepaalde interventies. Een trainer denkt aan "
                "training, een organisatieadviseur aan structuur, een coach aan gesprekken. Dat is menselijk, maar het betekent dat "
                "de keuze voor een interventie vaak meer zegt over de adviseur dan over het vraagstuk.</p>"
                "<p>Het kleurendenken van De Caluwé en Vermaak helpt om dat zichtbaar te maken. Het onderscheidt verschillende "
                "opvattingen over hoe verandering werkt: via belangen en macht, via rationeel ontwerp, via prikkels en motivatie, "
                "via leren of via spontane processen. Het is geen wetenschappelijk getoetst model, maar het dwingt je om je eigen "
                "aannames te benoemen en te toetsen of ze bij de situatie passen.</p>",
            ),
            (
                "numbered_tips",
                {
                    "title": "Vier vragen voordat je kiest",
                    "tips": [
                        {
                            "title": "Waar zit het probleem?",
                            "text": "Ligt de oorzaak bij vaardigheden van individuen, bij de samenwerking in een team of bij structuren "
                            "en systemen? Een individuele interventie voor een structureel probleem levert vooral frustratie "
                            "op.",
                        },
                        {
                            "title": "Wat is al geprobeerd?",
                            "text": "Eerdere interventies zeggen iets over wat niet werkt, maar ook over hoe mensen naar een nieuwe "
                            "interventie zullen kijken. Vraag daarom ook hoe de vorige aanpak is afgesloten en wat mensen "
                            "ervan hebben onthouden.",
                        },
                        {
                            "title": "Welke kleur past?",
                            "text": "Gaat het vooral om belangen, om ontwerp, om motivatie of om leren? De meeste vraagstukken vragen "
                            "een combinatie, maar zelden van alles evenveel.",
                        },
                        {
                            "title": "Hoe weten we of het werkt?",
                            "text": "Bepaal vooraf waaraan je kunt zien of de interventie effect heeft, en wanneer je daarnaar kijkt. "
                            "Dat maakt bijsturen mogelijk.",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": "Ik dacht dat mijn teamleiders een andere leiderschapsstijl nodig hadden. Uiteindelijk moest vooral ik mijn manier van besluiten veranderen.",
                    "attribution": "Annelies Vos, directeur zorg",
                },
            ),
            (
                "paragraph",
                "<p>In het voorbeeld hierboven hebben we uiteindelijk geen training gegeven. We hebben met de directie en de "
                "teamleiders afgesproken welke besluiten op welk niveau vallen, en hoe de directie zou reageren als ze het ergens "
                "niet mee eens was. Pas een half jaar later, toen de teamleiders merkten dat de ruimte echt was, bleek er behoefte "
                "aan ondersteuning bij het sturen zelf. Toen was een training wel zinvol, en sloot die aan bij wat ze in de "
                "praktijk tegenkwamen.</p>"
                "<p>Dat is misschien de belangrijkste les: de volgorde van interventies doet ertoe. Dezelfde training die in het "
                "begin weinig had opgeleverd, werkte nu wel, omdat de omstandigheden waren veranderd. Wie een interventie kiest, "
                "kiest dus niet alleen wat, maar ook wanneer. En soms is de beste eerste stap geen programma, maar een afspraak "
                "tussen een paar mensen over hoe ze met elkaar omgaan.</p>",
            ),
            (
                "callout",
                {
                    "title": "Kern",
                    "text": "<p>De beste interventie volgt uit een goede diagnose, niet uit het repertoire van de adviseur. Vraag je "
                    "af waar het probleem zit, welke opvatting over verandering past en hoe je zult zien of het werkt.</p>",
                },
            ),
        ],
    },
    {
        "slug": "dashboards-die-gesprekken-voeden",
        "title": "Dashboards die het gesprek voeden in plaats van vervangen",
        "lead": (
            "Meer cijfers betekent niet meer inzicht. Hoe we een managementdashboard met veertig indicatoren terugbrachten tot "
            "negen, en waarom het gesprek erover belangrijker werd dan de cijfers zelf."
        ),
        "authors": ["lotte-claes"],
        "topics": ["kpi-s-en-dashboards", "besluitvorming"],
        "publication_date": "2026-10-27",
        "is_pro": False,
        "featured": False,
        "body": [
            (
                "paragraph",
                "<p>Toen ik als HR-businesspartner aanschoof bij het maandelijkse overleg van een van onze zorgregio's, viel me "
                "vooral het dashboard op. Veertig indicatoren, netjes in groen, oranje en rood. Verzuim, verloop, openstaande "
                "vacatures, opleidingsuren, klachten, cliënttevredenheid, productiviteit en nog veel meer. Het overleg bestond "
                "grotendeels uit het doorlopen van de rode vakjes, met bij elk een verklaring van de verantwoordelijke "
                "manager.</p>"
                "<p>Wat ontbrak, was een gesprek over wat de cijfers samen betekenden. En besluiten werden er zelden genomen. Het "
                "dashboard was een verantwoordingsinstrument geworden, geen stuurinstrument.</p>",
            ),
            ("heading", "Van verantwoorden naar begrijpen"),
            (
                "paragraph",
                "<p>Indicatoren zijn waardevol als ze helpen zien wat er gebeurt en betere besluiten te nemen. Ze worden schadelijk "
                "als het halen van het cijfer het doel wordt. Dan gaan mensen sturen op de maat in plaats van op wat die maat zou "
                "moeten weergeven. In de zorg ken je de voorbeelden: registraties die worden aangepast, of aandacht die verschuift "
                "naar wat gemeten wordt, ten koste van wat niet gemeten wordt.</p>"
                "<p>We besloten het dashboard opnieuw op te bouwen vanuit een eenvoudige vraag: welke besluiten neemt dit overleg, "
                "en welke informatie is daarvoor nodig? Dat bleek een ongemakkelijke vraag. Niemand kon precies zeggen welke "
                "besluiten het overleg het afgelopen jaar op basis van het dashboard had genomen. De meeste indicatoren waren er "
                "ooit bijgekomen na een incident of op verzoek van een stafafdeling, en nooit meer weggehaald. Het dashboard was in "
                "de loop van de jaren gegroeid zonder dat iemand eigenaar was van het geheel.</p>",
            ),
            (
                "numbered_tips",
                {
                    "title": "Hoe we het aanpakten",
                    "tips": [
                        {
                            "title": "Begin bij de besluiten",
                            "text": "We maakten een lijst van de besluiten die het regio-overleg het afgelopen jaar had genomen of had "
                            "moeten nemen. Alleen indicatoren die daarbij hielpen, bleven op het dashboard staan.",
                        },
                        {
                            "title": "Trends in plaats van momentopnames",
                            "text": "Een rood vakje in één maand zegt weinig. We lieten voortaan de ontwikkeling over twaalf maanden "
                            "zien, zodat toevallige schommelingen minder aandacht kregen.",
                        },
                        {
                            "title": "Cijfers met een verhaal",
                            "text": "Bij elke indicator die opviel, gaf een manager een korte toelichting uit de praktijk. Zo werd een "
                            "stijgend verzuim gekoppeld aan een specifieke personeelswissel in plaats van aan een abstracte "
                            "trend.",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": "Vroeger ging ik naar het overleg om mijn rode vakjes te verdedigen. Nu ga ik erheen om samen te kijken wat er aan de hand is.",
                    "attribution": "Bart Peeters, regiomanager",
                },
            ),
            (
                "paragraph",
                "<p>Het nieuwe dashboard telt negen indicatoren. Niet iedereen was daar blij mee: sommige stafafdelingen zagen hun "
                "cijfers verdwijnen en vreesden dat hun werk minder aandacht zou krijgen. We hebben afgesproken dat die cijfers "
                "beschikbaar blijven voor wie ze nodig heeft, maar niet meer standaard in het overleg worden besproken.</p>"
                "<p>Het belangrijkste effect zit in het overleg zelf. Er is meer tijd voor de vraag wat er achter de cijfers zit, "
                "en het overleg neemt vaker een besluit. Of dat tot betere resultaten leidt, valt na een half jaar nog niet goed te "
                "zeggen. Maar de managers ervaren het overleg als zinvoller, en dat is al een begin. Een les die we meenemen: "
                "spreek af wanneer je het dashboard opnieuw tegen het licht houdt. Anders groeit het over een paar jaar ongemerkt "
                "weer naar veertig indicatoren.</p>",
            ),
            (
                "callout",
                {
                    "title": "Kern",
                    "text": "<p>Kies indicatoren op basis van de besluiten die je wilt nemen, laat trends zien in plaats van "
                    "momentopnames en gebruik cijfers als begin van een gesprek, niet als eindoordeel.</p>",
                },
            ),
        ],
    },
]
