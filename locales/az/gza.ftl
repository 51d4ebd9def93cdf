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
    Adınızı deməyiniz lazım deyil. Biz yalnız düymələrə verdiyiniz cavabları saxlayırıq — kim olduğunuzu isə heç vaxt — və bir müddət sonra onları silirik. /exit bu söhbəti telefonunuzdan silir.
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
menu-talk-to-person-soon =
    Burada komandamızdan kimsə ilə danışmaq imkanı tezliklə olacaq.
    İndi köməyə ehtiyacınız varsa:
    { $emergency_numbers }
menu-know-rights-soon = Hüquqlarınız haqqında məlumat tezliklə əlavə olunacaq. Səbriniz üçün təşəkkür edirik.

## Ümumi düymələr və sətirlər
common-back = ‹ Geri
common-exit = Çıxış
common-to-menu = Əsas menyu
common-exit-done = Sağ olun. Yenidən başlamaq üçün istənilən vaxt /start göndərin.

## Nəsə uyğun gəlmədikdə
error-unexpected-input = Bağışlayın, burada yalnız düymələri başa düşürəm. Xahiş edirəm, aşağıdakılardan birini seçin.
error-stale-button = Bu düymə artıq aktiv deyil. Hazırda olduğumuz yer budur.
error-processing-failed = Bağışlayın, bizim tərəfdə nəsə səhv oldu. Davam etmək üçün xahiş edirik, /start göndərin.

## Veb-söhbət səhifəsi
web-title = Gza — məxfi yardım
web-input-placeholder = Mesaj yazın
web-send = Göndər
web-connecting = Qoşulur…
web-offline = Əlaqə kəsildi. Yenidən cəhd edirik…
web-exit-note = Söhbət bu səhifədən silindi.
