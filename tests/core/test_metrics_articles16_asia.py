"""Probes of the extractor on WHOLE ARTICLES in six languages (ja, ko, ru, tr, vi, id), three per
language, written for this file in our own words without sight of the devset, each the way a
native outlet of that country would print it: its number formats and abbreviations ("3億元",
"2万台", "97억 위안", "13만 대", "1,5 млрд юаней", "529,9 тыс. юаней", "253 bin 500 yuan",
"31,2 milyar yuan", "78,5 tỷ", "5 vạn", "Rp21,3 triliun", "miliar yuan", "29 ribu unit"), its
dates and quarter names ("7～9月期", "3분기", "в третьем квартале", "üçüncü çeyrek",
"quý IV/2024", "kuartal III/2024"), and the page clutter trafilatura keeps (bylines, related
links with other stories' headlines, share buttons, tags, disclaimers).

Genres the older *_langs sets (articles12 to articles15) leave out for these languages:
- an interview with a Xiaomi executive in question-and-answer form, with quoted figures, a
  vague amount ("十数万台", "数万台"), a counterfactual ("仮に…あれば…売れていたはずだ",
  "Eğer … satabiliriz") and next year's target "at least" (ja, tr);
- a monthly brief with last month told as "先月" / "bulan lalu", the month before, and the
  running total since the launch to a stated day (ja, id);
- a target raised twice in one year with "이상" (more_than, as in test_metrics_fix13b.py) and
  a target raised mid-year with "en az" plus a model's own target (ko, tr);
- a plant story with the current and the planned capacity (a planned one is a target),
  investment, workforce, vehicles produced to a day and so far this year (ko, vi);
- a price-cut story: every trim "X에서 Y로" (both prices, in the order written), a model
  kept at its price, a rival's cut (ko), and a launch with the pre-sale price cut "с … до" (ru);
- launch nights with orders counted at minutes and hours, test-drive bookings, locked orders
  in the first day (ru, tr, vi);
- results with an average selling price, the nine months' deliveries, the previous quarter's
  gross margin and the group's revenue (ru, id); a broker's forecast revised for next year,
  with the current year's estimate and a quarter's (vi);
- NEGATIVE articles that must give nothing: phone shipments with an analyst's hypothetical
  (ja), a rival's monthly sales with Xiaomi named without a figure and a counterfactual (ru),
  a share-price story with a price target, a sensitivity and a "read more" headline carrying
  a figure (id).

Conventions and helpers as in test_metrics_articles9.py, test_metrics_review8.py and
test_metrics_articles15_langs.py (imported): one event per distinct figure, in the order
written, decided before the extractor ran; a figure told twice (headline and body) is one
event; a finished month runs first to last day, as_of its last day; a quarter first to last
day; a half year January 1 to June 30; a running total since launch to a stated day is
cumulative with that day as as_of; "so far this year" to a month is cumulative from January
1; launch orders, test-drive bookings and locked orders after the launch are a window; a
price converted to local currency is one CNY price; an average selling price keeps its
quarter; an operating loss or an adjusted loss is net_loss, an operating profit and a gross
margin are `other` with their label; a capacity is a rate, a planned one a target; a broker's
or analysts' estimate, or the company's own outlook ("見通し"), is a forecast; a revised
target or forecast gives both figures; a hypothetical or counterfactual, a vague amount, a
required pace, an addition told by its size, a percent change, a share of a target, a rival's
or a phone's figure, a share price, a market value or a price target is no event; a headline
in a "related" link is not this article's figure. A target's as_of is not asserted. A plain
case guards what holds; an `xfail(strict=True)` case is a known miss whose reason says what
it should give and what the extractor gives.
"""

import datetime as dt
from typing import Any

from test_metrics_articles9 import article, check_article, orders, run
from test_metrics_articles15_langs import group_revenue, half, locked, produced, staff, ultra_goal
from test_metrics_review import ev
from test_metrics_review8 import (
    ABOUT,
    AUTO,
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
Q1_25, Q3_25 = quarter(2025, 1), quarter(2025, 3)
FC = {"status": "forecast"}
PLANNED = {"status": "target"}


def yu7_goal(value: float, q: str = "exact", **fields: Any) -> dict[str, Any]:
    return ev(YU7, metric="delivery_target", value=value, qualifier=q, status="target", **fields)


# --- Japanese --------------------------------------------------------------------------------

JA_INTERVIEW = """2025年9月26日 6:00 日本経済新聞 電子版
記事を保存　|　共有　|　印刷

【北京＝山本健太】中国の小米（シャオミ）の盧偉冰（ルー・ウェイビン）総裁は25日、日本経済新聞の取材に応じた。電気自動車（EV）の2025年の納車目標について「35万台は確実に達成できる」と述べ、年間では40万台を超える見通しを示した。

同社の1～8月の累計納車台数は21万台を超えた。8月は単月で3万台超を納車した。SUV「YU7」の受注残は十数万台に上るという。主なやりとりは以下の通り。

――EV事業の採算は。
「4～6月期の営業赤字は3億元まで縮小した。7～9月期には黒字化できると考えている」

――生産能力の拡大は。
「北京工場の第2期が完成し、年産能力は30万台を超えた。仮に能力が今の2倍あれば、今年は60万台売れていたはずだ」

――海外展開は。
「2027年に欧州で販売を始める。まずは年間数万台規模を想定している」

――来年の目標は。
「まだ正式には決めていないが、少なくとも50万台は目指したい」

スマートフォン事業では4～6月期の世界出荷台数が4240万台と、前年同期を上回った。

（関連記事）BYD、9月の新車販売が前年割れ　価格競争が重荷

盧偉冰（ルー・ウェイビン）　1975年生まれ。2019年に小米入社。23年から現職。

この記事の英文をNikkei Asiaで読む"""

JA_MONTHLY = """2026年2月2日 11:05 ロイター

［北京　2日　ロイター］ - 中国の小米（シャオミ）は2日、先月の電気自動車（EV）の納車台数が3万9000台を超えたと発表した。過去最高だった12月の5万台超からは減少した。年末の駆け込み需要の反動や、購入税の減免縮小が響いた。

2024年3月の「SU7」発売からの累計納車台数は、1月末時点で60万台を突破した。

同社は26年の納車目標を55万台としている。1月の実績は目標の7%程度にとどまる。

中国のEV市場では、比亜迪（BYD）の1月の販売台数が前年同月比30%減の約21万台だった。

シャオミ株は香港市場で一時3%安となり、年初来の下落率は8%に広がった。

関連記事：シャオミ、新型「SU7」を発売　価格は22万9900元から

© Thomson Reuters 2026 All rights reserved."""

JA_PHONES = """2024年10月16日 14:20 | ITmedia Mobile | 著者：佐藤 亮

調査会社カナリスによると、2024年7～9月期の世界スマートフォン出荷台数で、小米（シャオミ）は4280万台を出荷し、シェア14%で3位だった。首位のサムスン電子は5780万台、2位のアップルは5450万台だった。

シャオミは中価格帯の「Redmi」シリーズが新興国で伸びた。日本でも9月に発売した「Xiaomi 14T Pro」が10万9800円からと割安感があり、販売が好調という。

同社は3月に参入したEV事業にも経営資源を振り向けている。ある証券アナリストは「仮にEVを年間20万台売れる体制になれば、スマホに次ぐ収益源になり得る」とみる。

香港市場でシャオミ株は年初来で約2倍に上昇し、16日は一時26香港ドル台をつけた。

あわせて読みたい：シャオミ「SU7」、予約開始27分で5万台

この記事をシェア：X　Facebook　はてブ　LINE"""

# --- Korean ----------------------------------------------------------------------------------

KO_TARGET = """[서울경제] 베이징=김태호 특파원 | 입력 2024.11.19 07:40 | 수정 2024.11.19 09:15

레이쥔 샤오미 회장이 올해 전기차 인도 목표를 12만 대에서 13만 대 이상으로 상향했다. 올해 들어 목표를 올린 것은 두 번째다.

샤오미는 3월 첫 전기차 SU7을 출시할 당시 연간 인도 목표를 10만 대로 잡았으나, 주문이 몰리자 7월 12만 대로 높였다.

샤오미는 전날 발표한 3분기 실적에서 전기차 부문 매출이 97억 위안(약 1조8700억 원)을 기록했다고 밝혔다. 3분기 인도량은 3만9790대였다.

10월 한 달에만 2만 대 넘게 인도해, 출시 이후 누적 인도량은 10월 말 기준 8만7000대를 넘어섰다.

내년 목표는 아직 밝히지 않았지만, 증권가에서는 30만 대 안팎을 예상한다.

한편 중국 비야디(BYD)는 10월 한 달간 50만 대 이상을 판매했다.

▶ 관련기사 샤오미 SU7, 출시 24시간 만에 8만8898대 확정 주문

좋아요 0 | 공유하기
ⓒ 서울경제, 무단 전재 및 재배포 금지"""

KO_FACTORY = """입력 2025.12.08 10:30 | 한국경제 | 베이징=정다은 특파원

샤오미가 베이징 이좡 경제기술개발구에 짓고 있는 전기차 공장 3기의 내년 가동을 앞두고 채용을 늘리고 있다.

회사 측에 따르면 1·2기를 합친 현재 연간 생산능력은 30만 대이며, 3기가 완공되면 연간 45만 대 이상으로 늘어난다. 3기 건설에는 약 40억 위안(약 8000억 원)이 투입된다.

공장 직원 수는 현재 7000명 안팎으로, 내년 상반기까지 2000명을 추가로 뽑을 계획이다.

2024년 3월 가동 이후 이 공장에서 생산된 차량은 11월 말 기준 누적 50만 대를 넘어섰다. 올해 들어 11월까지 생산량은 38만 대가량이다.

테슬라 상하이 기가팩토리의 연간 생산능력은 95만 대 수준이다.

샤오미 주가는 이날 홍콩증시에서 2.1% 올랐다.

▶ 관련 기사 샤오미, 11월 전기차 인도 4만 대 넘어

[ⓒ 한국경제 & hankyung.com, 무단전재 및 재배포 금지]
좋아요 싫어요 후속기사 원해요"""

KO_PRICE = """입력 2026.03.10 16:45 | 전자신문 | 이현우 기자

샤오미가 주력 세단 SU7의 판매 가격을 내렸다. 중국 내 전기차 가격 경쟁이 다시 격화되자 대응에 나선 것이다.

10일 업계에 따르면 SU7 스탠다드 모델 가격은 22만9900위안에서 21만9900위안(약 4400만 원)으로 1만 위안 인하됐다. 프로 모델은 25만9900위안에서 24만4900위안으로, 맥스 모델은 30만3900위안에서 28만9900위안으로 각각 낮아졌다.

고성능 모델 SU7 울트라는 52만9900위안으로 기존 가격이 유지됐다. SUV 모델 YU7은 25만3500위안부터 시작한다.

이번 가격 인하는 판매 부진과 무관하지 않다는 분석이다. 샤오미는 지난달 전기차를 2만 대가량 인도하는 데 그쳤다.

테슬라도 지난주 모델3 가격을 1만 위안 내린 22만5500위안으로 조정했다.

[전자신문 많이 본 뉴스]
저작권자 © 전자신문, 무단전재 및 재배포 금지"""

# --- Russian ---------------------------------------------------------------------------------

RU_LAUNCH = """28 февраля 2025, 09:15 | Коммерсантъ | Александр Петров

Xiaomi представила серийную версию спортивного седана SU7 Ultra. Цена снижена с 814,9 тыс. \
юаней на этапе предзаказа до 529,9 тыс. юаней (около 6,3 млн руб.).

По словам основателя компании Лэй Цзюня, за первые 10 минут после старта продаж было оформлено \
6900 заказов, а менее чем за два часа число подтверждённых заказов превысило 10 тыс. За первые \
сутки, по данным компании, их количество достигло 15 тыс.

Седан разгоняется до 100 км/ч за 1,98 с, мощность трёх электромоторов — 1548 л.с.

В 2025 году Xiaomi рассчитывает продать не менее 10 тыс. седанов SU7 Ultra.

Кроме того, компания сообщила, что в январе передала клиентам более 20 тыс. автомобилей, а с \
начала продаж в марте прошлого года к концу января — свыше 155 тыс.

Для сравнения: Porsche Taycan Turbo GT стоит в Китае более 2 млн юаней.

Читайте также: Tesla снизила цены на Model Y в Китае

Поделиться: ВКонтакте | Telegram | Одноклассники"""

RU_RESULTS = """19.11.2025, 08:30 | Интерфакс

Москва. Автомобильное подразделение Xiaomi в третьем квартале впервые вышло на операционную \
прибыль — 700 млн юаней (около 7,8 млрд руб.), следует из отчётности компании. Годом ранее \
операционный убыток составлял 1,5 млрд юаней.

Выручка сегмента «умные электромобили и новые направления» в июле–сентябре составила 29 млрд \
юаней. Компания передала клиентам 108 796 машин, средняя цена продажи — около 260 тыс. юаней. \
Валовая маржа составила 25,5%.

За девять месяцев Xiaomi поставила около 266 тыс. электромобилей.

Общая выручка группы за квартал выросла на 22%, до 113,1 млрд юаней. Поставки смартфонов \
составили 43,3 млн штук.

Компания подтвердила цель поставить в 2025 году 350 тыс. автомобилей.

Акции Xiaomi с начала года подорожали на 25%.

Не является индивидуальной инвестиционной рекомендацией."""

RU_RIVAL = """02.12.2024, 12:40 | Авто Mail | Автор: Ольга Кузнецова

BYD в ноябре продала 506 804 автомобиля — на 67% больше, чем годом ранее, и установила новый \
рекорд. С начала года продажи концерна превысили 3,75 млн машин, что уже выше годового плана в \
3,6 млн.

Li Auto в прошлом месяце передала клиентам 48 740 автомобилей, NIO — 20 575. Xiaomi, которая \
вышла на рынок лишь в марте, тоже сообщила о рекордных поставках, но точную цифру не раскрыла.

«Будь у Xiaomi вдвое больше мощностей, она продавала бы по 40 тыс. машин в месяц», — считает \
аналитик Иван Соколов.

Аналитики ожидают, что в декабре продажи BYD превысят 500 тыс.

Читайте также: Xiaomi повысила годовой план поставок

Поделиться: VK | OK | Telegram"""

# --- Turkish ---------------------------------------------------------------------------------

TR_LAUNCH = """Webtekno | 27 Haziran 2025, 10:42 | Yazar: Burak Aydın | 3 dk okuma

Xiaomi'nin ilk SUV modeli YU7, Çin'de satışa çıktığı ilk saatlerde rekor kırdı. Şirketin \
kurucusu Lei Jun'un açıklamasına göre siparişler, satışın başlamasından sonraki ilk 3 dakikada \
200 bini, ilk 1 saatte ise 289 bini geçti.

Perşembe akşamı başlayan satışlarda ilk 18 saatte 240 binden fazla kesin sipariş alındı. Kesin \
siparişlerde kaporanın iadesi mümkün değil.

YU7'nin standart versiyonu 253 bin 500 yuan (yaklaşık 1,4 milyon TL), Pro versiyonu 279 bin 900 \
yuan, Max versiyonu ise 329 bin 900 yuan fiyat etiketiyle satılıyor. Bu fiyatlar, Tesla Model \
Y'nin Çin'deki 263 bin 500 yuanlık başlangıç fiyatıyla yarışıyor.

Otomobil, tek şarjla 835 kilometreye kadar menzil sunuyor.

Xiaomi geçen ay 28 binden fazla elektrikli otomobil teslim etmişti. Şirket, bu yıl en az 350 \
bin araç teslim etmeyi hedefliyor.

İlginizi çekebilir: Xiaomi 15T Pro Türkiye'de satışa çıktı: İşte fiyatı

Bu haberi paylaş: Facebook Twitter WhatsApp"""

TR_INTERVIEW = """Dünya Gazetesi | 14 Ocak 2026, 08:00 | Röportaj: Selin Kaya

Xiaomi'nin otomobil biriminde uluslararası iş geliştirmeden sorumlu başkan yardımcısı Wang Lin \
ile Pekin'de, şirketin fabrikasında konuştuk.

- 2025'i nasıl kapattınız?
"Geçen yıl 410 binden fazla araç teslim ettik. Hedefimiz 350 bindi, yani hedefi rahatça aştık. \
Sadece aralık ayında 50 binin üzerinde teslimat yaptık."

- Bu yılın hedefi ne?
"2026'da en az 550 bin araç teslim etmeyi hedefliyoruz. Fabrikanın yıllık kapasitesi şu anda \
300 bin araç; üçüncü fazla birlikte bu yılın ikinci yarısında 450 bine çıkacak."

- Türkiye'ye gelecek misiniz?
"Avrupa'ya 2027'de gireceğiz. Eğer Türkiye'ye gelirsek, ilk yıl 5 bin araç satabiliriz diye \
düşünüyorum. Ama henüz bir karar yok."

- Akıllı telefonda durum ne?
"Türkiye'de akıllı telefon pazarında yüzde 20'nin üzerinde payımız var."

Etiketler: Xiaomi, elektrikli otomobil, röportaj

© Dünya Gazetesi. Tüm hakları saklıdır."""

TR_TARGET = """Hürriyet | 02.07.2026 - 11:25 | Güncelleme: 02.07.2026 - 12:03

Çinli Xiaomi, bu yılki elektrikli otomobil teslimat hedefini en az 600 bin araca yükseltti. \
Şirket yılın başında hedefini 550 bin olarak açıklamıştı.

Şirketin açıklamasına göre geçen ay 52 bin 318 araç teslim edildi. Böylece yılın ilk yarısındaki \
toplam teslimat 268 bini aştı. Otomobil birimi ilk çeyrekte 31,2 milyar yuan gelir elde etmişti.

Yeni hedefe ulaşmak için Xiaomi'nin yılın ikinci yarısında ayda ortalama 55 bin araç teslim \
etmesi gerekiyor. YU7 için ise bu yıl en az 300 bin teslimat hedefleniyor.

Analistler, şirketin üçüncü çeyrekte 160 bin civarında teslimat yapmasını bekliyor.

BYD ise bu yıl için 5 milyon araçlık satış hedefini korudu.

Xiaomi hisseleri yılbaşından bu yana yüzde 12 değer kazandı.

Daha fazla haber için bizi Google News'te takip edin."""

# --- Vietnamese ------------------------------------------------------------------------------

VI_LAUNCH = """VnExpress | Thứ sáu, 29/3/2024, 10:05 (GMT+7)

Mẫu sedan điện đầu tiên của Xiaomi ra mắt tối 28/3 tại Bắc Kinh và nhận được sự quan tâm lớn \
từ người tiêu dùng Trung Quốc. Trong 27 phút đầu tiên mở bán, SU7 nhận hơn 5 vạn đơn đặt hàng. \
Chỉ trong 1 giờ, ứng dụng của hãng ghi nhận hơn 3 vạn lượt đăng ký lái thử.

Trong 24 giờ đầu, số đơn hàng khóa (không hoàn cọc) đạt 88.898 chiếc, theo Xiaomi.

Bản tiêu chuẩn có giá 215.900 nhân dân tệ (khoảng 745 triệu đồng), bản Pro 245.900 nhân dân tệ \
và bản Max 299.900 nhân dân tệ. Tesla Model 3 tại Trung Quốc có giá từ 231.900 nhân dân tệ.

Nhà sáng lập Lei Jun đặt mục tiêu giao ít nhất 10 vạn xe trong năm nay. Nhà máy của hãng tại Bắc \
Kinh có công suất 15 vạn xe mỗi năm.

Xiaomi là hãng điện thoại lớn thứ ba thế giới, bán ra 146 triệu smartphone năm ngoái.

Xem thêm: BYD giảm giá loạt xe điện tại Trung Quốc

Chia sẻ: Facebook | Zalo | Sao chép link"""

VI_FACTORY = """Báo Thanh Niên | 08/04/2026 15:30 GMT+7 | Minh Khang

Xiaomi vừa khánh thành giai đoạn ba nhà máy ô tô tại Bắc Kinh với công suất 15 vạn xe mỗi năm, \
nâng tổng công suất của nhà máy lên 45 vạn xe mỗi năm.

Giai đoạn ba có vốn đầu tư 5,5 tỷ nhân dân tệ (khoảng 20.000 tỷ đồng) và chủ yếu lắp ráp mẫu \
SUV YU7. Hãng tuyển thêm 3.000 công nhân, nâng tổng số nhân sự của nhà máy lên khoảng 1 vạn người.

Trong quý I/2026, Xiaomi sản xuất 126.000 xe và giao 121.000 xe. Riêng tháng trước, hãng giao \
hơn 45.000 xe.

Nếu nhu cầu tiếp tục tăng, Xiaomi có thể cân nhắc xây nhà máy tại châu Âu, theo lãnh đạo hãng.

Để so sánh, Gigafactory của Tesla tại Thượng Hải có công suất gần 1 triệu xe mỗi năm.

Tags: Xiaomi, xe điện, nhà máy

Bình luận (0) | Chia sẻ"""

VI_ANALYST = """CafeF | 12/12/2024 09:15 | Theo Bloomberg

Ngân hàng Morgan Stanley vừa nâng dự báo số xe điện Xiaomi giao trong năm 2025 lên 300.000 chiếc, \
từ mức 240.000 chiếc trước đó.

Theo báo cáo, doanh thu mảng xe điện của Xiaomi năm tới có thể đạt 78,5 tỷ nhân dân tệ (khoảng \
275.000 tỷ đồng). Lỗ hoạt động của mảng này được dự báo thu hẹp còn 2,3 tỷ nhân dân tệ.

Cho năm 2024, các chuyên gia ước tính Xiaomi sẽ giao khoảng 135.000 xe, vượt mục tiêu ít nhất \
130.000 xe mà hãng đặt ra. Riêng quý IV/2024, ngân hàng dự kiến Xiaomi giao khoảng 68.000 xe.

Tháng trước, Xiaomi giao hơn 20.000 xe, tháng thứ hai liên tiếp vượt mốc này.

Morgan Stanley cũng nâng giá mục tiêu cổ phiếu Xiaomi lên 40 HKD. Cổ phiếu Xiaomi đã tăng gần 90% \
từ đầu năm.

Thông tin chỉ mang tính tham khảo, không phải khuyến nghị đầu tư."""

# --- Indonesian ------------------------------------------------------------------------------

ID_RESULTS = """Bisnis.com | Selasa, 19 November 2024 | 14:27 WIB
Penulis: Rahmad Fauzan | Editor: Dwi Nicken

Bisnis.com, JAKARTA — Raksasa teknologi asal China, Xiaomi Corp., membukukan pendapatan dari \
segmen kendaraan listrik pintar dan inisiatif baru sebesar 9,7 miliar yuan atau sekitar Rp21,3 \
triliun pada kuartal III/2024.

Pada periode Juli–September, Xiaomi mengirimkan 39.790 unit mobil listrik SU7. Harga jual \
rata-rata mobilnya sekitar 239.000 yuan per unit.

Margin laba kotor segmen ini mencapai 17,1%, naik dari 15,4% pada kuartal sebelumnya. Kerugian \
yang disesuaikan segmen tersebut sebesar 1,5 miliar yuan.

Secara keseluruhan, pendapatan Grup Xiaomi naik 30,5% menjadi 92,5 miliar yuan. Pengiriman ponsel \
pintar mencapai 42,8 juta unit.

Xiaomi juga menaikkan target pengiriman mobil listrik tahun ini menjadi 130.000 unit dari \
sebelumnya 120.000 unit.

Baca Juga: Saham Xiaomi Cetak Rekor Tertinggi, Naik 4% dalam Sehari

Simak berita dan artikel lainnya di Google News"""

ID_MONTHLY = """detikOto | Selasa, 01 Apr 2025 13:45 WIB | Tim detikcom

Jakarta - Xiaomi kembali mencatat pengiriman mobil listrik di atas 29.000 unit bulan lalu. Angka \
ini naik dibandingkan Februari yang lebih dari 20.000 unit.

Sejak SU7 diluncurkan pada 28 Maret 2024 hingga 31 Maret 2025, total pengiriman Xiaomi telah \
melampaui 200.000 unit. Sepanjang kuartal I 2025, perusahaan mengirimkan lebih dari 75.000 unit.

Tahun ini Xiaomi menargetkan pengiriman 350.000 unit, naik dari target awal 300.000 unit.

Jika tren ini berlanjut, Xiaomi bisa melampaui 30.000 unit per bulan dalam waktu dekat.

Sebagai perbandingan, BYD menjual 377.420 unit pada Maret.

Baca juga: Xiaomi SU7 Ultra Dipesan 10 Ribu Unit dalam 2 Jam

(riar/din)"""

ID_SHARES = """Kontan.co.id | Senin, 05 Januari 2026 / 16:40 WIB
Reporter: Nur Qolbi | Editor: Anastasia Lilin

KONTAN.CO.ID - JAKARTA. Saham Xiaomi Corp. (1810.HK) merosot 4,2% ke HK$ 38,10 di Bursa Hong \
Kong, Senin (5/1), level terendah sejak Maret 2025. Sepanjang tahun lalu, saham ini turun \
sekitar 15% setelah sempat mencetak rekor HK$ 61,45 pada Juni.

Investor khawatir lonjakan harga chip memori menekan margin ponsel pintar. Kapitalisasi pasar \
Xiaomi kini sekitar HK$ 990 miliar. Pengiriman ponsel Xiaomi pada kuartal III 2025 tercatat 43,3 \
juta unit.

Analis Jefferies memangkas target harga saham Xiaomi menjadi HK$ 48 dari HK$ 55. Menurut \
hitungan analis, setiap tambahan 100.000 unit mobil listrik dapat menambah laba bersih sekitar \
2 miliar yuan.

Xiaomi belum mengumumkan angka pengiriman mobil listrik untuk Desember.

Baca Juga: Xiaomi Targetkan Kirim 550.000 Mobil Listrik pada 2026

Disclaimer: Berita ini tidak bertujuan mengajak membeli atau menjual saham."""


ARTICLES = [
    article(
        "シャオミ総裁「EV納車、今年は40万台超え」　本紙インタビュー",
        JA_INTERVIEW,
        D(2025, 9, 26),
        "ja",
        [
            goal(350000, **year(2025)),
            fcst(AUTO, 400000, MORE, **year(2025)),
            dlv(AUTO, 210000, MORE, **first_months(2025, 8)),
            dlv(AUTO, 30000, MORE, **month(2025, 8)),
            money("net_loss", 3e8, **quarter(2025, 2)),
            cap(300000, qualifier=MORE),
            goal(500000, LEAST, **year(2026)),
        ],
    ),
    article(
        "シャオミの1月EV納車、3万9000台超　前月から減少",
        JA_MONTHLY,
        D(2026, 2, 2),
        "ja",
        [
            dlv(AUTO, 39000, MORE, **month(2026, 1)),
            dlv(AUTO, 50000, MORE, **month(2025, 12)),
            dlv(AUTO, 600000, MORE, **total_to(D(2026, 1, 31))),
            goal(550000, **year(2026)),
        ],
    ),
    article(
        "7～9月のスマホ出荷、シャオミは4280万台で世界3位",
        JA_PHONES,
        D(2024, 10, 16),
        "ja",
        [],
    ),
    article(
        "샤오미, 올해 전기차 인도 목표 13만 대 이상으로 또 상향",
        KO_TARGET,
        D(2024, 11, 19),
        "ko",
        [
            goal(120000, **year(2024)),
            goal(130000, MORE, **year(2024)),
            goal(100000, **year(2024)),
            money("revenue", 9.7e9, **Q3_24),
            dlv(AUTO, 39790, **Q3_24),
            dlv(AUTO, 20000, MORE, **month(2024, 10)),
            dlv(AUTO, 87000, MORE, **total_to(D(2024, 10, 31))),
            fcst(AUTO, 300000, ABOUT, **year(2025)),
        ],
    ),
    article(
        "샤오미, 베이징 전기차 공장 3기 내년 가동…연산 45만 대 이상으로",
        KO_FACTORY,
        D(2025, 12, 8),
        "ko",
        [
            cap(300000),
            cap(450000, qualifier=MORE, **PLANNED),
            money("investment", 4e9, ABOUT),
            staff(7000, ABOUT),
            produced(500000, MORE, **total_to(D(2025, 11, 30))),
            produced(380000, ABOUT, **first_months(2025, 11)),
        ],
    ),
    article(
        "샤오미, SU7 가격 최대 1만4000위안 인하",
        KO_PRICE,
        D(2026, 3, 10),
        "ko",
        [
            price(SU7, 229900),
            price(SU7, 219900),
            price(SU7, 259900),
            price(SU7, 244900),
            price(SU7, 303900),
            price(SU7, 289900),
            price(ULTRA, 529900),
            price(YU7, 253500),
            dlv(AUTO, 20000, ABOUT, **month(2026, 2)),
        ],
    ),
    article(
        "Xiaomi начала продажи SU7 Ultra: 15 тыс. заказов за первые сутки",
        RU_LAUNCH,
        D(2025, 2, 28),
        "ru",
        [
            price(ULTRA, 814900),
            price(ULTRA, 529900),
            orders("orders", ULTRA, 6900, **WINDOW),
            locked(ULTRA, 10000, qualifier=MORE),
            locked(ULTRA, 15000),
            ultra_goal(10000, qualifier=LEAST, **year(2025)),
            dlv(AUTO, 20000, MORE, **month(2025, 1)),
            dlv(AUTO, 155000, MORE, **total_to(D(2025, 1, 31))),
        ],
    ),
    article(
        "Автобизнес Xiaomi впервые получил операционную прибыль",
        RU_RESULTS,
        D(2025, 11, 19),
        "ru",
        [
            other("operating profit", 7e8, **Q3_25),
            money("net_loss", 1.5e9, **Q3_24),
            money("revenue", 29e9, **Q3_25),
            dlv(AUTO, 108796, **Q3_25),
            price(AUTO, 260000, qualifier=ABOUT, **Q3_25),
            other("gross margin", 25.5, **Q3_25),
            dlv(AUTO, 266000, ABOUT, **first_months(2025, 9)),
            group_revenue(113.1e9, **Q3_25),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "BYD установила рекорд продаж в ноябре",
        RU_RIVAL,
        D(2024, 12, 2),
        "ru",
        [],
    ),
    article(
        "Xiaomi YU7 ilk 18 saatte 240 binden fazla kesin sipariş aldı",
        TR_LAUNCH,
        D(2025, 6, 27),
        "tr",
        [
            orders("orders", YU7, 200000, qualifier=MORE, **WINDOW),
            orders("orders", YU7, 289000, qualifier=MORE, **WINDOW),
            locked(YU7, 240000, qualifier=MORE),
            price(YU7, 253500),
            price(YU7, 279900),
            price(YU7, 329900),
            dlv(AUTO, 28000, MORE, **month(2025, 5)),
            goal(350000, LEAST, **year(2025)),
        ],
    ),
    article(
        "Xiaomi: 2026'da en az 550 bin otomobil teslim edeceğiz",
        TR_INTERVIEW,
        D(2026, 1, 14),
        "tr",
        [
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(350000, **year(2025)),
            dlv(AUTO, 50000, MORE, **month(2025, 12)),
            goal(550000, LEAST, **year(2026)),
            cap(300000),
            cap(450000, **PLANNED),
        ],
    ),
    article(
        "Xiaomi teslimat hedefini en az 600 bine yükseltti",
        TR_TARGET,
        D(2026, 7, 2),
        "tr",
        [
            goal(600000, LEAST, **year(2026)),
            goal(550000, **year(2026)),
            dlv(AUTO, 52318, **month(2026, 6)),
            dlv(AUTO, 268000, MORE, **half(2026)),
            money("revenue", 31.2e9, **quarter(2026, 1)),
            yu7_goal(300000, LEAST, **year(2026)),
            fcst(AUTO, 160000, ABOUT, **quarter(2026, 3)),
        ],
    ),
    article(
        "Xiaomi SU7 nhận hơn 5 vạn đơn đặt hàng trong 27 phút",
        VI_LAUNCH,
        D(2024, 3, 29),
        "vi",
        [
            orders("orders", SU7, 50000, qualifier=MORE, **WINDOW),
            orders("reservations", SU7, 30000, qualifier=MORE, **WINDOW),
            locked(SU7, 88898),
            price(SU7, 215900),
            price(SU7, 245900),
            price(SU7, 299900),
            goal(100000, LEAST, **year(2024)),
            cap(150000),
        ],
    ),
    article(
        "Xiaomi nâng công suất nhà máy xe điện lên 45 vạn xe mỗi năm",
        VI_FACTORY,
        D(2026, 4, 8),
        "vi",
        [
            cap(150000),
            cap(450000),
            money("investment", 5.5e9),
            staff(10000, ABOUT),
            produced(126000, **quarter(2026, 1)),
            dlv(AUTO, 121000, **quarter(2026, 1)),
            dlv(AUTO, 45000, MORE, **month(2026, 3)),
        ],
    ),
    article(
        "Morgan Stanley: Xiaomi có thể giao 300.000 xe điện năm 2025",
        VI_ANALYST,
        D(2024, 12, 12),
        "vi",
        [
            fcst(AUTO, 300000, **year(2025)),
            fcst(AUTO, 240000, **year(2025)),
            money("revenue", 78.5e9, **FC, **year(2025)),
            money("net_loss", 2.3e9, **FC, **year(2025)),
            fcst(AUTO, 135000, ABOUT, **year(2024)),
            goal(130000, LEAST, **year(2024)),
            fcst(AUTO, 68000, ABOUT, **Q4_24),
            dlv(AUTO, 20000, MORE, **month(2024, 11)),
        ],
    ),
    article(
        "Pendapatan Mobil Listrik Xiaomi Tembus 9,7 Miliar Yuan di Kuartal III",
        ID_RESULTS,
        D(2024, 11, 19),
        "id",
        [
            money("revenue", 9.7e9, **Q3_24),
            dlv(SU7, 39790, **Q3_24),
            price(AUTO, 239000, qualifier=ABOUT, **Q3_24),
            other("gross margin", 17.1, **Q3_24),
            other("gross margin", 15.4, **Q2_24),
            money("net_loss", 1.5e9, **Q3_24),
            group_revenue(92.5e9, **Q3_24),
            goal(130000, **year(2024)),
            goal(120000, **year(2024)),
        ],
    ),
    article(
        "Xiaomi Kirim Lebih dari 29 Ribu Mobil Listrik Bulan Lalu",
        ID_MONTHLY,
        D(2025, 4, 1),
        "id",
        [
            dlv(AUTO, 29000, MORE, **month(2025, 3)),
            dlv(AUTO, 20000, MORE, **month(2025, 2)),
            dlv(AUTO, 200000, MORE, **total_to(D(2025, 3, 31))),
            dlv(AUTO, 75000, MORE, **Q1_25),
            goal(350000, **year(2025)),
            goal(300000, **year(2025)),
        ],
    ),
    article(
        "Saham Xiaomi Anjlok 4%, Terendah Sejak Maret 2025",
        ID_SHARES,
        D(2026, 1, 5),
        "id",
        [],
    ),
]


@run(ARTICLES)
def test_articles16_in_six_asian_and_eurasian_languages(
    title: str, body: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)
