# Əməkdaşların brauzerdəki konsolu və botun əməkdaşlar qrupunda onun haqqında dedikləri.
staff-console-link = Gza konsoluna birdəfəlik keçidiniz (bir dəfə və bir neçə dəqiqə işləyir; heç kimə göndərməyin): { $link }
staff-console-sent = Giriş keçidini mənimlə şəxsi söhbətinizə göndərdim. Heç nə gəlməyibsə, mənimlə söhbəti açın, "Başla" düyməsini basın və yenidən istəyin.
staff-reply-mirrored = { $alias } konsoldan şəxsə yazdı: { $text }
staff-note-mirrored = // { $alias } tərəfindən qeyd: { $text }
console-title = Gza konsolu
console-skip-to-content = Məzmuna keç
console-nav = Konsol
console-queue-link = Növbə
console-signed-in-as = { $alias } kimi daxil olmusunuz
console-sign-out = Çıxış
console-problem = Bizim tərəfdə nəsə alınmadı. Heç nə itməyib; yenidən cəhd edin.
console-sign-in-title = Konsola giriş
console-sign-in-explain = Bu keçid sizi bir dəfə daxil edir. Davam etmək üçün düyməni basın.
console-sign-in = Daxil ol
console-sign-in-needed = Daxil olmaq üçün əməkdaşlar qrupunda bota /console yazın; o sizə birdəfəlik keçid göndərəcək.
console-signed-out = Çıxış etdiniz
console-home-coming = Daxil oldunuz. Rolunuz üçün səhifələr hazırlanır; o vaxtadək Telegram-da işləməyə davam edin.
console-queue-title = { $bureau } bürosunun müraciətləri
console-shift-state = { $on ->
        [yes] Növbədəsiniz.
       *[no] Növbədə deyilsiniz.
    }
console-shift-start = Növbəmi başlat
console-shift-end = Növbəmi bitir
console-queue-caption = Əvvəlcə gözləyən müraciətlər, ən təcili və ən uzun gözləyənlər yuxarıda; sonra sizinkilər və həmkarlarınızınkı.
console-col-case = Müraciət
console-col-status = Vəziyyət
console-col-city = Şəhər
console-col-language = Dil
console-col-needs = Ehtiyaclar
console-col-waiting = Gözləmə
console-status = { $status ->
        [waiting] gözləyir
        [closed] bağlanıb
       *[taken] götürülüb
    }
console-urgent = təcili
console-taken-by = { $alias } götürüb
console-minutes = { $minutes ->
        [one] { $minutes } dəqiqə
       *[other] { $minutes } dəqiqə
    }
console-queue-empty = Hazırda açıq müraciət yoxdur.
console-case-title = Müraciət { $code }
console-actions = Bu müraciətlə nə etməli
console-reply-label = Şəxsə cavab (təxəllüsünüzlə imzalanır; Ctrl+Enter göndərir)
console-send = Göndər
console-note-label = Daxili qeyd (şəxsə heç vaxt göndərilmir)
console-add-note = Qeyd əlavə et
console-transfer-to = Büroya və ya həmkara ötür
console-outcome = Nəticə
console-block = Bu şəxsi blokla
console-unblock = Blokdan çıxar
console-blocked = bloklanıb
console-also-viewing = Bu müraciətə həm də baxırlar: { $aliases }
console-conversation = Yazışma
console-from-person = Şəxs
console-from-note = { $alias } tərəfindən qeyd
console-line-gone = (silinib)
console-thread-empty = Hələ heç nə yazılmayıb.
console-not-allowed = Rolunuz bu səhifəni açmır.
console-stale-form = Bu forma köhnəlib. Geri qayıdın, səhifəni yeniləyin və yenidən cəhd edin.
console-too-many = Buradan həddən artıq giriş cəhdi olub. Bir dəqiqə gözləyin və yenidən cəhd edin.
console-link-used = Bu giriş keçidi artıq istifadə olunub və ya vaxtı bitib. Botdan /console ilə yenisini istəyin.
console-not-your-case = Bu müraciət sizin büroya aid deyil və ya artıq mövcud deyil.
console-done-take = Müraciəti götürdünüz. İndi yazdıqlarınız şəxsə çatır.
console-done-reply = Şəxsə göndərildi.
console-done-note = Qeyd əlavə olundu.
console-done-close = Müraciət bağlandı.
console-done-transfer = Müraciət ötürüldü.
console-done-block = Bloklandı: bu şəxsdən əməkdaşlara daha heç nə çatmır.
console-done-unblock = Blokdan çıxarıldı.
console-done-shift-on = Növbəniz başladı.
console-done-shift-off = Növbəniz bitdi.
console-refused-taken = Bu müraciəti sizdən əvvəl başqası götürdü.
console-refused-empty = Göndəriləcək heç nə yox idi.
console-refused-take-first = Əvvəlcə müraciəti götürün; o vaxtadək şəxsə heç nə göndərilmir.
console-refused-close = Bu müraciət artıq bağlanıb və ya nəticə siyahıdan deyil.
console-refused-transfer = Bu nə büro, nə də həmkardır, və ya müraciət bağlanıb.

# Nəzarətçinin səhifəsi: büronun rəqəmləri, heç vaxt insan.
console-bureau-link = Büronun rəqəmləri
console-bureau-title = Büro { $bureau }: rəqəmlər
console-bureau-pick = Büro
console-bureau-show = Göstər
console-bureau-waiting-now = İndi gözləyir
console-bureau-on-shift = Növbədə olan işçilər
console-bureau-caption = Bu gün və bu ay (büronun yerli vaxtı ilə)
console-bureau-today = Bu gün
console-bureau-month = Bu ay
console-bureau-opened = Açılan müraciətlər
console-bureau-taken = Götürülən müraciətlər
console-bureau-take-p50 = Götürülənə qədər vaxt, median (p50)
console-bureau-take-p90 = Götürülənə qədər vaxt, 10-dan 9-u bu müddətdə (p90)
console-bureau-escalations = Eskalasiyalar (müraciəti vaxtında heç kim götürmədi)
console-bureau-closed-as = Bağlandı: { $outcome }
console-bureau-none = hələ yoxdur
console-bureau-explain = Yalnız saylar və vaxtlar: burada heç nə insanı tanıtmır. Götürülənə qədər vaxt müraciətdən ilk götürülməyə qədər hesablanır.
