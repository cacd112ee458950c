"""Probes of the extractor on WHOLE ARTICLES in seven European languages (de, fr, es, it, pt,
nl, pl), three per language, written for this file in our own words without sight of the
devset, each the way a native outlet of that country would print it (its number formats and
abbreviations: "21,3 Mrd.", "29 mil millones", "3,5 miliardi", "39 mil", "229,9 tys. juanów",
"700 mln", "69 697"; its dates and quarter names: "3T", "Q3", "IV kw."), with the page clutter
trafilatura keeps (bylines, "Lesen Sie auch", "À lire aussi", share buttons, disclaimers).

Genres the older *_langs sets leave out or touch thinly:
- a launch-night live ticker, newest entry first, with orders counted at hours and minutes
  ("nach 18 Stunden", "in den ersten 60 Minuten", "en las primeras 24 horas", "a los 27
  minutos") and the trims' prices;
- interviews with a Xiaomi executive in question-and-answer form: quoted figures in the first
  person ("wir haben", "entregámos"), conditionals and hypotheticals that give nothing;
- monthly briefs that give the reported month as "le mois dernier", the month before, the
  running total since January and since the launch (no stated day);
- price stories with the price before and after a cut ("au lieu de", "em vez de", "poprzednia
  generacja"), both recorded, in the order written;
- a target raised during the year (the new and the old figure), "más de", "minstens";
- a plant story: capacity per phase, production since January, workforce, planned investment;
- results stories with the segment's revenue, gross margin (this and last quarter), operating
  profit or loss, deliveries, average selling price and the group's revenue, in Spanish
  ("3T"), Dutch ("Q3") and Polish ("IV kw.", with the full year);
- an analyst's forecast for next year with the current quarter and the segment's revenue;
- NEGATIVE articles that must give nothing: a hypothetical ("wenn Xiaomi … verkaufen würde"),
  the planned European launch (years, no figures), phone shipments and a rival's sales with
  Xiaomi named without a figure, share prices.

Conventions and helpers as in test_metrics_articles9.py and test_metrics_review8.py (imported):
one event per distinct figure, in the order written, decided before the extractor ran; a
finished month runs first to last day, as_of its last day; a quarter first to last day; "since
January" is cumulative from January 1; a running total since the launch with no stated day is
cumulative (only its kind asserted); launch orders are a window; a price converted to local
currency is one CNY price, each trim its own price of the model, an old price before a cut is
a price too; an average selling price keeps its quarter; an operating or adjusted net loss is
net_loss, an operating profit and a gross margin are `other` with their label; the group's
revenue is Xiaomi Group's; an analyst's estimate is a forecast; a capacity is a rate, a
planned one a target; a share price, a percent change, a phone's or a rival's figure, a
waiting time and a hypothetical are no events; a headline in a "read more" link is not this
article's figure. A target's as_of is not asserted. A plain case guards what holds; an
`xfail(strict=True)` case is a known miss whose reason says what it should give and what the
extractor gives.
"""

import datetime as dt
from typing import Any

from test_metrics_articles9 import article, check_article, orders, run
from test_metrics_review import ev
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    CUM,
    GROUP,
    LEAST,
    MORE,
    SU7,
    ULTRA,
    WINDOW,
    YU7,
    cap,
    dlv,
    fcst,
    first_months,
    goal,
    money,
    month,
    other,
    price,
    quarter,
    year,
)

D = dt.date
Q2_24, Q3_24, Q4_24 = quarter(2024, 2), quarter(2024, 3), quarter(2024, 4)
Q2_25, Q3_25, Q4_25 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
FC = {"status": "forecast"}


def locked(subject: str, value: float, **fields: Any) -> dict[str, Any]:
    return orders("locked_orders", subject, value, **WINDOW, **fields)


def placed(subject: str, value: float, **fields: Any) -> dict[str, Any]:
    return orders("orders", subject, value, **WINDOW, **fields)


def group_revenue(value: float, **fields: Any) -> dict[str, Any]:
    return ev(GROUP, metric="revenue", value=value, **fields)


def since_january(y: int) -> dict[str, Any]:
    """A running total from January 1 whose end the article does not state."""
    return {"period_kind": "cumulative", "period_start": D(y, 1, 1)}


def staff(value: float, q: str = "exact") -> dict[str, Any]:
    return ev(AUTO, metric="headcount", value=value, qualifier=q)


# --- German ----------------------------------------------------------------------------------

DE_TICKER = """Von Lisa Brandt | Aktualisiert: 27.06.2025, 08:15 Uhr

Xiaomi hat am Donnerstagabend in Peking sein erstes SUV vorgestellt. Wir berichten live.

+++ 08:10 Uhr +++ Nach 18 Stunden meldet Xiaomi mehr als 240.000 verbindliche Bestellungen \
für den YU7.

+++ 23:05 Uhr +++ Lei Jun auf Weibo: In den ersten 60 Minuten sind 289.000 verbindliche \
Bestellungen für den YU7 eingegangen.

+++ 22:03 Uhr +++ Drei Minuten nach dem Verkaufsstart zählt Xiaomi bereits 200.000 \
Bestellungen für den YU7.

+++ 22:00 Uhr +++ Die Preise: Der YU7 startet bei 253.500 Yuan (umgerechnet rund 30.300 Euro), \
die Pro-Version kostet 279.900 Yuan, die Max-Version 329.900 Yuan.

Lesen Sie auch: BYD senkt die Preise um bis zu 34 Prozent

+++ 21:40 Uhr +++ Zum Vergleich: Teslas Model Y kostet in China ab 263.500 Yuan.

Teilen: Facebook | X | WhatsApp | E-Mail"""

DE_INTERVIEW = """Das Gespräch führte Markus Weber | 10.09.2025, 06:00 Uhr

Herr Lu, Xiaomi hat im August mehr als 30.000 Elektroautos ausgeliefert. Reicht Ihnen das?

Lu Weibing: Wir sind zufrieden, aber die Nachfrage ist größer als unser Angebot. Unser Ziel für \
2025 liegt bei mindestens 350.000 Fahrzeugen, und daran halten wir fest.

Wie lange warten Kunden derzeit auf einen YU7?

Lu: Rund 40 Wochen. Wenn wir eine zweite Fabrik schon hätten, könnten wir 100.000 Autos mehr \
bauen. Mit der zweiten Ausbaustufe in Peking kommen wir jetzt auf eine Jahreskapazität von \
etwa 300.000 Fahrzeugen.

Und die Zahlen? Das Autogeschäft schreibt noch Verluste.

Lu: Im zweiten Quartal haben wir mit Autos 21,3 Mrd. Yuan umgesetzt, der operative Verlust lag \
bei etwa 300 Mio. Yuan. Wenn alles nach Plan läuft, könnten wir in der zweiten Jahreshälfte \
schwarze Zahlen schreiben.

Wann kommt Xiaomi nach Europa?

Lu: 2027. Vorher wäre es unseriös, Stückzahlen zu nennen.

Dieses Interview wurde gekürzt und redigiert.

Mehr zum Thema: Xiaomi YU7 – 240.000 Bestellungen in 18 Stunden"""

DE_HYPOTHETICAL = """Ein Kommentar von Stefan Krüger | 03.02.2026

Was wäre, wenn Xiaomi seine Autos schon heute in Deutschland anbieten würde? Wenn Xiaomi \
hierzulande 20.000 Autos im Jahr verkaufen würde, läge die Marke vor Volvo und Polestar. \
Würde ein SU7 hier für 40.000 Euro angeboten, hätten es die deutschen Hersteller schwer.

Zum Vergleich: BYD hat im Januar in Deutschland 2.621 Autos neu zugelassen, Tesla 1.277.

An der Börse in Hongkong gab die Xiaomi-Aktie am Montag um 3 Prozent auf 41,20 HK-Dollar nach. \
Der Konzern hat 2025 weltweit mehr als 165 Millionen Smartphones ausgeliefert.

Lesen Sie auch: Xiaomi liefert im Januar mehr als 39.000 Autos aus

Hinweis: Der Autor hält keine Aktien der genannten Unternehmen."""

# --- French ----------------------------------------------------------------------------------

FR_MONTHLY = """Par Claire Dubois | Publié le 01/12/2025 à 11h20 | Mis à jour le 01/12/2025 à 12h05

Le constructeur chinois Xiaomi a livré le mois dernier plus de 40 000 voitures électriques, \
après plus de 40 000 en octobre également, selon un communiqué publié ce lundi.

Depuis le début de l'année, ses livraisons cumulées atteignent environ 362 000 unités : \
l'objectif annuel de 350 000 véhicules est donc déjà dépassé.

À lire aussi : Tesla, les ventes en Europe chutent de 48 % en novembre

Depuis le lancement de la berline SU7 en mars 2024, le groupe a remis plus de 500 000 voitures \
à ses clients.

Partager : Facebook Twitter LinkedIn E-mail"""

FR_PRICES = """Par Julien Martin | Le 10 mars 2026 à 09h45

Xiaomi baisse les prix de sa berline électrique en Chine. La SU7 d'entrée de gamme est \
désormais affichée à 199 900 yuans au lieu de 215 900 yuans. La version Pro passe à 229 900 \
yuans au lieu de 245 900 yuans, et la Max à 279 900 yuans (environ 35 700 euros) au lieu de \
299 900 yuans.

La SU7 Ultra, elle, reste à 529 900 yuans.

Ces prix ne concernent que le marché chinois. En face, la Tesla Model 3 démarre à 235 500 \
yuans.

Publicité

À lire aussi : Renault 5, les prix baissent aussi

Partager l'article"""

FR_EUROPE = """Par Thomas Leroy | Publié le 20/11/2025 à 07h30

Xiaomi confirme son arrivée en Europe. Le fabricant chinois prévoit de commercialiser ses \
voitures électriques sur le Vieux Continent à partir de 2027, a indiqué son président Lu \
Weibing lors de la présentation des résultats trimestriels.

Aucun volume de ventes ni prix n'a été communiqué. Le groupe a ouvert un centre de recherche \
à Munich et envisage d'autres implantations d'ici 2028.

En 2024, BYD a vendu 4,27 millions de véhicules dans le monde, dont environ 40 000 en Europe.

L'action Xiaomi a gagné 2 % à Hong Kong après l'annonce.

À lire aussi : Les constructeurs chinois grignotent 6 % du marché européen

Partager : Facebook X LinkedIn"""

# --- Spanish ---------------------------------------------------------------------------------

ES_TARGET = """Redacción | Madrid | 15 jul 2025 - 09:30 CEST

Xiaomi ha vuelto a revisar al alza sus ambiciones en el automóvil. El fabricante chino aspira \
ahora a entregar más de 350.000 vehículos en 2025, frente a los 300.000 que se había marcado en \
marzo y los más de 135.000 que entregó en 2024.

Hasta finales de junio, la compañía llevaba entregadas unas 157.000 unidades en lo que va de \
año. En junio, las entregas superaron las 25.000 unidades por tercer mes consecutivo.

Te puede interesar: Xiaomi YU7, 240.000 pedidos en 18 horas

Las acciones de Xiaomi subieron un 2,1% en la Bolsa de Hong Kong tras el anuncio.

Compartir en WhatsApp | Compartir en X"""

ES_RESULTS = """Por Ana Ruiz | 18/11/2025 - 13:45 | Actualizado: 18/11/2025 - 14:10

La división de vehículos eléctricos de Xiaomi registró en el 3T un beneficio operativo de 700 \
millones de yuanes (unos 85 millones de euros), el primero de su historia.

Sus ingresos alcanzaron los 29 mil millones de yuanes. El margen bruto del segmento se situó en \
el 25,5%, frente al 26,4% del trimestre anterior.

La empresa entregó 108.796 vehículos entre julio y septiembre, con un precio medio de venta de \
unos 260.000 yuanes.

Los ingresos del grupo crecieron un 22,3% interanual, hasta 113.100 millones de yuanes.

Aviso legal: Este artículo no constituye asesoramiento de inversión.

Contenido patrocinado"""

ES_LAUNCH_NIGHT = """Minuto a minuto | Actualizado 29 mar 2024 | 09:12

09:05 | Xiaomi confirma 88.898 pedidos en firme del SU7 en las primeras 24 horas.

22:34 | A los 27 minutos del inicio de la venta, el SU7 suma 50.000 pedidos en firme.

22:07 | Precios oficiales del SU7: 215.900 yuanes (unos 27.600 euros) la versión estándar, \
245.900 yuanes la Pro y 299.900 yuanes la Max.

22:00 | Comienza la presentación en Pekín. Recordemos que el Tesla Model 3 parte en China de \
245.900 yuanes.

Compartir en WhatsApp"""

# --- Italian ---------------------------------------------------------------------------------

IT_PLANT = """di Marco Bianchi | 14 ottobre 2025 | ore 07:30

PECHINO – Nel distretto di Yizhuang, a sud della capitale, la fabbrica di Xiaomi lavora su due \
turni. La prima fase dello stabilimento, aperta nel 2024, ha una capacità di 150.000 veicoli \
all'anno; con la seconda fase, entrata in funzione a giugno, la capacità complessiva sale a \
300.000 unità annue.

Dall'inizio dell'anno dalle linee sono usciti più di 250.000 veicoli. Nello stabilimento \
lavorano circa 6.000 persone.

Per la terza fase Xiaomi ha acquistato un nuovo terreno e prevede di investire 3,5 miliardi di \
yuan.

Leggi anche: Ferrari, consegne in calo nel terzo trimestre

Riproduzione riservata ©"""

IT_FORECAST = """di Giulia Rossi | 5 dicembre 2025 | Tempo di lettura: 2 min

Secondo gli analisti di Morgan Stanley, nel 2026 Xiaomi consegnerà circa 550.000 auto \
elettriche, con ricavi del segmento auto pari a 160 miliardi di yuan.

Per il 2025 la banca stima 410.000 consegne. Nel quarto trimestre (Q4) dovrebbero essere circa \
145.000.

Il prezzo obiettivo del titolo sale a 58 dollari di Hong Kong. L'obiettivo ufficiale di \
consegne per il 2026 non è ancora stato annunciato.

Le opinioni espresse non costituiscono consulenza finanziaria.

Condividi su Facebook | X | LinkedIn"""

IT_NEGATIVE = """di Luca Ferri | 20 gennaio 2026

Smartphone, Xiaomi terza al mondo nel 2025 con 165 milioni di unità spedite. In Italia il \
marchio ha venduto 3,1 milioni di telefoni, in crescita dell'8%.

Nel mercato auto cinese, BYD ha consegnato 4,6 milioni di veicoli nel 2025 e Geely 3 milioni; \
anche Xiaomi, Leapmotor e Xpeng hanno chiuso l'anno con numeri record.

Il titolo Xiaomi ha perso il 2,4% a 39,50 dollari di Hong Kong.

Leggi anche: Xiaomi SU7, consegne oltre quota 40.000 a dicembre"""

# --- Portuguese ------------------------------------------------------------------------------

PT_MONTHLY = """Por Rui Matos | 02 fev 2026, 10:15

A Xiaomi entregou mais de 39 mil veículos elétricos em janeiro, abaixo dos mais de 50 mil de \
dezembro, num mês marcado pelo fim de incentivos fiscais na China.

Desde o lançamento do SU7, em março de 2024, a marca já entregou mais de 600 mil automóveis.

Para 2026, a Xiaomi tem como meta 550 mil entregas.

Leia também: BYD perde liderança em janeiro

Partilhar no Facebook | Partilhar no X"""

PT_ULTRA = """Por Sofia Almeida | 28 de fevereiro de 2025, 09:00

O SU7 Ultra chega ao mercado chinês por 529.900 yuans, em vez dos 814.900 yuans anunciados para \
o protótipo em outubro. Em euros, o preço corresponde a cerca de 70 mil euros.

Em duas horas, o Ultra somou 15 mil encomendas firmes, superando a meta de 10 mil unidades \
para todo o ano de 2025.

Para comparação, o Porsche Taycan Turbo GT custa na China mais de 2 milhões de yuans.

Leia também: Xiaomi prepara SUV para o verão"""

PT_INTERVIEW = """Entrevista | Por Sofia Almeida | 20 de novembro de 2024

A Xiaomi já entregou mais de 100 mil carros?

William Lu: Sim, já entregámos mais de 100 mil carros desde o lançamento. Em outubro \
entregámos mais de 20 mil.

E a meta para este ano?

A meta para o ano era de 120 mil e agora é de 130 mil. Se tivéssemos mais capacidade, \
venderíamos o dobro.

E para o próximo ano?

Ainda é cedo. Mas a fábrica poderá produzir 300 mil carros por ano quando a segunda fase \
estiver pronta.

Não comentamos a cotação das ações.

Esta entrevista foi editada por razões de espaço."""

# --- Dutch -----------------------------------------------------------------------------------

NL_RESULTS = """Door Pieter de Vries | 18 november 2024, 15:02 | Leestijd 2 minuten

Het autobedrijf van Xiaomi heeft in het derde kwartaal 9,7 miljard yuan omgezet. De \
brutomarge kwam uit op 17,1 procent, tegen 15,4 procent in het tweede kwartaal.

Xiaomi leverde in Q3 39.790 auto's af, tegen een gemiddelde verkoopprijs van ruim 240.000 \
yuan. Het aangepaste nettoverlies van de autotak bedroeg 1,5 miljard yuan.

Sinds de lancering in maart zijn er meer dan 100.000 SU7's van de band gerold. Het bedrijf \
mikt dit jaar op minstens 130.000 leveringen.

De omzet van de hele groep steeg naar 92,5 miljard yuan.

Lees ook: Tesla levert minder auto's af in Nederland

Disclaimer: de auteur bezit geen aandelen Xiaomi."""

NL_TARGET = """Door Sanne Bakker | 5 januari 2026, 08:40

Xiaomi wil dit jaar minstens 550.000 elektrische auto's afleveren. In 2025 leverde het merk \
ruim 410.000 auto's af, meer dan het doel van 350.000, dat in de zomer was opgehoogd van \
300.000.

In december werden het er ruim 50.000, tegen ruim 40.000 in november.

Deel dit artikel: Facebook | X | WhatsApp"""

NL_NEGATIVE = """Door Joost Visser | 4 december 2025

Tesla registreerde in november 1.812 auto's in Nederland, BYD 1.104. Xiaomi is hier nog niet te \
koop: het merk wil in 2027 naar Europa komen en noemt nog geen aantallen.

Het aandeel Xiaomi is sinds de zomer 20 procent gedaald, tot 42 Hongkongse dollar.

Lees ook: Xiaomi levert in november ruim 40.000 auto's af

Reacties (12)"""

# --- Polish ----------------------------------------------------------------------------------

PL_PRICES = """Autor: Tomasz Nowak | 15.04.2026, 09:40

Wersja podstawowa odświeżonego SU7 kosztuje 229,9 tys. juanów (ok. 118 tys. zł), Pro – 259,9 \
tys. juanów, a Max – 309,9 tys. juanów. Poprzednia generacja startowała od 215,9 tys. juanów.

W ciągu pierwszej godziny Xiaomi zebrało ponad 40 tys. zamówień na nowego SU7.

Dla porównania Tesla Model 3 kosztuje w Chinach 235,5 tys. juanów.

Przeczytaj także: BYD obniża ceny w Polsce

Udostępnij"""

PL_RESULTS = """Autor: Anna Kowalska | 18.03.2025 r., godz. 14:05

W IV kw. 2024 r. segment samochodów elektrycznych Xiaomi miał 16,7 mld juanów przychodów, \
wobec 9,7 mld juanów w III kw. Marża brutto wzrosła do 20,4 proc. z 17,1 proc. kwartał \
wcześniej. Strata operacyjna w IV kw. zmalała do 700 mln juanów.

Firma dostarczyła w IV kw. 69 697 aut, a średnia cena sprzedaży wyniosła 233,2 tys. juanów.

W całym 2024 r. przychody segmentu wyniosły 32,1 mld juanów, a skorygowana strata netto 6,2 \
mld juanów. Dostawy w całym roku: 136 854 sztuk.

Przychody całej grupy w 2024 r. wyniosły 365,9 mld juanów.

Na 2025 r. Xiaomi postawiło sobie za cel dostarczenie 300 tys. aut.

Zastrzeżenie: Artykuł nie stanowi rekomendacji inwestycyjnej."""

PL_MONTHLY = """Autor: Piotr Zieliński | 01.10.2025, 11:30

We wrześniu Xiaomi dostarczyło ponad 40 tys. samochodów elektrycznych, po ponad 30 tys. w \
sierpniu. W całym III kw. dostawy wyniosły ponad 108 tys. aut.

Od początku roku Xiaomi dostarczyło ok. 266 tys. aut, przy celu na 2025 r. wynoszącym 350 tys.

BYD sprzedał we wrześniu 396 270 aut.

Przeczytaj także: Xiaomi YU7 – 240 tys. zamówień w 18 godzin

Udostępnij | Skomentuj"""


ARTICLES = [
    # German
    article(
        "Liveticker: Xiaomi YU7 – alle Infos zum Marktstart",
        DE_TICKER,
        D(2025, 6, 27),
        "de",
        [
            locked(YU7, 240000, qualifier=MORE),
            locked(YU7, 289000),
            placed(YU7, 200000),
            price(YU7, 253500),
            price(YU7, 279900),
            price(YU7, 329900),
        ],
    ),
    article(
        "„Wir wollen in diesem Jahr mindestens 350.000 Autos ausliefern“",
        DE_INTERVIEW,
        D(2025, 9, 10),
        "de",
        [
            dlv(AUTO, 30000, MORE, **month(2025, 8)),
            goal(350000, LEAST, **year(2025)),
            cap(300000, qualifier=ABOUT),
            money("revenue", 21.3e9, **Q2_25),
            money("net_loss", 300e6, ABOUT, **Q2_25),
        ],
    ),
    article(
        "Was wäre, wenn Xiaomi in Deutschland Autos verkaufen würde?",
        DE_HYPOTHETICAL,
        D(2026, 2, 3),
        "de",
        [],
    ),
    # French
    article(
        "Xiaomi : plus de 40 000 voitures livrées en novembre",
        FR_MONTHLY,
        D(2025, 12, 1),
        "fr",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 362000, ABOUT, **first_months(2025, 11)),
            goal(350000, **year(2025)),
            dlv(AUTO, 500000, MORE, **CUM),
        ],
    ),
    article(
        "Xiaomi baisse le prix de la SU7 jusqu'à 20 000 yuans",
        FR_PRICES,
        D(2026, 3, 10),
        "fr",
        [
            price(SU7, 199900),
            price(SU7, 215900),
            price(SU7, 229900),
            price(SU7, 245900),
            price(SU7, 279900),
            price(SU7, 299900),
            price(ULTRA, 529900),
        ],
    ),
    article(
        "Voitures électriques : Xiaomi arrivera en Europe en 2027",
        FR_EUROPE,
        D(2025, 11, 20),
        "fr",
        [],
    ),
    # Spanish
    article(
        "Xiaomi sube su meta y apunta a más de 350.000 coches este año",
        ES_TARGET,
        D(2025, 7, 15),
        "es",
        [
            goal(350000, MORE, **year(2025)),
            goal(300000, **year(2025)),
            dlv(AUTO, 135000, MORE, **year(2024)),
            dlv(AUTO, 157000, ABOUT, **first_months(2025, 6)),
            dlv(AUTO, 25000, MORE, **month(2025, 6)),
        ],
    ),
    article(
        "Xiaomi gana por primera vez dinero con sus coches eléctricos",
        ES_RESULTS,
        D(2025, 11, 18),
        "es",
        [
            other("operating profit", 700e6, **Q3_25),
            money("revenue", 29e9, **Q3_25),
            other("gross margin", 25.5, **Q3_25),
            other("gross margin", 26.4, **Q2_25),
            dlv(AUTO, 108796, **Q3_25),
            price(AUTO, 260000, qualifier=ABOUT, **Q3_25),
            group_revenue(113.1e9, **Q3_25),
        ],
    ),
    article(
        "Así ha sido la noche del lanzamiento del Xiaomi SU7",
        ES_LAUNCH_NIGHT,
        D(2024, 3, 29),
        "es",
        [
            locked(SU7, 88898),
            locked(SU7, 50000),
            price(SU7, 215900),
            price(SU7, 245900),
            price(SU7, 299900),
        ],
    ),
    # Italian
    article(
        "Dentro la fabbrica di Xiaomi: un'auto ogni 76 secondi",
        IT_PLANT,
        D(2025, 10, 14),
        "it",
        [
            cap(150000),
            cap(300000),
            ev(AUTO, metric="production", value=250000, qualifier=MORE, **since_january(2025)),
            staff(6000, ABOUT),
            money("investment", 3.5e9),
        ],
    ),
    article(
        "Morgan Stanley: nel 2026 Xiaomi consegnerà 550.000 auto",
        IT_FORECAST,
        D(2025, 12, 5),
        "it",
        [
            fcst(AUTO, 550000, ABOUT, **year(2026)),
            money("revenue", 160e9, **FC, **year(2026)),
            fcst(AUTO, 410000, **year(2025)),
            fcst(AUTO, 145000, ABOUT, **Q4_25),
        ],
    ),
    article(
        "Smartphone, Xiaomi sul podio mondiale nel 2025",
        IT_NEGATIVE,
        D(2026, 1, 20),
        "it",
        [],
    ),
    # Portuguese
    article(
        "Xiaomi entregou mais de 39 mil carros em janeiro",
        PT_MONTHLY,
        D(2026, 2, 2),
        "pt",
        [
            dlv(AUTO, 39000, MORE, **month(2026, 1)),
            dlv(AUTO, 50000, MORE, **month(2025, 12)),
            dlv(AUTO, 600000, MORE, **CUM),
            goal(550000, **year(2026)),
        ],
    ),
    article(
        "SU7 Ultra custa 529.900 yuans, menos 285 mil do que o protótipo",
        PT_ULTRA,
        D(2025, 2, 28),
        "pt",
        [
            price(ULTRA, 529900),
            price(ULTRA, 814900),
            locked(ULTRA, 15000),
            ev(ULTRA, metric="delivery_target", value=10000, status="target", **year(2025)),
        ],
    ),
    article(
        "«Vamos ultrapassar as 130 mil entregas este ano»",
        PT_INTERVIEW,
        D(2024, 11, 20),
        "pt",
        [
            dlv(AUTO, 100000, MORE, **CUM),
            dlv(AUTO, 20000, MORE, **month(2024, 10)),
            goal(120000, **year(2024)),
            goal(130000, **year(2024)),
            cap(300000, status="target"),
        ],
    ),
    # Dutch
    article(
        "Xiaomi verliest nog geld op elke auto",
        NL_RESULTS,
        D(2024, 11, 18),
        "nl",
        [
            money("revenue", 9.7e9, **Q3_24),
            other("gross margin", 17.1, **Q3_24),
            other("gross margin", 15.4, **Q2_24),
            dlv(AUTO, 39790, **Q3_24),
            price(AUTO, 240000, qualifier=MORE, **Q3_24),
            money("net_loss", 1.5e9, **Q3_24),
            ev(SU7, metric="production", value=100000, qualifier=MORE, **CUM),
            goal(130000, LEAST, **year(2024)),
            group_revenue(92.5e9, **Q3_24),
        ],
    ),
    article(
        "Xiaomi wil dit jaar minstens 550.000 auto's verkopen",
        NL_TARGET,
        D(2026, 1, 5),
        "nl",
        [
            goal(550000, LEAST, **year(2026)),
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(350000, **year(2025)),
            goal(300000, **year(2025)),
            dlv(AUTO, 50000, MORE, **month(2025, 12)),
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
        ],
    ),
    article(
        "Tesla blijft koning in Nederland, Xiaomi laat nog op zich wachten",
        NL_NEGATIVE,
        D(2025, 12, 4),
        "nl",
        [],
    ),
    # Polish
    article(
        "Odświeżony Xiaomi SU7 kosztuje od 229,9 tys. juanów",
        PL_PRICES,
        D(2026, 4, 15),
        "pl",
        [
            price(SU7, 229900),
            price(SU7, 259900),
            price(SU7, 309900),
            price(SU7, 215900),
            placed(SU7, 40000, qualifier=MORE),
        ],
    ),
    article(
        "Xiaomi: samochody coraz bliżej zysku",
        PL_RESULTS,
        D(2025, 3, 18),
        "pl",
        [
            money("revenue", 16.7e9, **Q4_24),
            money("revenue", 9.7e9, **Q3_24),
            other("gross margin", 20.4, **Q4_24),
            other("gross margin", 17.1, **Q3_24),
            money("net_loss", 700e6, **Q4_24),
            dlv(AUTO, 69697, **Q4_24),
            price(AUTO, 233200, **Q4_24),
            money("revenue", 32.1e9, **year(2024)),
            money("net_loss", 6.2e9, **year(2024)),
            dlv(AUTO, 136854, **year(2024)),
            group_revenue(365.9e9, **year(2024)),
            goal(300000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi: ponad 40 tys. aut we wrześniu",
        PL_MONTHLY,
        D(2025, 10, 1),
        "pl",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 30000, MORE, **month(2025, 8)),
            dlv(AUTO, 108000, MORE, **Q3_25),
            dlv(AUTO, 266000, ABOUT, **first_months(2025, 9)),
            goal(350000, **year(2025)),
        ],
    ),
]


@run(ARTICLES)
def test_articles16_in_seven_european_languages(
    title: str, body: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)
