"""Probes of the extractor on WHOLE ARTICLES in the thirteen languages it reads besides English
and Chinese (de, fr, es, it, pt, nl, pl, ru, ja, ko, id, vi, tr), two per language, written for
this file in our own words without sight of the devset: one in news-agency wire style (a
monthly delivery report with the month before, the running total since January and the
progress against the annual target), one in the style of a tech or auto site (a launch with
orders in the first minutes, hour or day and the price of each trim, or the quarter's results
of the EV segment with its gross margin and operating result, and the plant's capacity). Each
article carries the language's own number and date formats ("3. November", "le 1er décembre",
"1 de septiembre", "1° luglio", "4月1日", "10월 1일", "1 Desember 2025", "ngày 1/8",
"2 Haziran") and one distractor that must give nothing: a rival's figure, a phone's price, a
share price or a specification.

Conventions and helpers as in test_metrics_articles9.py and test_metrics_review8.py (imported):
one event per distinct figure, in the order written, decided before the extractor ran; a
finished month runs first to last day, as_of its last day; the running total since January is
cumulative from January 1 to the reported month's end; launch orders are a window; a price
converted to local currency is one CNY price, each trim its own price of the model; a share of
the target reached, a percent change, a rival's figure, a phone's price, a share price and a
specification are no events; an operating loss is net_loss, an operating profit and a gross
margin are `other` with their label; a capacity is a rate, a planned one a target. A target's
as_of is not asserted.
"""

import datetime as dt
from typing import Any

from test_metrics_articles9 import article, check_article, orders, run
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    MORE,
    SU7,
    ULTRA,
    WINDOW,
    YU7,
    cap,
    dlv,
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
Q4_24, Q1_25, Q2_25, Q3_25 = quarter(2024, 4), quarter(2025, 1), quarter(2025, 2), quarter(2025, 3)


def locked(subject: str, value: float, **fields: Any) -> dict[str, Any]:
    return orders("locked_orders", subject, value, **WINDOW, **fields)


# --- German ----------------------------------------------------------------------------------

DE_WIRE = """PEKING (dpa-AFX) - Der Smartphone-Hersteller Xiaomi hat im Oktober mehr als 40.000 \
Elektroautos an seine Kunden übergeben. Das teilte der Konzern am Samstag, dem 1. November, \
mit. Bereits im September hatte die Zahl über der Marke von 40.000 gelegen.

Von Januar bis Oktober summieren sich die Auslieferungen damit auf mehr als 300.000 \
Fahrzeuge. Das für 2025 ausgegebene Ziel von 350.000 Einheiten ist somit zu gut 86 Prozent \
erreicht.

Das Werk im Süden Pekings kommt nach Abschluss der zweiten Ausbaustufe auf eine \
Jahreskapazität von rund 300.000 Autos.

Der Rivale Nio meldete für Oktober 40.397 ausgelieferte Fahrzeuge. (Stand: 3. November)"""

DE_TECH = """Von Felix Brandt | 27.06.2025

Xiaomi hat am Donnerstagabend, dem 26. Juni, sein erstes SUV vorgestellt, und der Andrang \
stellt selbst den Start der SU7 in den Schatten. In den ersten drei Minuten nach dem Marktstart \
gingen 200.000 Bestellungen für den YU7 ein. Nach einer Stunde zählte Xiaomi 289.000 \
verbindliche Bestellungen, bei denen die Anzahlung nicht mehr erstattet wird.

Die Basisversion kostet 253.500 Yuan (umgerechnet rund 30.300 Euro), der YU7 Pro 279.900 Yuan \
und das Topmodell YU7 Max 329.900 Yuan.

Technisch setzt der YU7 Max auf 508 kW Systemleistung und eine Batterie mit 101,7 kWh, die nach \
chinesischem Zyklus für 760 Kilometer reichen soll.

An seinem Jahresziel von 350.000 Auslieferungen hält Xiaomi fest."""

# --- French ----------------------------------------------------------------------------------

FR_WIRE = """PÉKIN, 1er décembre 2025 (AFP) - Xiaomi a livré plus de 40 000 voitures électriques en \
novembre, a annoncé le groupe chinois le lundi 1er décembre, soit le troisième mois consécutif \
au-dessus de ce seuil. En octobre, ses livraisons avaient déjà dépassé les 40 000 unités.

Depuis le début de l'année, le constructeur a ainsi remis plus de 360 000 véhicules à ses \
clients, dépassant dès novembre son objectif annuel de 350 000 livraisons.

Ses voitures sortent d'une usine du sud de Pékin dont la capacité atteint 300 000 véhicules \
par an depuis l'ouverture d'une deuxième tranche.

L'action Xiaomi a terminé la séance en baisse de 1,8 %, à 41,20 dollars de Hong Kong."""

FR_TECH = """Résultats | Publié le 18/11/2025 à 15h20

Le pôle « véhicules électriques et nouvelles initiatives » de Xiaomi a dégagé au troisième \
trimestre un chiffre d'affaires de 29 milliards de yuans. La marge brute de l'activité s'est \
établie à 25,5 %.

Surtout, le résultat d'exploitation est devenu positif, à 700 millions de yuans, une première \
depuis le lancement de la SU7. Le groupe a livré 108 796 véhicules entre juillet et septembre.

La SU7 Ultra, vitrine de la marque, est toujours proposée à 529 900 yuans. La deuxième \
tranche de l'usine de Pékin, d'une capacité de 150 000 véhicules par an, tourne à plein régime.

Côté smartphones, le nouveau Xiaomi 17 est vendu à partir de 4 499 yuans en Chine."""

# --- Spanish ---------------------------------------------------------------------------------

ES_WIRE = """Pekín, 1 de septiembre (EFE).- El fabricante chino Xiaomi entregó más de 30.000 \
vehículos eléctricos en agosto, según informó este lunes la compañía. En julio, las entregas \
también habían superado las 30.000 unidades.

De enero a agosto, la marca acumula más de 220.000 entregas, casi dos tercios de su objetivo \
anual de 350.000 vehículos.

La firma fundada por Lei Jun vende en China la berlina SU7 y el todocamino YU7, que llegó a \
los concesionarios a principios de julio.

Su competidor Li Auto entregó 28.529 coches en agosto, un 40 % menos que un año antes."""

ES_TECH = """Por Lucía Navarro | 26/09/2025

Xiaomi lanzó el 25 de septiembre la versión renovada de su berlina SU7. En la primera hora \
tras el lanzamiento, la marca recibió 15.000 pedidos en firme, con depósito no reembolsable. \
En las primeras 24 horas, la cifra superó los 40.000 pedidos en firme.

La gama arranca en 229.900 yuanes (unos 27.400 euros) para la versión estándar; la Pro cuesta \
259.900 yuanes y la Max, 303.900 yuanes.

La versión Max monta una batería de 101,7 kWh y anuncia 835 kilómetros de autonomía en el \
ciclo chino CLTC."""

# --- Italian ---------------------------------------------------------------------------------

IT_WIRE = """PECHINO, 1° luglio 2025 (ANSA) - Xiaomi ha consegnato a giugno oltre 25.000 auto \
elettriche, in calo rispetto alle oltre 28.000 di maggio. Lo ha comunicato il gruppo martedì \
1° luglio.

Da inizio anno le consegne hanno superato quota 157.000. L'obiettivo annuale resta di 350.000 \
vetture, un traguardo raggiunto per meno della metà.

Il calo di giugno è legato all'adeguamento delle linee per il nuovo SUV YU7.

La rivale BYD ha venduto 382.585 veicoli nello stesso mese."""

IT_TECH = """di Andrea Conti | 28 febbraio 2025

La SU7 Ultra è ufficialmente in vendita: Xiaomi la propone a 529.900 yuan, circa 70.000 euro \
al cambio. Nelle prime due ore dal lancio, giovedì 27 febbraio, gli ordini vincolanti hanno \
superato quota 10.000.

Entro la fine della prima giornata, gli ordini vincolanti erano oltre 15.000.

La Porsche Taycan Turbo GT, il riferimento dichiarato, costa in Cina 2,3 milioni di yuan.

Il fondatore Lei Jun ha confermato l'obiettivo di consegnare 300.000 auto nel 2025."""

# --- Portuguese ------------------------------------------------------------------------------

PT_WIRE = """Pequim, 1 abr (Lusa) - A Xiaomi entregou em março mais de 29 mil automóveis \
elétricos, anunciou a empresa nesta terça-feira, 1 de abril. Em fevereiro, as entregas tinham \
ultrapassado as 20 mil unidades.

Desde janeiro, a fabricante chinesa soma mais de 75 mil veículos entregues. A meta para 2025 \
foi elevada recentemente para 350 mil unidades.

A fábrica de Pequim tem capacidade para produzir 150 mil carros por ano.

A Tesla vendeu 78.828 veículos fabricados na China em março."""

PT_TECH = """Por Rafael Lima | 19/08/2025 às 18h40

A divisão de carros elétricos da Xiaomi encolheu o prejuízo no segundo trimestre. A receita \
do segmento chegou a 20,6 bilhões de yuans entre abril e junho, com margem bruta de 26,4%.

O prejuízo operacional caiu para 300 milhões de yuans. A empresa entregou 81.302 veículos no \
período.

Com a segunda fase da fábrica de Pequim, a capacidade anual subiu para 300 mil veículos.

As ações da Xiaomi fecharam o dia cotadas a HK$ 52,10."""

# --- Dutch -----------------------------------------------------------------------------------

NL_WIRE = """PEKING (ANP/Reuters) - Xiaomi heeft in september meer dan 40.000 elektrische auto's \
afgeleverd, een record voor de Chinese techreus. Dat maakte het bedrijf woensdag 1 oktober \
bekend. In augustus gingen er ruim 30.000 auto's de deur uit.

Sinds januari heeft Xiaomi daarmee meer dan 266.000 auto's geleverd, zo'n driekwart van de \
350.000 die het zich voor dit jaar ten doel heeft gesteld.

De fabriek in Peking kan inmiddels 300.000 auto's per jaar bouwen.

Concurrent XPeng leverde in september 41.581 auto's af."""

NL_TECH = """Door Sanne Bakker | 27 mei 2025

Xiaomi's autodivisie zet de opmars voort. In het eerste kwartaal haalde het segment voor \
elektrische auto's een omzet van 18,1 miljard yuan, bij een brutomarge van 23,2 procent.

Het operationele verlies bedroeg 500 miljoen yuan. Er werden 75.869 auto's geleverd.

De productie in Peking draait op volle toeren: de fabriek heeft een capaciteit van 150.000 \
auto's per jaar.

Tesla leverde in dezelfde periode wereldwijd 336.681 auto's af."""

# --- Polish ----------------------------------------------------------------------------------

PL_WIRE = """PAP | 1 sierpnia 2025

Xiaomi dostarczyło w lipcu ponad 30 tys. samochodów elektrycznych, poinformowała w piątek \
chińska spółka. W czerwcu liczba dostaw przekroczyła 25 tys.

Od początku roku klienci odebrali ponad 187 tys. aut Xiaomi. Cel na 2025 r. to 350 tys. \
pojazdów.

Fabryka w Pekinie może produkować 300 tys. samochodów rocznie.

Konkurencyjny Leapmotor dostarczył w lipcu 50 129 aut."""

PL_TECH = """Autor: Kamil Wójcik | 29.03.2024

Xiaomi oficjalnie wprowadziło na rynek swój pierwszy samochód, sedana SU7. W ciągu 27 minut \
od startu sprzedaży, w czwartek 28 marca, klienci złożyli 50 tys. zamówień.

Po 24 godzinach liczba zamówień z bezzwrotną zaliczką wyniosła 88 898.

Wersja podstawowa kosztuje 215 900 juanów (ok. 118 tys. zł), SU7 Pro 245 900 juanów, a SU7 \
Max 299 900 juanów.

Dla porównania Tesla Model 3 kosztuje w Chinach od 245 900 juanów."""

# --- Russian ---------------------------------------------------------------------------------

RU_WIRE = """ПЕКИН, 1 мая 2025 г. (ТАСС) - Xiaomi в апреле передала клиентам более 28 тыс. \
электромобилей, сообщила компания. В марте поставки превысили 29 тыс. машин.

С начала года компания поставила около 100 тыс. автомобилей. Годовой план составляет 350 \
тыс. машин.

Завод в Пекине рассчитан на выпуск 150 тыс. автомобилей в год.

Конкурент BYD в апреле продал 380 089 машин."""

RU_TECH = """Автор: Игорь Волков | 18.03.2025

Автомобильное направление Xiaomi в четвёртом квартале 2024 года принесло выручку 16,7 млрд \
юаней. Валовая маржа сегмента составила 20,4%.

Операционный убыток сократился до 700 млн юаней. За квартал компания передала клиентам 69 697 \
машин.

Вторая очередь завода в Пекине мощностью 150 тыс. машин в год должна заработать в этом году.

Флагманский смартфон Xiaomi 15 Ultra в Китае стоит от 6499 юаней."""

# --- Japanese --------------------------------------------------------------------------------

JA_WIRE = """【北京＝共同】中国の小米（シャオミ）は3月1日、2月の電気自動車（EV）の納車台数が2万台を超えたと\
発表した。1月も2万台を上回っていた。

1～2月の累計納車台数は4万台を超えた。2025年の年間目標は30万台で、達成率は1割強にとどまる。

北京の工場の年産能力は15万台。

同業の比亜迪（BYD）は2月に32万2846台を販売した。"""

JA_TECH = """2025年11月18日 18:30

シャオミは18日、2025年7～9月期決算を発表した。EVなど新規事業部門の売上高は283億元で、売上総利益率は\
25.5%だった。

同部門の営業損益は7億元の黒字となり、初めて黒字化した。同期間のEV納車台数は10万8796台。

北京工場の第2期が稼働し、年間生産能力は30万台に達した。

シャオミの株価は発表後の取引で4.2%下落し、42.5香港ドルをつけた。"""

# --- Korean ----------------------------------------------------------------------------------

KO_WIRE = """(베이징=연합뉴스) 중국 샤오미가 9월 한 달간 전기차 4만 대 이상을 인도했다고 10월 1일 밝혔다.

8월 인도량은 3만 대를 넘었다. 올해 1~9월 누적 인도량은 26만6000대를 웃돌았다.

샤오미의 올해 인도 목표는 35만 대로, 목표의 76%를 채웠다.

베이징 공장의 연간 생산능력은 30만 대다.

경쟁사 리오토는 9월 3만3951대를 인도했다."""

KO_TECH = """입력 2025.06.27 10:20 | 김도현 기자

샤오미가 6월 26일 밤 첫 SUV 'YU7'을 출시하자 3분 만에 20만 대의 주문이 몰렸다. 출시 1시간 만에 \
확정 주문은 28만9000대에 달했다.

YU7 기본형은 25만3500위안(약 4800만 원), 프로는 27만9900위안, 맥스는 32만9900위안이다.

경쟁 모델인 테슬라 모델Y의 중국 판매가는 26만3500위안이다.

샤오미는 올해 35만 대 인도 목표를 유지했다."""

# --- Indonesian ------------------------------------------------------------------------------

ID_WIRE = """Beijing (ANTARA) - Xiaomi mengirimkan lebih dari 40.000 unit mobil listrik pada \
November, kata perusahaan itu pada Senin, 1 Desember 2025. Pada Oktober, pengiriman juga \
melampaui 40.000 unit.

Sejak Januari, total pengiriman Xiaomi mencapai lebih dari 360.000 unit, melewati target \
tahunan 350.000 unit.

Pabrik Xiaomi di Beijing memiliki kapasitas produksi 300.000 unit per tahun.

Pesaingnya, Leapmotor, mengirimkan 70.327 unit pada bulan yang sama."""

ID_TECH = """Oleh Andi Saputra | 26 September 2025

Xiaomi resmi meluncurkan SU7 generasi terbaru pada 25 September 2025. Dalam satu jam pertama, \
pesanan terkunci mencapai 15.000 unit.

Varian standar dibanderol 229.900 yuan atau sekitar Rp525 juta, SU7 Pro 259.900 yuan, dan SU7 \
Max 303.900 yuan.

Pabrik Xiaomi di Beijing kini berkapasitas 300.000 unit per tahun.

Sementara itu, ponsel Xiaomi 17 dijual mulai 4.499 yuan di China."""

# --- Vietnamese ------------------------------------------------------------------------------

VI_WIRE = """Bắc Kinh (TTXVN) - Ngày 1/8, Xiaomi cho biết đã giao hơn 30.000 xe điện trong tháng \
7. Trong tháng 6, hãng giao hơn 25.000 xe.

Từ đầu năm, tổng số xe Xiaomi giao cho khách hàng đã vượt 187.000 chiếc. Mục tiêu cả năm của \
hãng là 350.000 xe.

Nhà máy tại Bắc Kinh có công suất 300.000 xe mỗi năm.

Đối thủ XPeng giao 36.717 xe trong tháng 7."""

VI_TECH = """Thứ Bảy, 1/3/2025, 09:00 (GMT+7)

Xiaomi chính thức mở bán SU7 Ultra tối 27/2 với giá 529.900 nhân dân tệ (khoảng 1,85 tỷ \
đồng). Chỉ trong 2 giờ đầu, số đơn đặt hàng chốt đã vượt 10.000 chiếc.

Sau ngày đầu tiên, số đơn đặt hàng chốt vượt 15.000 chiếc.

Mẫu xe có công suất 1.548 mã lực và tăng tốc 0-100 km/h trong 1,98 giây.

Xiaomi đặt mục tiêu giao 300.000 xe trong năm 2025."""

# --- Turkish ---------------------------------------------------------------------------------

TR_WIRE = """PEKİN (AA) - Çinli Xiaomi, mayısta 28 binden fazla elektrikli otomobil teslim ettiğini \
2 Haziran'da açıkladı. Nisanda da teslimatlar 28 bini aşmıştı.

Şirketin yılbaşından bu yana teslim ettiği araç sayısı 135 bini geçti. Xiaomi'nin bu yılki \
hedefi 350 bin araç.

Pekin'deki fabrikanın yıllık üretim kapasitesi 150 bin araç.

Rakip BYD mayısta 382 bin 476 araç sattı."""

TR_TECH = """Yazar: Emre Yıldız | 20 Ağustos 2025

Xiaomi'nin elektrikli araç birimi ikinci çeyrekte 20,6 milyar yuan gelir elde etti. Birimin \
brüt kâr marjı yüzde 26,4 oldu.

Faaliyet zararı 300 milyon yuana geriledi. Şirket nisan-haziran döneminde 81.302 araç teslim \
etti.

Pekin fabrikasının yıllık kapasitesi ikinci etapla 300 bin araca ulaştı.

Xiaomi hisseleri Hong Kong'da 52,1 HK dolarından işlem gördü."""


ARTICLES = [
    article(
        "Xiaomi liefert im Oktober erneut über 40.000 Elektroautos aus",
        DE_WIRE,
        D(2025, 11, 3),
        "de",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 300000, MORE, **first_months(2025, 10)),
            goal(350000, **year(2025)),
            cap(300000, qualifier=ABOUT),
        ],
    ),
    article(
        "Xiaomi YU7: 289.000 feste Bestellungen in der ersten Stunde",
        DE_TECH,
        D(2025, 6, 27),
        "de",
        [
            orders("orders", YU7, 200000, **WINDOW),
            locked(YU7, 289000),
            price(YU7, 253500),
            price(YU7, 279900),
            price(YU7, 329900),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi dépasse son objectif annuel de livraisons dès novembre",
        FR_WIRE,
        D(2025, 12, 1),
        "fr",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 360000, MORE, **first_months(2025, 11)),
            goal(350000, **year(2025)),
            cap(300000),
        ],
    ),
    article(
        "Xiaomi : la voiture électrique devient enfin rentable",
        FR_TECH,
        D(2025, 11, 18),
        "fr",
        [
            money("revenue", 29e9, **Q3_25),
            other("gross margin", 25.5, **Q3_25),
            other("operating profit", 7e8, **Q3_25),
            dlv(AUTO, 108796, **Q3_25),
            price(ULTRA, 529900),
            cap(150000),
        ],
    ),
    article(
        "Xiaomi supera de nuevo las 30.000 entregas en agosto",
        ES_WIRE,
        D(2025, 9, 1),
        "es",
        [
            dlv(AUTO, 30000, MORE, **month(2025, 8)),
            dlv(AUTO, 30000, MORE, **month(2025, 7)),
            dlv(AUTO, 220000, MORE, **first_months(2025, 8)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "El nuevo Xiaomi SU7 suma 15.000 pedidos en firme en una hora",
        ES_TECH,
        D(2025, 9, 26),
        "es",
        [
            locked(SU7, 15000),
            locked(SU7, 40000, qualifier=MORE),
            price(SU7, 229900),
            price(SU7, 259900),
            price(SU7, 303900),
        ],
    ),
    article(
        "Xiaomi, a giugno consegne oltre quota 25.000",
        IT_WIRE,
        D(2025, 7, 1),
        "it",
        [
            dlv(AUTO, 25000, MORE, **month(2025, 6)),
            dlv(AUTO, 28000, MORE, **month(2025, 5)),
            dlv(AUTO, 157000, MORE, **first_months(2025, 6)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi SU7 Ultra, prezzo e ordini: oltre 10.000 in due ore",
        IT_TECH,
        D(2025, 2, 28),
        "it",
        [
            price(ULTRA, 529900),
            locked(ULTRA, 10000, qualifier=MORE),
            locked(ULTRA, 15000, qualifier=MORE),
            goal(300000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi entrega mais de 29 mil carros elétricos em março",
        PT_WIRE,
        D(2025, 4, 1),
        "pt",
        [
            dlv(AUTO, 29000, MORE, **month(2025, 3)),
            dlv(AUTO, 20000, MORE, **month(2025, 2)),
            dlv(AUTO, 75000, MORE, **first_months(2025, 3)),
            goal(350000, **year(2025)),
            cap(150000),
        ],
    ),
    article(
        "Carros da Xiaomi faturam 20,6 bilhões de yuans no 2º trimestre",
        PT_TECH,
        D(2025, 8, 19),
        "pt",
        [
            money("revenue", 20.6e9, **Q2_25),
            other("gross margin", 26.4, **Q2_25),
            money("net_loss", 3e8, **Q2_25),
            dlv(AUTO, 81302, **Q2_25),
            cap(300000),
        ],
    ),
    article(
        "Xiaomi levert in september voor het eerst meer dan 40.000 auto's",
        NL_WIRE,
        D(2025, 10, 1),
        "nl",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 30000, MORE, **month(2025, 8)),
            dlv(AUTO, 266000, MORE, **first_months(2025, 9)),
            goal(350000, **year(2025)),
            cap(300000),
        ],
    ),
    article(
        "Autotak Xiaomi boekt 18,1 miljard yuan omzet in eerste kwartaal",
        NL_TECH,
        D(2025, 5, 27),
        "nl",
        [
            money("revenue", 18.1e9, **Q1_25),
            other("gross margin", 23.2, **Q1_25),
            money("net_loss", 5e8, **Q1_25),
            dlv(AUTO, 75869, **Q1_25),
            cap(150000),
        ],
    ),
    article(
        "Xiaomi: w lipcu ponad 30 tys. dostarczonych aut",
        PL_WIRE,
        D(2025, 8, 1),
        "pl",
        [
            dlv(AUTO, 30000, MORE, **month(2025, 7)),
            dlv(AUTO, 25000, MORE, **month(2025, 6)),
            dlv(AUTO, 187000, MORE, **first_months(2025, 7)),
            goal(350000, **year(2025)),
            cap(300000),
        ],
    ),
    article(
        "Xiaomi SU7 w sprzedaży: 50 tys. zamówień w 27 minut",
        PL_TECH,
        D(2024, 3, 29),
        "pl",
        [
            orders("orders", SU7, 50000, **WINDOW),
            locked(SU7, 88898),
            price(SU7, 215900),
            price(SU7, 245900),
            price(SU7, 299900),
        ],
    ),
    article(
        "Xiaomi в апреле поставила более 28 тыс. электромобилей",
        RU_WIRE,
        D(2025, 5, 1),
        "ru",
        [
            dlv(AUTO, 28000, MORE, **month(2025, 4)),
            dlv(AUTO, 29000, MORE, **month(2025, 3)),
            dlv(AUTO, 100000, ABOUT, **first_months(2025, 4)),
            goal(350000, **year(2025)),
            cap(150000),
        ],
    ),
    article(
        "Автобизнес Xiaomi в IV квартале: выручка 16,7 млрд юаней",
        RU_TECH,
        D(2025, 3, 18),
        "ru",
        [
            money("revenue", 16.7e9, **Q4_24),
            other("gross margin", 20.4, **Q4_24),
            money("net_loss", 7e8, **Q4_24),
            dlv(AUTO, 69697, **Q4_24),
            cap(150000, status="target"),
        ],
    ),
    article(
        "シャオミ、2月のEV納車2万台超",
        JA_WIRE,
        D(2025, 3, 1),
        "ja",
        [
            dlv(AUTO, 20000, MORE, **month(2025, 2)),
            dlv(AUTO, 20000, MORE, **month(2025, 1)),
            dlv(AUTO, 40000, MORE, **first_months(2025, 2)),
            goal(300000, **year(2025)),
            cap(150000),
        ],
    ),
    article(
        "シャオミのEV部門、7～9月期に初の営業黒字",
        JA_TECH,
        D(2025, 11, 18),
        "ja",
        [
            money("revenue", 28.3e9, **Q3_25),
            other("gross margin", 25.5, **Q3_25),
            other("operating profit", 7e8, **Q3_25),
            dlv(AUTO, 108796, **Q3_25),
            cap(300000),
        ],
    ),
    article(
        "샤오미, 9월 전기차 4만 대 이상 인도…월간 최대",
        KO_WIRE,
        D(2025, 10, 1),
        "ko",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 30000, MORE, **month(2025, 8)),
            dlv(AUTO, 266000, MORE, **first_months(2025, 9)),
            goal(350000, **year(2025)),
            cap(300000),
        ],
    ),
    article(
        "샤오미 YU7, 출시 1시간 만에 확정 주문 28만9000대",
        KO_TECH,
        D(2025, 6, 27),
        "ko",
        [
            orders("orders", YU7, 200000, **WINDOW),
            locked(YU7, 289000),
            price(YU7, 253500),
            price(YU7, 279900),
            price(YU7, 329900),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Pengiriman Mobil Listrik Xiaomi Lampaui 40.000 Unit pada November",
        ID_WIRE,
        D(2025, 12, 1),
        "id",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 360000, MORE, **first_months(2025, 11)),
            goal(350000, **year(2025)),
            cap(300000),
        ],
    ),
    article(
        "Xiaomi SU7 Baru Raih 15.000 Pesanan Terkunci dalam Satu Jam",
        ID_TECH,
        D(2025, 9, 26),
        "id",
        [
            locked(SU7, 15000),
            price(SU7, 229900),
            price(SU7, 259900),
            price(SU7, 303900),
            cap(300000),
        ],
    ),
    article(
        "Xiaomi giao hơn 30.000 xe điện trong tháng 7",
        VI_WIRE,
        D(2025, 8, 1),
        "vi",
        [
            dlv(AUTO, 30000, MORE, **month(2025, 7)),
            dlv(AUTO, 25000, MORE, **month(2025, 6)),
            dlv(AUTO, 187000, MORE, **first_months(2025, 7)),
            goal(350000, **year(2025)),
            cap(300000),
        ],
    ),
    article(
        "Xiaomi SU7 Ultra chốt hơn 10.000 đơn sau 2 giờ mở bán",
        VI_TECH,
        D(2025, 3, 1),
        "vi",
        [
            price(ULTRA, 529900),
            locked(ULTRA, 10000, qualifier=MORE),
            locked(ULTRA, 15000, qualifier=MORE),
            goal(300000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi mayısta 28 binden fazla elektrikli araç teslim etti",
        TR_WIRE,
        D(2025, 6, 2),
        "tr",
        [
            dlv(AUTO, 28000, MORE, **month(2025, 5)),
            dlv(AUTO, 28000, MORE, **month(2025, 4)),
            dlv(AUTO, 135000, MORE, **first_months(2025, 5)),
            goal(350000, **year(2025)),
            cap(150000),
        ],
    ),
    article(
        "Xiaomi'nin elektrikli araç birimi zararını azalttı",
        TR_TECH,
        D(2025, 8, 20),
        "tr",
        [
            money("revenue", 20.6e9, **Q2_25),
            other("gross margin", 26.4, **Q2_25),
            money("net_loss", 3e8, **Q2_25),
            dlv(AUTO, 81302, **Q2_25),
            cap(300000),
        ],
    ),
]


@run(ARTICLES)
def test_articles14_in_thirteen_languages(
    title: str, body: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)
