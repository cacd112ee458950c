"""Own sentences for the periods of figures in the 13 languages other than English and Chinese
(helper fixb): a change told by its size is no level; a month named in a sentence with no
figure dates the figure of the next sentence; a total since launch is cumulative; a headline
and its lede are one fact, the lede's bound kept; a launch window is a window; the Nth car
off the line is a production milestone; a rival's figure in brackets leaves Xiaomi's alone.
Written for these families, not copied from the probe sets (test_metrics_review_langs*.py)."""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check, ev
from test_metrics_review_langs import SINCE_LAUNCH, dlv, month, quarter

D = dt.date
AUTO, SU7, YU7, ULTRA = "Xiaomi Auto", "Xiaomi SU7", "Xiaomi YU7", "Xiaomi SU7 Ultra"
MORE = "more_than"
SEP, OCT = month(2025, 9), month(2025, 10)
OCT01, NOV01 = D(2025, 10, 1), D(2025, 11, 1)


def run(cases: list[Any]) -> Any:
    return pytest.mark.parametrize(("lang", "text", "published", "want"), cases)


# --- a change told by its size ("3.000 mehr als im September"): no level ----------------------

OCT_38K = [dlv(38500, **OCT)]


@run(
    [
        (
            "de",
            "Im Oktober übergab Xiaomi 38.500 Autos an Kunden, etwa 3.000 mehr als im September.",
            NOV01,
            OCT_38K,
        ),
        (
            "de",
            "Xiaomi lieferte im Oktober 38.500 Fahrzeuge aus und damit rund 2.000 weniger als im "
            "Vormonat.",
            NOV01,
            OCT_38K,
        ),
        (
            "es",
            "En octubre, Xiaomi matriculó 38.500 coches, 3.000 más que en septiembre.",
            NOV01,
            OCT_38K,
        ),
        (
            "fr",
            "Xiaomi a livré 38 500 voitures en octobre, soit 3 000 de plus que le mois précédent.",
            NOV01,
            OCT_38K,
        ),
        (
            "it",
            "In ottobre Xiaomi ha consegnato 38.500 vetture, 3.000 in più del mese precedente.",
            NOV01,
            OCT_38K,
        ),
        (
            "pt",
            "Em outubro, a Xiaomi entregou 38,5 mil carros, 3 mil a mais do que em setembro.",
            NOV01,
            OCT_38K,
        ),
        (
            "nl",
            "Xiaomi leverde in oktober 38.500 auto's af, 3.000 meer dan in september.",
            NOV01,
            OCT_38K,
        ),
        (
            "ru",
            "В октябре Xiaomi поставила 38 500 автомобилей, на 3000 больше, чем в сентябре.",
            NOV01,
            OCT_38K,
        ),
        (
            "pl",
            "W październiku Xiaomi dostarczyło 38 500 aut, o 3 tys. więcej niż we wrześniu.",
            NOV01,
            OCT_38K,
        ),
        (
            "id",
            "Pada Oktober, Xiaomi mengirimkan 38.500 mobil, 3.000 unit lebih banyak dari September.",
            NOV01,
            OCT_38K,
        ),
        (
            "vi",
            "Tháng 10, Xiaomi giao 38.500 xe, nhiều hơn 3.000 xe so với tháng 9.",
            NOV01,
            OCT_38K,
        ),
        ("ja", "小米の10月の納車台数は3万8500台で、9月より3000台多かった。", NOV01, OCT_38K),
        ("ko", "샤오미의 10월 인도량은 3만8500대로 전월보다 3000대 늘었다.", NOV01, OCT_38K),
        (
            "tr",
            "Xiaomi ekimde 38.500 araç teslim etti; bu rakam eylüle göre 3 bin adet daha fazla.",
            NOV01,
            OCT_38K,
        ),
        # the bound words before a level stay a level's ("mehr als 30.000", "meer dan 30.000")
        (
            "de",
            "Im Oktober lieferte Xiaomi mehr als 38.500 Autos aus.",
            NOV01,
            [dlv(38500, MORE, **OCT)],
        ),
        (
            "nl",
            "Xiaomi leverde in oktober meer dan 38.500 auto's af.",
            NOV01,
            [dlv(38500, MORE, **OCT)],
        ),
    ]
)
def test_change_by_size(
    lang: str, text: str, published: dt.date, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- a launch window told with "only", "less than" or a number word: a window ---------------

LAUNCH = D(2025, 6, 27)  # the day after the YU7's launch


def orders(value: float, metric: str = "orders") -> list[dict[str, Any]]:
    return [ev(YU7, metric=metric, value=value, status="actual", period_kind="window")]


@run(
    [
        ("it", "Lo YU7 ha raccolto 50.000 ordini in meno di un'ora.", LAUNCH, orders(50000)),
        ("nl", "De YU7 kreeg 50.000 bestellingen in minder dan een uur.", LAUNCH, orders(50000)),
        ("nl", "De YU7 kreeg 50.000 bestellingen in nog geen uur.", LAUNCH, orders(50000)),
        ("pl", "YU7 zebrał 50 tys. zamówień w mniej niż godzinę.", LAUNCH, orders(50000)),
        ("es", "El YU7 sumó 50.000 pedidos en menos de una hora.", LAUNCH, orders(50000)),
        (
            "de",
            "Der YU7 sammelte 50.000 Bestellungen in weniger als einer Stunde.",
            LAUNCH,
            orders(50000),
        ),
        ("ru", "Менее чем за час YU7 собрал 50 тыс. заказов.", LAUNCH, orders(50000)),
        (
            "es",
            "En solo 24 horas, el YU7 sumó 200.000 pedidos firmes.",
            LAUNCH,
            orders(200000, "locked_orders"),
        ),
        (
            "es",
            "Durante los primeros 3 minutos, el YU7 recibió 200.000 pedidos.",
            LAUNCH,
            orders(200000),
        ),
        ("fr", "Le YU7 a recueilli 200 000 commandes en trois minutes.", LAUNCH, orders(200000)),
        (
            "fr",
            "En à peine trois minutes, le YU7 a recueilli 200 000 commandes.",
            LAUNCH,
            orders(200000),
        ),
        (
            "pt",
            "O YU7 somou 240 mil pedidos firmes em dezoito horas.",
            LAUNCH,
            orders(240000, "locked_orders"),
        ),
        ("it", "In appena tre minuti lo YU7 ha raccolto 200.000 ordini.", LAUNCH, orders(200000)),
        (
            "de",
            "In nur drei Minuten sammelte der YU7 200.000 Bestellungen.",
            LAUNCH,
            orders(200000),
        ),
        (
            "nl",
            "In nog geen drie minuten kreeg de YU7 200.000 bestellingen.",
            LAUNCH,
            orders(200000),
        ),
    ]
)
def test_launch_window(
    lang: str, text: str, published: dt.date, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- the month named in a sentence with no figure dates the next sentence's figure -----------

SEP_35K = [dlv(35000, **SEP)]


@run(
    [
        (
            "de",
            "Der September brachte Xiaomi einen neuen Rekord. Das Unternehmen übergab 35.000 "
            "Fahrzeuge an Kunden.",
            OCT01,
            SEP_35K,
        ),
        (
            "fr",
            "Septembre restera un mois historique pour Xiaomi. Le constructeur a remis 35 000 "
            "voitures à ses clients.",
            OCT01,
            SEP_35K,
        ),
        (
            "it",
            "Settembre si è chiuso con un nuovo record per Xiaomi. L'azienda ha consegnato 35.000 "
            "auto.",
            OCT01,
            SEP_35K,
        ),
        (
            "pt",
            "Setembro foi o melhor mês da história da Xiaomi. A empresa entregou 35 mil veículos.",
            OCT01,
            SEP_35K,
        ),
        (
            "nl",
            "September was een recordmaand voor Xiaomi. Het bedrijf leverde 35.000 auto's af.",
            OCT01,
            SEP_35K,
        ),
        (
            "ru",
            "Сентябрь оказался для Xiaomi рекордным. Компания поставила 35 тыс. машин.",
            OCT01,
            SEP_35K,
        ),
        (
            "pl",
            "Wrzesień był dla Xiaomi rekordowy. Firma dostarczyła 35 tys. samochodów.",
            OCT01,
            SEP_35K,
        ),
        (
            "id",
            "September menjadi bulan terbaik Xiaomi. Perusahaan mengirimkan 35.000 mobil.",
            OCT01,
            SEP_35K,
        ),
        (
            "tr",
            "Eylül, Xiaomi için rekor bir ay oldu. Şirket 35 bin araç teslim etti.",
            OCT01,
            SEP_35K,
        ),
        (
            "fr",
            "Xiaomi a publié mardi ses chiffres de septembre. Le constructeur a livré 35 000 "
            "voitures.",
            OCT01,
            SEP_35K,
        ),
        # the figure's own month wins over the one the sentence before named
        (
            "fr",
            "Octobre s'annonce encore meilleur pour Xiaomi. Le constructeur a livré 35 000 "
            "voitures en septembre.",
            OCT01,
            SEP_35K,
        ),
        # a phone word that describes the company does not make the cars phones
        (
            "de",
            "Der September war für Xiaomi ein Rekordmonat. Der Smartphone-Hersteller lieferte "
            "35.000 Elektroautos aus.",
            OCT01,
            SEP_35K,
        ),
        (
            "fr",
            "Septembre a été un mois record pour Xiaomi. Le fabricant de smartphones a livré "
            "35 000 voitures électriques.",
            OCT01,
            SEP_35K,
        ),
        (
            "en",
            "September was another record month for Xiaomi. The smartphone maker delivered 35,000 "
            "EVs.",
            OCT01,
            SEP_35K,
        ),
        # the month under way is no finished month: left undated
        (
            "fr",
            "Octobre s'annonce record pour Xiaomi. Le constructeur a livré 35 000 voitures.",
            D(2025, 10, 20),
            [dlv(35000, period_kind="none")],
        ),
    ]
)
def test_month_named_before(
    lang: str, text: str, published: dt.date, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- a total since launch, with no day: cumulative, no start, no as_of -----------------------


@run(
    [
        (
            "it",
            "Sin dal suo esordio, Xiaomi ha consegnato oltre 250.000 esemplari della SU7.",
            NOV01,
            [dlv(250000, MORE, subject=SU7, **SINCE_LAUNCH)],
        ),
        (
            "it",
            "Dalla sua commercializzazione, Xiaomi ha venduto più di 250.000 YU7.",
            NOV01,
            [dlv(250000, MORE, subject=YU7, **SINCE_LAUNCH)],
        ),
        (
            "it",
            "Dall'avvio delle vendite la SU7 ha superato le 250.000 consegne.",
            NOV01,
            [dlv(250000, MORE, subject=SU7, **SINCE_LAUNCH)],
        ),
        (
            "nl",
            "Sinds de lancering heeft Xiaomi ruim 250.000 SU7's geleverd.",
            NOV01,
            [dlv(250000, MORE, subject=SU7, **SINCE_LAUNCH)],
        ),
        (
            "nl",
            "Sinds het debuut zijn er meer dan 250.000 exemplaren van de SU7 afgeleverd.",
            NOV01,
            [dlv(250000, MORE, subject=SU7, **SINCE_LAUNCH)],
        ),
        (
            "pl",
            "Od premiery Xiaomi sprzedało ponad 250 tys. SU7.",
            NOV01,
            [dlv(250000, MORE, subject=SU7, **SINCE_LAUNCH)],
        ),
        (
            "pl",
            "Od startu sprzedaży Xiaomi dostarczyło ponad 250 tys. SU7.",
            NOV01,
            [dlv(250000, MORE, subject=SU7, **SINCE_LAUNCH)],
        ),
        (
            "ru",
            "С момента запуска продаж Xiaomi поставила более 250 тыс. SU7.",
            NOV01,
            [dlv(250000, MORE, subject=SU7, **SINCE_LAUNCH)],
        ),
        (
            "ru",
            "С начала продаж Xiaomi передала клиентам более 250 тыс. SU7.",
            NOV01,
            [dlv(250000, MORE, subject=SU7, **SINCE_LAUNCH)],
        ),
        (
            "tr",
            "Lansmanından bu yana Xiaomi 250 binden fazla SU7 teslim etti.",
            NOV01,
            [dlv(250000, MORE, subject=SU7, **SINCE_LAUNCH)],
        ),
        (
            "tr",
            "Satışa çıktığından beri SU7'den 250 binden fazla teslim edildi.",
            NOV01,
            [dlv(250000, MORE, subject=SU7, **SINCE_LAUNCH)],
        ),
        (
            "id",
            "Sejak peluncurannya, Xiaomi telah mengirim lebih dari 250.000 unit SU7.",
            NOV01,
            [dlv(250000, MORE, subject=SU7, **SINCE_LAUNCH)],
        ),
        (
            "id",
            "Sejak pertama kali diluncurkan, Xiaomi telah mengirim lebih dari 250.000 unit SU7.",
            NOV01,
            [dlv(250000, MORE, subject=SU7, **SINCE_LAUNCH)],
        ),
        (
            "de",
            "Seit dem Verkaufsstart hat Xiaomi mehr als 250.000 SU7 ausgeliefert.",
            NOV01,
            [dlv(250000, MORE, subject=SU7, **SINCE_LAUNCH)],
        ),
        (
            "es",
            "Desde su debut, Xiaomi ha entregado más de 250.000 SU7.",
            NOV01,
            [dlv(250000, MORE, subject=SU7, **SINCE_LAUNCH)],
        ),
        (
            "fr",
            "Depuis sa mise sur le marché, Xiaomi a livré plus de 250 000 SU7.",
            NOV01,
            [dlv(250000, MORE, subject=SU7, **SINCE_LAUNCH)],
        ),
        (
            "pt",
            "Desde a estreia, a Xiaomi já entregou mais de 250 mil SU7.",
            NOV01,
            [dlv(250000, MORE, subject=SU7, **SINCE_LAUNCH)],
        ),
    ]
)
def test_since_launch(lang: str, text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, lang, want)


# --- the Nth car off the line on a named day: production, cumulative, as_of that day ---------


def milestone(value: float, day: dt.date) -> list[dict[str, Any]]:
    return [
        ev(
            AUTO,
            metric="production",
            value=value,
            status="actual",
            period_kind="cumulative",
            period_start=None,
            as_of=day,
        )
    ]


JUL03, JUL04 = D(2025, 7, 3), D(2025, 7, 4)


@run(
    [
        (
            "tr",
            "Xiaomi'nin 300 bininci aracı 3 Temmuz'da banttan indi.",
            JUL04,
            milestone(300000, JUL03),
        ),
        (
            "de",
            "Am 3. Juli lief das 300.000. Fahrzeug von Xiaomi in Peking vom Band.",
            JUL04,
            milestone(300000, JUL03),
        ),
        (
            "de",
            "Am 3. Juli lief das 300.000ste Fahrzeug von Xiaomi vom Band.",
            JUL04,
            milestone(300000, JUL03),
        ),
        (
            "es",
            "El 3 de julio salió de la fábrica de Pekín el vehículo número 300.000 de Xiaomi.",
            JUL04,
            milestone(300000, JUL03),
        ),
        (
            "pt",
            "Em 3 de julho, o veículo número 300 mil da Xiaomi saiu da fábrica.",
            JUL04,
            milestone(300000, JUL03),
        ),
        (
            "it",
            "Il 3 luglio è uscita dalla fabbrica l'auto numero 300.000 di Xiaomi.",
            JUL04,
            milestone(300000, JUL03),
        ),
        # a German sentence that ends on a figure still ends there
        (
            "de",
            "Xiaomi lieferte im Juni 25.000 Autos aus. Das ist ein Rekord.",
            JUL04,
            [dlv(25000, **month(2025, 6))],
        ),
        (
            "de",
            "Bei den Auslieferungen übertraf Xiaomi im Juni erstmals die 25.000. Die Nachfrage "
            "bleibt hoch.",
            JUL04,
            [dlv(25000, **month(2025, 6))],
        ),
    ]
)
def test_milestone(lang: str, text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, lang, want)


# --- a headline and its lede: one fact, with the lede's bound and month ----------------------

SEP_30K = [dlv(30000, MORE, **SEP)]


@run(
    [
        (
            "fr",
            "Xiaomi franchit à nouveau la barre des 30 000 livraisons en septembre\nXiaomi a livré "
            "plus de 30 000 véhicules en septembre, a indiqué le groupe mercredi.",
            OCT01,
            SEP_30K,
        ),
        (
            "it",
            "Xiaomi, a settembre di nuovo 30.000 consegne\nXiaomi ha consegnato più di 30.000 "
            "veicoli a settembre, ha reso noto l'azienda.",
            OCT01,
            SEP_30K,
        ),
        (
            "es",
            "Xiaomi vuelve a superar las 30.000 entregas en septiembre\nXiaomi entregó más de "
            "30.000 vehículos en septiembre, informó la compañía el miércoles.",
            OCT01,
            SEP_30K,
        ),
        (
            "id",
            "Xiaomi kirim 30.000 mobil pada September\nXiaomi mengirimkan lebih dari 30.000 mobil "
            "pada September, kata perusahaan.",
            OCT01,
            SEP_30K,
        ),
        (
            "ko",
            "샤오미, 9월 인도량 3만대\n샤오미는 9월 전기차 인도량이 3만대를 넘었다고 밝혔다.",
            OCT01,
            SEP_30K,
        ),
        (
            "de",
            "Xiaomi überspringt im September wieder die Marke von 30.000 Auslieferungen\nXiaomi hat "
            "im September mehr als 30.000 Autos ausgeliefert, teilte der Konzern mit.",
            OCT01,
            SEP_30K,
        ),
        # an exact figure that is no round number stays exact when a bound follows
        (
            "fr",
            "Xiaomi a livré 30 452 voitures en septembre\nXiaomi a livré plus de 30 000 véhicules "
            "en septembre.",
            OCT01,
            [dlv(30452, **SEP)],
        ),
    ]
)
def test_headline_and_lede(
    lang: str, text: str, published: dt.date, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- a rival's figure in brackets after Xiaomi's: Xiaomi's figure stays Xiaomi's -------------

OCT_40K = [dlv(40000, MORE, **OCT)]


@run(
    [
        (
            "es",
            "Con más de 40.000 entregas en octubre, Xiaomi superó a Tesla en China (26.006 "
            "unidades).",
            NOV01,
            OCT_40K,
        ),
        (
            "it",
            "Con oltre 40.000 consegne a ottobre, Xiaomi ha superato Tesla in Cina (26.006 unità).",
            NOV01,
            OCT_40K,
        ),
        (
            "fr",
            "Fort de plus de 40 000 livraisons en octobre, Xiaomi devance Tesla (26 006) en Chine.",
            NOV01,
            OCT_40K,
        ),
        (
            "pt",
            "Com mais de 40 mil entregas em outubro, a Xiaomi superou a Tesla na China (26.006 "
            "unidades).",
            NOV01,
            OCT_40K,
        ),
        # the rival's own figure after a joiner is still the rival's, not Xiaomi's
        (
            "de",
            "BYD verkaufte im Oktober 440.000 Autos, Xiaomi dagegen 40.000.",
            NOV01,
            [dlv(40000, **OCT)],
        ),
    ]
)
def test_rival_in_brackets(
    lang: str, text: str, published: dt.date, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- the quarter named in the sentence before, the figure told in the passive ----------------

NOV19 = D(2025, 11, 19)  # third-quarter results
Q3_DLV = [dlv(108796, **quarter(2025, 3))]


@run(
    [
        (
            "pl",
            "Xiaomi podsumowało trzeci kwartał. W tym okresie klientom przekazano 108 796 samochodów.",
            NOV19,
            Q3_DLV,
        ),
        (
            "pl",
            "Xiaomi podsumowało trzeci kwartał. W tym okresie dostarczono 108 796 samochodów.",
            NOV19,
            Q3_DLV,
        ),
        (
            "es",
            "Xiaomi presentó sus resultados del tercer trimestre. En ese periodo fueron entregados 108.796 vehículos.",
            NOV19,
            Q3_DLV,
        ),
        (
            "it",
            "Xiaomi ha presentato i conti del terzo trimestre. In quel periodo sono state consegnate 108.796 auto.",
            NOV19,
            Q3_DLV,
        ),
        (
            "pt",
            "A Xiaomi divulgou os números do terceiro trimestre. Nesse período foram entregues 108.796 carros.",
            NOV19,
            Q3_DLV,
        ),
        (
            "fr",
            "Xiaomi a publié ses comptes du troisième trimestre. Sur la période, 108 796 voitures ont été remises aux clients.",
            NOV19,
            Q3_DLV,
        ),
        (
            "nl",
            "Xiaomi presenteerde de cijfers over het derde kwartaal. In die periode werden 108.796 auto's afgeleverd.",
            NOV19,
            Q3_DLV,
        ),
        (
            "id",
            "Xiaomi melaporkan kinerja kuartal ketiga. Pada periode itu, 108.796 mobil diserahkan kepada pelanggan.",
            NOV19,
            Q3_DLV,
        ),
        (
            "tr",
            "Xiaomi üçüncü çeyrek sonuçlarını açıkladı. Bu dönemde müşterilere 108.796 araç teslim edildi.",
            NOV19,
            Q3_DLV,
        ),
        (
            "vi",
            "Xiaomi công bố kết quả quý III. Trong quý này, 108.796 xe đã được bàn giao cho khách hàng.",
            NOV19,
            Q3_DLV,
        ),
        (
            "ru",
            "Xiaomi подвела итоги третьего квартала. За этот период клиентам было передано 108 796 машин.",
            NOV19,
            Q3_DLV,
        ),
    ]
)
def test_quarter_named_before(
    lang: str, text: str, published: dt.date, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- a change told with a verb of growth ("stegen met 3.000 tot 38.500", 3000台増): the level --


@run(
    [
        (
            "de",
            "Im Oktober lieferte Xiaomi 38.500 Autos aus, ein Plus von 3.000 gegenüber September.",
            NOV01,
            OCT_38K,
        ),
        (
            "fr",
            "Les livraisons de Xiaomi ont progressé de 3 000 unités en octobre, à 38 500 voitures.",
            NOV01,
            OCT_38K,
        ),
        (
            "it",
            "Le consegne di Xiaomi sono cresciute di 3.000 unità a ottobre, a quota 38.500.",
            NOV01,
            OCT_38K,
        ),
        (
            "pt",
            "As entregas da Xiaomi cresceram em 3 mil unidades em outubro, para 38,5 mil carros.",
            NOV01,
            OCT_38K,
        ),
        (
            "nl",
            "De leveringen van Xiaomi stegen in oktober met 3.000 tot 38.500 auto's.",
            NOV01,
            OCT_38K,
        ),
        (
            "ru",
            "В октябре поставки Xiaomi выросли на 3 тыс. до 38 500 автомобилей.",
            NOV01,
            OCT_38K,
        ),
        ("pl", "W październiku dostawy Xiaomi wzrosły o 3 tys. do 38 500 aut.", NOV01, OCT_38K),
        (
            "id",
            "Pada Oktober, pengiriman Xiaomi naik 3.000 unit menjadi 38.500 mobil.",
            NOV01,
            OCT_38K,
        ),
        ("vi", "Tháng 10, Xiaomi giao 38.500 xe, tăng 3.000 xe so với tháng 9.", NOV01, OCT_38K),
        ("tr", "Xiaomi'nin teslimatları ekimde 3 bin adet artarak 38.500'e çıktı.", NOV01, OCT_38K),
        ("ja", "小米の10月の納車台数は前月比3000台増の3万8500台だった。", NOV01, OCT_38K),
        ("ko", "샤오미의 10월 인도량은 전월 대비 3000대 증가한 3만8500대였다.", NOV01, OCT_38K),
        (
            "de",
            "Xiaomi steigerte die Auslieferungen im Oktober um 3.000 auf 38.500 Fahrzeuge.",
            NOV01,
            OCT_38K,
        ),
        (
            "es",
            "Las entregas de Xiaomi aumentaron en 3.000 unidades en octubre, hasta 38.500 "
            "vehículos.",
            NOV01,
            OCT_38K,
        ),
        (
            "pt",
            "As entregas da Xiaomi subiram em 3 mil unidades em outubro, até 38,5 mil carros.",
            NOV01,
            OCT_38K,
        ),
    ]
)
def test_change_by_verb(
    lang: str, text: str, published: dt.date, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- a month's bare name opening a sentence with a figure, or heading it before a colon -------

NOV_40K = [dlv(40000, MORE, **month(2025, 11))]
DEC01 = D(2025, 12, 1)


@run(
    [
        ("de", "Rekordmonat November: Xiaomi lieferte mehr als 40.000 Autos aus.", DEC01, NOV_40K),
        (
            "ru",
            "Ноябрь принёс Xiaomi новый рекорд: компания поставила более 40 тыс. машин.",
            DEC01,
            NOV_40K,
        ),
        ("it", "Novembre da record per Xiaomi: consegnate oltre 40.000 auto.", DEC01, NOV_40K),
        # a figure with no month stays undated
        (
            "fr",
            "Xiaomi a livré 40 000 voitures, selon un communiqué.",
            DEC01,
            [dlv(40000, period_kind="none")],
        ),
    ]
)
def test_month_opening(
    lang: str, text: str, published: dt.date, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- a headline's "tops … again": a bound, as English "tops 40,000 again" --------------------


@run(
    [
        ("fr", "Xiaomi franchit à nouveau les 30 000 livraisons en septembre", OCT01, SEP_30K),
        ("fr", "Xiaomi dépasse de nouveau les 30 000 livraisons en septembre", OCT01, SEP_30K),
        ("it", "Xiaomi supera di nuovo quota 30.000 consegne a settembre", OCT01, SEP_30K),
        ("id", "Pengiriman Xiaomi pada September menembus 30.000 unit", OCT01, SEP_30K),
    ]
)
def test_headline_tops_again(
    lang: str, text: str, published: dt.date, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)
