"""Probes of the extractor on WHOLE ARTICLES in the thirteen languages it reads besides English
and Chinese (de, fr, es, it, pt, nl, pl, ru, ja, ko, id, vi, tr), two per language, written for
this file in our own words without sight of the devset, each the way a native outlet of that
country would print it (its number formats and abbreviations: "21,3 Mrd.", "29 mld juanów",
"229,9 tys.", "3 млрд юаней", "399億元", "167억 위안", "106,2 tỷ", "550 bin"; its dates and
quarter names: "III kw.", "4～6月期", "quý IV/2025", "dördüncü çeyrek"), with the page clutter
trafilatura keeps (bylines, "read more" links to other stories, share tickers, disclaimers).

Genres the older *_langs sets leave out or touch thinly:
- results with BOTH the previous quarter and the year-ago quarter told beside each figure
  ("im Vorquartal … im Vorjahresquartal", "kwartał wcześniej … rok wcześniej", "직전 분기");
- half-year (interim) results: "primer semestre", "1～6月期" (period half_year), with the
  year-ago half and the group's half-year revenue;
- full-year results (2024 and 2025) with the year before and the fourth quarter;
- a target story: a target raised twice, "at least", a target CUT for one model (the new and
  the old figure, in the order written), next year's target "at least";
- monthly deliveries with the running total since the launch to a stated day;
- a plant story with capacity, investment, headcount and vehicles PRODUCED (production);
- a price guide of every trim written "229,9 tys. juanów" and a refresh's prices;
- a broker's note with a revised forecast (the old and the new forecast), next year's revenue
  and operating profit, a quarter's deliveries, and a share-price target (no event);
- three NEGATIVE articles that must give nothing: a share-price story after a launch, a
  smartphone-shipments story, a rival's monthly sales with Xiaomi named without a figure.

Conventions and helpers as in test_metrics_articles9.py and test_metrics_review8.py (imported):
one event per distinct figure, in the order written, decided before the extractor ran; a
finished month runs first to last day, as_of its last day; a quarter first to last day; a half
year January 1 to June 30 ("January to June" told in the half-year results is that half year);
a running total since launch to a stated day is cumulative with that day as as_of; "so far this
year" is cumulative from January 1; a launch window is a window; a price converted to local
currency is one CNY price; each trim its own price of the model; an operating loss or an
adjusted net loss is net_loss, an operating profit and a gross margin are `other` with their
label; the group's revenue is Xiaomi Group's; a broker's estimate is a forecast, a revised one
gives both figures; a capacity is a rate; a share of a target, a percent change, a rival's or a
phone's figure, a market value, a share price or price target and a waiting time are no
events; a headline in a "read more" link is not this article's figure. A target's as_of is not
asserted. A plain case guards what holds; an `xfail(strict=True)` case is a known miss whose
reason says what it should give and what the extractor gives.
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
    total_to,
    year,
)

D = dt.date
Q2_24, Q3_24, Q4_24 = quarter(2024, 2), quarter(2024, 3), quarter(2024, 4)
Q1_25, Q2_25, Q3_25, Q4_25 = quarter(2025, 1), quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
FC = {"status": "forecast"}


def half(y: int) -> dict[str, Any]:
    """The first half of year y."""
    return {"period_kind": "half_year", "period_start": D(y, 1, 1), "period_end": D(y, 6, 30)}


H1_24, H1_25 = half(2024), half(2025)


def locked(subject: str, value: float, **fields: Any) -> dict[str, Any]:
    return orders("locked_orders", subject, value, **WINDOW, **fields)


def group_revenue(value: float, **fields: Any) -> dict[str, Any]:
    return ev(GROUP, metric="revenue", value=value, **fields)


def produced(value: float, q: str = "exact", **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric="production", value=value, qualifier=q, status="actual", **fields)


def staff(value: float, q: str = "exact") -> dict[str, Any]:
    return ev(AUTO, metric="headcount", value=value, qualifier=q)


def ultra_goal(value: float, **fields: Any) -> dict[str, Any]:
    return ev(ULTRA, metric="delivery_target", value=value, status="target", **fields)


# --- German ----------------------------------------------------------------------------------

DE_RESULTS = """Von Jan Hoffmann | 19.08.2025, 14:12 Uhr | Lesezeit: 3 Min.

PEKING. Xiaomis Geschäft mit Elektroautos wächst rasant, schreibt aber weiter rote Zahlen. Im \
zweiten Quartal setzte das Segment „Smart EV und neue Initiativen" 21,3 Mrd. Yuan um, nach 18,6 \
Mrd. Yuan im ersten Quartal und 6,4 Mrd. Yuan im Vorjahresquartal.

Ausgeliefert wurden von April bis Juni 81.302 Fahrzeuge. Im Vorquartal waren es 75.869, ein \
Jahr zuvor 27.307.

Die Bruttomarge verbesserte sich auf 26,4 Prozent, nach 23,2 Prozent im ersten Quartal. Der \
operative Verlust schrumpfte auf 300 Mio. Yuan; im ersten Quartal hatte er noch bei 500 Mio. \
Yuan gelegen.

Anzeige

Finanzchef Alain Lam sagte in der Telefonkonferenz, die Sparte werde „sehr bald" profitabel \
sein. Der Konzern insgesamt steigerte den Umsatz im Quartal um 31 Prozent auf 116 Mrd. Yuan.

Mehr zum Thema: BYD senkt Absatzprognose für 2025 auf 4,6 Millionen Fahrzeuge

Die Xiaomi-Aktie notierte in Hongkong zuletzt bei 52,10 HK-Dollar."""

DE_BROKER = """dpa-AFX Analyser | 14.10.2025, 08:47 Uhr

ZÜRICH (dpa-AFX Analyser) - Die Schweizer Großbank UBS hat das Kursziel für Xiaomi von 60 auf \
68 Hongkong-Dollar angehoben und die Einstufung „Buy" bestätigt. Analyst Paul Gong rechnet für \
2026 mit rund 550.000 ausgelieferten Elektroautos, nach geschätzten 400.000 im laufenden Jahr.

Den Umsatz der Autosparte veranschlagt er für 2026 auf 160 Mrd. Yuan. Die Bruttomarge dürfte \
demnach bei 24 Prozent liegen. Einen operativen Gewinn erwartet Gong bereits für das dritte \
Quartal.

Der Hersteller selbst peilt für 2025 mindestens 350.000 Auslieferungen an. Mit dem SUV YU7 sei \
die Nachfrage bis weit ins kommende Jahr gesichert, schrieb der Experte.

Veröffentlichung der Original-Studie: 13.10.2025 / 19:05 / UTC
Erstmalige Weitergabe der Original-Studie: 13.10.2025 / 19:05 / UTC

Hinweis: Informationen zur Offenlegungspflicht bei Interessenkonflikten im Sinne von § 85 Abs. \
1 WpHG finden Sie unter der Studie."""

# --- French ----------------------------------------------------------------------------------

FR_TARGET = """Par Thomas Girard | Publié le 19/11/2024 à 08h15, mis à jour à 10h02

Deuxième relèvement en quatre mois. Xiaomi vise désormais au moins 130 000 livraisons de \
voitures électriques en 2024, contre 120 000 auparavant, a indiqué son fondateur Lei Jun lors \
de la présentation des résultats trimestriels, lundi soir.

Au lancement de la berline SU7, fin mars, le groupe ne promettait que 100 000 livraisons sur \
l'année. L'objectif avait été porté à 120 000 en juillet, quand les usines tournaient déjà en \
double équipe.

Le constructeur a déjà livré plus de 100 000 SU7 depuis le lancement, dont plus de 20 000 en \
octobre.

À lire aussi : Tesla baisse de 10 000 yuans le prix de la Model Y en Chine

Pour 2025, les analystes de Citi tablent sur 300 000 livraisons, soit plus du double de cette \
année.

Cet article vous a été utile ? Abonnez-vous à notre newsletter Auto."""

FR_PRICE = """Essais & Actus > Voitures électriques | Par Léa Fontaine, le 23 mai 2025 à 11h40 \
| 4 commentaires

La SU7 restylée est disponible à la commande en Chine depuis jeudi soir. La version Standard \
démarre à 229 900 yuans (environ 28 100 euros), soit 14 000 yuans de plus que le modèle de 2024.

La SU7 Pro s'affiche à 259 900 yuans et la SU7 Max à 303 900 yuans. Toutes reçoivent de série \
le lidar et une batterie plus dense ; la Max annonce 835 km d'autonomie selon le cycle chinois \
CLTC.

En haut de gamme, la SU7 Ultra reste facturée 529 900 yuans, inchangée depuis son lancement en \
février.

Le Xiaomi 15S Pro, présenté le même soir, coûte 5 499 yuans.

Partager : Facebook | X | LinkedIn"""

# --- Spanish ---------------------------------------------------------------------------------

ES_HALF = """Expansión | 20 ago. 2025 - 07:30 | Actualizado 09:12

La división de vehículos eléctricos y nuevas iniciativas de Xiaomi ingresó 39.900 millones de \
yuanes (unos 4.800 millones de euros) en el primer semestre de 2025, frente a los 6.400 \
millones del primer semestre de 2024, según las cuentas presentadas este martes por el grupo \
chino.

Entre enero y junio, la compañía entregó 157.171 coches, más que en todo 2024, cuando entregó \
136.854.

Las pérdidas operativas del negocio se redujeron a 800 millones de yuanes en el semestre. El \
margen bruto del segundo trimestre alcanzó el 26,4 %, el más alto desde el lanzamiento del SU7.

El grupo mantiene su objetivo de entregar 350.000 vehículos este año.

Lea también: Xiaomi presenta el YU7, su primer SUV

Las acciones de Xiaomi subieron un 2 % en la Bolsa de Hong Kong."""

ES_MONTHLY = """Motorpasión | 01/02/2025 10:05 | Por Carlos Ruiz

Xiaomi ha entregado en enero más de 20.000 unidades del SU7, su única berlina a la venta, según \
ha comunicado la marca este sábado. Es el cuarto mes consecutivo por encima de esa cifra.

Con ello, hasta el 31 de enero la compañía acumula más de 157.000 coches entregados desde el \
lanzamiento comercial del modelo en marzo de 2024.

La marca de Lei Jun quiere entregar 300.000 vehículos en 2025, más del doble que los 136.854 de \
2024. Para lograrlo cuenta con el SU7 Ultra, que llega a finales de febrero, y con un SUV \
previsto para el verano.

En el mismo mes, BYD vendió 300.538 turismos y Tesla China 63.238.

Comentarios (12)"""

# --- Italian ---------------------------------------------------------------------------------

IT_PLANT = """di Marco Bellini | 12 novembre 2025 | Tempo di lettura: 4 min

PECHINO - Nel distretto di Yizhuang, a sud della capitale, Xiaomi ha costruito in meno di tre \
anni uno dei poli automobilistici più efficienti della Cina. La prima fase dello stabilimento, \
in funzione dalla primavera 2024, ha una capacità di 150.000 veicoli l'anno; con la seconda, \
completata a giugno, si arriva a 300.000.

Per la terza fase, annunciata a ottobre, Xiaomi ha stanziato altri 5 miliardi di yuan. Nella \
fabbrica lavorano circa 4.500 persone.

Dall'avvio, a marzo 2024, lo stabilimento ha prodotto oltre 500.000 auto. Dalle linee esce \
un'auto ogni 76 secondi.

Leggi anche: Xiaomi, a ottobre consegne oltre quota 40.000

Per confronto, la Gigafactory di Tesla a Shanghai ha una capacità di oltre 950.000 veicoli l'anno.

© RIPRODUZIONE RISERVATA"""

IT_LAUNCH = """Motori | 27 giugno 2025 ore 16:48

Debutto col botto per il primo SUV di Xiaomi. Giovedì sera, a tre minuti dall'apertura degli \
ordini, il YU7 aveva già raccolto 200.000 ordini con caparra rimborsabile. Dopo un'ora gli \
ordini vincolanti, con acconto non rimborsabile, erano 289.000.

Un risultato che ha sorpreso anche gli analisti: il SUV, lungo quasi cinque metri, arriva in un \
segmento dove Tesla domina da anni con la Model Y. Il fondatore Lei Jun ha ringraziato i \
clienti su Weibo e ha promesso di aumentare la produzione il prima possibile.

Il listino parte da 253.500 yuan (circa 30.200 euro) per la versione Standard; la Pro costa \
279.900 yuan, la Max 329.900 yuan.

Chi ordina oggi dovrà attendere oltre un anno per la consegna.

Xiaomi conta di consegnare almeno 350.000 auto entro fine anno.

Nello stesso giorno la Tesla Model Y è stata tagliata di prezzo in Cina.

Tag: Xiaomi, YU7, auto elettriche, Cina"""

# --- Portuguese ------------------------------------------------------------------------------

PT_SHARES = """Por Ana Souza, InfoMoney | 27/06/2025 09h12 | Atualizado há 2 horas

As ações da Xiaomi dispararam 8% na bolsa de Hong Kong nesta sexta-feira e fecharam a HK$ \
58,60, renovando a máxima histórica. O valor de mercado da companhia superou 1,5 trilhão de \
dólares de Hong Kong.

A alta veio depois que a empresa disse ter recebido um volume recorde de pedidos para o seu \
novo SUV elétrico na véspera, sem detalhar números definitivos.

Analistas do Goldman Sachs elevaram o preço-alvo para HK$ 70, de HK$ 61.

No acumulado de 2025, os papéis sobem mais de 70%. O índice Hang Seng Tech avançou 1,2% no dia.

Veja também: Redmi K80 vende 1 milhão de unidades em 10 dias

Este conteúdo não é recomendação de investimento."""

PT_YEAR = """Por Pedro Almeida | 18/03/2025 às 21h05

A Xiaomi encerrou seu primeiro ano no mercado de carros elétricos com receita de 32,1 bilhões \
de yuans (cerca de R$ 25,7 bilhões) no segmento, segundo o balanço anual divulgado nesta \
terça-feira. A companhia entregou 136.854 veículos em 2024.

O prejuízo líquido ajustado da divisão somou 6,2 bilhões de yuans no ano. A margem bruta ficou \
em 18,5%.

No quarto trimestre, a receita dos carros alcançou 16,7 bilhões de yuans, com 69.697 unidades \
entregues e margem bruta de 20,4%.

A receita total do grupo subiu 35% em 2024, para 365,9 bilhões de yuans.

Para 2025, a meta foi elevada de 300 mil para 350 mil entregas.

Leia mais: BYD supera Tesla em receita anual pela primeira vez"""

# --- Dutch -----------------------------------------------------------------------------------

NL_MONTHLY = """Door Pieter de Vries | 1 december 2025, 11:32 | Laatste update: 12:05

Xiaomi heeft in november opnieuw meer dan 40.000 elektrische auto's afgeleverd. Daarmee staat \
de teller sinds de start van de verkoop in maart 2024 tot en met november op ruim 500.000 \
auto's, meldt het Chinese techbedrijf.

Dit jaar gingen er tot nu toe meer dan 360.000 auto's naar klanten, meer dan het jaardoel van \
350.000.

De groei komt vooral van de YU7, de SUV die eind juni op de markt kwam. Volgens oprichter Lei \
Jun draait de fabriek in Peking op volle toeren en wachten klanten nog altijd maanden op hun \
auto. Het bedrijf bouwt daarom een derde fabrieksfase.

Lees ook: Tesla levert in Nederland 30 procent minder auto's af

Xiaomi verkoopt zijn auto's nog niet in Europa; de introductie staat gepland voor 2027. Het \
merk toont de YU7 wel al op beurzen in München en Parijs.

Reacties (8)"""

NL_TARGET = """Door Daan Mulder | 03-06-2025, 09:15 | Auto & Mobiliteit

Xiaomi zet een stap terug met zijn duurste model. Het bedrijf mikt dit jaar nog op 6.000 \
exemplaren van de SU7 Ultra, in plaats van de 10.000 die oprichter Lei Jun in februari had \
beloofd.

Na een dodelijk ongeluk met een SU7 in maart en ophef over een optionele carbon motorkap \
kelderde de vraag naar het sportieve topmodel. Sinds de lancering eind februari leverde Xiaomi \
ruim 5.000 Ultra's af.

Aan het doel voor het hele bedrijf, minstens 350.000 auto's in 2025, verandert niets. In mei \
leverde Xiaomi in totaal meer dan 28.000 auto's af.

De Ultra kost 529.900 yuan (omgerekend zo'n 64.000 euro).

Porsche verkocht in China in het eerste kwartaal 9.471 auto's, 42 procent minder dan een jaar \
eerder.

Delen via: WhatsApp | Facebook | E-mail"""

# --- Polish ----------------------------------------------------------------------------------

PL_RESULTS = """Bankier.pl | 19.11.2025, 07:45 | Autor: Michał Nowak

Segment samochodów elektrycznych Xiaomi zarobił w III kw. na działalności operacyjnej 700 mln \
juanów (ok. 360 mln zł). Kwartał wcześniej miał 300 mln juanów straty, a rok wcześniej – 1,5 \
mld juanów straty.

Przychody segmentu wyniosły 29 mld juanów wobec 21,3 mld juanów w II kw. i 9,7 mld juanów w III \
kw. 2024 r. To przede wszystkim zasługa SUV-a YU7, który trafił do klientów na początku lipca. \
Marża brutto spadła do 25,5 proc. z 26,4 proc. kwartał wcześniej.

W okresie lipiec–wrzesień Xiaomi dostarczyło klientom 108 796 aut, o 173 proc. więcej niż przed \
rokiem.

Przychody całej grupy sięgnęły w kwartale 113,1 mld juanów.

Zarząd zapowiedział, że w kolejnych kwartałach będzie inwestował w nowe modele i rozbudowę \
fabryki w Pekinie, co może znów obciążyć wyniki. Analitycy spodziewają się jednak, że \
motoryzacyjna część biznesu pozostanie na plusie.

Czytaj także: Tesla tnie ceny w Chinach

Kurs akcji Xiaomi w Hongkongu spadł o 3 proc."""

PL_PRICE = """Autokult | 10 października 2025, 14:20 | Przeczytasz w 3 min

Xiaomi ma dziś w Chinach trzy modele. Sedan SU7 w wersji podstawowej kosztuje 229,9 tys. juanów \
(ok. 117 tys. zł), odmiana Pro – 259,9 tys., a Max – 303,9 tys. juanów.

Najdroższa jest SU7 Ultra: 529,9 tys. juanów, czyli ok. 270 tys. zł.

SUV YU7 startuje od 253,5 tys. juanów. Za wersję Pro trzeba zapłacić 279,9 tys., za Max – 329,9 \
tys. juanów.

Xiaomi kusi też finansowaniem: rata od 2999 juanów miesięcznie przez pięć lat.

W Europie auta Xiaomi oficjalnie jeszcze się nie pojawiły. Firma zapowiada debiut na Starym \
Kontynencie na 2027 r., a ceny mają być wyraźnie wyższe niż w Chinach ze względu na cła i \
koszty homologacji.

Dla porównania Tesla Model Y kosztuje w Chinach od 263,5 tys. juanów.

Udostępnij | Skomentuj (31)"""

# --- Russian ---------------------------------------------------------------------------------

RU_BROKER = """РБК Инвестиции | 05.09.2025, 10:12 | Автор: Анна Смирнова

Аналитики Citi повысили прогноз поставок электромобилей Xiaomi на 2025 год до 400 тыс. штук с \
350 тыс. ранее. В 2026 году, по их оценке, компания передаст клиентам 600 тыс. машин.

Выручка автомобильного направления в следующем году может достичь 170 млрд юаней, а \
операционная прибыль — 8 млрд юаней.

По мнению аналитиков, главным драйвером роста станет кроссовер YU7, очередь на который \
растянулась более чем на год. Кроме того, банк ожидает, что компания начнёт продажи автомобилей \
за пределами Китая раньше, чем планировалось.

Целевая цена акций Xiaomi повышена до 66 гонконгских долларов.

Сама компания планирует поставить в этом году 350 тыс. автомобилей.

Акции Xiaomi торгуются на Гонконгской бирже.

Не является индивидуальной инвестиционной рекомендацией."""

RU_PLANT = """Автостат | 16 июля 2025, 09:40

Xiaomi завершила строительство второй очереди автозавода на юге Пекина. Теперь предприятие \
способно выпускать до 300 тыс. электромобилей в год против 150 тыс. после запуска первой очереди.

Инвестиции во вторую очередь составили около 3 млрд юаней. На заводе работают свыше 5 тыс. \
человек.

По данным компании, к 30 июня с конвейера сошли более 300 тыс. машин.

По словам основателя компании Лэй Цзюня, расширение производства позволит сократить сроки \
ожидания для покупателей седана SU7 и нового кроссовера YU7, которые сейчас достигают \
нескольких месяцев.

Третью очередь, где будут собирать кроссоверы YU7, планируется запустить в 2026 году.

Для сравнения: завод Tesla в Шанхае выпускает около 950 тыс. машин в год.

Читайте также: Xiaomi представила кроссовер YU7"""

# --- Japanese --------------------------------------------------------------------------------

JA_HALF = """2025年8月20日 5:30 日本経済新聞 電子版

【北京＝田中太郎】中国の小米（シャオミ）が19日発表した2025年1～6月期決算で、電気自動車（EV）を含む新規事業の売上高は399億元（約8100億円）だった。前年同期の64億元から6倍強に増えた。

同期間の納車台数は15万7171台。営業赤字は8億元に縮小した。

4～6月期に限ると売上高は213億元、粗利益率は26.4%と前の四半期（23.2%）から改善した。

雷軍（レイ・ジュン）最高経営責任者（CEO）は決算説明会で「EV事業は年内に黒字化できる」と述べた。6月末に発売したSUV「YU7」の受注が好調で、北京工場の生産能力の拡大を急いでいる。

グループ全体の1～6月期売上高は2275億元。

同社は25年の納車目標35万台を据え置いた。

スマートフォンの出荷台数は4～6月期に4240万台だった。

この記事は有料会員限定です。"""

JA_LAUNCH = """2025/06/27 18:05 ITmedia ビジネスオンライン

中国・小米（シャオミ）が26日夜に発売したSUV型EV「YU7」の受注が好調だ。同社によると、受付開始から3分で20万台の注文が入り、18時間後には返金不可の確定注文が24万台を超えた。

価格は標準モデルが25万3500元（約510万円）から。上位の「Pro」は27万9900元、「Max」は32万9900元。

納車までの待ち時間は最長で1年以上に及ぶ。

創業者の雷軍（レイ・ジュン）氏は発表会で「テスラのモデルYを意識して開発した」と語った。受注の急増を受け、同社は北京工場での増産を急ぐ。

同社のセダン「SU7」は5月に2万8000台超を納車した。

テスラの「モデルY」は中国で26万3500元から販売されている。

関連記事：シャオミ、25年の納車目標を35万台に引き上げ"""

# --- Korean ----------------------------------------------------------------------------------

KO_PHONE = """입력 2025.10.20 14:32 수정 2025.10.20 15:01 | 김민수 기자

중국 샤오미가 올해 3분기 전 세계 스마트폰 시장에서 4330만 대를 출하해 점유율 14%로 3위를 지켰다고 시장조사업체 카운터포인트리서치가 20일 밝혔다.

1위 삼성전자는 6110만 대, 2위 애플은 5850만 대를 출하했다.

샤오미가 지난달 내놓은 '샤오미 17' 시리즈는 출시 첫 주 판매량이 100만 대를 넘었다.

샤오미의 전기차 사업도 순항 중이지만 이번 조사에는 포함되지 않았다.

카운터포인트는 "샤오미가 중저가 레드미 브랜드를 앞세워 인도와 동남아시아, 중남미 시장에서 점유율을 끌어올렸다"며 "프리미엄 제품군 확대가 4분기 실적을 좌우할 것"이라고 \
분석했다.

샤오미 주가는 홍콩증시에서 1.5% 오른 47.5홍콩달러에 마감했다.

ⓒ 무단전재 및 재배포 금지"""

KO_RESULTS = """[머니투데이 베이징=이지원 특파원] 2025.03.19 06:00

샤오미의 스마트 전기차 부문이 지난해 4분기 매출 167억 위안(약 3조3000억 원)을 기록했다. 직전 분기(97억 위안)보다 72% 늘어난 수치다.

같은 기간 인도량은 6만9697대로 3분기의 3만9790대에서 크게 늘었다. 매출총이익률은 20.4%로 전 분기 17.1%보다 3.3%포인트 개선됐다.

영업손실은 7억 위안으로 3분기 15억 위안에서 절반 이하로 줄었다.

루웨이빙 샤오미 총재는 실적 발표 후 컨퍼런스콜에서 "SUV 모델 YU7 출시와 공장 2기 가동으로 올해 안에 전기차 사업이 흑자 전환할 수 있을 것"이라고 말했다. \
업계에서는 샤오미가 테슬라의 중국 내 입지를 위협할 것으로 보고 있다.

샤오미는 올해 인도 목표를 30만 대에서 35만 대로 높였다.

한편 BYD는 지난해 427만 대를 판매했다.

[ⓒ 머니투데이 & mt.co.kr, 무단전재 및 재배포 금지]"""

# --- Indonesian ------------------------------------------------------------------------------

ID_LAUNCH = """Kompas.com - 29/03/2024, 10:15 WIB
Penulis: Dimas Pratama | Editor: Ridwan

JAKARTA, KOMPAS.com - Mobil listrik pertama Xiaomi, SU7, langsung diserbu konsumen di China. \
Dalam 27 menit sejak peluncuran pada Kamis (28/3/2024) malam, pesanan menembus 50.000 unit.

Sehari setelahnya, Xiaomi mengumumkan ada 88.898 pesanan terkunci dalam 24 jam pertama.

SU7 versi standar dibanderol 215.900 yuan atau sekitar Rp 474 juta. Varian Pro dijual 245.900 \
yuan, sedangkan Max 299.900 yuan.

Dari sisi harga, SU7 versi standar lebih murah dibandingkan Tesla Model 3 di China. Sedan ini \
dirancang untuk bersaing langsung dengan Porsche Taycan dari sisi tampilan, namun dengan harga \
jauh lebih terjangkau.

CEO Xiaomi Lei Jun menargetkan pengiriman sedikitnya 100.000 unit tahun ini.

Baca juga: Harga BYD Seal di Indonesia Turun Rp 100 Juta

Pabrik Xiaomi di Beijing mampu memproduksi 150.000 unit per tahun.

Ikuti berita otomotif terkini di Google News."""

ID_RIVAL = """CNBC Indonesia | 02 November 2025 11:20

Jakarta, CNBC Indonesia - Raksasa mobil listrik China BYD menjual 441.706 unit kendaraan \
penumpang pada Oktober 2025, turun 12% dibandingkan periode yang sama tahun lalu. Ini bulan \
kedua berturut-turut penjualan BYD menurun.

Persaingan di pasar China makin ketat. Leapmotor mengirimkan 70.289 unit, sementara XPeng \
42.013 unit. Xiaomi juga terus menambah volume penjualan berkat SUV YU7. Pengamat menilai \
perang harga di China akan terus menekan margin para produsen, termasuk BYD yang selama ini \
mengandalkan model murah.

Saham BYD di Bursa Hong Kong turun 2,3% ke HK$ 98,5. Sementara saham Xiaomi naik 1,1%.

BYD telah menjual 3,7 juta unit sepanjang Januari-Oktober, jauh di bawah target 5,5 juta unit.

Baca juga: Xiaomi YU7 Resmi Meluncur, Harga Mulai Rp 550 Jutaan"""

# --- Vietnamese ------------------------------------------------------------------------------

VI_TARGET = """VnExpress | Thứ ba, 2/12/2025, 14:20 (GMT+7)

Nhà sáng lập Lei Jun cho biết Xiaomi đặt mục tiêu giao ít nhất 550.000 ôtô điện trong năm tới, \
tăng hơn 50% so với năm nay.

Năm 2025, hãng ban đầu đặt mục tiêu 300.000 xe, sau đó nâng lên 350.000 xe vào tháng 3. Mục \
tiêu này đã hoàn thành từ cuối tháng 11: tính từ đầu năm đến hết tháng 11, Xiaomi đã giao hơn \
360.000 xe.

Riêng trong tháng 11, hãng giao hơn 40.000 xe, tháng thứ ba liên tiếp vượt mốc này.

Để đạt mục tiêu mới, Xiaomi đang xây dựng giai đoạn ba của nhà máy tại Bắc Kinh và dự kiến đưa \
xe sang châu Âu vào năm 2027.

Xem thêm: VinFast bàn giao 12.000 xe trong tháng 11 tại Việt Nam"""

VI_YEAR = """Tuổi Trẻ Online | 25/03/2026 08:30 GMT+7

Theo báo cáo tài chính năm 2025 công bố ngày 24/3, mảng xe điện thông minh và sáng kiến mới của \
Xiaomi đạt doanh thu 106,2 tỷ nhân dân tệ (khoảng 385.000 tỷ đồng), gấp hơn ba lần mức 32,8 tỷ \
nhân dân tệ của năm 2024.

Mảng này lãi hoạt động 1,5 tỷ nhân dân tệ, trong khi năm trước lỗ 6,2 tỷ nhân dân tệ.

Cả năm 2025, hãng giao 411.082 xe, so với 136.854 xe năm 2024. Biên lợi nhuận gộp đạt 25,1%.

Riêng quý IV/2025, doanh thu của mảng xe đạt 37 tỷ nhân dân tệ.

Tổng doanh thu của tập đoàn Xiaomi năm 2025 đạt 470 tỷ nhân dân tệ.

Cổ phiếu Xiaomi tăng 4% trong phiên sáng nay tại Hong Kong."""

# --- Turkish ---------------------------------------------------------------------------------

TR_MONTHLY = """Anadolu Ajansı | 01.09.2025 11:47 | Güncelleme: 01.09.2025 12:10

PEKİN (AA) - Çinli teknoloji şirketi Xiaomi, ağustos ayında 30 binin üzerinde elektrikli \
otomobil teslim ettiğini açıkladı. Şirket temmuzda da 30 binden fazla araç teslim etmişti.

Açıklamaya göre, SU7 sedanın Mart 2024'te satışa çıkmasından bu yana toplam teslimat sayısı \
ağustos sonu itibarıyla 350 bini aştı.

Xiaomi, 2025 yılı için 350 bin araçlık teslimat hedefini koruyor. Şirketin yeni SUV modeli YU7 \
için bekleme süresi bir yılı buluyor.

Şirketin kurucusu Lei Jun, sosyal medya hesabından yaptığı paylaşımda müşterilere teşekkür \
ederek Pekin'deki fabrikada üretimi artırmak için çalıştıklarını belirtti. Xiaomi'nin Avrupa \
pazarına 2027'de girmesi planlanıyor.

Rakip şirketlerden Leapmotor ağustosta 57 bin 66 araç, XPeng ise 37 bin 709 araç teslim etti.

Xiaomi hisseleri Hong Kong borsasında günü yüzde 0,8 düşüşle 52,35 HK dolarından kapattı."""

TR_BROKER = """Bloomberg HT | 25 Kasım 2025, Salı 09:35

ABD'li yatırım bankası Goldman Sachs, Xiaomi'nin 2026 yılında yaklaşık 550 bin elektrikli \
otomobil teslim etmesini bekliyor. Banka, bu yıl için tahminini 400 bin araçtan 410 bine \
yükseltti.

Goldman analistleri, şirketin otomobil biriminin 2026'da 150 milyar yuan gelir elde edeceğini \
ve faaliyet kârının 6 milyar yuana çıkacağını öngörüyor. Birimin dördüncü çeyrek \
teslimatlarının ise 120 bin civarında olacağı tahmin ediliyor.

Banka, Xiaomi hisseleri için hedef fiyatı 68 Hong Kong dolarından 62 Hong Kong dolarına \
indirdi. Analistler, Çin'deki fiyat rekabetinin sertleşmesi ve vergi teşviklerinin azalmasının \
kâr marjlarını baskılayabileceği uyarısında bulundu.

Xiaomi'nin kendi hedefi bu yıl 350 bin teslimat.

Yasal Uyarı: Burada yer alan yatırım bilgi, yorum ve tavsiyeleri yatırım danışmanlığı \
kapsamında değildir."""


ARTICLES = [
    article(
        "Xiaomis E-Auto-Sparte verdreifacht den Umsatz",
        DE_RESULTS,
        D(2025, 8, 19),
        "de",
        [
            money("revenue", 21.3e9, **Q2_25),
            money("revenue", 18.6e9, **Q1_25),
            money("revenue", 6.4e9, **Q2_24),
            dlv(AUTO, 81302, **Q2_25),
            dlv(AUTO, 75869, **Q1_25),
            dlv(AUTO, 27307, **Q2_24),
            other("gross margin", 26.4, **Q2_25),
            other("gross margin", 23.2, **Q1_25),
            money("net_loss", 3e8, **Q2_25),
            money("net_loss", 5e8, **Q1_25),
            group_revenue(116e9, **Q2_25),
        ],
    ),
    article(
        "UBS: Xiaomi verkauft 2026 rund 550.000 Elektroautos",
        DE_BROKER,
        D(2025, 10, 14),
        "de",
        [
            fcst(AUTO, 550000, ABOUT, **year(2026)),
            fcst(AUTO, 400000, **year(2025)),
            money("revenue", 160e9, **FC, **year(2026)),
            other("gross margin", 24, **FC),
            goal(350000, LEAST, **year(2025)),
        ],
    ),
    article(
        "Xiaomi relève encore son objectif de livraisons pour 2024, à 130 000 voitures",
        FR_TARGET,
        D(2024, 11, 19),
        "fr",
        [
            goal(130000, LEAST, **year(2024)),
            goal(120000, **year(2024)),
            goal(100000, **year(2024)),
            dlv(SU7, 100000, MORE, **CUM),
            dlv(SU7, 20000, MORE, **month(2024, 10)),
            fcst(AUTO, 300000, **year(2025)),
        ],
    ),
    article(
        "Nouvelle Xiaomi SU7 : les prix de toutes les versions",
        FR_PRICE,
        D(2025, 5, 23),
        "fr",
        [
            price(SU7, 229900),
            price(SU7, 259900),
            price(SU7, 303900),
            price(ULTRA, 529900),
        ],
    ),
    article(
        "El negocio de coches de Xiaomi factura casi 40.000 millones de yuanes en el semestre",
        ES_HALF,
        D(2025, 8, 20),
        "es",
        [
            money("revenue", 39.9e9, **H1_25),
            money("revenue", 6.4e9, **H1_24),
            dlv(AUTO, 157171, **H1_25),
            dlv(AUTO, 136854, **year(2024)),
            money("net_loss", 8e8, **H1_25),
            other("gross margin", 26.4, **Q2_25),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi arranca 2025 con más de 20.000 entregas en enero",
        ES_MONTHLY,
        D(2025, 2, 1),
        "es",
        [
            dlv(SU7, 20000, MORE, **month(2025, 1)),
            dlv(AUTO, 157000, MORE, **total_to(D(2025, 1, 31))),
            goal(300000, **year(2025)),
            dlv(AUTO, 136854, **year(2024)),
        ],
    ),
    article(
        "Dentro la fabbrica Xiaomi di Pechino, dove esce un'auto ogni 76 secondi",
        IT_PLANT,
        D(2025, 11, 12),
        "it",
        [
            cap(150000),
            cap(300000),
            money("investment", 5e9),
            staff(4500, ABOUT),
            produced(500000, MORE, **CUM),
        ],
    ),
    article(
        "Xiaomi YU7, il SUV elettrico fa il pieno: 289.000 ordini vincolanti in un'ora",
        IT_LAUNCH,
        D(2025, 6, 27),
        "it",
        [
            orders("orders", YU7, 200000, **WINDOW),
            locked(YU7, 289000),
            price(YU7, 253500),
            price(YU7, 279900),
            price(YU7, 329900),
            goal(350000, LEAST, **year(2025)),
        ],
    ),
    article(
        "Ações da Xiaomi batem recorde após estreia do SUV YU7",
        PT_SHARES,
        D(2025, 6, 27),
        "pt",
        [],
    ),
    article(
        "Xiaomi fecha 2024 com 32 bilhões de yuans em receita de carros elétricos",
        PT_YEAR,
        D(2025, 3, 18),
        "pt",
        [
            money("revenue", 32.1e9, **year(2024)),
            dlv(AUTO, 136854, **year(2024)),
            money("net_loss", 6.2e9, **year(2024)),
            other("gross margin", 18.5, **year(2024)),
            money("revenue", 16.7e9, **Q4_24),
            dlv(AUTO, 69697, **Q4_24),
            other("gross margin", 20.4, **Q4_24),
            group_revenue(365.9e9, **year(2024)),
            goal(300000, **year(2025)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi passeert grens van half miljoen geleverde auto's",
        NL_MONTHLY,
        D(2025, 12, 1),
        "nl",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            dlv(AUTO, 500000, MORE, **total_to(D(2025, 11, 30))),
            dlv(AUTO, 360000, MORE, period_kind="cumulative", period_start=D(2025, 1, 1)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi verlaagt verkoopdoel voor SU7 Ultra",
        NL_TARGET,
        D(2025, 6, 3),
        "nl",
        [
            ultra_goal(6000, **year(2025)),
            ultra_goal(10000, **year(2025)),
            dlv(ULTRA, 5000, MORE, **CUM),
            goal(350000, LEAST, **year(2025)),
            dlv(AUTO, 28000, MORE, **month(2025, 5)),
            price(ULTRA, 529900),
        ],
    ),
    article(
        "Samochodowy biznes Xiaomi pierwszy raz na plusie",
        PL_RESULTS,
        D(2025, 11, 19),
        "pl",
        [
            other("operating profit", 7e8, **Q3_25),
            money("net_loss", 3e8, **Q2_25),
            money("net_loss", 1.5e9, **Q3_24),
            money("revenue", 29e9, **Q3_25),
            money("revenue", 21.3e9, **Q2_25),
            money("revenue", 9.7e9, **Q3_24),
            other("gross margin", 25.5, **Q3_25),
            other("gross margin", 26.4, **Q2_25),
            dlv(AUTO, 108796, **Q3_25),
            group_revenue(113.1e9, **Q3_25),
        ],
    ),
    article(
        "Ile kosztują samochody Xiaomi? Przegląd cennika",
        PL_PRICE,
        D(2025, 10, 10),
        "pl",
        [
            price(SU7, 229900),
            price(SU7, 259900),
            price(SU7, 303900),
            price(ULTRA, 529900),
            price(YU7, 253500),
            price(YU7, 279900),
            price(YU7, 329900),
        ],
    ),
    article(
        "Citi повысил прогноз по поставкам электромобилей Xiaomi",
        RU_BROKER,
        D(2025, 9, 5),
        "ru",
        [
            fcst(AUTO, 400000, **year(2025)),
            fcst(AUTO, 350000, **year(2025)),
            fcst(AUTO, 600000, **year(2026)),
            money("revenue", 170e9, **FC, **year(2026)),
            other("operating profit", 8e9, **FC, **year(2026)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi удвоила мощности завода в Пекине",
        RU_PLANT,
        D(2025, 7, 16),
        "ru",
        [
            cap(300000, qualifier="up_to"),
            cap(150000),
            money("investment", 3e9, ABOUT),
            staff(5000, MORE),
            produced(300000, MORE, **total_to(D(2025, 6, 30))),
        ],
    ),
    article(
        "シャオミ、EV事業の1～6月期売上高399億元　赤字幅縮小",
        JA_HALF,
        D(2025, 8, 20),
        "ja",
        [
            money("revenue", 39.9e9, **H1_25),
            money("revenue", 6.4e9, **H1_24),
            dlv(AUTO, 157171, **H1_25),
            money("net_loss", 8e8, **H1_25),
            money("revenue", 21.3e9, **Q2_25),
            other("gross margin", 26.4, **Q2_25),
            other("gross margin", 23.2, **Q1_25),
            group_revenue(227.5e9, **H1_25),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "シャオミ初のSUV「YU7」、18時間で確定注文24万台",
        JA_LAUNCH,
        D(2025, 6, 27),
        "ja",
        [
            orders("orders", YU7, 200000, **WINDOW),
            locked(YU7, 240000, qualifier=MORE),
            price(YU7, 253500),
            price(YU7, 279900),
            price(YU7, 329900),
            dlv(SU7, 28000, MORE, **month(2025, 5)),
        ],
    ),
    article(
        "샤오미, 3분기 스마트폰 출하량 4330만 대…글로벌 3위 유지",
        KO_PHONE,
        D(2025, 10, 20),
        "ko",
        [],
    ),
    article(
        "샤오미 전기차, 4분기 매출 167억 위안…적자 7억 위안으로 축소",
        KO_RESULTS,
        D(2025, 3, 19),
        "ko",
        [
            money("revenue", 16.7e9, **Q4_24),
            money("revenue", 9.7e9, **Q3_24),
            dlv(AUTO, 69697, **Q4_24),
            dlv(AUTO, 39790, **Q3_24),
            other("gross margin", 20.4, **Q4_24),
            other("gross margin", 17.1, **Q3_24),
            money("net_loss", 7e8, **Q4_24),
            money("net_loss", 1.5e9, **Q3_24),
            goal(300000, **year(2025)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi SU7 Laku 50.000 Unit dalam 27 Menit",
        ID_LAUNCH,
        D(2024, 3, 29),
        "id",
        [
            orders("orders", SU7, 50000, **WINDOW),
            locked(SU7, 88898),
            price(SU7, 215900),
            price(SU7, 245900),
            price(SU7, 299900),
            goal(100000, LEAST, **year(2024)),
            cap(150000),
        ],
    ),
    article(
        "BYD Jual 441.706 Mobil pada Oktober, Penjualan Turun 12 Persen",
        ID_RIVAL,
        D(2025, 11, 2),
        "id",
        [],
    ),
    article(
        "Xiaomi đặt mục tiêu giao ít nhất 550.000 xe điện trong năm 2026",
        VI_TARGET,
        D(2025, 12, 2),
        "vi",
        [
            goal(550000, LEAST, **year(2026)),
            goal(300000, **year(2025)),
            goal(350000, **year(2025)),
            dlv(AUTO, 360000, MORE, **first_months(2025, 11)),
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
        ],
    ),
    article(
        "Mảng xe điện Xiaomi lần đầu có lãi cả năm",
        VI_YEAR,
        D(2026, 3, 25),
        "vi",
        [
            money("revenue", 106.2e9, **year(2025)),
            money("revenue", 32.8e9, **year(2024)),
            other("operating profit", 1.5e9, **year(2025)),
            money("net_loss", 6.2e9, **year(2024)),
            dlv(AUTO, 411082, **year(2025)),
            dlv(AUTO, 136854, **year(2024)),
            other("gross margin", 25.1, **year(2025)),
            money("revenue", 37e9, **Q4_25),
            group_revenue(470e9, **year(2025)),
        ],
    ),
    article(
        "Xiaomi ağustosta 30 binden fazla elektrikli otomobil teslim etti",
        TR_MONTHLY,
        D(2025, 9, 1),
        "tr",
        [
            dlv(AUTO, 30000, MORE, **month(2025, 8)),
            dlv(AUTO, 30000, MORE, **month(2025, 7)),
            dlv(AUTO, 350000, MORE, **total_to(D(2025, 8, 31))),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Goldman Sachs: Xiaomi 2026'da 550 bin elektrikli araç teslim edecek",
        TR_BROKER,
        D(2025, 11, 25),
        "tr",
        [
            fcst(AUTO, 550000, ABOUT, **year(2026)),
            fcst(AUTO, 400000, **year(2025)),
            fcst(AUTO, 410000, **year(2025)),
            money("revenue", 150e9, **FC, **year(2026)),
            other("operating profit", 6e9, **FC, **year(2026)),
            fcst(AUTO, 120000, ABOUT, **Q4_25),
            goal(350000, **year(2025)),
        ],
    ),
]


@run(ARTICLES)
def test_articles15_in_thirteen_languages(
    title: str, body: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)
