"""Whole-page probes in the thirteen non-English, non-Chinese languages the extractor reads (de,
fr, es, it, pt, nl, pl, ru, ja, ko, id, vi, tr), two pages per language, composed here from
scratch with no look at the devset. Each page imitates a local outlet: local thousands
separators and unit words ("40.000", "40 000", "50 mil", "30 tys.", "50 тыс.", "4万台",
"5만 대", "20 ribu", "40 bin"), local month and quarter wording ("III kw.", "3분기"), plus the
furniture a scraped page keeps (author lines, "see also" links, share rows).

Two shapes per language:
- a roundup that names Xiaomi among rival Chinese EV makers (NIO, Li Auto, XPeng, BYD, Tesla
  China, Leapmotor), in running text or as a bulleted list, including one sentence that sets
  Xiaomi's figure against a rival's; Xiaomi's own number is the single event, and no rival's
  number may be pinned on it;
- a longer piece dated late 2025 or in 2026 that gives the newest monthly figure and then looks
  back: the SU7 launch-day orders of March 2024, a past year's deliveries, the 2024 target. Each
  look-back figure keeps its own period and status, not the current month's.

Helpers come from test_metrics_articles9.py, test_metrics_review8.py and
test_metrics_articles15_langs.py by import. Rules used for the expectations (fixed before any
run): the events are listed in text order, a figure repeated on the page counts once; a
finished month spans its first to last day with as_of on the last; firm launch-day orders are
locked_orders over a window, plain launch orders are orders over a window; a past calendar
year is that year; an initial or raised target for 2024 is a 2024 target; a rival's number is
never Xiaomi's. Target as_of is left unchecked. Known misses carry `xfail(strict=True)` with a
reason stating the expected and the actual output.
"""

import datetime as dt
from typing import Any

from test_metrics_articles9 import article, check_article, orders, run
from test_metrics_articles15_langs import locked
from test_metrics_review8 import (
    AUTO,
    MORE,
    SU7,
    WINDOW,
    dlv,
    goal,
    month,
    quarter,
    year,
)

D = dt.date
Q3_25 = quarter(2025, 3)

# --- German ----------------------------------------------------------------------------------

DE_DIGEST = """Von Tim Berger | 01.12.2025, 11:20 Uhr | Lesezeit: 2 Min.

Die chinesischen Elektroautobauer haben ihre Novemberzahlen veröffentlicht. Leapmotor meldete \
70.327 Auslieferungen, XPeng 36.728 und Li Auto 33.181. Xiaomi liefert mehr als 40.000 \
Fahrzeuge aus, während NIO auf 36.275 kommt. BYD verkaufte 480.186 Autos, Tesla China setzte \
86.700 Wagen aus Shanghai ab.

Lesen Sie auch: NIO liefert im Oktober 40.397 Autos aus

Teilen: Facebook | X | WhatsApp | E-Mail"""

DE_FEATURE = """Von Anna Keller | 02.03.2026, 07:45 Uhr | Lesezeit: 4 Min.

PEKING. Xiaomi hat im Februar nach eigenen Angaben mehr als 20.000 Elektroautos an Kunden \
übergeben – trotz der langen Ferien rund um das Neujahrsfest.

Zur Erinnerung: Als der SU7 Ende März 2024 in den Handel kam, gingen binnen 24 Stunden 88.898 \
verbindliche Bestellungen ein. Im Gesamtjahr 2024 lieferte der Konzern 136.854 Fahrzeuge aus; \
ursprünglich hatte er für jenes Jahr nur 100.000 Auslieferungen angepeilt.

Für 2026 peilt Xiaomi 550.000 Auslieferungen an.

Mehr zum Thema: Xiaomi YU7 – 240.000 Bestellungen in 18 Stunden

Artikel teilen"""

# --- French ----------------------------------------------------------------------------------

FR_DIGEST = """Par Julie Martin | Publié le 01/01/2026 à 12h30

Les livraisons de décembre, constructeur par constructeur :
- BYD : 420 398 véhicules
- Leapmotor : 60 423
- Xiaomi : plus de 50 000
- NIO : 48 135
- XPeng : 37 508

Xiaomi a livré plus de 50 000 voitures, contre 48 135 pour NIO. Li Auto, de son côté, a remis \
44 246 véhicules à ses clients, et Tesla Chine 97 171.

À lire aussi : BYD dépasse Tesla sur l'année 2025

Partager : Facebook | X | LinkedIn"""

FR_FEATURE = """Par Hugo Lambert | Publié le 03/11/2025 à 09h10, mis à jour à 11h25

Xiaomi a livré plus de 40 000 voitures électriques en octobre, un mois porté par le SUV YU7.

Retour en arrière : le 28 mars 2024, la berline SU7 avait enregistré 88 898 commandes fermes \
en 24 heures. Le constructeur a livré 136 854 véhicules l'an dernier, bien au-delà de \
l'objectif initial de 100 000 unités qu'il s'était fixé pour 2024.

Cette année, Xiaomi vise 350 000 livraisons.

Cet article vous a plu ? Abonnez-vous à notre newsletter Auto."""

# --- Spanish ---------------------------------------------------------------------------------

ES_DIGEST = """Motorpasión | 02/02/2026 09:40 | Por Lucía Gómez

Arranque de año desigual para los fabricantes chinos. BYD vendió 210.051 unidades en enero, \
Leapmotor 32.059 y XPeng 20.011, mientras Tesla China se quedó en 69.129. Xiaomi entregó más \
de 30.000 coches en enero, frente a los 27.182 de NIO. Li Auto no publicó cifras.

Te puede interesar: NIO presenta su nuevo ES8

Compartir en Facebook | Compartir en X"""

ES_FEATURE = """Expansión | 01/04/2026 - 08:15 | Actualizado 10:02

Xiaomi entregó más de 35.000 vehículos en marzo, según un comunicado publicado este miércoles.

Hace dos años, en marzo de 2024, el SU7 sumó más de 50.000 pedidos en los primeros 27 \
minutos tras su lanzamiento. El año pasado la compañía entregó más de 410.000 coches, y en \
2024 se había fijado un objetivo de 130.000 unidades.

Más información: Xiaomi abrirá su primera tienda en Europa

Comentarios (3)"""

# --- Italian ---------------------------------------------------------------------------------

IT_DIGEST = """di Marco Ferri | 3 novembre 2025 | Tempo di lettura: 2 min

Ottobre record per l'auto elettrica cinese. Xiaomi ha consegnato oltre 40.000 auto a ottobre, \
mentre Leapmotor è arrivata a 70.289. NIO ne ha consegnate 40.397, XPeng 42.013 e Li Auto \
31.767; BYD ha venduto 441.706 veicoli e Tesla Cina 61.497.

Leggi anche: XPeng, nuova berlina da 150.000 yuan

Condividi: Facebook | X | WhatsApp"""

IT_FEATURE = """di Giulia Conti | 1 dicembre 2025 ore 18:02

Xiaomi ha consegnato più di 40.000 vetture a novembre, terzo mese consecutivo sopra quella \
soglia.

Il salto è netto rispetto agli inizi. Nel marzo 2024 la SU7 raccolse 88.898 ordini vincolanti \
nelle prime 24 ore; nell'intero 2024 il gruppo consegnò 136.854 auto, superando l'obiettivo \
per quell'anno, portato in autunno a 130.000 unità.

Riproduzione riservata ©"""

# --- Portuguese ------------------------------------------------------------------------------

PT_DIGEST = """Por Ana Ribeiro, Autoesporte | 02/01/2026 10h05

As chinesas fecharam dezembro em alta: a BYD vendeu 420.398 carros, a Leapmotor 60.423, a \
XPeng 37.508 e a Li Auto 44.246. A Xiaomi entregou mais de 50 mil carros em dezembro, ante \
48.135 da NIO. A Tesla China não divulgou números.

Leia também: BYD inaugura fábrica na Bahia

Compartilhe: WhatsApp | Facebook | X"""

PT_FEATURE = """Por Pedro Nunes | 02/02/2026 às 08h40 | Atualizado há 1 hora

Em janeiro, a Xiaomi entregou mais de 30 mil veículos elétricos, informou a empresa.

No lançamento, em março de 2024, o sedã SU7 recebeu 88.898 pedidos firmes em 24 horas. Em \
2025 a montadora entregou mais de 410 mil carros; para 2024, a meta inicial era de 100 mil \
unidades. Para 2026, a meta é de 550 mil.

Receba as notícias do Autoesporte no seu e-mail"""

# --- Dutch -----------------------------------------------------------------------------------

NL_DIGEST = """Door Pieter Bakker | 1 december 2025, 10:48

Chinese elektrische automerken in november: Leapmotor 70.327, XPeng 36.728, Li Auto 33.181 en \
BYD 480.186 verkochte wagens. Xiaomi leverde meer dan 40.000 auto's af, terwijl NIO op 36.275 \
uitkwam. Tesla China exporteerde en verkocht samen 86.700 stuks.

Lees ook: NIO opent showroom in Amsterdam

Deel dit artikel: Facebook | X | LinkedIn"""

NL_FEATURE = """Door Sanne Visser | 2 maart 2026, 07:30 | Laatste update: 09:12

Xiaomi leverde in februari meer dan 20.000 elektrische auto's af.

Een terugblik: bij de lancering van de SU7 in maart 2024 kwamen er binnen 24 uur 88.898 \
bindende bestellingen binnen. Vorig jaar leverde Xiaomi meer dan 410.000 auto's af; het doel \
voor 2024 lag op 130.000.

Reageer op dit artikel"""

# --- Polish ----------------------------------------------------------------------------------

PL_DIGEST = """Bankier.pl | 02.02.2026, 09:15 | Autor: Tomasz Wójcik

Styczeń u chińskich producentów aut elektrycznych: BYD sprzedał 210 051 samochodów, Leapmotor \
32 059, a XPeng 20 011. Xiaomi dostarczyło ponad 30 tys. aut, podczas gdy NIO – 27 182. Tesla \
China sprzedała 69 129 pojazdów, Li Auto – 27 668.

Czytaj także: NIO tnie ceny w Europie

Udostępnij: Facebook | X"""

PL_FEATURE = """Autokult | 3 listopada 2025, 12:05 | Przeczytasz w 3 min

W październiku Xiaomi dostarczyło ponad 40 tys. samochodów, a w III kw. 2025 r. – 108 796.

Dla porównania: w marcu 2024 r. SU7 zebrał w ciągu doby 88 898 wiążących zamówień. W \
ubiegłym roku firma dostarczyła 136 854 aut, a cel na 2024 r. wynosił początkowo 100 tys.

Tagi: Xiaomi, SU7, samochody elektryczne"""

# --- Russian ---------------------------------------------------------------------------------

RU_DIGEST = """Автостат | 05.01.2026, 10:20

Китайские производители подвели итоги декабря. BYD продал 420 398 машин, Leapmotor — 60 423, \
XPeng — 37 508, Li Auto — 44 246, Tesla China — 97 171. Xiaomi поставила более 50 тыс. \
автомобилей, тогда как NIO — 48 135.

Читайте также: NIO открывает завод в Хэфэе

Поделиться: ВКонтакте | Telegram | OK"""

RU_FEATURE = """РБК | 01.04.2026, 09:05 | Автор: Ольга Иванова

В марте Xiaomi поставила более 35 тыс. электромобилей, сообщила компания.

Два года назад, в марте 2024 года, седан SU7 собрал 88 898 твёрдых заказов за первые 24 \
часа. В прошлом году компания поставила более 410 тыс. автомобилей, а целевой показатель на \
2024 год составлял 130 тыс.

Подписывайтесь на наш Telegram-канал"""

# --- Japanese --------------------------------------------------------------------------------

JA_DIGEST = """2025/12/01 17:20 日経クロステック

中国EV各社の11月の納車台数が出そろった。零跑汽車（Leapmotor）は7万327台、小鵬汽車（XPeng）は3万6728\
台、理想汽車（Li Auto）は3万3181台、比亜迪（BYD）は48万186台、テスラ中国は8万6700台だった。小米（Xiaomi）\
は11月に4万台超を納車した一方、NIOは3万6275台にとどまった。

関連記事：NIO、新型SUVを発表

この記事をシェアする"""

JA_FEATURE = """2026年2月2日 6:00 日本経済新聞 電子版

小米（シャオミ）の1月の納車台数は3万台を超えた。

振り返ると、2024年3月の発売時には、SU7の確定注文が24時間で8万8898台に達した。2025年の納車は41万台超だった\
。2024年の目標は当初10万台だった。

有料会員限定記事 | 保存 | 共有"""

# --- Korean ----------------------------------------------------------------------------------

KO_DIGEST = """입력 2026.01.02 14:05 | 박지훈 기자

중국 전기차 업체들의 12월 판매 실적이 나왔다. BYD는 42만398대, 립모터는 6만423대, 샤오펑은 3만7508대, \
리오토는 4만4246대, 테슬라 중국법인은 9만7171대를 팔았다. 샤오미는 12월 5만 대 넘게 인도했고, 니오는 \
4만8135대를 기록했다.

관련기사: 니오, 유럽 진출 확대

공유하기 | 스크랩 | 인쇄"""

KO_FEATURE = """[이데일리 베이징=최수진 특파원] 2025.11.03 07:30

샤오미가 10월 전기차를 4만 대 넘게 인도했다. 3분기 인도량은 10만8796대였다.

2024년 3월 SU7 출시 당시에는 24시간 만에 확정 주문 8만8898대를 받았다. 지난해에는 13만6854대를 \
인도했고, 2024년 초기 목표는 10만 대였다.

ⓒ 이데일리. 무단전재 및 재배포 금지"""

# --- Indonesian ------------------------------------------------------------------------------

ID_DIGEST = """CNBC Indonesia | 03 November 2025 10:15

Penjualan mobil listrik China melonjak pada Oktober. Xiaomi mengirimkan lebih dari 40.000 unit \
pada Oktober, sementara Leapmotor mencapai 70.289 unit. NIO mengirim 40.397 unit, XPeng \
42.013 unit, Li Auto 31.767 unit, BYD 441.706 unit, dan Tesla China 61.497 unit.

Baca Juga: BYD Siap Bangun Pabrik di Subang

Bagikan: WhatsApp | Facebook | X"""

ID_FEATURE = """Kompas.com - 02/03/2026, 08:30 WIB | Penulis: Rina Wulandari

Pada Februari, Xiaomi mengirimkan lebih dari 20 ribu unit mobil listrik.

Saat peluncuran SU7 pada Maret 2024, pesanan pasti dalam 24 jam mencapai 88.898 unit. Tahun \
lalu, Xiaomi mengirimkan lebih dari 410 ribu unit, sementara target 2024 sebesar 130 ribu unit.

Simak breaking news dan berita pilihan kami langsung di ponselmu."""

# --- Vietnamese ------------------------------------------------------------------------------

VI_DIGEST = """VnExpress | Thứ hai, 1/12/2025, 15:40 (GMT+7)

Các hãng xe điện Trung Quốc công bố doanh số tháng 11: Leapmotor 70.327 xe, XPeng 36.728 xe, \
Li Auto 33.181 xe, BYD 480.186 xe và Tesla Trung Quốc 86.700 xe. Xiaomi giao hơn 40.000 xe \
trong tháng 11, trong khi NIO đạt 36.275 xe.

Xem thêm: NIO ra mắt mẫu SUV mới

Chia sẻ: Facebook | Zalo"""

VI_FEATURE = """Tuổi Trẻ Online | 02/01/2026 09:10 GMT+7

Trong tháng 12, Xiaomi giao hơn 50.000 xe điện.

Khi SU7 ra mắt vào tháng 3/2024, hãng nhận 88.898 đơn đặt hàng chốt trong 24 giờ đầu. Năm \
2024, Xiaomi giao 136.854 xe, vượt mục tiêu ban đầu 100.000 xe.

Tags: Xiaomi, SU7, xe điện"""

# --- Turkish ---------------------------------------------------------------------------------

TR_DIGEST = """Anadolu Ajansı | 02.02.2026 11:30 | Güncelleme: 02.02.2026 12:05

Çinli elektrikli otomobil üreticileri ocak rakamlarını açıkladı. BYD 210 bin 51, Leapmotor 32 \
bin 59, XPeng 20 bin 11, Tesla Çin 69 bin 129 araç sattı. Xiaomi ocak ayında 30 binden fazla \
araç teslim ederken NIO 27 bin 182 araçta kaldı.

İlgili Haberler: NIO Avrupa'da fiyat indirdi

Paylaş: Facebook | X | WhatsApp"""

TR_FEATURE = """Dünya Gazetesi | 01.12.2025, 10:20

Xiaomi kasım ayında 40 binden fazla araç teslim etti. Şirket üçüncü çeyrekte 108 bin 796 \
araç teslim etmişti.

SU7'nin Mart 2024'teki lansmanında ilk 24 saatte 88 bin 898 kesin sipariş alınmıştı. Geçen \
yıl şirket 136 bin 854 araç teslim etti; 2024 hedefi 130 bin araçtı.

Bu haberi paylaşın"""


ARTICLES = [
    article(
        "E-Autos aus China: Leapmotor vorn, Xiaomi knackt erneut 40.000",
        DE_DIGEST,
        D(2025, 12, 1),
        "de",
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    article(
        "Zwei Jahre SU7: Wie Xiaomi zum Autobauer wurde",
        DE_FEATURE,
        D(2026, 3, 2),
        "de",
        [
            dlv(AUTO, 20000, MORE, **month(2026, 2)),
            locked(SU7, 88898),
            dlv(AUTO, 136854, **year(2024)),
            goal(100000, **year(2024)),
            goal(550000, **year(2026)),
        ],
    ),
    article(
        "Livraisons de décembre : Xiaomi devant NIO",
        FR_DIGEST,
        D(2026, 1, 1),
        "fr",
        [dlv(AUTO, 50000, MORE, **month(2025, 12))],
    ),
    article(
        "Xiaomi, de la SU7 au YU7 : la montée en puissance",
        FR_FEATURE,
        D(2025, 11, 3),
        "fr",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            locked(SU7, 88898),
            dlv(AUTO, 136854, **year(2024)),
            goal(100000, **year(2024)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi supera a NIO en enero",
        ES_DIGEST,
        D(2026, 2, 2),
        "es",
        [dlv(AUTO, 30000, MORE, **month(2026, 1))],
    ),
    article(
        "Dos años del SU7: Xiaomi acelera",
        ES_FEATURE,
        D(2026, 4, 1),
        "es",
        [
            dlv(AUTO, 35000, MORE, **month(2026, 3)),
            orders("orders", SU7, 50000, qualifier=MORE, **WINDOW),
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(130000, **year(2024)),
        ],
    ),
    article(
        "Auto elettriche cinesi, le consegne di ottobre",
        IT_DIGEST,
        D(2025, 11, 3),
        "it",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    article(
        "Xiaomi, la rincorsa della SU7",
        IT_FEATURE,
        D(2025, 12, 1),
        "it",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            locked(SU7, 88898),
            dlv(AUTO, 136854, **year(2024)),
            goal(130000, **year(2024)),
        ],
    ),
    article(
        "Xiaomi passa NIO em dezembro",
        PT_DIGEST,
        D(2026, 1, 2),
        "pt",
        [dlv(AUTO, 50000, MORE, **month(2025, 12))],
    ),
    article(
        "Xiaomi começa 2026 com mais de 30 mil entregas",
        PT_FEATURE,
        D(2026, 2, 2),
        "pt",
        [
            dlv(AUTO, 30000, MORE, **month(2026, 1)),
            locked(SU7, 88898),
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(100000, **year(2024)),
            goal(550000, **year(2026)),
        ],
    ),
    article(
        "Chinese EV-merken in november: Xiaomi boven NIO",
        NL_DIGEST,
        D(2025, 12, 1),
        "nl",
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    article(
        "Twee jaar Xiaomi SU7",
        NL_FEATURE,
        D(2026, 3, 2),
        "nl",
        [
            dlv(AUTO, 20000, MORE, **month(2026, 2)),
            locked(SU7, 88898),
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(130000, **year(2024)),
        ],
    ),
    article(
        "Chińskie elektryki w styczniu. Xiaomi przed NIO",
        PL_DIGEST,
        D(2026, 2, 2),
        "pl",
        [dlv(AUTO, 30000, MORE, **month(2026, 1))],
    ),
    article(
        "Xiaomi rośnie. Ponad 40 tys. aut w październiku",
        PL_FEATURE,
        D(2025, 11, 3),
        "pl",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 108796, **Q3_25),
            locked(SU7, 88898),
            dlv(AUTO, 136854, **year(2024)),
            goal(100000, **year(2024)),
        ],
    ),
    article(
        "Китайские электромобили в декабре: Xiaomi обошла NIO",
        RU_DIGEST,
        D(2026, 1, 5),
        "ru",
        [dlv(AUTO, 50000, MORE, **month(2025, 12))],
    ),
    article(
        "Xiaomi: два года на авторынке",
        RU_FEATURE,
        D(2026, 4, 1),
        "ru",
        [
            dlv(AUTO, 35000, MORE, **month(2026, 3)),
            locked(SU7, 88898),
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(130000, **year(2024)),
        ],
    ),
    article(
        "中国EV、11月納車　小米は4万台超",
        JA_DIGEST,
        D(2025, 12, 1),
        "ja",
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    article(
        "小米のEV、1月も3万台超",
        JA_FEATURE,
        D(2026, 2, 2),
        "ja",
        [
            dlv(AUTO, 30000, MORE, **month(2026, 1)),
            locked(SU7, 88898),
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(100000, **year(2024)),
        ],
    ),
    article(
        "中 전기차 12월 판매… 샤오미 5만 대 돌파",
        KO_DIGEST,
        D(2026, 1, 2),
        "ko",
        [dlv(AUTO, 50000, MORE, **month(2025, 12))],
    ),
    article(
        "샤오미, 10월 전기차 4만 대 넘게 인도",
        KO_FEATURE,
        D(2025, 11, 3),
        "ko",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 108796, **Q3_25),
            locked(SU7, 88898),
            dlv(AUTO, 136854, **year(2024)),
            goal(100000, **year(2024)),
        ],
    ),
    article(
        "Penjualan Mobil Listrik China Oktober: Leapmotor Teratas",
        ID_DIGEST,
        D(2025, 11, 3),
        "id",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    article(
        "Dua Tahun SU7, Xiaomi Kirim Lebih dari 20 Ribu Unit di Februari",
        ID_FEATURE,
        D(2026, 3, 2),
        "id",
        [
            dlv(AUTO, 20000, MORE, **month(2026, 2)),
            locked(SU7, 88898),
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(130000, **year(2024)),
        ],
    ),
    article(
        "Doanh số xe điện Trung Quốc tháng 11",
        VI_DIGEST,
        D(2025, 12, 1),
        "vi",
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    article(
        "Xiaomi giao hơn 50.000 xe trong tháng 12",
        VI_FEATURE,
        D(2026, 1, 2),
        "vi",
        [
            dlv(AUTO, 50000, MORE, **month(2025, 12)),
            locked(SU7, 88898),
            dlv(AUTO, 136854, **year(2024)),
            goal(100000, **year(2024)),
        ],
    ),
    article(
        "Çinli elektrikli araç üreticilerinde ocak tablosu",
        TR_DIGEST,
        D(2026, 2, 2),
        "tr",
        [dlv(AUTO, 30000, MORE, **month(2026, 1))],
    ),
    article(
        "Xiaomi kasımda 40 bini aştı",
        TR_FEATURE,
        D(2025, 12, 1),
        "tr",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            dlv(AUTO, 108796, **Q3_25),
            locked(SU7, 88898),
            dlv(AUTO, 136854, **year(2024)),
            goal(130000, **year(2024)),
        ],
    ),
]


@run(ARTICLES)
def test_articles17_digests_and_lookbacks(
    title: str, body: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)
