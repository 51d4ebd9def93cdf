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
    Adınızı deməyiniz lazım deyil. Biz düymələrə verdiyiniz cavabları kod altında saxlayırıq — kim olduğunuzu isə heç vaxt — və onları son mesajınızdan { $days ->
        [one] { $days } gün
       *[other] { $days } gün
    } sonra silirik; komandaya yazdıqlarınızı isə komanda oxuyur. /exit bu söhbəti telefonunuzdan silir (Telegram buna son 48 saat üçün imkan verir), /forget isə saxladığımız hər şeyi silir.
    Telegram botlarla söhbətləri görə bilir (onlar başdan-başa şifrələnmir), ona görə də xahiş edirik, adları, ünvanları və başqalarının oxumasını istəmədiyiniz məlumatları yazmayın.
start-privacy-ok = Yaxşı, davam edək
start-ask-danger = Hazırda təhlükədəsinizmi?
start-danger-yes = Bəli, təhlükədəyəm
start-danger-no = Xeyr, hazırda yox
start-emergency =
    Bacarırsınızsa, indi zəng edin:
    { $emergency_numbers }
    Tezliklə komandamızdan kimsə sizə burada yaza biləcək. Hazırda kiminləsə əlaqə saxlamağın ən sürətli yolu yuxarıdakı nömrələrdir.

## Təcili nömrələr (nömrələrin özü konfiqurasiyadan gəlir)
emergency-number-line = { $number } — { $label }
emergency-kind-general = təcili xidmətlər (polis, təcili yardım, yanğınsöndürmə)
emergency-kind-violence-hotline = zorakılığa məruz qalmış insanlar üçün 24/7 qaynar xətt
emergency-kind-other = yardım xətti

## Əsas menyu
menu-title = Necə kömək edə bilərik? Birini seçin.
menu-find-services = Xidmət tapmaq
menu-talk-to-person = İnsanla danışmaq
menu-know-rights = Hüquqlarınız
menu-language = Dil
menu-find-services-soon =
    Sizə uyğun xidmətləri tapmaq imkanı tezliklə olacaq.
    İndi köməyə ehtiyacınız varsa:
    { $emergency_numbers }
menu-know-rights-soon = Hüquqlarınız haqqında məlumat tezliklə əlavə olunacaq. Səbriniz üçün təşəkkür edirik.

## Ümumi düymələr və sətirlər
common-back = ‹ Geri
common-exit = Çıxış
common-to-menu = Əsas menyu
common-exit-done = Sağ olun. Yenidən başlamaq üçün istənilən vaxt /start göndərin.

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
    Gözləmənin başlanğıcı: { $since }
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
error-unexpected-input = Bağışlayın, burada yalnız düymələri başa düşürəm. Xahiş edirəm, aşağıdakılardan birini seçin.
error-stale-button = Bu düymə artıq aktiv deyil. Hazırda olduğumuz yer budur.
error-processing-failed = Bağışlayın, bizim tərəfdə nəsə səhv oldu. Davam etmək üçün xahiş edirik, /start göndərin.
error-slow-down = Xahiş edirik, daha çox göndərməzdən əvvəl bir az gözləyin. Söhbətdəki yeriniz saxlanılır.

## Veb-söhbət səhifəsi
web-title = Gza — məxfi yardım
web-input-placeholder = Mesaj yazın
web-send = Göndər
web-connecting = Qoşulur…
web-offline = Əlaqə kəsildi. Yenidən cəhd edirik…
web-exit-note = Söhbət bu səhifədən silindi.
