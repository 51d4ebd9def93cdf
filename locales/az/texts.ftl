# Texts of issue 10: nothing that gives a person away; everything read comes from Fluent.

## What staff write reaches the person signed with their alias (a lock screen shows the opening).
relay-staff-says = { $alias }: { $text }

## The staff card and lists: words, not codes.
staff-card-lock-screen = 🔒 Hər mesajınızın ilk sözləri insanın kilid ekranında görünə bilər: salamla başlayın, müraciətin nə barədə olduğu ilə yox.
staff-status = { $status ->
        [waiting] gözləyir
       *[taken] götürülüb
    }
staff-outcome = { $outcome ->
        [referred] yönləndirildi
        [info] məlumat verildi
        [no_response] cavab yoxdur
        [emergency] təcili hal
       *[other] digər
    }
staff-holder-unknown = həmkar
common-language = { $code ->
        [ka] gürcü
        [ru] rus
        [en] ingilis
        [az] azərbaycan
        [hy] erməni
        [uk] ukrayna
        [bg] bolqar
        [tr] türk
        [os] osetin
        [ab] abxaz
        [ar] ərəb
        [fa] fars
       *[other] { $code }
    }

## Curators: values in words.
curator-yes = bəli
curator-no = xeyr
curator-day-mon = bazar ertəsi
curator-day-tue = çərşənbə axşamı
curator-day-wed = çərşənbə
curator-day-thu = cümə axşamı
curator-day-fri = cümə
curator-day-sat = şənbə
curator-day-sun = bazar
curator-day-daily = hər gün
curator-hours-by-appointment = əvvəlcədən yazılmaqla

## Curators: why typed hours could not be read (inserted into curator-bad-hours).
curator-hours-not-text = hər sətri belə yazın: gün: "10:00-18:00"
curator-hours-overlap = { $first } və { $second } saatları üst-üstə düşür
curator-hours-unknown-day = naməlum gün “{ $value }”: bazar ertəsi…bazar, bazar ertəsi-cümə kimi aralıq və ya “hər gün” yazın
curator-hours-unreadable = “{ $value }” oxunmadı: belə yazın: 10:00-18:00
curator-hours-not-a-time = “{ $value }” günün vaxtı deyil
curator-hours-closes-before-opens = “{ $value }” açılmazdan əvvəl bağlanır (gecə yarısından sonra: ikiyə bölün)
curator-hours-no-hours = “{ $value }”: əvvəl günləri, sonra saatları yazın, məsələn bazar ertəsi-cümə 10:00-18:00
curator-hours-twice = “{ $value }” iki dəfə yazılıb
curator-hours-empty = saatları belə yazın: bazar ertəsi-cümə 10:00-18:00; şənbə 10:00-14:00
