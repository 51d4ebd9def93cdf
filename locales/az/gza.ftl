# Gza — Azərbaycan dili (Azerbaijani). Bu fayldakı hər id bütün lokallarda olmalıdır (bunu tests/test_locales.py yoxlayır).

## Dil adları: hər biri öz dilində, bütün lokallarda eyni.
language-name-ka = ქართული
language-name-ru = Русский
language-name-en = English
language-name-az = Azərbaycan
language-name-hy = Հայերեն
language-name-uk = Українська
language-name-bg = Български

## Başlanğıc
start-choose-language = Salam. Hansı dildən istifadə etmək istərdiniz?
start-privacy-note =
    Adınızı deməyiniz lazım deyil. Biz yalnız düymələrlə seçdiyiniz cavabları kod altında saxlayırıq, kim olduğunuzu isə heç vaxt saxlamırıq. Onları son mesajınızdan { $days ->
        [one] { $days } gün
       *[other] { $days } gün
    } sonra silirik. Komandaya yazdıqlarınızı komanda oxuyur. /exit bu söhbətin son 48 saatdakı mesajlarını telefonunuzdan silir (Telegram daha çoxuna imkan vermir), /forget isə saxladığımız hər şeyi silir.
    Telegram botlarla söhbətləri görə bilir (onlar uçdan-uca şifrələnmir), ona görə də xahiş edirik, adları, ünvanları və başqalarının oxumasını istəmədiyiniz məlumatları yazmayın.
start-privacy-ok = Yaxşı, davam edək
start-ask-danger = Hazırda təhlükədəsinizmi?
start-danger-yes = Bəli, təhlükədəyəm
start-danger-no = Xeyr, hazırda yox
start-emergency =
    Bacarırsınızsa, indi zəng edin:
    { $emergency_numbers }
    Hazırda kiminləsə əlaqə saxlamağın ən sürətli yolu budur.

## Təcili nömrələr (nömrələrin özü konfiqurasiyadan gəlir)
emergency-number-line = { $number } — { $label }
emergency-kind-general = təcili xidmətlər (polis, təcili yardım, yanğınsöndürmə)
emergency-kind-violence-hotline = 24/7 qaynar xətt (zorakılıq yaşamış insanlar üçün)
emergency-kind-violence-helpline = qaynar xətt (zorakılıq yaşamış insanlar üçün)
emergency-kind-other = yardım xətti

## Əsas menyu
menu-title = Necə kömək edə bilərik? Birini seçin.
menu-find-services = Xidmət tapmaq
menu-talk-to-person = İnsanla danışmaq
menu-know-rights = Hüquqlarınız
menu-language = Dil

## Ümumi düymələr və sətirlər
common-back = ‹ Geri
common-exit = Çıxış
common-to-menu = Əsas menyu
common-exit-done = Salamat qalın. Yenidən başlamaq üçün istənilən vaxt /start göndərin.
common-done = Hazırdır ›
common-skip = Keç

## İnsanla danışmaq (komandaya ötürmə)
handoff-waiting = Komandaya xəbər verdik: komandadan kimsə imkan tapan kimi sizə burada yazacaq. Mesajınızı artıq yaza bilərsiniz.
handoff-closed-until =
    Komanda hazırda əlçatan deyil. Yenidən burada olacağıq: { $when }. Mesajınızı burada qoya bilərsiniz, komanda onu görəcək.
    Təhlükədəsinizsə:
    { $emergency_numbers }
handoff-unavailable =
    Burada insanla danışmaq hələ mümkün deyil. İndi köməyə ehtiyacınız varsa:
    { $emergency_numbers }
handoff-already-open = Siz artıq komanda ilə əlaqədəsiniz: sadəcə buraya yazın.
handoff-ended = Komanda ilə söhbət başa çatdı. İstənilən vaxt yenidən buraya yaza bilərsiniz.
handoff-unavailable-now = Bu söhbət artıq əlçatan deyil.
handoff-media-not-shown = (burada göstərilə bilməyən fayl)
handoff-not-forgotten = Siz unudulmamısınız: komanda mesajınızı alıb və ən qısa zamanda sizə yazacaq.
handoff-staff-edited = Düzəldilmiş mesaj ({ $alias }): { $text }

## Əməkdaşlar tərəfi (əməkdaşlar qrupu)
staff-card =
    Müraciət { $code } · { $city } · { $language }{ $urgent ->
        [yes] {" "}· TƏCİLİ
       *[no] {""}
    }
    Giriş nöqtəsi: { $entry }
    Ehtiyaclar: { $needs }
    Gözləmənin başlanğıcı: { $since }
    { $lock_screen }
staff-topic-name = { $code } · { $city } · { $language }{ $urgent ->
        [yes] {" "}· TƏCİLİ
       *[no] {""}
    }
staff-take = Götür
staff-transfer = Ötür
staff-close = Bağla
staff-taken-by = Müraciəti götürən: { $alias }. Buraya yazdıqlarınız indi həmin şəxsə “{ $alias }” imzası ilə çatır. // ilə başlayan sətirlər daxili qalır.
staff-already-taken = Bu müraciət artıq götürülüb: { $alias }.
staff-not-staff = Bunu yalnız əməkdaşlar siyahısında olanlar edə bilər.
staff-not-your-bureau = Bu müraciət başqa büroya aiddir.
staff-take-first = Əvvəlcə müraciəti götürün; o vaxta qədər həmin şəxsə heç nə göndərilmir.
staff-closed = Müraciət bağlandı ({ $outcome }). Bağlayan: { $alias }.
staff-close-how = Nəticə ilə bağlayın: /close referred, /close info, /close no_response, /close emergency və ya /close other.
staff-person-left = Şəxs söhbəti bitirdi.
staff-person-edited = Şəxs mesajı redaktə etdi; yeni versiya aşağıdadır.
staff-person-back = Şəxs yenidən yazdı; müraciət yenidən açıqdır.
staff-shift-on = { $alias } növbədədir. { $bureau } bürosunun yeni müraciətləri burada sizi gözləyəcək.
staff-shift-off = { $alias } artıq növbədə deyil.
staff-shift-how = /shift on və ya /shift off istifadə edin.
staff-cases-none = { $bureau } bürosunun açıq müraciəti yoxdur.
staff-cases-line = { $code } · { $status } · { $minutes } dəq{ $urgent ->
        [yes] {" "}· TƏCİLİ
       *[no] {""}
    }
staff-transfer-how = Büroya və ya həmkara ötürün: /transfer { $choices }
staff-transferred = Müraciət ötürüldü: { $target }. Ötürən: { $alias }.
staff-escalation = Müraciət { $code } artıq { $minutes } dəqiqədir gözləyir{ $urgent ->
        [yes] {" "}(TƏCİLİ)
       *[no] {""}
    }. Növbətçi supervayzerlər: { $supervisors }.

## Hər şeyin silinməsi (/forget)
forget-ask-confirm = Haqqınızda saxladığımız hər şey silinsin? Bunu geri qaytarmaq mümkün olmayacaq. Telegram imkan verdiyi qədər bu söhbət telefonunuzdan da silinəcək.
forget-yes = Bəli, hər şey silinsin
forget-no = Xeyr, qalsın
forget-done = Hər şey silindi. Nə vaxtsa yenidən başlamaq istəsəniz, /start göndərin.

## Bot profili və əmrlər menyusu (Telegram bunları söhbətdən kənarda göstərir)
bot-short-description = Məxfi yardım: mehriban xidmətlər tapmaq, insanla danışmaq.
bot-description = Gza sizə pulsuz, mehriban xidmətlər tapmağa və öz dilinizdə insanla danışmağa kömək edir. Adınızı deməyiniz lazım deyil.
bot-short-description-neutral = Məlumat və gündəlik məsləhətlər.
bot-description-neutral = Qısa cavablar və faydalı məlumat.
command-start = Yenidən başlamaq
command-menu = Əsas menyu
command-exit = Çıxmaq və bu söhbəti təmizləmək
command-forget = Haqqımda saxlanılan hər şeyi silmək

## Nəsə uyğun gəlmədikdə
error-unexpected-input =
    Bağışlayın, mən yalnız düymələri başa düşürəm, ona görə yazdığınızı heç kim oxumayıb. Xahiş edirəm, aşağıda seçin.
    Təhlükədəsinizsə: { $emergency_number }
error-stale-button = Bu düymə artıq aktiv deyil. Hazırda olduğumuz yer budur.
error-processing-failed = Bağışlayın, bizim tərəfdə nəsə səhv oldu. Davam etmək üçün xahiş edirik, /start göndərin.
error-slow-down = Xahiş edirik, daha çox göndərməzdən əvvəl bir az gözləyin. Söhbətdəki yeriniz saxlanılır.

## Veb-söhbət səhifəsi
web-title = Gza
web-input-placeholder = Mesaj yazın
web-send = Göndər
web-connecting = Qoşulur…
web-offline = Əlaqə kəsildi. Yenidən cəhd edirik…
web-exit-note = Söhbət bu səhifədən silindi.

## Yerlər (kataloqdakı şəhərlər, places.yaml)

## Suallar: istənilən sualı keçmək olar
screen-ask-city =
    Haradasınız və ya harada kömək almaq istərdiniz?
    Məkanınızı da göndərə bilərsiniz (📎 → Məkan / Location); ondan yalnız ən yaxın şəhəri tapmaq üçün istifadə edirik.
screen-ask-needs = Nə ilə bağlı köməyə ehtiyacınız var? İstədiyiniz qədər seçin, sonra “Hazırdır” (və ya “Keç”) düyməsini basın.
need-legal = Hüquqi yardım
need-medical = Tibbi yardım
need-testing = İİV, hepatit, cinsi infeksiya testi
need-harm-reduction = Zərərin azaldılması, əvəzedici terapiya
need-mental-health = Psixoloji dəstək
need-shelter = Qalmaq üçün təhlükəsiz yer
need-violence-support = Zorakılıqdan sonra dəstək
need-documents-police = Sənədlər, polis
need-work-money = İş və pul
screen-ask-work = İş və pul: nə kömək edər? İstədiyiniz qədər seçin, sonra “Hazırdır” (və ya “Keç”) düyməsini basın.
need-work-any = İş və pulla bağlı hər şey
need-work-jobs = İş və ya yenidən peşə hazırlığı
need-work-finance = Maliyyə savadı və kredit
need-work-childcare = Uşağa qulluq
need-work-housing = Mənzil
need-work-business = Biznesə başlamaq
need-work-mentoring = Mentor
need-lgbtqi-care = LGBTQI+ və trans insanlar üçün yardım
need-other = Başqa bir şey
screen-ask-about =
    İstəsəniz, özünüz haqqında bizə bir az danışın ki, sizin kimi insanlara hörmətlə yanaşdığı məlum olan xidmətləri tapaq. Uyğun olanların hamısını seçin, sonra “Hazırdır” (və ya “Keç”) düyməsini basın. Bu anonim qalır.
group-women-who-use-drugs = Narkotik istifadə edən qadın
group-sex-workers = Seks işçisi
group-violence-survivors = Zorakılıq yaşamış insan
group-lgbtqi = LGBTQI+ insan
group-displaced = Köçkün və ya münaqişədən zərər çəkmiş
screen-prefer-not = Deməmək istərdim
screen-ask-language = Xidmət sizinlə hansı dildə danışsın?
screen-language-mine = Bu söhbətin dili
screen-language-any = İstənilən dil
screen-ask-prefs = Sizin üçün başqa vacib bir şey varmı? İstədiklərinizi seçin, sonra “Hazırdır” (və ya “Keç”) düyməsini basın.
pref-free = Yalnız pulsuz
pref-anonymous = Adımı demədən

## Nəticələr
results-next = Bundan sonra nə etmək istərdiniz?
results-more = Daha çox göstər
results-talk = Bu barədə insanla danışmaq
results-refine = Axtarışı dəqiqləşdirmək
results-follow-up = Necə keçdiyini sonra məndən soruşun
results-found = { $count ->
        [one] Dediklərinizə bu xidmət uyğundur:
       *[other] Dediklərinizə bu xidmətlər uyğundur:
    }
results-widened-nearby = Seçdiyiniz şəhərdə uyğun heç nə yoxdur, ona görə də yaxın şəhərlərdə olanlar bunlardır:
results-widened-filters = Bütün seçimlərinizə uyğun heç nə yoxdur, ona görə də daha az şərtlə uyğun gələnlər bunlardır:
results-widened-both = Burada bütün seçimlərinizə uyğun heç nə yoxdur, ona görə də yaxın şəhərlərdə onlara ən yaxın olanlar bunlardır:
results-none =
    Təəssüf ki, kataloqda hələ uyğun heç nə yoxdur. Komandamızdan kimsə sizə nəsə tapmaqda kömək edə bilər; “Bu barədə insanla danışmaq” düyməsini basın.
results-no-more = Uyğun olanların hamısı bunlardır. Komandamızdan kimsə axtarışı davam etdirməkdə sizə kömək edə bilər.

## Bir xidmət, kart şəklində
card-title = { $number }. { $name } — { $organization }
card-example = (nümunə qeyd: real xidmət deyil)
card-why = ✓ { $reasons }
card-address = 📍 { $address }
card-map = { $url }
card-confidential = 📍 Ünvan telefonla bildirilir.
card-remote = 📞 Telefonla və ya onlayn, istənilən yerdən.
card-phone = ☎ { $phones }
card-hours = 🕒 { $hours }
card-hours-unknown = 🕒 İş saatlarını telefonla soruşun.
card-stale = ⚠ Bu məlumat bir ildən çoxdur yoxlanılmayıb: zəhmət olmasa, getməzdən əvvəl zəng edin.
card-open-now = indi açıqdır
card-closed-now = indi bağlıdır
card-fees = 💳 { $fees }
reason-need = { $need ->
        [legal] hüquqi yardım
        [medical] tibbi yardım
        [testing] test
        [harm_reduction] zərərin azaldılması
        [mental_health] psixi sağlamlıq
        [shelter] sığınacaq
        [violence_support] zorakılıqdan sonra dəstək
        [documents_police] sənədlər və polis
        [work_money] iş və pul
        [work_jobs] məşğulluq və yenidən hazırlıq
        [work_finance] maliyyə savadlılığı və kredit
        [work_childcare] uşağa qulluq
        [work_housing] mənzil
        [work_business] biznesə başlamaq
        [work_mentoring] mentorluq
        [lgbtqi_care] LGBTQİ+ və trans insanlar üçün yardım
       *[other] yardım
    }
reason-city = { $city } şəhərində
reason-near = { $km } km məsafədə
reason-remote = telefonla və ya onlayn
reason-language = { $language ->
        [ka] gürcü dilində danışırlar
        [ru] rus dilində danışırlar
        [en] ingilis dilində danışırlar
        [az] Azərbaycan dilində danışırlar
        [hy] erməni dilində danışırlar
        [uk] Ukrayna dilində danışırlar
        [bg] bolqar dilində danışırlar
       *[other] sizin dilinizdə danışırlar
    }
reason-free = pulsuz
reason-anonymous = ad tələb olunmur
reason-friendly-to = { $group ->
        [women_who_use_drugs] narkotik istifadə edən qadınlara mehriban yanaşır
        [sex_workers] seks işçilərinə mehriban yanaşır
        [violence_survivors] zorakılıq yaşamış insanlarla iş təcrübəsi var
        [lgbtqi] LGBTQİ+ insanlara mehriban yanaşır
        [displaced] məcburi köçkünlər və münaqişədən zərər çəkmişlərlə iş təcrübəsi var
       *[other] sizin kimi insanlara mehriban yanaşır
    }
reason-open-now = indi açıqdır
reason-reported-friendly = insanlar deyir ki, onlara hörmətlə yanaşılıb
reason-verified = yoxlanılıb: { $date }

## Sonrakı sual, yalnız razılığınızla
followup-consent =
    { $followup_days ->
        [one] { $followup_days } gün
       *[other] { $followup_days } gün
    } sonra necə keçdiyini soruşmaq üçün sizə bir qısa mesaj göndərə bilərikmi? Siz cavab verənə qədər orada yalnız “Salam, Gza yazır” olacaq. Ondan əvvəl /exit və ya /forget istifadə etsəniz, yazmayacağıq.
followup-consent-yes = Bəli, bir mesaj
followup-consent-no = Xeyr, təşəkkür edirəm
followup-agreed = Təşəkkür edirik. Bir dəfə yazacağıq və siz özünüz istəməsəniz, bir daha yazmayacağıq.
followup-web-unavailable = Veb-söhbət sonradan sizinlə əlaqə saxlaya bilmir, ona görə də burada təkrar mesaj göndərməyəcəyik. İstənilən vaxt qayıda bilərsiniz.
followup-nothing = Hələ soruşulacaq bir şey yoxdur: əvvəlcə xidmət axtarın, sonra necə keçdiyini soruşa bilərik.
followup-hello = Salam, Gza yazır. Sizə qısa bir sual verə bilərikmi?
followup-hello-yes = Bəli
followup-hello-no = İndi yox
followup-which =
    Bir neçə gün əvvəl burada bu xidmətlərə baxmışdınız. Onlardan hansı ilə əlaqə saxladınız?
    { $followup_services }
followup-pick-1 = Birincisi ilə
followup-pick-2 = İkincisi ilə
followup-pick-3 = Üçüncüsü ilə
followup-pick-none = Heç biri ilə
followup-respect = Orada sizə hörmətlə yanaşdılarmı?
followup-respect-yes = Bəli
followup-respect-no = Xeyr
followup-thanks = Təşəkkür edirik. Cavabınız başqalarına insanlara yaxşı yanaşan xidmətləri tapmağa kömək edir.
followup-sorry =
    Bunun baş verdiyinə görə çox təəssüf edirik. Kim olduğunuzu demədən, xidmətləri yoxlayan insanlara bu barədə xəbər verəcəyik. İnsanla danışmaq istərdinizmi?

## Kuratorlar: kataloqu botla şəxsi söhbətdə aktual saxlamaq

curator-only = Bu, yalnız kataloqun kuratorları üçündür.
curator-help =
    Kataloqun idarə olunması.
    Xidməti tapmaq üçün onun adının bir hissəsini istənilən dildə və ya id-sini göndərin.
    /queue: hörmətsiz yanaşma barədə şikayətlər və { $days } gün və daha çox yoxlanılmamış qeydlər.
    /cancel: redaktəni dayandırmaq.
    /console: brauzerdə kataloqa birdəfəlik keçid.
curator-button-queue = Növbə
curator-found = Tapıldı: { $count }; göstərilir: { $shown }. Birini seçin və ya axtarışı dəqiqləşdirmək üçün bir söz əlavə edin.
curator-found-none = “{ $query }” üzrə heç nə tapılmadı. Adın bir hissəsini istənilən dildə və ya id-ni sınayın.
curator-card =
    { $name } — { $organization }
    id: { $id }
    Vəziyyət: { $status }
    Yoxlanılıb: { $verified } ({ $days ->
        [0] bu gün
        [one] { $days } gün əvvəl
       *[other] { $days } gün əvvəl
    })
    Telefonlar: { $phones }
    İş saatları: { $hours }
    Dillər: { $languages }
    Ehtiyaclar: { $needs }
    Hörmətsiz yanaşma barədə açıq şikayətlər: { $reports }
curator-status-active = aktiv
curator-status-temporarily-closed = müvəqqəti bağlıdır
curator-status-inactive = qeyri-aktiv
curator-status-defunct = həmişəlik bağlanıb
curator-button-verify = ✓ Bu gün yoxlanıldı
curator-button-close = Müvəqqəti bağla
curator-button-reopen = Yenidən aç
curator-button-phone = ☎ Telefon
curator-button-hours = 🕒 İş saatları
curator-button-languages = 🗣 Dillər
curator-button-seen = Şikayətlərə baxıldı
curator-button-save = Yadda saxla
curator-button-cancel = Ləğv et
curator-ask-phone = { $name } üçün yeni telefon nömrəsini göndərin, məsələn: +995 32 200 00 00. Hazırda: { $current }. /cancel — olduğu kimi qalır.
curator-bad-phone = “{ $value }” telefon nömrəsi deyil: rəqəmlərdən, boşluqlardan və + ( ) - işarələrindən istifadə edin, məsələn +995 32 200 00 00. Yenidən cəhd edin və ya /cancel göndərin.
curator-ask-hours = { $name } üçün iş saatlarını göndərin, məsələn: bazar ertəsi-cümə 10:00-18:00; şənbə 10:00-14:00. Və ya 24/7, və ya “əvvəlcədən yazılmaqla”. Hazırda: { $current }. /cancel — olduğu kimi qalır.
curator-bad-hours = Bu saatları oxumaq mümkün olmadı ({ $reason }). Belə yazın: bazar ertəsi-cümə 10:00-18:00; şənbə 10:00-14:00. Yenidən cəhd edin və ya /cancel göndərin.
curator-ask-languages = { $name } xidmətində hansı dillərdə danışırlar? Onları işarələyin, sonra “Yadda saxla” düyməsini basın.
curator-no-languages = Xidmətin ən azı bir dili olmalıdır: heç nə dəyişdirilmədi.
curator-saved = Yadda saxlanıldı. { $field }: { $old } → { $new }
curator-nothing-changed = Heç nə dəyişmədi.
curator-cancelled = Redaktə ləğv edildi; heç nə dəyişmədi.
curator-gone = Bu xidmət artıq kataloqda yoxdur.
curator-reports-seen = Şikayətlər baxılmış kimi qeyd edildi.
curator-queue-reports = Hörmətsiz yanaşma barədə şikayəti olan xidmətlər: { $count }
curator-queue-report-line = • { $name }: { $count } (sonuncu: { $day })
curator-queue-stale = { $days } gün və daha çox yoxlanılmayıb: { $count }
curator-queue-stale-line = • { $name }: { $verified } tarixində yoxlanılıb
curator-queue-empty = Gözləyən heç nə yoxdur: açıq şikayət yoxdur və bütün qeydlər son { $days } gün ərzində yoxlanılıb.
curator-digest-title = Kataloqun həftəlik yoxlanışı.
curator-field-phones = Telefon
curator-field-hours = İş saatları
curator-field-languages = Dillər
curator-field-status = Vəziyyət
curator-field-assured-date = Yoxlanılıb
curator-field-name = Ad
curator-field-description = Təsvir
curator-field-organization-id = Təşkilat
curator-field-needs = Ehtiyaclar
curator-field-friendly-to = Mehriban yanaşdığı qruplar
curator-field-free = Pulsuz
curator-field-anonymous = Anonim
curator-field-fees-description = Ödənişlər
curator-field-accessibility = Əlçatanlıq
curator-field-location-ids = Ünvanlar
curator-field-url = Veb-sayt
curator-field-service = Xidmət
