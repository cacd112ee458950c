"""Probes of the extractor on WHOLE ARTICLES in thirteen more languages (de, es, fr, it, ja,
ko, pt, ru, id, nl, pl, tr, vi), two per language, written for this file without sight of the
devset, the way trafilatura returns a news page (dateline, paragraphs, a caption or a "read
more" line, a quote). Genres vary: monthly deliveries with a rival's figure, quarterly results
of the EV segment, a launch with orders and trim prices converted to local currency in
brackets, a plant and its capacity, an analyst's forecast, the year's running total.

Conventions and helpers as in test_metrics_articles9.py and test_metrics_review8.py (imported):
one event per distinct figure, decided before the extractor ran; a rival's, a phone's or a
market's figure, a share price and a percent change are no events; a price converted to local
currency is one CNY price; an operating loss is net_loss, an operating profit an `other`.
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
    year,
)

D = dt.date
NONE: Any = None  # an article without a publication day

# --- German ----------------------------------------------------------------------------------

DE_MONTHLY = """Von Anna Schulz | 01.12.2025, 10:15 Uhr | Lesezeit: 2 Min.

PEKING. Der chinesische Elektronikkonzern Xiaomi hat im November mehr als 40.000 Elektroautos \
ausgeliefert. Damit lag der Absatz den dritten Monat in Folge über dieser Marke, teilte das \
Unternehmen am Montag über den Kurznachrichtendienst Weibo mit. Eine genaue Zahl nannte \
Xiaomi nicht.

Getragen wird das Wachstum vor allem vom SUV YU7, auf das Kunden in China noch immer mehrere \
Monate warten müssen. Die zweite Ausbaustufe des Werks im Pekinger Stadtteil Yizhuang läuft \
inzwischen im Vollbetrieb.

Zum Vergleich: Der Branchenprimus BYD setzte im selben Monat 480.186 Fahrzeuge ab, der \
Konkurrent Leapmotor kam auf 70.327 Auslieferungen.

Für das Gesamtjahr hat sich Xiaomi ein Ziel von 350.000 Fahrzeugen gesetzt. Nach eigenen \
Angaben wurde diese Marke bereits Anfang November übertroffen.

„Wir danken allen Kundinnen und Kunden für ihre Geduld", schrieb Firmengründer Lei Jun.

Die Aktie von Xiaomi legte in Hongkong um 1,8 Prozent zu.

Bild: Ein Xiaomi YU7 im Showroom in Peking. Foto: dpa

Mehr zum Thema: BYD senkt erneut die Preise in China"""

DE_ANALYST = """Morgan Stanley traut Xiaomi 2026 deutlich mehr Autos zu

Von Thomas Berger | 21.11.2025

FRANKFURT. Die Analysten von Morgan Stanley haben ihre Prognose für das Autogeschäft von \
Xiaomi angehoben. Für 2026 erwarten sie nun 520.000 Auslieferungen, nachdem sie zuvor mit \
450.000 Fahrzeugen gerechnet hatten. Für das laufende Jahr gehen die Experten von rund \
400.000 ausgelieferten Autos aus.

Hintergrund ist die starke Nachfrage nach dem YU7 und ein drittes Modell, das im kommenden \
Jahr auf den Markt kommen soll. Das Kursziel für die Aktie setzten die Analysten auf 62 \
Hongkong-Dollar.

„Die Fabrik ist der Engpass, nicht die Nachfrage", heißt es in der Studie. Im dritten Quartal \
hatte Xiaomi 108.796 Fahrzeuge ausgeliefert, so viele wie nie zuvor.

Xiaomi selbst hat sich für 2025 ein Absatzziel von 350.000 Autos gesetzt. Der Konzern äußert \
sich nicht zu Prognosen von Analysten.

Der Smartphone-Markt in China schrumpfte im Oktober dagegen um 3 Prozent.

Lesen Sie auch: Tesla verliert in China weiter Marktanteile"""

# --- Spanish ---------------------------------------------------------------------------------

ES_RESULTS = """Xiaomi reduce las pérdidas de su negocio de coches eléctricos

Por Laura Gómez | 19 de agosto de 2025, 14:30

PEKÍN.- El negocio de vehículos eléctricos de Xiaomi redujo sus pérdidas en el segundo \
trimestre, según las cuentas publicadas este martes por el grupo chino.

Los ingresos de la división de coches eléctricos y nuevas iniciativas alcanzaron los 21.300 \
millones de yuanes entre abril y junio, mientras que la pérdida operativa se redujo a 300 \
millones de yuanes. En el trimestre, la compañía entregó 81.302 vehículos.

El presidente del grupo, Lu Weibing, reiteró el objetivo de entregar 350.000 vehículos en el \
conjunto del año. "Vamos a acelerar la producción", aseguró.

Los ingresos totales del grupo crecieron un 30,5%, y las ventas de teléfonos móviles sumaron \
42,4 millones de unidades.

Las acciones de Xiaomi subieron un 0,9% en la bolsa de Hong Kong.

Foto: Un Xiaomi SU7 en la fábrica de Pekín. EFE

Lea también: BYD recorta su previsión de ventas anual"""

ES_LAUNCH = """El YU7 de Xiaomi suma 200.000 pedidos en tres minutos

27 de junio de 2025

PEKÍN (Reuters) - Xiaomi presentó el jueves su primer SUV, el YU7, y recibió más de 200.000 \
pedidos en los tres primeros minutos tras el lanzamiento, según el fundador Lei Jun.

La versión estándar cuesta 253.500 yuanes (unos 30.200 euros), la Pro 279.900 yuanes (unos \
33.300 euros) y la Max 329.900 yuanes (unos 39.300 euros). El modelo compite directamente con \
el Tesla Model Y, que parte de 263.500 yuanes en China.

En las primeras 18 horas, los pedidos firmes superaron los 240.000, añadió la empresa.

"Nunca habíamos visto algo así", dijo Lei en el escenario.

Las entregas del SU7, el primer coche de la marca, superaron las 25.000 unidades en mayo.

Los analistas creen que la fuerte demanda pondrá a prueba la capacidad de la fábrica de \
Pekín, donde los plazos de espera ya son largos, y algunos compradores temen esperar meses.

Las acciones de Xiaomi alcanzaron un máximo histórico en Hong Kong.

Lea también: Tesla renueva el Model Y en China"""

# --- French ----------------------------------------------------------------------------------

FR_LAUNCH = """Par Julien Moreau | Publié le 28 février 2025 à 09h40

PÉKIN - Xiaomi a lancé jeudi soir la SU7 Ultra, version de près de 1 550 chevaux de sa \
berline électrique, au prix de 529 900 yuans (environ 69 800 euros). Le groupe chinois a \
annoncé avoir enregistré 10 000 commandes fermes en moins de deux heures.

Le prix est nettement inférieur à celui annoncé lors de la présentation du prototype en \
octobre, qui était de 814 900 yuans. Une Porsche Taycan Turbo GT coûte plus du double en Chine.

Xiaomi vise désormais 350 000 livraisons en 2025, contre un objectif de 300 000 évoqué \
auparavant. L'an dernier, le constructeur avait livré 136 854 voitures.

« La SU7 Ultra est la voiture dont je rêvais », a déclaré Lei Jun, fondateur du groupe.

Photo : La SU7 Ultra sur scène à Pékin, le 27 février 2025. AFP

Lire aussi : Tesla baisse ses prix en Chine pour la deuxième fois cette année"""

FR_PLANT = """Xiaomi accélère la construction de sa deuxième usine automobile

Par Sophie Lambert | Publié le 10 juillet 2025

PÉKIN - Le constructeur chinois Xiaomi a achevé la deuxième phase de son usine de Yizhuang, \
dans la banlieue de Pékin, ce qui porte sa capacité de production annuelle à 300 000 \
véhicules, contre 150 000 pour la première phase seule.

Une voiture sort désormais des chaînes toutes les 76 secondes, selon l'entreprise. Le site \
emploie environ 3 000 personnes.

Le groupe prépare en outre une troisième phase, qui doit entrer en service en 2026, pour \
suivre la demande pour le YU7. Les délais de livraison du SUV dépassent actuellement un an.

« Nous produisons aussi vite que nous le pouvons », a assuré un porte-parole.

Xiaomi a livré plus de 25 000 voitures en juin, un record.

Le constructeur BYD dispose pour sa part d'une capacité de plus de 4 millions de véhicules par \
an.

Photo : Des robots sur la chaîne de montage de Xiaomi à Pékin. DR"""

# --- Italian ---------------------------------------------------------------------------------

IT_REVIEW = """Xiaomi chiude il 2025 con oltre 410.000 auto consegnate

di Marco Rossi | 2 gennaio 2026

PECHINO - Xiaomi ha consegnato più di 410.000 auto elettriche nel 2025, superando \
ampiamente l'obiettivo annuale di 350.000 veicoli. Lo ha comunicato il fondatore Lei Jun in \
un post sul social Weibo.

Nel solo mese di dicembre le consegne hanno superato le 50.000 unità, un nuovo record. Dal \
lancio della SU7 nel marzo 2024 il totale cumulato ha superato le 550.000 vetture.

Per il 2026 il gruppo punta a 550.000 consegne, con l'arrivo di un terzo modello.

"È stato un anno straordinario", ha scritto Lei.

Il concorrente BYD ha venduto 4,6 milioni di veicoli nel 2025, in calo del 7% sull'anno \
precedente.

Il titolo Xiaomi ha chiuso in rialzo del 2,3% alla borsa di Hong Kong.

Foto: La linea di montaggio della Xiaomi a Pechino.

Leggi anche: Tesla perde quote di mercato in Cina"""

IT_MONTHLY = """Xiaomi, a ottobre consegne oltre quota 40.000

3 novembre 2025

MILANO - La casa automobilistica cinese Xiaomi ha consegnato più di 40.000 veicoli nel mese di \
ottobre, secondo quanto comunicato dalla società. Si tratta del secondo mese consecutivo oltre \
questa soglia.

Nei primi dieci mesi dell'anno le consegne complessive hanno superato le 300.000 unità, e \
l'azienda si dice fiduciosa di raggiungere l'obiettivo di 350.000 veicoli entro dicembre.

Tra i rivali, Leapmotor ha consegnato 70.289 veicoli in ottobre, mentre Xpeng si è fermata a \
42.013.

"La domanda per la YU7 resta molto forte", ha spiegato un portavoce.

Secondo gli analisti, la crescita dipende ora soprattutto dalla capacità produttiva dello \
stabilimento di Pechino, dove i tempi di attesa per la YU7 restano lunghi. Il gruppo non ha \
fornito indicazioni sui margini del trimestre in corso, che saranno comunicati insieme ai \
conti a metà novembre. Le azioni hanno guadagnato l'1,2% nella seduta di lunedì.

Didascalia: Una Xiaomi YU7 esposta a Shanghai.

Leggi anche: Il mercato cinese dell'auto elettrica rallenta in ottobre"""

# --- Japanese --------------------------------------------------------------------------------

JA_RESULTS = """シャオミのEV事業、初の営業黒字　7〜9月期

2025年11月18日 19時05分

【北京＝共同】中国の小米（シャオミ）は18日、2025年7〜9月期決算を発表した。電気自動車（EV）など\
新事業の売上高は290億元に達し、営業損益は7億元の黒字となった。EV事業が四半期ベースで黒字と\
なるのは初めて。

同期のEV納車台数は10万8796台と過去最高を更新した。粗利益率は25.5％だった。

盧偉冰総裁は「年間35万台の納車目標は達成できる」と述べた。

グループ全体の売上高は前年同期比22％増の1131億元、スマートフォンの出荷台数は4330万台だった。

写真：北京の工場で生産されるシャオミのSUV「YU7」

関連記事：BYD、10月の販売台数が前年割れ"""

JA_PLANT = """シャオミ、北京工場の第2期が稼働　年産能力30万台に

北京の南部にあるシャオミのEV工場で、第2期の生産ラインが本格稼働を始めた。会社側によると、\
年間生産能力は第1期の15万台から合計30万台に倍増した。

工場では700台以上のロボットが稼働し、約76秒に1台のペースで車が完成する。従業員は約3000人。

同社は2026年にも第3期の建設に着手する方針で、SUV「YU7」の納車待ちを短縮したい考えだ。\
現在、YU7の納車までには1年以上かかる場合がある。

担当者は「需要に生産が追いついていない」と話す。

ちなみに、テスラの上海工場の年産能力は95万台を超える。

写真：シャオミのEV工場の組み立てライン"""

# --- Korean ----------------------------------------------------------------------------------

KO_MONTHLY = """샤오미, 9월 전기차 인도 4만대 돌파…2개월 연속 최대

입력 2025.10.01 11:20

[베이징=연합뉴스] 중국 샤오미가 9월 한 달간 전기차를 4만대 넘게 인도했다고 1일 밝혔다. 월간 \
인도량이 4만대를 넘은 것은 이번이 처음이다.

샤오미는 올해 연간 인도 목표를 35만대로 잡고 있다. 1~9월 누적 인도량은 26만대를 넘어섰다.

같은 달 경쟁사 샤오펑은 4만1581대, 니오는 3만4749대를 인도했다.

레이쥔 회장은 웨이보에 "YU7 고객을 기다리게 해 죄송하다"고 적었다.

이날 홍콩 증시에서 샤오미 주가는 1.5% 올랐다.

사진=베이징 샤오미 매장에 전시된 YU7

관련기사: BYD, 9월 판매 감소…가격 경쟁 여파"""

KO_ANALYST = """"샤오미 내년 전기차 55만대 인도 전망"…골드만삭스

입력 2025.11.21 09:00

골드만삭스는 샤오미의 2026년 전기차 인도량이 55만대에 이를 것으로 전망했다. 기존 전망치는 \
48만대였다. 올해 인도량은 약 41만대로 예상했다.

골드만삭스는 보고서에서 "세 번째 모델이 성장을 이끌 것"이라고 밝혔다. 목표 주가는 65홍콩달러로 \
제시했다.

샤오미는 3분기에 10만8796대를 인도해 분기 최대 기록을 세웠다.

보고서는 YU7의 대기 기간이 여전히 길고, 베이징 공장 3기 가동이 내년 하반기에 시작될 것이라고 설명했다. 다만 보조금 축소와 경쟁 심화는 위험 요인으로 꼽혔다.

한편 중국 스마트폰 시장은 3분기에 2% 줄었다.

관련기사: 샤오미, 3분기 전기차 사업 첫 흑자"""

# --- Portuguese ------------------------------------------------------------------------------

PT_PLANT = """Xiaomi inicia obras da terceira fase de sua fábrica de carros em Pequim

Por Ana Souza | 15/09/2025 08h30

PEQUIM - A Xiaomi começou a construir a terceira fase de sua fábrica de veículos elétricos em \
Pequim. Com as duas primeiras fases, a capacidade anual já chega a 300 mil veículos.

A nova etapa deve acrescentar mais 150 mil unidades por ano quando entrar em operação, no \
segundo semestre de 2026, segundo documentos publicados pela prefeitura de Pequim.

A fábrica atual produz um carro a cada 76 segundos e emprega cerca de 3 mil pessoas. Em \
agosto, a montadora entregou mais de 30 mil veículos.

"Precisamos de mais capacidade para atender aos pedidos do YU7", disse um executivo.

A rival BYD tem capacidade de produção de mais de 4 milhões de veículos por ano na China.

Legenda: Linha de montagem da Xiaomi em Pequim.

Leia mais: Tesla amplia fábrica de Xangai"""

PT_LAUNCH = """Xiaomi recebe 50 mil encomendas do SU7 em 27 minutos

29/03/2024 07h15

PEQUIM - A Xiaomi lançou nesta quinta-feira seu primeiro carro elétrico, o sedã SU7, e \
recebeu 50 mil encomendas nos primeiros 27 minutos, segundo o fundador Lei Jun.

A versão de entrada custa 215.900 yuans (cerca de R$ 149 mil), a Pro sai por 245.900 yuans \
(R$ 170 mil) e a Max por 299.900 yuans (R$ 208 mil). O preço da versão básica fica 30 mil \
yuans abaixo do Tesla Model 3 na China.

Em 24 horas, as encomendas chegaram a 88.898, informou a empresa no dia seguinte.

"Prometemos entregar o mais rápido possível", disse Lei durante o evento.

As ações da Xiaomi subiram 4% em Hong Kong.

Analistas afirmam que o desafio agora será produzir rápido o suficiente. A fábrica de Pequim \
ainda está em fase de testes, e os primeiros clientes devem receber os carros já na próxima \
semana, segundo a empresa, que não informou quantos carros pretende entregar em abril.

Foto: O SU7 no palco do lançamento em Pequim.

Leia também: BYD reduz preços para enfrentar concorrência"""

# --- Russian ---------------------------------------------------------------------------------

RU_RESULTS = """Автобизнес Xiaomi сократил убыток в первом квартале

Автор: Иван Петров | 27 мая 2025

ПЕКИН. Подразделение электромобилей Xiaomi в первом квартале 2025 года получило выручку в \
18,6 млрд юаней, а операционный убыток сократился до 500 млн юаней. За квартал компания \
передала клиентам 75 869 автомобилей.

Президент группы Лу Вэйбин подтвердил цель поставить 350 000 машин по итогам года. «Спрос \
превышает наши возможности», — сказал он.

Выручка группы в целом выросла на 47% до 111,3 млрд юаней. Поставки смартфонов составили \
41,8 млн штук.

Акции Xiaomi в Гонконге подешевели на 1,2%.

Аналитики отмечают, что главным ограничением остаются производственные мощности пекинского \
завода. Компания рассчитывает, что запуск второй очереди завода летом позволит сократить \
сроки ожидания для покупателей седана SU7 и будущего кроссовера YU7, который выйдет до конца \
года. Рентабельность подразделения компания назовёт позже.

Следующий отчёт компания опубликует в августе.

Фото: Седан Xiaomi SU7 на заводе в Пекине.

Читайте также: BYD отчитался о рекордной прибыли"""

RU_TOTAL = """Xiaomi передала клиентам полмиллиона автомобилей

Компания Xiaomi сообщила, что с начала продаж в марте 2024 года передала покупателям более \
500 000 электромобилей. Об этом основатель компании Лэй Цзюнь написал в своём блоге в \
ноябре.

С января по октябрь 2025 года компания поставила более 300 000 машин, что почти вдвое \
больше, чем за весь 2024 год, когда было поставлено 136 854 автомобиля.

Годовой план на 2025 год — 350 000 машин — компания, по словам Лэя, выполнит досрочно.

«Каждая машина — это доверие наших клиентов», — написал он.

Для сравнения: Tesla поставила в Китае около 600 000 автомобилей в прошлом году.

Эксперты считают, что главным драйвером роста стал кроссовер YU7, очередь на который \
растянулась почти на год. Компания строит третью очередь завода в Пекине и рассчитывает \
запустить её в следующем году, а также готовит выход на европейский рынок.

Фото: Юбилейный автомобиль на заводе Xiaomi.

Читайте также: Рынок электромобилей Китая замедлил рост"""

# --- Indonesian ------------------------------------------------------------------------------

ID_MONTHLY = """Xiaomi Kirim Lebih dari 40.000 Mobil Listrik pada Agustus

Oleh Dewi Lestari | Senin, 1 September 2025 10:05 WIB

BEIJING - Xiaomi mengirimkan lebih dari 40.000 mobil listrik sepanjang Agustus, rekor \
bulanan baru bagi perusahaan asal China tersebut. Permintaan untuk SUV YU7 masih jauh \
melampaui kapasitas pabrik.

Perusahaan menargetkan pengiriman 350.000 unit sepanjang tahun ini. Hingga akhir Agustus, \
total pengiriman sejak awal tahun telah melampaui 220.000 unit.

Sebagai perbandingan, BYD menjual 373.626 kendaraan pada bulan yang sama, sementara Leapmotor \
mengirimkan 57.066 unit.

"Kami terus menambah shift produksi," kata juru bicara Xiaomi.

Saham Xiaomi naik 2,4% di bursa Hong Kong.

Analis menilai kapasitas pabrik di Beijing masih menjadi hambatan utama. Perusahaan \
berencana membangun tahap ketiga pabrik untuk memangkas waktu tunggu pelanggan yang kini \
mencapai beberapa bulan, terutama untuk model YU7.

Xiaomi belum mengumumkan rencana untuk menjual mobilnya di Indonesia.

Foto: Xiaomi YU7 di ruang pamer Beijing.

Baca juga: Penjualan mobil listrik di Indonesia naik tajam"""

ID_LAUNCH = """Xiaomi YU7 Diluncurkan, Pesanan Tembus 240.000 dalam 18 Jam

Jumat, 27 Juni 2025

BEIJING - Xiaomi resmi meluncurkan SUV listrik pertamanya, YU7, pada Kamis malam. Dalam 18 \
jam, pesanan yang sudah dikunci mencapai lebih dari 240.000 unit, kata pendiri Lei Jun.

Varian Standard dibanderol 253.500 yuan (sekitar Rp 575 juta), varian Pro 279.900 yuan \
(sekitar Rp 635 juta), dan varian Max 329.900 yuan (sekitar Rp 748 juta).

Harga tersebut lebih murah dibandingkan Tesla Model Y yang dijual mulai 263.500 yuan di China.

"Ini di luar dugaan kami," kata Lei.

Xiaomi sendiri menargetkan pengiriman 350.000 mobil tahun ini.

Para analis menilai lonjakan pesanan ini akan menguji kemampuan produksi Xiaomi. Waktu \
tunggu untuk YU7 diperkirakan mencapai lebih dari satu tahun bagi pembeli yang memesan hari \
ini, kata beberapa dealer di Beijing.

Xiaomi belum mengumumkan rencana untuk menjual mobilnya di Indonesia.

Foto: Lei Jun memperkenalkan YU7 di Beijing.

Baca juga: Tesla Model Y terbaru meluncur di Indonesia"""

# --- Dutch -----------------------------------------------------------------------------------

NL_ANALYST = """Citi: Xiaomi levert volgend jaar 600.000 auto's

Door Pieter de Vries | 25 november 2025

AMSTERDAM - Analisten van Citi verwachten dat Xiaomi in 2026 ongeveer 600.000 elektrische \
auto's zal afleveren. Voor dit jaar rekent de bank op 405.000 leveringen.

Volgens Citi zal de autotak van Xiaomi volgend jaar een omzet van 150 miljard yuan halen. \
Het koersdoel van het aandeel ging omhoog naar 68 Hongkongse dollar.

Xiaomi zelf mikt voor 2025 op 350.000 auto's. In het derde kwartaal leverde het bedrijf \
108.796 voertuigen af.

"De derde fabriek is de sleutel," schrijven de analisten.

Volgens de analisten is de productiecapaciteit de belangrijkste rem op de groei. Xiaomi \
bouwt aan een derde fase van zijn fabriek in Peking, die volgend jaar in gebruik moet worden \
genomen. Ook een uitbreiding naar Europa wordt genoemd als kans op langere termijn, maar \
daarover is nog niets besloten.

Concurrent Nio leverde in oktober 40.397 auto's af.

Lees ook: Chinese automarkt groeit minder hard"""

NL_RESULTS = """Xiaomi boekt recordomzet met auto's in vierde kwartaal

Door Sanne Jansen | 18 maart 2025

PEKING - De autotak van Xiaomi heeft in het vierde kwartaal van 2024 een omzet van 16,7 \
miljard yuan behaald. Het bedrijf leverde in die periode 69.697 auto's af.

Over heel 2024 kwam de omzet van de elektrische auto's uit op 32,1 miljard yuan, bij een \
nettoverlies van 6,2 miljard yuan. In totaal werden 136.854 auto's afgeleverd.

Voor 2025 verhoogde Xiaomi zijn doel naar 350.000 auto's.

"We zijn pas net begonnen," zei topman Lu Weibing.

De omzet van de hele groep steeg met 49% tot 109 miljard yuan.

Analisten wijzen erop dat de verliezen snel kleiner worden naarmate de fabriek in Peking \
meer auto's bouwt. De tweede fase van de fabriek moet dit jaar in gebruik worden genomen, en \
een tweede model, de SUV YU7, volgt later in het jaar.

Foto: Een Xiaomi SU7 in een showroom in Shanghai.

Lees ook: BYD verkoopt meer elektrische auto's dan Tesla"""

# --- Polish ----------------------------------------------------------------------------------

PL_LAUNCH = """Xiaomi SU7 Ultra: 15 000 zamówień w niecałe dwie godziny

Autor: Piotr Nowak | 28 lutego 2025

PEKIN - Xiaomi rozpoczęło sprzedaż sportowej wersji SU7 Ultra w cenie 529 900 juanów (ok. \
290 tys. zł). W ciągu niecałych dwóch godzin firma przyjęła 15 000 wiążących zamówień.

To znacznie mniej niż 814 900 juanów, które zapowiadano przy prezentacji prototypu. Dla \
porównania Porsche Taycan Turbo GT kosztuje w Chinach ponad dwa razy więcej.

Xiaomi podniosło też cel dostaw na 2025 rok do 350 000 aut.

„To najszybszy czterodrzwiowy samochód seryjny na świecie" - powiedział Lei Jun.

Akcje Xiaomi zyskały 3% na giełdzie w Hongkongu.

Analitycy zwracają uwagę, że tak duży popyt na drogą wersję pokazuje siłę marki. Pierwsze \
egzemplarze trafią do klientów jeszcze w marcu, a czas oczekiwania na auto może wynieść \
kilka miesięcy, zależnie od wybranego pakietu torowego.

Zdjęcie: Xiaomi SU7 Ultra na torze Nürburgring.

Czytaj także: Tesla obniża ceny w Chinach"""

PL_MONTHLY = """Xiaomi w styczniu dostarczyło ponad 20 000 aut

3 lutego 2025

PEKIN - Chiński producent Xiaomi dostarczył w styczniu ponad 20 000 samochodów elektrycznych, \
mimo przerwy związanej z Nowym Rokiem Księżycowym. To już czwarty miesiąc z rzędu z wynikiem \
powyżej tego progu.

W całym 2024 roku firma dostarczyła 136 854 auta.

Konkurencyjny Li Auto dostarczył w styczniu 29 927 aut, a Xpeng 30 350.

Na ten rok Xiaomi planuje dostawy na poziomie 300 000 samochodów.

„Popyt pozostaje silny" - przekazał rzecznik firmy.

Analitycy spodziewają się, że druga faza fabryki w Pekinie, która ma ruszyć w połowie roku, \
pozwoli znacząco zwiększyć produkcję. Firma przygotowuje też premierę swojego pierwszego \
SUV-a, modelu YU7, a także sportowej wersji sedana, która trafi do sprzedaży jeszcze w tym \
kwartale.

Spółka nie ujawnia jeszcze planów sprzedaży samochodów w Europie, w tym w Polsce.

Na zdjęciu: sedan Xiaomi SU7 w salonie w Pekinie.

Czytaj także: BYD zaczyna rok od spadku sprzedaży"""

# --- Turkish ---------------------------------------------------------------------------------

TR_TOTAL = """Xiaomi'nin teslimatları yılın ilk 11 ayında 360 bini aştı

Haber Merkezi | 02.12.2025 09:30

PEKİN - Çinli teknoloji şirketi Xiaomi, ocak-kasım döneminde 360.000'den fazla elektrikli \
otomobil teslim etti. Böylece şirket 350.000 araçlık yıllık hedefini şimdiden aşmış oldu.

Şirket sadece kasım ayında 40.000'in üzerinde araç teslim etti. SU7'nin satışa çıktığı Mart \
2024'ten bu yana toplam teslimat 500.000'i geçti.

Rakip BYD ise kasımda 480.186 araç sattı.

Xiaomi'nin kurucusu Lei Jun, "Kullanıcılarımıza teşekkür ederiz, bu başarı onların \
güveni sayesinde geldi" dedi.

Xiaomi hisseleri Hong Kong borsasında yüzde 1,1 değer kaybetti.

Analistler, şirketin önümüzdeki yıl üçüncü modelini piyasaya sürmesiyle büyümenin süreceğini \
öngörüyor. Pekin'deki fabrikanın üçüncü etabının da gelecek yıl devreye girmesi bekleniyor; \
bu da müşterilerin bekleme süresini kısaltacak.

Şirket, Avrupa pazarına giriş için henüz bir tarih açıklamadı. Türkiye'de satış planı da \
bulunmuyor; şirketin akıllı telefonları ise ülkede uzun süredir satılıyor ve popülerliğini \
koruyor.

Fotoğraf: Xiaomi YU7, Pekin'deki bir bayide.

İlgili haber: Çin'de elektrikli araç satışları yavaşladı"""

TR_PLANT = """Xiaomi fabrikası yılda 300 bin araç üretebilecek

PEKİN - Xiaomi, Pekin'deki otomobil fabrikasının ikinci etabını tamamladı. Şirketin yıllık \
üretim kapasitesi böylece 150.000'den 300.000 araca yükseldi.

Fabrikada 700'den fazla robot çalışıyor ve her 76 saniyede bir araç banttan iniyor. Tesiste \
yaklaşık 3.000 kişi istihdam ediliyor.

Şirket, üçüncü etabın 2026'da devreye girmesini planlıyor. YU7 için bekleme süresi şu anda \
bir yılı aşıyor.

Bir yetkili, "Talebe yetişmek için vardiya sayısını artırdık ve hafta sonları da \
çalışıyoruz" diye konuştu.

Karşılaştırma için, Tesla'nın Şanghay fabrikasının yıllık kapasitesi 950.000 aracın üzerinde.

Analistler, kapasite artışının şirketin büyümesi için kritik olduğunu belirtiyor. Şirket \
ayrıca Avrupa pazarına açılmayı değerlendiriyor, ancak bu konuda henüz bir karar \
açıklanmadı; yetkililer önceliğin Çin'deki müşteriler olduğunu söylüyor.

Fabrikanın ikinci etabında ağırlıklı olarak YU7 modeli üretiliyor. Şirket, yeni hatların \
devreye alınmasıyla birlikte teslimat sürelerinin önümüzdeki aylarda kısalmasını bekliyor ve \
müşterilerine sabır çağrısında bulunuyor.

Fotoğraf: Xiaomi fabrikasında montaj hattı.

İlgili haber: Xiaomi YU7 siparişleri rekor kırdı"""

# --- Vietnamese ------------------------------------------------------------------------------

VI_RESULTS = """Mảng xe điện của Xiaomi lần đầu có lãi

Thứ Ba, 18/11/2025 19:30

BẮC KINH - Xiaomi cho biết mảng xe điện và các sáng kiến mới đạt doanh thu 29 tỷ nhân dân tệ \
trong quý III/2025, lợi nhuận hoạt động đạt 700 triệu nhân dân tệ, lần đầu tiên có lãi kể từ \
khi ra mắt xe.

Trong quý, hãng đã giao 108.796 xe, mức cao kỷ lục. Biên lợi nhuận gộp của mảng này đạt 25,5%.

Chủ tịch Lu Weibing khẳng định công ty sẽ hoàn thành mục tiêu giao 350.000 xe trong năm nay.

Tổng doanh thu của tập đoàn tăng 22% lên 113,1 tỷ nhân dân tệ, doanh số điện thoại đạt 43,3 \
triệu chiếc.

Cổ phiếu Xiaomi giảm 2% trên sàn Hồng Kông.

Giới phân tích cho rằng công suất nhà máy vẫn là nút thắt lớn nhất của hãng trong những \
tháng tới.

Ảnh: Xiaomi YU7 tại nhà máy ở Bắc Kinh.

Xem thêm: BYD báo lợi nhuận giảm trong quý III"""

VI_MONTHLY = """Xiaomi giao hơn 40.000 xe điện trong tháng 11

Thứ Hai, 01/12/2025

Hãng công nghệ Trung Quốc Xiaomi cho biết đã giao hơn 40.000 xe điện trong tháng 11, tháng \
thứ ba liên tiếp vượt mốc này. Mẫu SUV YU7 vẫn là động lực tăng trưởng chính.

Tính từ đầu năm đến hết tháng 11, Xiaomi đã giao hơn 360.000 xe, vượt mục tiêu cả năm là \
350.000 xe.

Trong cùng tháng, đối thủ Leapmotor giao 70.327 xe, còn Xpeng giao 36.728 xe.

"Chúng tôi cảm ơn sự kiên nhẫn của khách hàng," nhà sáng lập Lei Jun viết trên Weibo.

Các nhà phân tích cho rằng công suất nhà máy ở Bắc Kinh vẫn là rào cản lớn nhất. Hãng đang \
xây dựng giai đoạn ba của nhà máy và dự kiến đưa vào hoạt động trong năm tới, đồng thời \
chuẩn bị ra mắt mẫu xe thứ ba.

Ảnh: Xe Xiaomi YU7 tại một cửa hàng ở Bắc Kinh.

Xem thêm: Thị trường xe điện Việt Nam tăng trưởng mạnh"""


def staff(value: float, q: str = "exact") -> dict[str, Any]:
    return ev(AUTO, metric="headcount", value=value, qualifier=q)


def group_revenue(value: float, **fields: Any) -> dict[str, Any]:
    return ev(GROUP, metric="revenue", value=value, **fields)


Q3_25 = quarter(2025, 3)

ARTICLES = [
    article(
        "Xiaomi liefert im November erneut mehr als 40.000 E-Autos aus",
        DE_MONTHLY,
        D(2025, 12, 1),
        "de",
        [dlv(AUTO, 40000, MORE, **month(2025, 11)), goal(350000, **year(2025))],
    ),
    article(
        "Morgan Stanley traut Xiaomi 2026 deutlich mehr Autos zu",
        DE_ANALYST,
        D(2025, 11, 21),
        "de",
        [
            fcst(AUTO, 520000, **year(2026)),
            fcst(AUTO, 450000, **year(2026)),
            fcst(AUTO, 400000, ABOUT, **year(2025)),
            dlv(AUTO, 108796, **Q3_25),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi reduce las pérdidas de su negocio de coches eléctricos",
        ES_RESULTS,
        D(2025, 8, 19),
        "es",
        [
            money("revenue", 21.3e9, **quarter(2025, 2)),
            money("net_loss", 3e8, **quarter(2025, 2)),
            dlv(AUTO, 81302, **quarter(2025, 2)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "El YU7 de Xiaomi suma 200.000 pedidos en tres minutos",
        ES_LAUNCH,
        D(2025, 6, 27),
        "es",
        [
            orders("orders", YU7, 200000, qualifier=MORE, **WINDOW),
            price(YU7, 253500),
            price(YU7, 279900),
            price(YU7, 329900),
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
            dlv(SU7, 25000, MORE, **month(2025, 5)),
        ],
    ),
    article(
        "Xiaomi lance la SU7 Ultra à 529 900 yuans",
        FR_LAUNCH,
        D(2025, 2, 28),
        "fr",
        [
            price(ULTRA, 529900),
            orders("locked_orders", ULTRA, 10000, **WINDOW),
            price(ULTRA, 814900),
            goal(350000, **year(2025)),
            goal(300000, **year(2025)),
            dlv(AUTO, 136854, **year(2024)),
        ],
    ),
    article(
        "Xiaomi accélère la construction de sa deuxième usine automobile",
        FR_PLANT,
        D(2025, 7, 10),
        "fr",
        [
            cap(300000),
            cap(150000),
            staff(3000, ABOUT),
            dlv(AUTO, 25000, MORE, **month(2025, 6)),
        ],
    ),
    article(
        "Xiaomi chiude il 2025 con oltre 410.000 auto consegnate",
        IT_REVIEW,
        D(2026, 1, 2),
        "it",
        [
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(350000, **year(2025)),
            dlv(AUTO, 50000, MORE, **month(2025, 12)),
            dlv(AUTO, 550000, MORE, **CUM),
            goal(550000, **year(2026)),
        ],
    ),
    article(
        "Xiaomi, a ottobre consegne oltre quota 40.000",
        IT_MONTHLY,
        D(2025, 11, 3),
        "it",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 300000, MORE, **first_months(2025, 10)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "シャオミのEV事業、初の営業黒字　7〜9月期",
        JA_RESULTS,
        D(2025, 11, 18),
        "ja",
        [
            money("revenue", 29.0e9, **Q3_25),
            other("operating profit", 7e8, **Q3_25),
            dlv(AUTO, 108796, **Q3_25),
            other("gross margin", 25.5, **Q3_25),
            goal(350000, **year(2025)),
            group_revenue(113.1e9, **Q3_25),
        ],
    ),
    article(
        "シャオミ、北京工場の第2期が稼働　年産能力30万台に",
        JA_PLANT,
        NONE,
        "ja",
        [cap(150000), cap(300000), staff(3000, ABOUT)],
    ),
    article(
        "샤오미, 9월 전기차 인도 4만대 돌파…2개월 연속 최대",
        KO_MONTHLY,
        D(2025, 10, 1),
        "ko",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            goal(350000, **year(2025)),
            dlv(AUTO, 260000, MORE, **first_months(2025, 9)),
        ],
    ),
    article(
        '"샤오미 내년 전기차 55만대 인도 전망"…골드만삭스',
        KO_ANALYST,
        D(2025, 11, 21),
        "ko",
        [
            fcst(AUTO, 550000, **year(2026)),
            fcst(AUTO, 480000, **year(2026)),
            fcst(AUTO, 410000, ABOUT, **year(2025)),
            dlv(AUTO, 108796, **Q3_25),
        ],
    ),
    article(
        "Xiaomi inicia obras da terceira fase de sua fábrica de carros em Pequim",
        PT_PLANT,
        D(2025, 9, 15),
        "pt",
        [
            cap(300000),
            cap(150000, status="target"),
            staff(3000, ABOUT),
            dlv(AUTO, 30000, MORE, **month(2025, 8)),
        ],
    ),
    article(
        "Xiaomi recebe 50 mil encomendas do SU7 em 27 minutos",
        PT_LAUNCH,
        D(2024, 3, 29),
        "pt",
        [
            orders("orders", SU7, 50000, **WINDOW),
            price(SU7, 215900),
            price(SU7, 245900),
            price(SU7, 299900),
            orders("orders", SU7, 88898, **WINDOW),
        ],
    ),
    article(
        "Автобизнес Xiaomi сократил убыток в первом квартале",
        RU_RESULTS,
        D(2025, 5, 27),
        "ru",
        [
            money("revenue", 18.6e9, **quarter(2025, 1)),
            money("net_loss", 5e8, **quarter(2025, 1)),
            dlv(AUTO, 75869, **quarter(2025, 1)),
            goal(350000, **year(2025)),
            group_revenue(111.3e9, **quarter(2025, 1)),
        ],
    ),
    article(
        "Xiaomi передала клиентам полмиллиона автомобилей",
        RU_TOTAL,
        NONE,
        "ru",
        [
            dlv(AUTO, 500000, MORE, **CUM),
            dlv(AUTO, 300000, MORE, **first_months(2025, 10)),
            dlv(AUTO, 136854, **year(2024)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi Kirim Lebih dari 40.000 Mobil Listrik pada Agustus",
        ID_MONTHLY,
        D(2025, 9, 1),
        "id",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 8)),
            goal(350000, **year(2025)),
            dlv(AUTO, 220000, MORE, **first_months(2025, 8)),
        ],
    ),
    article(
        "Xiaomi YU7 Diluncurkan, Pesanan Tembus 240.000 dalam 18 Jam",
        ID_LAUNCH,
        D(2025, 6, 27),
        "id",
        [
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
            price(YU7, 253500),
            price(YU7, 279900),
            price(YU7, 329900),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Citi: Xiaomi levert volgend jaar 600.000 auto's",
        NL_ANALYST,
        D(2025, 11, 25),
        "nl",
        [
            fcst(AUTO, 600000, ABOUT, **year(2026)),
            fcst(AUTO, 405000, **year(2025)),
            money("revenue", 150e9, status="forecast", **year(2026)),
            goal(350000, **year(2025)),
            dlv(AUTO, 108796, **Q3_25),
        ],
    ),
    article(
        "Xiaomi boekt recordomzet met auto's in vierde kwartaal",
        NL_RESULTS,
        D(2025, 3, 18),
        "nl",
        [
            money("revenue", 16.7e9, **quarter(2024, 4)),
            dlv(AUTO, 69697, **quarter(2024, 4)),
            money("revenue", 32.1e9, **year(2024)),
            money("net_loss", 6.2e9, **year(2024)),
            dlv(AUTO, 136854, **year(2024)),
            goal(350000, **year(2025)),
            group_revenue(109e9, **quarter(2024, 4)),
        ],
    ),
    article(
        "Xiaomi SU7 Ultra: 15 000 zamówień w niecałe dwie godziny",
        PL_LAUNCH,
        D(2025, 2, 28),
        "pl",
        [
            price(ULTRA, 529900),
            orders("locked_orders", ULTRA, 15000, **WINDOW),
            price(ULTRA, 814900),
            goal(350000, **year(2025)),
        ],
        xf="missing: the prototype's announced price 814,900 ('To znacznie mniej niż 814 900 juanów, które zapowiadano przy prezentacji prototypu')",
    ),
    article(
        "Xiaomi w styczniu dostarczyło ponad 20 000 aut",
        PL_MONTHLY,
        D(2025, 2, 3),
        "pl",
        [
            dlv(AUTO, 20000, MORE, **month(2025, 1)),
            dlv(AUTO, 136854, **year(2024)),
            goal(300000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi'nin teslimatları yılın ilk 11 ayında 360 bini aştı",
        TR_TOTAL,
        D(2025, 12, 2),
        "tr",
        [
            dlv(AUTO, 360000, MORE, **first_months(2025, 11)),
            goal(350000, **year(2025)),
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            dlv(AUTO, 500000, MORE, **CUM),
        ],
    ),
    article(
        "Xiaomi fabrikası yılda 300 bin araç üretebilecek",
        TR_PLANT,
        NONE,
        "tr",
        [cap(150000), cap(300000), staff(3000, ABOUT)],
    ),
    article(
        "Mảng xe điện của Xiaomi lần đầu có lãi",
        VI_RESULTS,
        D(2025, 11, 18),
        "vi",
        [
            money("revenue", 29e9, **Q3_25),
            other("operating profit", 7e8, **Q3_25),
            dlv(AUTO, 108796, **Q3_25),
            other("gross margin", 25.5, **Q3_25),
            goal(350000, **year(2025)),
            group_revenue(113.1e9, **Q3_25),
        ],
    ),
    article(
        "Xiaomi giao hơn 40.000 xe điện trong tháng 11",
        VI_MONTHLY,
        D(2025, 12, 1),
        "vi",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            dlv(AUTO, 360000, MORE, **first_months(2025, 11)),
            goal(350000, **year(2025)),
        ],
    ),
]


@run(ARTICLES)
def test_articles_in_thirteen_languages(
    title: str, body: str, published: dt.date | None, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)  # type: ignore[arg-type]
