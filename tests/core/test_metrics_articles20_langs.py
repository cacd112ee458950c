"""Whole pages in the thirteen non-English, non-Chinese languages the extractor reads (de, fr,
es, it, pt, nl, pl, ja, ko, ru, tr, vi, id), two per language, written here from scratch with
no look at the devset, each as a local outlet would print it (byline, dateline, captions, "see
also" links, share rows) and with the local forms of numbers: "Mrd.", "Mio.", "1.234.567",
"150 mila", "28 mil", "350 tys.", "30 000" with a no-break or narrow no-break space, "26万6000台",
"28만 9천 건", "300 тыс.", "1,2 млн", "40 bin", "1,8 tỷ đồng", "1,2 juta".

Seven themes, spread over the languages:
1. a launch day (de, it, pl, ko, vi, pt): orders counted at minutes and hours after the launch
   are `orders` of a `window`, firm or locked orders (verbindliche Bestellungen, ordini
   vincolanti, 확정 주문, đơn khóa, pedidos firmes) are `locked_orders` of a window; the launch
   price and the pre-sale price it is compared with are both prices of the model, a converted
   price (euros, reais, won, dong) is the same price told twice;
2. the monthly deliveries with the previous month and the year-to-date total in one paragraph
   (fr, pt, pl, ko, tr): three delivery events, the total running from January 1;
3. a plant (de, it, ja, ru): each stated annual capacity is a capacity (a rate), "can build N
   cars an hour" is a capacity too, the cars that actually roll off per hour are production at
   a rate, "a car every minute" gives nothing (as "every 76 seconds" gives nothing in
   test_metrics_articles9.py); the money put into the plant is an investment;
4. an interview (es, nl, ja, id): the executive's target for a year is that year's
   delivery_target, his past figures are actuals, a research budget is rd_spend of its year;
5. local number forms (all of them, see above);
6. a comparison with Tesla (fr, pt, ru, vi): Tesla's deliveries, prices and totals give nothing,
   even when a Tesla price equals a Xiaomi price;
7. negatives (es, nl, tr, id, and in passing elsewhere): share price, market value, phone
   shipments, a consumer survey in percent, range in km, 0-100 km/h time, horsepower, view
   counts; each such page keeps one plain Xiaomi figure so the page is not empty.

Expectations, fixed before the first run: events in text order, a repeated figure once; a
finished month spans its first to last day, as_of its last; "since the start of the year" is a
running total from January 1 whose end is not asserted; "from January to October" runs to the
end of October; a running total since launch is cumulative. Target as_of is left unchecked.
Known misses carry `xfail(strict=True)` with a reason that states the expected and the actual
output.

Helpers come by import from test_metrics_articles9.py, test_metrics_review8.py,
test_metrics_articles15_langs.py and test_metrics_articles16_eu.py.
"""

import datetime as dt
from typing import Any

from test_metrics_articles9 import article, check_article, run
from test_metrics_articles15_langs import half, produced
from test_metrics_articles16_eu import locked, placed, since_january, staff
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    CUM,
    MORE,
    RATE,
    SU7,
    ULTRA,
    YU7,
    cap,
    dlv,
    first_months,
    goal,
    money,
    month,
    price,
    quarter,
    year,
)

D = dt.date
Y24, Y25, Y26 = year(2024), year(2025), year(2026)

# --- German ----------------------------------------------------------------------------------

DE_LAUNCH = """Von Lena Hoffmann | 27.06.2025, 07:40 Uhr | Lesezeit: 3 Min.

Xiaomis erstes SUV ist ein Verkaufsschlager. Drei Minuten nach dem Marktstart am \
Donnerstagabend hatte der YU7 mehr als 200.000 Bestellungen gesammelt, wie Konzernchef Lei Jun \
auf Weibo schrieb. Nach 18 Stunden zählte der Hersteller 240.000 verbindliche Bestellungen.

Der Einstiegspreis liegt bei 253.500 Yuan (umgerechnet rund 30.300 Euro) und damit unter dem \
des Model Y von Tesla, das in China ab 263.500 Yuan kostet. Die Topversion YU7 Max kostet \
329.900 Yuan.

Lei Jun bei der Präsentation in Peking. Foto: Xiaomi

Zum Vergleich: Beim SU7 hatte Xiaomi im März 2024 binnen 27 Minuten 50.000 verbindliche \
Bestellungen gemeldet.

Die Aktie sprang in Hongkong um 8 Prozent auf 62,05 HK-Dollar, ein Rekordhoch. Der Börsenwert \
lag damit bei mehr als 1,5 Billionen HK-Dollar.

Mehr zum Thema: Xiaomi SU7 Ultra im Fahrbericht"""

DE_PLANT = """Von Jonas Weber | 20.01.2026, 14:05 Uhr

PEKING. Xiaomi baut sein Autowerk im Süden Pekings weiter aus. Die erste Ausbaustufe kann \
150.000 Fahrzeuge im Jahr fertigen, mit der zweiten, seit dem Sommer 2025 in Betrieb, stieg die \
Jahreskapazität auf 300.000 Einheiten. Eine dritte Stufe soll sie bis Ende 2027 auf 500.000 \
Fahrzeuge erhöhen.

In der Endmontage laufen derzeit bis zu 40 Autos pro Stunde vom Band. Im vergangenen Jahr \
verließen insgesamt 411.082 Fahrzeuge das Werk. Nach Unternehmensangaben hat Xiaomi rund \
9,5 Mrd. Yuan in den Standort investiert.

Zum Vergleich: Der Konzern setzte 2025 rund 165 Mio. Smartphones ab, davon 1.234.500 Geräte \
in Deutschland.

Werksbesuch: Roboter schweißen eine Karosserie des YU7. Foto: dpa"""

# --- French ----------------------------------------------------------------------------------

FR_MONTHLY = """Par Claire Dubois | Publié le 01/12/2025 à 10h12

Xiaomi a livré plus de 46 000 voitures électriques en novembre, contre 40 000 en octobre, et \
porte à 362 000 unités le total de ses livraisons depuis le début de l'année, a indiqué lundi \
le groupe pékinois.

L'objectif annuel de 350 000 livraisons, relevé en juillet, est donc déjà dépassé. Le YU7 \
compte désormais pour près des deux tiers des ventes du constructeur.

À lire aussi : BYD recule pour le troisième mois consécutif

Xiaomi Corp. (1810.HK) : -0,9 % à 41,36 HKD"""

FR_TESLA = """Par Antoine Marchal | Publié le 02/10/2024 à 07h30

La berline de Xiaomi a fait mieux que la Model 3 en Chine. Xiaomi a livré plus de 10 000 SU7 \
en septembre, pour le troisième mois d'affilée. Selon l'Association chinoise des voitures \
particulières, Tesla a écoulé 9 800 Model 3 et 33 000 Model Y dans le pays sur la même période.

La SU7 est vendue à partir de 215 900 yuans, contre 231 900 yuans pour la Model 3. Depuis son \
lancement en mars, la berline a été livrée à plus de 67 000 exemplaires. Au troisième \
trimestre, Tesla a livré 462 890 véhicules dans le monde.

Xiaomi vise 120 000 livraisons cette année.

À lire aussi : Tesla dévoile son robotaxi à Los Angeles"""

# --- Spanish ---------------------------------------------------------------------------------

ES_INTERVIEW = """Por Lucía Ortega | 10 abr 2025 - 06:00 CEST

Lu Weibing, presidente de Xiaomi, recibe a este diario en la sede de Pekín.

—¿Cuántos coches entregarán este año?
—Nuestro objetivo son 350.000 unidades. En el primer trimestre ya entregamos más de 75 mil, y \
en marzo superamos las 29.000 entregas.

—¿Les alcanza la fábrica?
—La segunda fase de la planta de Pekín estará lista a mediados de año. Entonces podremos \
fabricar 300.000 coches al año.

—¿Cuánto invierten en tecnología?
—En investigación y desarrollo para el coche gastaremos unos 7.000 millones de yuanes este año.

—¿Cuándo llegarán a Europa?
—En 2027. Antes queremos ser fuertes en China.

Lea también: Xiaomi vende 41,8 millones de móviles en el trimestre"""

ES_NEG = """Por Diego Sanz | 20 mar 2026 - 13:45 CET

Xiaomi presentó este miércoles sus resultados anuales. La compañía envió 42,6 millones de \
teléfonos en el cuarto trimestre, un 2% menos, y sus acciones cayeron un 3,4% hasta 41,20 \
dólares de Hong Kong.

En coches, Xiaomi entregó más de 410.000 unidades en 2025.

Según una encuesta de la consultora Kantar, el 61% de los consumidores chinos se plantea \
comprar un eléctrico en los próximos dos años.

El YU7 homologa una autonomía de 835 km CLTC y acelera de 0 a 100 km/h en 3,23 segundos; el \
SU7 Ultra desarrolla 1.548 CV. El Tesla Model Y parte de 263.500 yuanes."""

# --- Italian ---------------------------------------------------------------------------------

IT_PLANT = """di Marco Bianchi | 8 luglio 2025

PECHINO – Nella fabbrica di Xiaomi a Yizhuang, alla periferia sud di Pechino, lavorano più di \
700 robot. La prima fase dello stabilimento, operativa dal 2024, ha una capacità di 150 mila \
vetture l'anno; con la seconda fase, entrata in funzione a giugno, la capacità complessiva sale \
a 300 mila unità annue.

"La linea di assemblaggio può sfornare 40 auto all'ora", spiega il direttore dello \
stabilimento. Per la seconda fase il gruppo ha investito circa 2,5 miliardi di yuan.

Nel primo semestre Xiaomi ha consegnato oltre 157 mila auto.

Leggi anche: Tesla, consegne in calo nel secondo trimestre"""

IT_LAUNCH = """di Giulia Ferri | 17 aprile 2026

Il nuovo SU7 di Xiaomi debutta con un prezzo di lancio di 219.900 yuan, 10.000 in meno del \
prezzo di prevendita di 229.900 yuan. Dopo 34 minuti gli ordini vincolanti avevano superato \
quota 15.000, e nella prima ora erano oltre 30.000, ha scritto Lei Jun su Weibo.

La versione Max costa 279.900 yuan e promette un'autonomia fino a 902 km.

In Borsa il titolo ha guadagnato il 2,7%.

Foto: il nuovo SU7 al Salone di Pechino (Ansa)"""

# --- Portuguese ------------------------------------------------------------------------------

PT_MONTHLY = """Por Rita Carvalho | 01 mar 2026, 11h20

A Xiaomi entregou cerca de 28 mil carros em fevereiro, contra mais de 39 mil em janeiro, \
abrandamento que a empresa atribui ao Ano Novo Chinês; no acumulado do ano, são cerca de 67 \
mil unidades.

A meta para 2026 é de 550 mil entregas. Nos telemóveis, o Xiaomi 15 já vendeu 3,5 milhões de \
unidades desde o lançamento.

Leia também: BYD volta a cair em fevereiro"""

PT_TESLA = """Por Pedro Lima | 03/07/2025 09h41 Atualizado há 2 horas

A Tesla vendeu 61.484 carros na China em junho, enquanto a Xiaomi entregou mais de 25 mil \
veículos no mesmo mês. A Xiaomi disse ter recebido 240 mil pedidos firmes do YU7 em 18 horas.

O YU7 começa em 253.500 yuans (cerca de R$ 193 mil), abaixo dos 263.500 yuans do Tesla Model \
Y. No segundo trimestre, a Tesla entregou 384.122 veículos no mundo.

Leia mais: Tesla perde liderança na Europa"""

# --- Dutch -----------------------------------------------------------------------------------

NL_INTERVIEW = """Door Sanne Bakker | 20 november 2024, 09:10 | Leestijd 4 minuten

Lei Jun ontvangt ons in Peking, een dag na de kwartaalcijfers.

U verhoogde het doel al twee keer. Waar staat u nu?
"Ons doel voor dit jaar is nu 130.000 auto's. In oktober hebben we er meer dan 20.000 \
geleverd, en dat tempo houden we vast."

En volgend jaar?
"Volgend jaar willen we 300.000 auto's leveren. Voor de komende vijf jaar trekken we nog eens \
30 miljard yuan uit voor de autodivisie."

Xiaomi verkocht in het derde kwartaal 42,8 miljoen smartphones.

Lees ook: Nio levert recordaantal auto's in oktober"""

NL_NEG = """Door Tim Jansen | 23 mei 2025, 16:30

Xiaomi toonde donderdag de YU7, een SUV met een actieradius van 770 kilometer (CLTC) die in \
3,23 seconden van 0 naar 100 km/u sprint. De prijs wordt pas in juli bekend.

Het aandeel Xiaomi steeg in Hongkong 2,5 procent naar 52,30 Hongkongse dollar. Uit een enquête \
van Deloitte blijkt dat 45 procent van de Chinese consumenten een elektrische auto overweegt.

Xiaomi leverde in april meer dan 28.000 auto's. De Tesla Model Y kost in China 263.500 yuan."""

# --- Polish ----------------------------------------------------------------------------------

PL_MONTHLY = """Autor: Piotr Nowak | 01.08.2025, 10:02

Xiaomi dostarczyło w lipcu ponad 30\u00a0000 aut, wobec ponad 25\u00a0000 w czerwcu; od \
stycznia do lipca łącznie ponad 187\u202f000 – podała spółka.

Cel na ten rok to 350 tys. aut. BYD sprzedał w lipcu 344 296 samochodów.

Czytaj także: Tesla traci w Europie"""

PL_LAUNCH = """Autor: Anna Zielińska | 29.03.2024, 08:15

Xiaomi wystartowało ze sprzedażą sedana SU7. W ciągu 4 minut od startu zebrano ponad 10 000 \
zamówień z zaliczką, po 27 minutach ponad 50 000, a po dobie 88 898.

Wersja podstawowa kosztuje 215 900 juanów, SU7 Pro – 245 900 juanów, a SU7 Max – 299 900 \
juanów. Tesla Model 3 kosztuje w Chinach 245 900 juanów.

Na zdjęciu: Lei Jun podczas premiery w Pekinie."""

# --- Japanese --------------------------------------------------------------------------------

JA_PLANT = """2025年10月15日 8時30分

【北京＝山田太郎】中国の小米（シャオミ）は、北京市南部の自動車工場を報道陣に公開した。第1期の\
年産能力は15万台で、6月に稼働した第2期と合わせて30万台となった。組み立てラインは1時間あたり\
40台を生産できるという。

同社によると、1〜9月の累計納車台数は26万6000台を超えた。一方、スマートフォンの7〜9月の出荷台数\
は4320万台だった。工場紹介動画の再生回数は1億2000万回に達した。

関連記事：テスラ、上海工場の出荷が減少"""

JA_INTERVIEW = """2026年1月8日 6時00分

小米の雷軍CEOは本紙のインタビューに応じ、「今年は55万台の納車を目指す」と語った。

――昨年の実績は。
「41万台余りを納車した。12月は5万台を超えた」

――研究開発は。
「自動車事業には今年、100億元超を研究開発に投じる」

――日本市場は。
「2027年以降に検討したい」

小米の株価は前日比1.2%安の38.9香港ドル。"""

# --- Korean ----------------------------------------------------------------------------------

KO_LAUNCH = """입력 2025.06.27 09:12 | 수정 2025.06.27 10:40 | 베이징=김민수 특파원

샤오미의 첫 SUV YU7이 출시 3분 만에 주문 20만 건을 넘어섰다. 1시간 만에는 28만 9천 건의 주문이 \
몰렸고, 출시 18시간 만에 확정 주문은 24만 건을 기록했다.

가격은 25만3500위안(약 4800만원)부터다. 테슬라 모델Y의 중국 가격은 26만3500위안이다.

샤오미 주가는 홍콩증시에서 8% 올랐다.

관련기사: 샤오미, SU7 울트라 가격 인하"""

KO_MONTHLY = """입력 2025.11.03 14:20 | 베이징=이지은 특파원

샤오미는 10월 4만 대 이상을 인도했다고 밝혔다. 전달인 9월에도 4만 대를 넘었으며, 1~10월 누적 \
인도량은 30만6천 대를 웃돈다.

샤오미의 연간 목표는 35만 대다. 샤오미는 올해 3분기 스마트폰 4330만 대를 출하했다.

관련기사: BYD, 10월 판매 12% 감소"""

# --- Russian ---------------------------------------------------------------------------------

RU_TESLA = """Автор: Иван Петров | 05.12.2025, 11:20

Tesla в ноябре продала в Китае 73 145 автомобилей, Xiaomi — более 40 тыс. С начала года \
Xiaomi передала клиентам более 360 тыс. машин, и годовой план в 350 тыс. выполнен досрочно.

Tesla с момента запуска шанхайского завода выпустила в Китае более 1,2 млн Model Y, а в \
мировом масштабе за год рассчитывает продать около 1,8 млн машин.

Читайте также: BYD снизила продажи третий месяц подряд"""

RU_PLANT = """Автор: Ольга Смирнова | 12.03.2026, 09:45

Xiaomi вывела на полную мощность вторую очередь пекинского завода: мощность предприятия выросла \
со 150 тыс. до 300 тыс. автомобилей в год. Каждую минуту с конвейера сходит одна машина.

В 2025 году завод выпустил более 410 тыс. автомобилей. Численность персонала предприятия — \
около 5 тыс. человек. Компания купила участок для третьей очереди.

Акции Xiaomi подешевели на 1,1%."""

# --- Turkish ---------------------------------------------------------------------------------

TR_MONTHLY = """Haber: Elif Yılmaz | 01.10.2025 10:35

Xiaomi eylülde 40 binin üzerinde araç teslim etti; ağustosta teslimatlar 30 bini aşmıştı. \
Şirketin yılın ilk dokuz ayındaki toplam teslimatı 266 bini geçti.

Xiaomi'nin bu yılki hedefi 350 bin araç. YU7'nin fiyatı 253.500 yuandan başlıyor.

İlgili haber: BYD'nin satışları eylülde geriledi"""

TR_NEG = """Haber: Murat Demir | 04.05.2026 16:10

Xiaomi hisseleri Hong Kong borsasında yüzde 4 düşerek 36,8 HK dolarına geriledi. Şirket ilk \
çeyrekte 41,8 milyon akıllı telefon sevk etti.

Bir ankete göre tüketicilerin yüzde 52'si bir sonraki otomobilini elektrikli seçmeyi düşünüyor. \
YU7'nin menzili 835 km, 0-100 km/s hızlanması 3,2 saniye.

Xiaomi nisan ayında 32 bin araç teslim etti. Tesla ise Çin'de 12 bin araç sattı."""

# --- Vietnamese ------------------------------------------------------------------------------

VI_LAUNCH = """Thứ năm, 27/2/2025, 22:40 (GMT+7)

Xiaomi chính thức mở bán SU7 Ultra với giá 529.900 nhân dân tệ (tương đương khoảng 1,8 tỷ đồng), \
thấp hơn nhiều so với giá đặt trước 814.900 nhân dân tệ. Sau 2 giờ, mẫu xe nhận được hơn \
10.000 đơn đặt hàng.

Xe có công suất 1.548 mã lực, tăng tốc 0-100 km/h trong 1,98 giây. Buổi ra mắt thu hút 1,2 \
triệu lượt xem trực tuyến.

Xem thêm: Tesla giảm giá Model Y tại Trung Quốc"""

VI_TESLA = """Thứ hai, 2/12/2024, 15:05 (GMT+7)

Xiaomi giao hơn 20.000 xe SU7 trong tháng 11, tháng thứ hai liên tiếp vượt mốc này. Cùng kỳ, \
Tesla giao 78.856 xe tại Trung Quốc.

Tổng số SU7 đã giao từ khi ra mắt vượt 100.000 chiếc, trong khi Tesla đã bán hơn 1,2 triệu \
Model Y tại thị trường này. Mục tiêu năm nay của Xiaomi là 130.000 xe.

Xem thêm: Giá xe điện Trung Quốc tiếp tục giảm"""

# --- Indonesian ------------------------------------------------------------------------------

ID_INTERVIEW = """Oleh Dewi Lestari | Kamis, 20 Nov 2025 10:15 WIB

Presiden Xiaomi Lu Weibing berbincang dengan kami di Jakarta.

Berapa target tahun depan?
"Target kami tahun depan 550.000 unit. Pada kuartal ketiga kami mengirimkan 108.796 unit, \
rekor bagi kami."

Bagaimana bisnis mobil secara keuangan?
"Pendapatan bisnis mobil kuartal ketiga mencapai 28,3 miliar yuan."

Di Indonesia, Xiaomi menjual 1,2 juta ponsel pada kuartal yang sama.

Baca juga: Penjualan mobil listrik di Indonesia naik"""

ID_NEG = """Oleh Rudi Hartono | Senin, 02 Feb 2026 14:30 WIB

Saham Xiaomi turun 2,3% ke HK$38,5. Pengiriman smartphone kuartal keempat mencapai 37,8 juta \
unit. Survei sebuah konsultan menunjukkan 64% responden tertarik membeli mobil listrik.

YU7 memiliki jarak tempuh 720 km dan akselerasi 0-100 km/jam 2,98 detik. Tesla menjual 1,79 \
juta mobil tahun lalu.

Xiaomi mengirimkan lebih dari 39.000 mobil pada Januari."""


CASES = [
    article(
        "Xiaomi YU7: Mehr als 200.000 Bestellungen in drei Minuten",
        DE_LAUNCH,
        D(2025, 6, 27),
        "de",
        [
            placed(YU7, 200000, qualifier=MORE),
            locked(YU7, 240000),
            price(YU7, 253500),
            price(YU7, 329900),
            locked(SU7, 50000),
        ],
    ),
    article(
        "Xiaomi erweitert Autowerk in Peking",
        DE_PLANT,
        D(2026, 1, 20),
        "de",
        [
            cap(150000),
            cap(300000),
            cap(500000),
            produced(40, "up_to", **RATE),
            produced(411082, **Y25),
            money("investment", 9.5e9, ABOUT),
        ],
        xf=(
            "'bis zu 40 Autos pro Stunde laufen vom Band' should give production 40 up_to rate, gives nothing"
        ),
    ),
    article(
        "Xiaomi a livré plus de 46 000 voitures en novembre",
        FR_MONTHLY,
        D(2025, 12, 1),
        "fr",
        [
            dlv(AUTO, 46000, MORE, **month(2025, 11)),
            dlv(AUTO, 40000, **month(2025, 10)),
            dlv(AUTO, 362000, **since_january(2025)),
            goal(350000, **Y25),
        ],
    ),
    article(
        "La Xiaomi SU7 devance la Tesla Model 3 en Chine",
        FR_TESLA,
        D(2024, 10, 2),
        "fr",
        [
            dlv(SU7, 10000, MORE, **month(2024, 9)),
            price(SU7, 215900),
            dlv(SU7, 67000, MORE, **CUM),
            goal(120000, **Y24),
        ],
    ),
    article(
        "Lu Weibing: «Este año entregaremos 350.000 coches»",
        ES_INTERVIEW,
        D(2025, 4, 10),
        "es",
        [
            goal(350000, **Y25),
            dlv(AUTO, 75000, MORE, **quarter(2025, 1)),
            dlv(AUTO, 29000, MORE, **month(2025, 3)),
            cap(300000),
            money("rd_spend", 7e9, ABOUT, **Y25),
        ],
    ),
    article(
        "Xiaomi vende menos móviles y sus acciones caen",
        ES_NEG,
        D(2026, 3, 20),
        "es",
        [dlv(AUTO, 410000, MORE, **Y25)],
    ),
    article(
        "Dentro la fabbrica di Xiaomi: 40 auto all'ora",
        IT_PLANT,
        D(2025, 7, 8),
        "it",
        [
            cap(150000),
            cap(300000),
            cap(40),
            money("investment", 2.5e9, ABOUT),
            dlv(AUTO, 157000, MORE, **half(2025)),
        ],
        xf=(
            "'più di 700 robot' should give nothing, gives Xiaomi Group headcount 700 more_than; 'può sfornare 40 auto all'ora' should give capacity 40 (rate), gives nothing"
        ),
    ),
    article(
        "Nuovo Xiaomi SU7, 30 mila ordini vincolanti in un'ora",
        IT_LAUNCH,
        D(2026, 4, 17),
        "it",
        [
            price(SU7, 219900),
            price(SU7, 229900),
            locked(SU7, 15000, qualifier=MORE),
            locked(SU7, 30000, qualifier=MORE),
            price(SU7, 279900),
        ],
    ),
    article(
        "Xiaomi entrega 28 mil carros em fevereiro",
        PT_MONTHLY,
        D(2026, 3, 1),
        "pt",
        [
            dlv(AUTO, 28000, ABOUT, **month(2026, 2)),
            dlv(AUTO, 39000, MORE, **month(2026, 1)),
            dlv(AUTO, 67000, ABOUT, **first_months(2026, 2)),
            goal(550000, **Y26),
        ],
    ),
    article(
        "Xiaomi YU7 x Tesla Model Y: quem vende mais na China",
        PT_TESLA,
        D(2025, 7, 3),
        "pt",
        [
            dlv(AUTO, 25000, MORE, **month(2025, 6)),
            locked(YU7, 240000),
            price(YU7, 253500),
        ],
    ),
    article(
        "Lei Jun: 'Volgend jaar 300.000 auto's'",
        NL_INTERVIEW,
        D(2024, 11, 20),
        "nl",
        [
            goal(130000, **Y24),
            dlv(AUTO, 20000, MORE, **month(2024, 10)),
            goal(300000, **Y25),
            money("investment", 3e10),
        ],
    ),
    article(
        "Xiaomi YU7 haalt 770 kilometer",
        NL_NEG,
        D(2025, 5, 23),
        "nl",
        [dlv(AUTO, 28000, MORE, **month(2025, 4))],
    ),
    article(
        "Xiaomi: ponad 30 tys. aut w lipcu",
        PL_MONTHLY,
        D(2025, 8, 1),
        "pl",
        [
            dlv(AUTO, 30000, MORE, **month(2025, 7)),
            dlv(AUTO, 25000, MORE, **month(2025, 6)),
            dlv(AUTO, 187000, MORE, **first_months(2025, 7)),
            goal(350000, **Y25),
        ],
    ),
    article(
        "Xiaomi SU7: 50 tys. zamówień w 27 minut",
        PL_LAUNCH,
        D(2024, 3, 29),
        "pl",
        [
            placed(SU7, 10000, qualifier=MORE),
            placed(SU7, 50000, qualifier=MORE),
            placed(SU7, 88898),
            price(SU7, 215900),
            price(SU7, 245900),
            price(SU7, 299900),
        ],
    ),
    article(
        "小米、北京のEV工場を公開　年産30万台に",
        JA_PLANT,
        D(2025, 10, 15),
        "ja",
        [
            cap(150000),
            cap(300000),
            cap(40),
            dlv(AUTO, 266000, MORE, **first_months(2025, 9)),
        ],
        xf=("'1時間あたり40台を生産できる' should give capacity 40 (rate), gives nothing"),
    ),
    article(
        "小米・雷軍CEO「今年は55万台」",
        JA_INTERVIEW,
        D(2026, 1, 8),
        "ja",
        [
            goal(550000, **Y26),
            dlv(AUTO, 410000, MORE, **Y25),
            dlv(AUTO, 50000, MORE, **month(2025, 12)),
            money("rd_spend", 1e10, MORE, **Y26),
        ],
    ),
    article(
        "샤오미 YU7, 18시간 만에 확정 주문 24만 건",
        KO_LAUNCH,
        D(2025, 6, 27),
        "ko",
        [
            placed(YU7, 200000, qualifier=MORE),
            placed(YU7, 289000),
            locked(YU7, 240000),
            price(YU7, 253500),
        ],
    ),
    article(
        "샤오미, 10월 4만 대 인도",
        KO_MONTHLY,
        D(2025, 11, 3),
        "ko",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 306000, MORE, **first_months(2025, 10)),
            goal(350000, **Y25),
        ],
    ),
    article(
        "Xiaomi против Tesla: итоги ноября",
        RU_TESLA,
        D(2025, 12, 5),
        "ru",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            dlv(AUTO, 360000, MORE, **since_january(2025)),
            goal(350000, **Y25),
        ],
    ),
    article(
        "Завод Xiaomi в Пекине вышел на 300 тыс. машин в год",
        RU_PLANT,
        D(2026, 3, 12),
        "ru",
        [
            cap(150000),
            cap(300000),
            produced(410000, MORE, **Y25),
            staff(5000, ABOUT),
        ],
    ),
    article(
        "Xiaomi eylülde 40 binden fazla araç teslim etti",
        TR_MONTHLY,
        D(2025, 10, 1),
        "tr",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 30000, MORE, **month(2025, 8)),
            dlv(AUTO, 266000, MORE, **first_months(2025, 9)),
            goal(350000, **Y25),
            price(YU7, 253500),
        ],
    ),
    article(
        "Xiaomi hisseleri düştü",
        TR_NEG,
        D(2026, 5, 4),
        "tr",
        [dlv(AUTO, 32000, **month(2026, 4))],
    ),
    article(
        "Xiaomi SU7 Ultra giá 529.900 nhân dân tệ",
        VI_LAUNCH,
        D(2025, 2, 27),
        "vi",
        [
            price(ULTRA, 529900),
            price(ULTRA, 814900),
            placed(ULTRA, 10000, qualifier=MORE),
        ],
    ),
    article(
        "Xiaomi SU7 và Tesla tại Trung Quốc tháng 11",
        VI_TESLA,
        D(2024, 12, 2),
        "vi",
        [
            dlv(SU7, 20000, MORE, **month(2024, 11)),
            dlv(SU7, 100000, MORE, **CUM),
            goal(130000, **Y24),
        ],
    ),
    article(
        "Lu Weibing: target Xiaomi tahun depan 550.000 unit",
        ID_INTERVIEW,
        D(2025, 11, 20),
        "id",
        [
            goal(550000, **Y26),
            dlv(AUTO, 108796, **quarter(2025, 3)),
            money("revenue", 2.83e10, **quarter(2025, 3)),
        ],
    ),
    article(
        "Saham Xiaomi turun, pengiriman ponsel melemah",
        ID_NEG,
        D(2026, 2, 2),
        "id",
        [dlv(AUTO, 39000, MORE, **month(2026, 1))],
    ),
]


@run(CASES)
def test_articles20_in_thirteen_languages(
    title: str, body: str, published: dt.date, lang: str | None, want: list[dict[str, Any]]
) -> None:
    check_article(title, body, published, lang, want)
