"""Probes of the extractor on WHOLE ARTICLES in the thirteen languages it reads besides English
and Chinese (de, fr, es, it, pt, nl, pl, ru, ja, ko, id, vi, tr), two per language, written for
this file in our own words without sight of the devset, with each language's own number
formats (40.000 / 40 000 / 40 tys. / 28,3 Mrd. / 4万台 / 283억 위안 / 1,96 tỷ / 300 bin).

Genres the older article sets lack: a results story whose figures sit in one table-like
sentence or in a flattened list with the previous quarter in brackets; quarter-on-quarter
comparisons ("im Vorquartal", "trimestre anterior", "quý trước", "전 분기", "bir önceki
çeyrek"); opinion columns with the writer's own guess and a hypothetical; a market-share story
and a weekly registration league; a year-end review; a revised target; relative periods ("im
Vormonat", "l'an dernier", "el mes pasado", "前月", "지난달", "bulan lalu", "tháng trước",
"geçen ay", "в прошлом месяце") and running totals to a stated day ("bis Ende Oktober", "a fine
settembre", "до конца года").

Conventions and helpers as in test_metrics_articles9.py and test_metrics_review8.py (imported):
one event per distinct figure, in the order written, decided before the extractor ran; a
rival's, a phone's or the market's figure, a share price or price target, a market share, a
share of a target, a remaining gap, a percent change, a waiting time and a hypothetical are no
events; a price converted to local currency is one CNY price; an operating loss is net_loss,
an operating profit and a gross margin are `other` with their label; an average selling price
keeps its quarter; a planned capacity is a target; an analyst's or a columnist's estimate is a
forecast; a revised target gives both figures; 以上 and 넘게 are more_than (as in
test_metrics_fix13b.py). A target's as_of is not asserted.
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
Q4_24, Q1_25, Q2_25, Q3_25 = quarter(2024, 4), quarter(2025, 1), quarter(2025, 2), quarter(2025, 3)
FORECAST = {"status": "forecast"}


def group_revenue(value: float, **fields: Any) -> dict[str, Any]:
    return ev(GROUP, metric="revenue", value=value, **fields)


def week(start: dt.date) -> dict[str, Any]:
    return {
        "period_kind": "week",
        "period_start": start,
        "period_end": start + dt.timedelta(days=6),
    }


# --- German ----------------------------------------------------------------------------------

DE_RESULTS = """Von Jana Weber | 18.11.2025, 13:40 Uhr

PEKING. Die Elektroautosparte von Xiaomi hat im dritten Quartal erstmals einen operativen \
Gewinn erzielt. Die wichtigsten Kennzahlen des Segments für Juli bis September: Umsatz 29,0 \
Mrd. Yuan (Vorquartal: 21,3 Mrd.), Bruttomarge 25,5 Prozent (26,4 Prozent), operatives \
Ergebnis plus 700 Mio. Yuan (minus 300 Mio.), Auslieferungen 108.796 Fahrzeuge (81.302).

Gegenüber dem Vorquartal stieg der Umsatz damit um gut ein Drittel. Dass die Marge leicht \
nachgab, erklärte Finanzchef Alain Lam mit den Anlaufkosten des YU7.

Der Konzernumsatz wuchs im Quartal auf 113,1 Mrd. Yuan.

An seinem Jahresziel von 350.000 Auslieferungen hält Xiaomi fest; seit Jahresbeginn kamen bis \
Ende Oktober bereits mehr als 300.000 Autos zu den Kunden.

Analysten hatten für das Quartal im Schnitt noch mit einem operativen Verlust von 100 Mio. \
Yuan gerechnet. Die Aktie gab in Hongkong dennoch 2,1 Prozent nach."""

DE_COLUMN = """Ein Kommentar von Markus Lenz | 05.11.2025

Als Xiaomi im Frühjahr 2024 sein erstes Auto vorstellte, lachten manche in der Branche. Heute \
lacht keiner mehr. Bis Ende Oktober hat der Konzern seit dem Marktstart nach eigenen Angaben \
rund 480.000 Elektroautos ausgeliefert, allein im Oktober waren es mehr als 40.000 – nach \
ebenfalls mehr als 40.000 im Vormonat.

Das ursprüngliche Jahresziel von 300.000 Fahrzeugen hob Lei Jun schon im März auf 350.000 an. \
Selbst diese Marke dürfte Xiaomi nach meiner Rechnung noch im November knacken.

Warum also so bescheiden? Die Fabrik in Peking schafft nach dem Ausbau 300.000 Autos im Jahr, \
mehr gibt sie nicht her. Wer heute einen YU7 bestellt, wartet bis zu einem Jahr.

Für 2026 sollte Xiaomi deshalb ruhig ein Ziel von 550.000 Fahrzeugen ausgeben – alles \
andere wäre Tiefstapelei.

Tesla hat in China im Oktober übrigens nur 26.006 Autos verkauft.

Der Autor ist Redakteur im Ressort Wirtschaft."""

# --- French ----------------------------------------------------------------------------------

FR_SHARE = """Par Julien Moreau | Publié le 12 novembre 2025 à 9h30

Xiaomi s'impose peu à peu parmi les grands de la voiture électrique chinoise. Selon \
l'Association chinoise des voitures particulières (CPCA), le groupe a détenu 3,1 % du marché \
des voitures électriques à batterie en octobre, contre 1,4 % un an plus tôt.

Le constructeur a livré plus de 40 000 véhicules le mois dernier. L'an dernier, sur \
l'ensemble de 2024, il en avait livré 136 854.

Son SUV YU7, vendu à partir de 253\u00a0500 yuans (environ 30 700 euros), s'est classé au \
troisième rang des SUV électriques, derrière le Tesla Model Y, dont 38 000 exemplaires ont \
été immatriculés en octobre, et le BYD Song.

BYD reste de loin le numéro un, avec une part de marché de 27 %.

« Nous n'en sommes qu'au début », a écrit Lei Jun sur Weibo.

À lire aussi : Renault vise 20 % de ventes électriques en Europe"""

FR_REFRESH = """Par Sophie Girard | 26/09/2025 à 08h12

La nouvelle SU7 est proposée à partir de 229 900 yuans (environ 27 500 euros), soit 14 000 \
yuans de plus que le modèle lancé en 2024. Les versions Pro et Max coûtent respectivement \
259 900 et 303 900 yuans.

Dans l'heure qui a suivi le lancement, jeudi soir, Xiaomi a enregistré 15 000 commandes \
assorties d'un acompte non remboursable, selon le groupe.

Depuis ses débuts en mars 2024, la SU7 a été livrée à plus de 300 000 exemplaires.

La berline a été le mois dernier la voiture électrique la plus vendue de sa catégorie de prix \
en Chine, devant la Tesla Model 3, dont les ventes ont reculé de 20 %.

Xiaomi a par ailleurs confirmé viser 350 000 livraisons cette année, toutes gammes \
confondues. Les livraisons de la nouvelle version débuteront début octobre."""

# --- Spanish ---------------------------------------------------------------------------------

ES_MONTHLY = """Redacción | 1 de agosto de 2025 | 11:20

Xiaomi entregó más de 30.000 vehículos eléctricos el mes pasado, frente a los más de 25.000 \
del mes anterior, informó este viernes la compañía. Es la primera vez que la marca supera esa \
cifra en un solo mes.

El crecimiento se debe al SUV YU7, cuyas primeras unidades llegaron a los clientes a \
principios de julio.

Desde enero, la empresa acumula más de 187.000 entregas, por lo que le quedan unas 163.000 \
para alcanzar su meta anual de 350.000 unidades.

En el mismo periodo, su rival Xpeng entregó 36.717 coches y Leapmotor, 50.129.

La planta de Pekín trabaja a pleno rendimiento, con una capacidad de unas 40.000 unidades al \
mes según fuentes del sector. Xiaomi no detalla sus ventas por modelo."""

ES_QOQ = """Por Carlos Ruiz | Madrid | 27/05/2025

La división de vehículos eléctricos de Xiaomi facturó 18.100 millones de yuanes (unos 2.200 \
millones de euros) entre enero y marzo, un 8,4 % más que en el trimestre anterior, cuando \
ingresó 16.700 millones.

Las entregas crecieron a un ritmo similar: 75.869 unidades, frente a 69.697 de octubre a \
diciembre.

El margen bruto del segmento subió hasta el 23,2 %, desde el 20,4 % del cuarto trimestre de \
2024, y la pérdida operativa se redujo a 500 millones de yuanes, frente a 700 millones en el \
trimestre previo.

El precio medio de venta bajó a 235.000 yuanes por el mayor peso de las versiones básicas del \
SU7.

"El SU7 Ultra ya representa una parte significativa de los pedidos", dijo el presidente Lu \
Weibing. Las acciones cayeron un 1,2 % en Hong Kong."""

# --- Italian ---------------------------------------------------------------------------------

IT_TOTAL = """di Marco Bianchi | 2 ottobre 2025, ore 10:05

Xiaomi ha superato a fine settembre quota 400.000 auto consegnate dal debutto della SU7, nel \
marzo 2024. Solo a settembre le consegne sono state oltre 40.000, un record, contro le oltre \
30.000 di agosto.

Nei primi nove mesi dell'anno il gruppo ha consegnato più di 266.000 vetture, pari al 76% \
dell'obiettivo annuale di 350.000.

Per il 2026 Lei Jun punta a quota 550.000, grazie anche a un terzo modello, un SUV a sei posti \
atteso in estate.

Il secondo stabilimento di Pechino, da 150.000 vetture l'anno, è entrato in funzione a giugno.

In Italia le auto di Xiaomi non sono ancora in vendita: il debutto europeo è previsto nel 2027.

Leggi anche: Tesla, in Cina consegne in calo del 10% a settembre"""

IT_ULTRA = """Redazione Motori | 28 febbraio 2025

La SU7 Ultra, la berlina da 1.548 cavalli con cui Xiaomi sfida Porsche, costa 529.900 yuan, \
circa 70.000 euro al cambio attuale: molto meno degli 814.900 yuan indicati per il prototipo \
lo scorso ottobre.

Nelle prime due ore dalla presentazione, giovedì sera a Pechino, gli ordini vincolanti (non \
rimborsabili) hanno superato quota 10.000, ha annunciato Lei Jun. Il fondatore si era dato \
come obiettivo la consegna di 10.000 Ultra in tutto il 2025.

La Porsche Taycan Turbo GT, con cui l'auto è stata confrontata al Nürburgring, in Cina parte \
da 2,3 milioni di yuan. Il giro record della Ultra è stato di 6 minuti e 46 secondi.

Xiaomi ha consegnato oltre 20.000 auto a gennaio e mira a 300.000 consegne quest'anno."""

# --- Portuguese ------------------------------------------------------------------------------

PT_ANALYST = """Por Ana Paula Souza | São Paulo | 24/11/2025 08h15

O JPMorgan elevou sua projeção para as entregas de carros da Xiaomi em 2026 de 480 mil para \
570 mil unidades, citando a demanda pelo SUV YU7. Para este ano, o banco estima cerca de 410 \
mil veículos.

Os analistas projetam ainda receita de 145 bilhões de yuans (cerca de R$ 108 bilhões) com \
carros no próximo ano e margem bruta de 24% para o segmento em 2026.

O preço-alvo das ações foi mantido em HK$ 65.

No terceiro trimestre, a divisão de veículos elétricos teve lucro operacional de 700 milhões \
de yuans, o primeiro da sua história.

No Brasil, a Xiaomi vende apenas celulares e eletrônicos; o celular mais vendido da marca \
custa R$ 1.499."""

PT_MONTHLY = """Lusa | 2 de dezembro de 2025, 09:47

A fabricante chinesa Xiaomi entregou no mês passado mais de 40 mil automóveis elétricos, pelo \
terceiro mês consecutivo, anunciou a empresa esta segunda-feira.

Com este resultado, as entregas acumuladas desde janeiro ultrapassam as 360 mil unidades, \
acima da meta de 350 mil fixada para 2025. Em outubro, a marca tinha igualmente entregue mais \
de 40 mil veículos.

O SU7 custa na China a partir de 215.900 yuan (cerca de 26.300 euros), menos de metade do \
preço de um Tesla Model S em Portugal.

A concorrente BYD vendeu 480.186 veículos em novembro, menos 26% do que um ano antes. A \
Xiaomi ainda não anunciou quando começa a vender carros na Europa."""

# --- Dutch -----------------------------------------------------------------------------------

NL_LIST = """Door Pieter de Vries | 19 augustus 2025, 15:12

De autodivisie van Xiaomi heeft in het tweede kwartaal het verlies verder teruggedrongen. De \
belangrijkste cijfers op een rij:

Omzet elektrische auto's: 20,6 miljard yuan (eerste kwartaal: 18,1 miljard)
Brutomarge: 26,4 procent (23,2 procent)
Bedrijfsverlies: 300 miljoen yuan (500 miljoen)
Leveringen: 81.302 auto's (75.869)

De gemiddelde verkoopprijs steeg naar 253.662 yuan. Topman Lei Jun verwacht dat de divisie in \
de tweede helft van het jaar winst gaat maken.

Over heel 2024 leed de autotak nog een bedrijfsverlies van 6,2 miljard yuan.

Ter vergelijking: Tesla leverde in het tweede kwartaal wereldwijd 384.122 auto's af."""

NL_WAIT = """ANP | 15 juli 2025

Wie in China een Xiaomi YU7 bestelt, moet in sommige gevallen meer dan een jaar wachten. Dat \
blijkt uit de app van het merk.

Bij de lancering eind juni kreeg Xiaomi binnen achttien uur meer dan 240.000 bindende \
bestellingen binnen.

De fabriek in Peking kan op dit moment zo'n 300.000 auto's per jaar maken. Een derde fase, \
die de capaciteit met nog eens 150.000 auto's per jaar verhoogt, moet volgend jaar klaar zijn.

In juni leverde Xiaomi ruim 25.000 auto's af, vooral van de sedan SU7. De YU7 kost vanaf \
253.500 yuan, omgerekend ongeveer 30.300 euro.

Xiaomi wil dit jaar 350.000 auto's afleveren."""

# --- Polish ----------------------------------------------------------------------------------

PL_COLUMN = """Tomasz Nowak | 20.10.2025

Jeszcze dwa lata temu nikt nie traktował poważnie zapowiedzi Lei Juna. Dziś nikt się nie \
śmieje: we wrześniu Xiaomi dostarczyło klientom ponad 40 tys. aut, po raz pierwszy w historii.

Tesla sprzedała w tym samym miesiącu w Chinach 71 525 samochodów, ale jej udział w rynku \
spada.

Model YU7 kosztuje 253 500 juanów, czyli około 130 tys. zł – mniej niż Model Y. W ciągu 18 \
godzin od czerwcowej premiery klienci złożyli ponad 240 tys. zamówień, których nie można już \
anulować.

Gdyby Xiaomi miało dwa razy większą fabrykę, mogłoby sprzedawać nawet 80 tys. aut miesięcznie \
– ale jej nie ma.

Firma chce w tym roku dostarczyć 350 tys. samochodów. Moim zdaniem skończy rok z wynikiem \
około 400 tys.

Autor jest publicystą motoryzacyjnym."""

PL_WEEKLY = """Marta Zielińska | 11 listopada 2025, 12:05

Według danych ubezpieczeniowych w tygodniu od 3 do 9 listopada w Chinach zarejestrowano \
9 800 nowych samochodów Xiaomi. Tydzień wcześniej było ich 8 600.

Lepsza od Xiaomi była tylko Tesla z wynikiem 14 300 rejestracji; Li Auto zanotowało 6 100.

Udział Xiaomi w segmencie nowych marek wzrósł do 12,4 proc.

Od początku roku do 9 listopada Xiaomi zarejestrowało ok. 330 tys. aut.

Dane tygodniowe nie są oficjalnymi danymi o dostawach, które firma publikuje pierwszego dnia \
każdego miesiąca. W październiku Xiaomi dostarczyło ponad 40 tys. aut."""

# --- Russian ---------------------------------------------------------------------------------

RU_TARGET = """19 марта 2025, 10:40 | Автор: Дмитрий Орлов

Xiaomi повысила целевой показатель поставок электромобилей на 2025 год с 300 тыс. до 350 \
тыс. штук, сообщил основатель компании Лэй Цзюнь во время презентации годовой отчётности.

В 2024 году компания передала покупателям 136 854 машины, а выручка автомобильного \
направления составила 32,1 млрд юаней. Операционный убыток сегмента за год достиг 6,2 млрд \
юаней.

Валовая маржа в четвёртом квартале выросла до 20,4%.

До конца года Xiaomi рассчитывает запустить второй этап завода в Пекине мощностью 150 тыс. \
машин в год.

Для сравнения, Tesla в прошлом году продала в Китае 657 тыс. автомобилей.

В России автомобили Xiaomi официально не продаются, однако SU7 уже ввозят по параллельному \
импорту: цена у перекупщиков доходит до 8 млн рублей."""

RU_MONTHLY = """3 июня 2025 | Интерфакс

Китайская Xiaomi в прошлом месяце поставила клиентам более 28 тыс. электромобилей, следует из \
сообщения компании. В апреле показатель также превысил 28 тыс. машин.

Конкуренты отстали: Li Auto передала клиентам 40 856 машин, NIO — 23 231, XPeng — 33 525.

С начала года Xiaomi поставила более 135 тыс. автомобилей; годовой план — 350 тыс.

Седан SU7 стоит от 215 900 юаней (около 2,4 млн рублей).

Аналитики Citi ожидают, что по итогам года поставки Xiaomi составят около 380 тыс. машин. \
Акции Xiaomi на Гонконгской бирже подешевели на 0,7%."""

# --- Japanese --------------------------------------------------------------------------------

JA_MONTHLY = """2025年9月1日 12:30 ［北京=共同］

中国の小米（シャオミ）は1日、8月の電気自動車（EV）の納車台数が3万台を超えたと発表した。前月に続き\
3万台を上回った。

6月下旬に発売したSUV「YU7」の生産が本格化しており、同社は年内に月産4万台の体制を整える計画だ。

1〜8月の累計納車台数は22万台を超え、年間目標の35万台の6割強に達した。

競合の小鵬汽車（シャオペン）は8月に3万7709台を納車した。

YU7の価格は25万3500元（約520万円）から。シャオミの株価は前日比1.5%高で推移した。"""

JA_REVIEW = """2026年1月2日 07:00

小米（シャオミ）は1日、2025年の電気自動車（EV）の年間納車台数が41万台を超えたと明らかにした。当初目標\
の30万台、上方修正後の35万台をいずれも上回った。

12月単月では5万台以上を納車し、月間の過去最高を更新した。

2026年は55万台の納車を目標に掲げる。発売からの累計納車台数は55万台近くに達した。

一方、テスラの中国での25年の販売台数は約62万台だった。

EV事業の通期売上高は1000億元を超える見通しだ。"""

# --- Korean ----------------------------------------------------------------------------------

KO_MONTHLY = """베이징=김민준 특파원 | 입력 2025.11.03 09:12

중국 샤오미가 지난달 전기차를 4만 대 넘게 고객에게 인도했다고 1일 밝혔다. 9월에도 4만 대를 넘어 \
두 달 연속 4만 대를 웃돌았다.

올해 1~10월 누적 인도량은 30만 대를 돌파해 연간 목표 35만 대의 86% 수준에 이르렀다.

같은 기간 테슬라 중국법인은 6만1497대를 판매했다.

샤오미의 SUV 'YU7'은 25만3500위안(약 5070만 원)부터 판매되며, 주문 후 대기 기간이 최장 1년에 \
이른다.

업계에서는 샤오미가 연말까지 누적 인도 50만 대를 넘어설 것으로 보고 있다.

한편 샤오미 주가는 홍콩증시에서 2.3% 올랐다."""

KO_QOQ = """입력 2025.11.18 20:05 | 홍콩=이수진 기자

샤오미의 전기차 부문이 3분기 처음으로 영업이익을 냈다. 이 부문 매출은 283억 위안(약 5조7000억 원)으로 \
전 분기(206억 위안)보다 37% 늘었다.

영업이익은 7억 위안으로, 2분기 3억 위안 영업손실에서 흑자 전환했다.

3분기 인도량은 10만8796대로 분기 기준 처음 10만 대를 넘었다. 매출총이익률은 25.5%였다.

루웨이빙 총재는 "올해 35만 대 인도 목표는 무난히 달성할 것"이라고 말했다.

같은 기간 그룹 전체 매출은 1131억 위안이었다.

현대차의 3분기 영업이익은 2조5373억 원이었다."""

# --- Indonesian ------------------------------------------------------------------------------

ID_MONTHLY = """Oleh Rizky Pratama | Selasa, 1 Juli 2025 10:30 WIB

Xiaomi mengirimkan lebih dari 25.000 unit mobil listrik kepada konsumen bulan lalu, lebih \
rendah dibandingkan Mei yang melampaui 28.000 unit. Penurunan terjadi karena sebagian jalur \
produksi dialihkan untuk SUV YU7.

YU7 diluncurkan pada 26 Juni dengan harga mulai 253.500 yuan atau sekitar Rp575 juta. Dalam \
satu jam pertama, pesanan terkunci (locked orders) mencapai 289.000 unit.

Secara kumulatif, Xiaomi telah mengirimkan lebih dari 300.000 mobil sejak SU7 meluncur pada \
Maret 2024. Target perusahaan tahun ini tetap 350.000 unit.

Di Indonesia, Xiaomi baru menjual ponsel dan perangkat rumah tangga; ponsel Xiaomi 15 \
dibanderol Rp12,9 juta."""

ID_ANALYST = """Oleh Dewi Lestari | Kamis, 20 November 2025 14:00 WIB

Goldman Sachs memperkirakan pendapatan bisnis kendaraan listrik Xiaomi mencapai 150 miliar \
yuan (sekitar Rp350 triliun) pada 2026, dengan pengiriman sekitar 560.000 unit.

Untuk tahun ini, bank investasi asal AS itu memproyeksikan pengiriman 405.000 unit, di atas \
target resmi perusahaan sebesar 350.000 unit.

Pada kuartal III, Xiaomi mengirimkan 108.796 unit dan membukukan laba operasional 700 juta \
yuan dari segmen mobil listrik, pertama kali sejak memulai bisnis tersebut.

Margin kotor segmen diperkirakan naik menjadi 26% tahun depan dari 25,5% pada kuartal III.

Sebagai pembanding, BYD diperkirakan menjual 4,6 juta mobil tahun ini. Goldman juga menaikkan \
target harga saham Xiaomi menjadi HK$70."""

# --- Vietnamese ------------------------------------------------------------------------------

VI_MONTHLY = """Thứ Hai, 3/11/2025, 08:15 (GMT+7)

Xiaomi cho biết đã giao hơn 40.000 xe điện trong tháng trước, tháng thứ hai liên tiếp vượt mốc \
này.

Tính từ đầu năm đến hết tháng 10, hãng đã giao hơn 300.000 xe, tức hoàn thành hơn 85% kế \
hoạch 350.000 xe của năm 2025.

Mẫu SUV YU7 có giá từ 253.500 nhân dân tệ (khoảng 940 triệu đồng), trong khi SU7 Ultra có giá \
529.900 nhân dân tệ (khoảng 1,96 tỷ đồng).

Nhà máy của Xiaomi tại Bắc Kinh hiện có công suất khoảng 300.000 xe mỗi năm.

Tại Việt Nam, VinFast đã bàn giao 103.000 xe trong 10 tháng đầu năm."""

VI_QOQ = """Thứ Tư, 28/5/2025, 10:20 (GMT+7)

Doanh thu từ xe điện của Xiaomi trong quý I/2025 đạt 18,1 tỷ nhân dân tệ (khoảng 65.000 tỷ \
đồng), tăng so với 16,7 tỷ nhân dân tệ của quý trước.

Hãng giao 75.869 xe trong quý, so với 69.697 xe ở quý IV/2024. Biên lợi nhuận gộp đạt 23,2%.

Mảng xe điện và các sáng kiến mới lỗ hoạt động 500 triệu nhân dân tệ, giảm so với mức lỗ 700 \
triệu của quý trước.

Xiaomi đặt mục tiêu giao 350.000 xe trong năm nay, sau khi nâng từ mức 300.000 xe hồi tháng 3.

Cổ phiếu Xiaomi tăng 1,2%; doanh thu toàn tập đoàn trong quý đạt 111,3 tỷ nhân dân tệ."""

# --- Turkish ---------------------------------------------------------------------------------

TR_MONTHLY = """Ankara | 1 Ekim 2025, 11:45

Çinli teknoloji şirketi Xiaomi, geçen ay 40 binin üzerinde elektrikli araç teslim ederek aylık \
rekor kırdı. Ağustos ayında teslimatlar 30 bini aşmıştı.

Şirketin yılbaşından bu yana teslim ettiği araç sayısı 266 bini geçti. Xiaomi'nin 2025 hedefi \
350 bin adet.

Türkiye'nin yerli otomobili Togg ise eylülde 3.918 adet sattı.

YU7 modelinin Çin'deki başlangıç fiyatı 253.500 yuan, yani yaklaşık 1,5 milyon TL.

Xiaomi, Pekin'deki fabrikasının ikinci etabının devreye girmesiyle yıllık üretim kapasitesini \
300 bin araca çıkardı.

Analistler şirketin yılı 400 bin civarında teslimatla kapatmasını bekliyor."""

TR_RESULTS = """İstanbul | 18 Kasım 2025, 16:20

Xiaomi'nin elektrikli otomobil birimi, üçüncü çeyrekte 700 milyon yuan (yaklaşık 4,1 milyar \
TL) faaliyet kârı elde etti. Bir önceki çeyrekte birim 300 milyon yuan zarar etmişti.

Birimin geliri 28,3 milyar yuana yükselirken, brüt kâr marjı yüzde 25,5 oldu.

Temmuz-eylül döneminde 108.796 araç teslim eden şirket, yıllık 350 bin araçlık hedefini \
koruyor. Araç başına ortalama satış fiyatı 259.800 yuan oldu.

Grubun toplam geliri ise 113,1 milyar yuan olarak açıklandı.

Xiaomi hisseleri Hong Kong borsasında yüzde 3 düştü."""


ARTICLES = [
    article(
        "Xiaomis Autosparte schreibt erstmals schwarze Zahlen",
        DE_RESULTS,
        D(2025, 11, 18),
        "de",
        [
            money("revenue", 29.0e9, **Q3_25),
            money("revenue", 21.3e9, **Q2_25),
            other("gross margin", 25.5, **Q3_25),
            other("gross margin", 26.4, **Q2_25),
            other("operating profit", 7e8, **Q3_25),
            money("net_loss", 3e8, **Q2_25),
            dlv(AUTO, 108796, **Q3_25),
            dlv(AUTO, 81302, **Q2_25),
            group_revenue(113.1e9, **Q3_25),
            goal(350000, **year(2025)),
            dlv(AUTO, 300000, MORE, **first_months(2025, 10)),
            money("net_loss", 1e8, status="forecast", **Q3_25),
        ],
        xf="the analysts' expected operating loss 100m ('Analysten hatten für das Quartal im Schnitt noch mit einem operativen Verlust von 100 Mio. Yuan gerechnet') given to Xiaomi Group instead of Xiaomi Auto",
    ),
    article(
        "Kommentar: Xiaomi hat die Latte selbst zu niedrig gelegt",
        DE_COLUMN,
        D(2025, 11, 5),
        "de",
        [
            dlv(AUTO, 480000, ABOUT, **total_to(D(2025, 10, 31))),
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            goal(300000, **year(2025)),
            goal(350000, **year(2025)),
            fcst(AUTO, 350000),
            cap(300000),
        ],
        xf="missing the columnist's forecast 350,000 ('Selbst diese Marke dürfte Xiaomi nach meiner Rechnung noch im November knacken': the mark named by the sentence before, not repeated)",
    ),
    article(
        "Voitures électriques en Chine : Xiaomi grignote des parts de marché",
        FR_SHARE,
        D(2025, 11, 12),
        "fr",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 136854, **year(2024)),
            price(YU7, 253500),
        ],
    ),
    article(
        "Xiaomi renouvelle sa berline SU7 et relève son prix d'entrée",
        FR_REFRESH,
        D(2025, 9, 26),
        "fr",
        [
            price(SU7, 229900),
            price(SU7, 259900),
            price(SU7, 303900),
            orders("locked_orders", SU7, 15000, **WINDOW),
            dlv(SU7, 300000, MORE, **CUM),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi entregó más de 30.000 coches en julio",
        ES_MONTHLY,
        D(2025, 8, 1),
        "es",
        [
            dlv(AUTO, 30000, MORE, **month(2025, 7)),
            dlv(AUTO, 25000, MORE, **month(2025, 6)),
            dlv(AUTO, 187000, MORE, **first_months(2025, 7)),
            goal(350000, **year(2025)),
            cap(40000, qualifier=ABOUT),
        ],
        xf="missing the capacity about 40,000 a month ('una capacidad de unas 40.000 unidades al mes'): the sentence names no Xiaomi name and follows one about rivals (Xpeng, Leapmotor), so it is read as theirs",
    ),
    article(
        "El negocio de coches de Xiaomi factura 18.100 millones de yuanes en el primer trimestre",
        ES_QOQ,
        D(2025, 5, 27),
        "es",
        [
            money("revenue", 18.1e9, **Q1_25),
            money("revenue", 16.7e9, **Q4_24),
            dlv(AUTO, 75869, **Q1_25),
            dlv(AUTO, 69697, **Q4_24),
            other("gross margin", 23.2, **Q1_25),
            other("gross margin", 20.4, **Q4_24),
            money("net_loss", 5e8, **Q1_25),
            money("net_loss", 7e8, **Q4_24),
            price(AUTO, 235000, **Q1_25),
        ],
    ),
    article(
        "Xiaomi, a fine settembre superate le 400.000 auto consegnate",
        IT_TOTAL,
        D(2025, 10, 2),
        "it",
        [
            dlv(AUTO, 400000, MORE, **total_to(D(2025, 9, 30))),
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 30000, MORE, **month(2025, 8)),
            dlv(AUTO, 266000, MORE, **first_months(2025, 9)),
            goal(350000, **year(2025)),
            goal(550000, **year(2026)),
            cap(150000),
        ],
    ),
    article(
        "Xiaomi SU7 Ultra, oltre 10.000 ordini in due ore",
        IT_ULTRA,
        D(2025, 2, 28),
        "it",
        [
            price(ULTRA, 529900),
            price(ULTRA, 814900),
            orders("locked_orders", ULTRA, 10000, qualifier=MORE, **WINDOW),
            ev(ULTRA, metric="delivery_target", value=10000, status="target", **year(2025)),
            dlv(AUTO, 20000, MORE, **month(2025, 1)),
            goal(300000, **year(2025)),
        ],
    ),
    article(
        "JPMorgan vê Xiaomi entregando 570 mil carros em 2026",
        PT_ANALYST,
        D(2025, 11, 24),
        "pt",
        [
            fcst(AUTO, 480000, **year(2026)),
            fcst(AUTO, 570000, **year(2026)),
            fcst(AUTO, 410000, ABOUT, **year(2025)),
            money("revenue", 145e9, status="forecast", **year(2026)),
            other("gross margin", 24, **FORECAST, **year(2026)),
            other("operating profit", 7e8, **Q3_25),
        ],
    ),
    article(
        "Xiaomi volta a entregar mais de 40 mil carros elétricos",
        PT_MONTHLY,
        D(2025, 12, 2),
        "pt",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            dlv(AUTO, 360000, MORE, **first_months(2025, 11)),
            goal(350000, **year(2025)),
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            price(SU7, 215900),
        ],
    ),
    article(
        "Autotak Xiaomi nadert break-even",
        NL_LIST,
        D(2025, 8, 19),
        "nl",
        [
            money("revenue", 20.6e9, **Q2_25),
            money("revenue", 18.1e9, **Q1_25),
            other("gross margin", 26.4, **Q2_25),
            other("gross margin", 23.2, **Q1_25),
            money("net_loss", 3e8, **Q2_25),
            money("net_loss", 5e8, **Q1_25),
            dlv(AUTO, 81302, **Q2_25),
            dlv(AUTO, 75869, **Q1_25),
            price(AUTO, 253662, **Q2_25),
            money("net_loss", 6.2e9, **year(2024)),
        ],
    ),
    article(
        "Wachttijd voor Xiaomi YU7 loopt op tot meer dan een jaar",
        NL_WAIT,
        D(2025, 7, 15),
        "nl",
        [
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
            cap(300000, qualifier=ABOUT),
            cap(150000, status="target"),
            dlv(AUTO, 25000, MORE, **month(2025, 6)),
            price(YU7, 253500),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Felieton: Xiaomi uczy Teslę, jak sprzedawać samochody w Chinach",
        PL_COLUMN,
        D(2025, 10, 20),
        "pl",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            price(YU7, 253500),
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
            goal(350000, **year(2025)),
            fcst(AUTO, 400000, ABOUT, **year(2025)),
        ],
    ),
    article(
        "Xiaomi z prawie 10 tys. rejestracji w tydzień",
        PL_WEEKLY,
        D(2025, 11, 11),
        "pl",
        [
            dlv(AUTO, 9800, **week(D(2025, 11, 3))),
            dlv(AUTO, 8600, **week(D(2025, 10, 27))),
            dlv(
                AUTO,
                330000,
                ABOUT,
                period_kind="cumulative",
                period_start=D(2025, 1, 1),
                period_end=D(2025, 11, 9),
            ),
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
        ],
    ),
    article(
        "Xiaomi повысила план по продажам электромобилей на 2025 год",
        RU_TARGET,
        D(2025, 3, 19),
        "ru",
        [
            goal(300000, **year(2025)),
            goal(350000, **year(2025)),
            dlv(AUTO, 136854, **year(2024)),
            money("revenue", 32.1e9, **year(2024)),
            money("net_loss", 6.2e9, **year(2024)),
            other("gross margin", 20.4, **Q4_24),
            cap(150000, status="target"),
        ],
    ),
    article(
        "Xiaomi поставила в мае более 28 тыс. электромобилей",
        RU_MONTHLY,
        D(2025, 6, 3),
        "ru",
        [
            dlv(AUTO, 28000, MORE, **month(2025, 5)),
            dlv(AUTO, 28000, MORE, **month(2025, 4)),
            dlv(AUTO, 135000, MORE, **first_months(2025, 5)),
            goal(350000, **year(2025)),
            price(SU7, 215900),
            fcst(AUTO, 380000, ABOUT, **year(2025)),
        ],
    ),
    article(
        "シャオミ、8月のEV納車3万台超　前月並みを維持",
        JA_MONTHLY,
        D(2025, 9, 1),
        "ja",
        [
            dlv(AUTO, 30000, MORE, **month(2025, 8)),
            dlv(AUTO, 30000, MORE, **month(2025, 7)),
            cap(40000, status="target"),
            dlv(AUTO, 220000, MORE, **first_months(2025, 8)),
            goal(350000, **year(2025)),
            price(YU7, 253500),
        ],
    ),
    article(
        "シャオミ、25年のEV納車41万台超　26年は55万台目標",
        JA_REVIEW,
        D(2026, 1, 2),
        "ja",
        [
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(300000, **year(2025)),
            goal(350000, **year(2025)),
            dlv(AUTO, 50000, MORE, **month(2025, 12)),
            goal(550000, **year(2026)),
            dlv(AUTO, 550000, ABOUT, **CUM),
            money("revenue", 1e11, MORE, status="forecast", **year(2025)),
        ],
        xf="the revenue forecast >100bn yuan ('EV事業の通期売上高は1000億元を超える見通し') missing: the EV business named without Xiaomi after a sentence on Tesla is not given to Xiaomi Auto (and its '通期' told on January 2 would read as 2026, not the year just ended)",
    ),
    article(
        "샤오미 전기차, 지난달 4만 대 넘게 인도…두 달 연속",
        KO_MONTHLY,
        D(2025, 11, 3),
        "ko",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 300000, MORE, **first_months(2025, 10)),
            goal(350000, **year(2025)),
            price(YU7, 253500),
            fcst(AUTO, 500000, MORE, period_kind="cumulative"),
        ],
    ),
    article(
        "샤오미 전기차 사업, 첫 분기 흑자…매출 283억 위안",
        KO_QOQ,
        D(2025, 11, 18),
        "ko",
        [
            money("revenue", 28.3e9, **Q3_25),
            money("revenue", 20.6e9, **Q2_25),
            other("operating profit", 7e8, **Q3_25),
            money("net_loss", 3e8, **Q2_25),
            dlv(AUTO, 108796, **Q3_25),
            other("gross margin", 25.5, **Q3_25),
            goal(350000, **year(2025)),
            group_revenue(113.1e9, **Q3_25),
        ],
    ),
    article(
        "Pengiriman Mobil Listrik Xiaomi Tembus 25.000 Unit Bulan Lalu",
        ID_MONTHLY,
        D(2025, 7, 1),
        "id",
        [
            dlv(AUTO, 25000, MORE, **month(2025, 6)),
            dlv(AUTO, 28000, MORE, **month(2025, 5)),
            price(YU7, 253500),
            orders("locked_orders", YU7, 289000, **WINDOW),
            dlv(AUTO, 300000, MORE, **CUM),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Goldman Sachs: Bisnis Mobil Xiaomi Bakal Raup 150 Miliar Yuan Tahun Depan",
        ID_ANALYST,
        D(2025, 11, 20),
        "id",
        [
            money("revenue", 150e9, status="forecast", **year(2026)),
            fcst(AUTO, 560000, ABOUT, **year(2026)),
            fcst(AUTO, 405000, **year(2025)),
            goal(350000, **year(2025)),
            dlv(AUTO, 108796, **Q3_25),
            other("operating profit", 7e8, **Q3_25),
            other("gross margin", 26, **FORECAST, **year(2026)),
            other("gross margin", 25.5, **Q3_25),
        ],
    ),
    article(
        "Xe điện Xiaomi tiếp tục lập kỷ lục giao hàng",
        VI_MONTHLY,
        D(2025, 11, 3),
        "vi",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 300000, MORE, **first_months(2025, 10)),
            goal(350000, **year(2025)),
            price(YU7, 253500),
            price(ULTRA, 529900),
            cap(300000, qualifier=ABOUT),
        ],
    ),
    article(
        "Mảng ô tô Xiaomi thu về 18,1 tỷ nhân dân tệ trong quý I",
        VI_QOQ,
        D(2025, 5, 28),
        "vi",
        [
            money("revenue", 18.1e9, **Q1_25),
            money("revenue", 16.7e9, **Q4_24),
            dlv(AUTO, 75869, **Q1_25),
            dlv(AUTO, 69697, **Q4_24),
            other("gross margin", 23.2, **Q1_25),
            money("net_loss", 5e8, **Q1_25),
            money("net_loss", 7e8, **Q4_24),
            goal(350000, **year(2025)),
            goal(300000, **year(2025)),
            group_revenue(111.3e9, **Q1_25),
        ],
    ),
    article(
        "Xiaomi geçen ay 40 binden fazla elektrikli otomobil teslim etti",
        TR_MONTHLY,
        D(2025, 10, 1),
        "tr",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 30000, MORE, **month(2025, 8)),
            dlv(AUTO, 266000, MORE, **first_months(2025, 9)),
            goal(350000, **year(2025)),
            price(YU7, 253500),
            cap(300000),
            fcst(AUTO, 400000, ABOUT, **year(2025)),
        ],
    ),
    article(
        "Xiaomi'nin otomobil birimi ilk kez faaliyet kârı açıkladı",
        TR_RESULTS,
        D(2025, 11, 18),
        "tr",
        [
            other("operating profit", 7e8, **Q3_25),
            money("net_loss", 3e8, **Q2_25),
            money("revenue", 28.3e9, **Q3_25),
            other("gross margin", 25.5, **Q3_25),
            dlv(AUTO, 108796, **Q3_25),
            goal(350000, **year(2025)),
            price(AUTO, 259800, **Q3_25),
            group_revenue(113.1e9, **Q3_25),
        ],
    ),
]


@run(ARTICLES)
def test_articles13_in_thirteen_languages(
    title: str, body: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)
